"""Cases: a referral of a child (who referred, why, when), open until it is closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.services.access import Actor, require_child
from app.services.children import CaseView, case_view
from app.services.common import (
    audit,
    check_version,
    invalid,
    not_found,
    not_in_future,
    optional_text,
    parse_date,
)
from app.storage.database import Database
from app.storage.models import Case, CaseStatus, Child, Specialist


@dataclass
class CaseInput:
    opened_on: date | str
    referred_by: str | None = None
    reason: str | None = None
    responsible_id: int | None = None


class CasesService:
    def __init__(self, db: Database, actor: str | Actor) -> None:
        self.db = db
        self.actor = actor

    def open(self, child_id: int, data: CaseInput) -> CaseView:
        opened = parse_date(data.opened_on, "opened_on")
        assert opened is not None
        not_in_future(opened, "opened_on")
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            if session.get(Child, child_id) is None:
                raise not_found("child")
            self._check_specialist(session, data.responsible_id)
            case = Case(
                child_id=child_id,
                opened_on=opened,
                referred_by=optional_text(data.referred_by, "referred_by"),
                reason=optional_text(data.reason, "reason", 4000),
                responsible_id=data.responsible_id,
                status=CaseStatus.OPEN,
            )
            session.add(case)
            session.flush()
            audit(
                session,
                self.actor,
                "create",
                "case",
                case.id,
                ["opened_on", "referred_by", "reason", "responsible_id"],
            )
            return case_view(case)

    def update(self, case_id: int, expected_version: int, data: CaseInput) -> CaseView:
        opened = parse_date(data.opened_on, "opened_on")
        assert opened is not None
        not_in_future(opened, "opened_on")
        with self.db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise not_found("case")
            require_child(session, self.actor, case.child_id)
            check_version(expected_version, case.version, "case")
            self._check_specialist(session, data.responsible_id)
            values = {
                "opened_on": opened,
                "referred_by": optional_text(data.referred_by, "referred_by"),
                "reason": optional_text(data.reason, "reason", 4000),
                "responsible_id": data.responsible_id,
            }
            if case.closed_on is not None and opened > case.closed_on:
                raise _closed_before_opened(opened, case.closed_on)
            changed = [k for k, v in values.items() if getattr(case, k) != v]
            for key, value in values.items():
                setattr(case, key, value)
            session.flush()
            if changed:
                audit(session, self.actor, "update", "case", case.id, changed)
            return case_view(case)

    def close(self, case_id: int, expected_version: int, closed_on: date | str) -> CaseView:
        closed = parse_date(closed_on, "closed_on")
        assert closed is not None
        not_in_future(closed, "closed_on")
        with self.db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise not_found("case")
            require_child(session, self.actor, case.child_id)
            check_version(expected_version, case.version, "case")
            if closed < case.opened_on:
                raise _closed_before_opened(case.opened_on, closed)
            case.closed_on = closed
            case.status = CaseStatus.CLOSED
            session.flush()
            audit(session, self.actor, "close", "case", case.id, ["closed_on", "status"])
            return case_view(case)

    def reopen(self, case_id: int, expected_version: int) -> CaseView:
        with self.db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise not_found("case")
            require_child(session, self.actor, case.child_id)
            check_version(expected_version, case.version, "case")
            case.closed_on = None
            case.status = CaseStatus.OPEN
            session.flush()
            audit(session, self.actor, "reopen", "case", case.id, ["closed_on", "status"])
            return case_view(case)

    def for_child(self, child_id: int) -> list[CaseView]:
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            cases = session.scalars(
                select(Case).where(Case.child_id == child_id).order_by(Case.opened_on, Case.id)
            ).all()
            return [case_view(c) for c in cases]

    @staticmethod
    def _check_specialist(session, specialist_id: int | None) -> None:  # type: ignore[no-untyped-def]
        if specialist_id is not None and session.get(Specialist, specialist_id) is None:
            raise invalid("responsible", "nie ma takiego specjalisty", "no such specialist")


def _closed_before_opened(opened: date, closed: date):  # type: ignore[no-untyped-def]
    return invalid(
        "closed_on",
        f"sprawa nie może zostać zamknięta ({closed.isoformat()}) przed datą "
        f"zgłoszenia ({opened.isoformat()})",
        f"a case cannot be closed ({closed.isoformat()}) before it was opened "
        f"({opened.isoformat()})",
    )
