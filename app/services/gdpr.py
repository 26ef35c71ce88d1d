"""Duties towards a child's data under the GDPR: access and portability (everything about
one child, JSON plus documents), erasure (nothing of the child is left in any table; the
audit keeps the event without personal data), retention (cases closed more than N years
ago come up for review), and pseudonymised exports for research and statistics (a stable
random pseudonym instead of name and PESEL, the age band instead of the birth date).

Documents (PDFs from the documents issue) join the access export through
`register_document_provider`: a provider returns (file name, bytes) pairs for a child.
"""

from __future__ import annotations

import csv
import io
import json
import os
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from app.services.access import Actor, Role, gate, require, require_child, visible_children
from app.services.common import audit, not_found
from app.storage.database import Database
from app.storage.models import (
    CONSENSUS,
    Assessment,
    AssessmentAuthor,
    AuditEntry,
    Case,
    CaseStatus,
    Child,
    Guardian,
    Informant,
    QuestionnaireExport,
    Rating,
)
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import ChildAccess, PrivacySetting, Pseudonym

#: years after the last case of a child was closed before its records come up for review
DEFAULT_RETENTION_YEARS = 10
RETENTION_KEY = "retention_years"
#: cells of the anonymised statistics with fewer children than this are not shown
SMALL_CELL = 5

AGE_BANDS = ((0, 2), (3, 5), (6, 9), (10, 14), (15, 19), (20, 24))

DocumentProvider = Callable[[Database, int], list[tuple[str, bytes]]]
_providers: list[DocumentProvider] = []


def register_document_provider(provider: DocumentProvider) -> None:
    """Documents about a child (e.g. generated PDFs) to include in its access export."""
    if provider not in _providers:
        _providers.append(provider)


def unregister_document_provider(provider: DocumentProvider) -> None:
    if provider in _providers:
        _providers.remove(provider)


def age_band(born: date, on: date) -> str:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}-{high}"
    return f"{AGE_BANDS[-1][1] + 1}+"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in inspect(obj).mapper.column_attrs}


@dataclass(frozen=True)
class RetentionItem:
    child_id: int
    last_closed_on: date
    due_on: date
    cases: int


@dataclass(frozen=True)
class ErasureReport:
    child_id: int
    rows_removed: dict[str, int]
    #: backups made before the erasure may still hold the child until they rotate out
    backups_left: int


class GdprService:
    def __init__(self, db: Database, actor: str | Actor) -> None:
        self.db = db
        self.actor = actor

    def _require_duty(self, session: Session, child_id: int) -> Actor:
        """An administrator (who handles requests) or the child's specialist."""
        who = gate(session, self.actor)
        if who.has(Role.ADMINISTRATOR):
            return who
        return require_child(session, who, child_id)

    # --- access and portability -----------------------------------------------------------

    def child_data(self, child_id: int) -> dict[str, Any]:
        """Everything stored about one child, as plain JSON-ready values."""
        with self.db.session() as session:
            self._require_duty(session, child_id)
            data = self._collect(session, child_id)
            audit(session, self.actor, "export", "child", child_id, ["gdpr_access"])
            return data

    def _collect(self, session: Session, child_id: int) -> dict[str, Any]:
        child = session.get(Child, child_id)
        if child is None:
            raise not_found("child")
        assessments = session.scalars(
            select(Assessment).where(Assessment.child_id == child_id).order_by(Assessment.id)
        ).all()
        ids = [a.id for a in assessments]

        def rows(model: Any, *where: Any) -> list[dict[str, Any]]:
            return [_columns(o) for o in session.scalars(select(model).where(*where))]

        entries = session.scalars(
            select(AuditEntry)
            .where(
                (AuditEntry.entity == "child") & (AuditEntry.entity_id == child_id)
                | (AuditEntry.entity == "assessment") & AuditEntry.entity_id.in_(ids or [-1])
            )
            .order_by(AuditEntry.id)
        ).all()
        return {
            "format": "icf-assess/gdpr-access/1",
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "child": _columns(child),
            "guardians": rows(Guardian, Guardian.child_id == child_id),
            "cases": rows(Case, Case.child_id == child_id),
            "assessments": [_columns(a) for a in assessments],
            "assessment_authors": rows(AssessmentAuthor, AssessmentAuthor.assessment_id.in_(ids)),
            "informants": rows(Informant, Informant.assessment_id.in_(ids)),
            "ratings": rows(Rating, Rating.assessment_id.in_(ids)),
            "questionnaire_exports": [
                {k: v for k, v in r.items() if k != "token"}
                for r in rows(QuestionnaireExport, QuestionnaireExport.assessment_id.in_(ids))
            ],
            "access": rows(ChildAccess, ChildAccess.child_id == child_id),
            "pseudonym": rows(Pseudonym, Pseudonym.child_id == child_id),
            "audit": [_columns(e) for e in entries],
        }

    def export_child(self, child_id: int, path: Path) -> Path:
        """Write the access export: `.json` (the data), or `.zip` (data.json plus the
        documents registered providers give)."""
        data = self.child_data(child_id)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix.lower() == ".zip":
                with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr("data.json", text)
                    for provider in _providers:
                        for name, content in provider(self.db, child_id):
                            archive.writestr(f"documents/{Path(name).name}", content)
            else:
                partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise PrivacyError("gdpr_export_failed", file=str(path), reason=str(exc)) from exc
        return path

    # --- erasure ----------------------------------------------------------------------------

    def erase_child(self, child_id: int) -> ErasureReport:
        """Remove the child and everything that hangs on it, in one transaction. The audit
        log keeps who erased which record id and when (no personal data); earlier audit
        entries never held any. SQLite overwrites deleted content (secure_delete) and the
        write-ahead log is folded in and emptied afterwards."""
        with self.db.session() as session:
            self._require_duty(session, child_id)
            child = session.get(Child, child_id)
            if child is None:
                raise not_found("child")
            before = _counts(session)
            session.delete(child)
            session.flush()
            after = _counts(session)
            audit(session, self.actor, "erase", "child", child_id, ["gdpr_erasure"])
        removed = {t: before[t] - after[t] for t in before if before[t] != after[t]}
        self._fold_wal()
        backups = 0
        if self.db.is_sqlite and self.db.path is not None:
            folder = self.db.path.parent / "backups"
            backups = len(list(folder.glob("*.sqlite3"))) if folder.exists() else 0
        return ErasureReport(child_id, removed, backups)

    def _fold_wal(self) -> None:
        if not self.db.is_sqlite:
            return
        try:
            with self.db.engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # noqa: BLE001 - a busy reader: the log is folded at the next checkpoint
            pass

    # --- retention --------------------------------------------------------------------------

    def retention_years(self) -> int:
        with self.db.session() as session:
            value = session.get(PrivacySetting, RETENTION_KEY)
            return int(value.value) if value else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        if not isinstance(years, int) or not 1 <= years <= 100:
            raise PrivacyError("bad_retention", years=years)
        with self.db.session() as session:
            require(session, self.actor, Role.ADMINISTRATOR, what="settings")
            setting = session.get(PrivacySetting, RETENTION_KEY)
            if setting is None:
                session.add(PrivacySetting(key=RETENTION_KEY, value=str(years)))
            else:
                setting.value = str(years)
            audit(session, self.actor, "update", "settings", None, [RETENTION_KEY])

    def due_for_review(
        self, today: date | None = None, years: int | None = None
    ) -> list[RetentionItem]:
        """Children whose every case is closed and whose last case closed at least `years`
        (the retention setting) ago: their records are due for review (keep or erase)."""
        today = today or date.today()
        years = years if years is not None else self.retention_years()
        if not 1 <= years <= 100:
            raise PrivacyError("bad_retention", years=years)
        with self.db.session() as session:
            who = require(
                session, self.actor, Role.ADMINISTRATOR, Role.SPECIALIST, what="retention"
            )
            open_children = select(Case.child_id).where(Case.status == CaseStatus.OPEN)
            conditions = [Case.child_id.not_in(open_children)]
            visible = None if who.has(Role.ADMINISTRATOR) else visible_children(who)
            if visible is not None:  # a specialist reviews their own children
                conditions.append(Case.child_id.in_(select(Child.id).where(visible)))
            rows = session.execute(
                select(Case.child_id, func.max(Case.closed_on), func.count(Case.id))
                .where(*conditions)
                .group_by(Case.child_id)
                .order_by(func.max(Case.closed_on), Case.child_id)
            ).all()
        items = []
        for child_id, last_closed, cases in rows:
            if last_closed is None:
                continue
            try:
                due = last_closed.replace(year=last_closed.year + years)
            except ValueError:  # 29 February
                due = last_closed.replace(year=last_closed.year + years, day=28)
            if due <= today:
                items.append(RetentionItem(child_id, last_closed, due, cases))
        return items

    # --- research and statistics ------------------------------------------------------------

    def pseudonymised_rows(self) -> list[dict[str, Any]]:
        """One row per rating: pseudonym, age band at the assessment, sex, kind and template
        of the assessment, its year, the code and the rating, the informant. Free texts
        (narratives, evidence, reasons) are left out: they may name people."""
        with self.db.session() as session:
            require(session, self.actor, Role.COORDINATOR, Role.ADMINISTRATOR, what="statistics")
            pseudonyms = self._pseudonyms(session)
            query = (
                select(Child.id, Child.birth_date, Child.sex, Assessment, Rating)
                .join(Assessment, Assessment.child_id == Child.id)
                .join(Rating, Rating.assessment_id == Assessment.id)
                .order_by(Child.id, Assessment.id, Rating.code, Rating.informant)
            )
            result = [
                {
                    "pseudonym": pseudonyms[child_id],
                    "age_band": age_band(born, a.assessed_on),
                    "sex": sex.value,
                    "assessment": f"{pseudonyms[child_id]}-{a.id}",
                    "kind": a.kind.value,
                    "template": f"{a.template_id} {a.template_version}",
                    "year": a.assessed_on.year,
                    "status": a.status.value,
                    "code": r.code,
                    "expression": r.expression,
                    "first_qualifier": r.first_qualifier,
                    "facilitator": r.facilitator,
                    "informant": r.informant,
                }
                for child_id, born, sex, a, r in session.execute(query).all()
            ]
            audit(session, self.actor, "export", "research", None, ["pseudonymised"])
            return result

    def _pseudonyms(self, session: Session) -> dict[int, str]:
        known = dict(session.execute(select(Pseudonym.child_id, Pseudonym.pseudonym)).all())
        taken = set(known.values())
        for (child_id,) in session.execute(select(Child.id).where(Child.id.not_in(known))):
            while True:
                token = "P-" + secrets.token_hex(5).upper()
                if token not in taken:
                    break
            taken.add(token)
            known[child_id] = token
            session.add(Pseudonym(child_id=child_id, pseudonym=token))
        session.flush()
        return known

    def export_pseudonymised(self, path: Path) -> Path:
        rows = self.pseudonymised_rows()
        columns = (
            list(rows[0])
            if rows
            else ["pseudonym", "age_band", "sex", "assessment", "kind", "template", "year"]
        )
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix.lower() == ".xlsx":
                from openpyxl import Workbook

                book = Workbook()
                sheet = book.active
                assert sheet is not None
                sheet.append(columns)
                for row in rows:
                    sheet.append([row[c] for c in columns])
                with partial.open("wb") as handle:
                    book.save(handle)
            elif path.suffix.lower() == ".json":
                partial.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
            else:
                buffer = io.StringIO()
                writer = csv.DictWriter(buffer, columns, delimiter=";")
                writer.writeheader()
                writer.writerows(rows)
                partial.write_text(buffer.getvalue(), encoding="utf-8-sig")
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise PrivacyError("gdpr_export_failed", file=str(path), reason=str(exc)) from exc
        return path

    def anonymised_statistics(self, today: date | None = None) -> dict[str, Any]:
        """For coordinators: children by age band and sex, and how often each category
        was rated as a difficulty (consensus qualifier 2-4), without any identity; cells
        with fewer than SMALL_CELL children are suppressed."""
        today = today or date.today()
        with self.db.session() as session:
            require(session, self.actor, Role.COORDINATOR, Role.ADMINISTRATOR, what="statistics")
            bands: dict[str, int] = {}
            for born, sex in session.execute(select(Child.birth_date, Child.sex)).all():
                key = f"{age_band(born, today)} {sex.value}"
                bands[key] = bands.get(key, 0) + 1
            difficulties = session.execute(
                select(Rating.code, func.count(func.distinct(Assessment.child_id)))
                .join(Assessment, Assessment.id == Rating.assessment_id)
                .where(
                    Rating.informant == CONSENSUS,
                    Rating.facilitator.is_(False),
                    Rating.first_qualifier.between(2, 4),
                )
                .group_by(Rating.code)
                .order_by(Rating.code)
            ).all()
            audit(session, self.actor, "view", "statistics", None)
        return {
            "children_by_age_band_and_sex": {
                k: v if v >= SMALL_CELL else f"<{SMALL_CELL}" for k, v in sorted(bands.items())
            },
            "children_with_difficulty_by_code": {
                code: n for code, n in difficulties if n >= SMALL_CELL
            },
        }


def _counts(session: Session) -> dict[str, int]:
    from app.storage.models import Base

    return {
        name: session.scalar(select(func.count()).select_from(table)) or 0
        for name, table in Base.metadata.tables.items()
    }
