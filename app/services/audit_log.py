"""The administrator's view of the audit log: filtered pages, the chain check, and export
to CSV or Excel. The log names users, actions, record types and ids and the names of
changed fields, never a child's data."""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.access import Actor, Role, require
from app.services.common import Page, audit
from app.storage import audit_chain
from app.storage.database import Database
from app.storage.models import AuditEntry
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import AuditSeal

COLUMNS = ("seq", "id", "at", "actor", "action", "entity", "entity_id", "fields")
HEADERS = {
    "pl": ("Pozycja", "Wpis", "Kiedy (UTC)", "Kto", "Czynność", "Rodzaj rekordu", "Id", "Pola"),
    "en": ("Position", "Entry", "When (UTC)", "Who", "Action", "Record type", "Id", "Fields"),
}


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    since: date | None = None
    until: date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    seq: int | None
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    fields: tuple[str, ...]


class AuditLogService:
    def __init__(self, db: Database, actor: str | Actor) -> None:
        self.db = db
        self.actor = actor

    def verify(self) -> audit_chain.ChainReport:
        with self.db.session() as session:
            require(session, self.actor, Role.ADMINISTRATOR, what="audit")
            return audit_chain.verify(session)

    def entries(
        self, where: AuditFilter | None = None, *, page: int = 0, page_size: int = 100
    ) -> Page[AuditRow]:
        """Newest first."""
        where = where or AuditFilter()
        page = max(0, page)
        page_size = max(1, min(page_size, 1000))
        with self.db.session() as session:
            require(session, self.actor, Role.ADMINISTRATOR, what="audit")
            conditions = _conditions(where)
            total = session.scalar(select(func.count(AuditEntry.id)).where(*conditions)) or 0
            rows = _rows(session, conditions, page * page_size, page_size)
            return Page(rows, total, page, page_size)

    def export(self, path: Path, where: AuditFilter | None = None, lang: str = "pl") -> Path:
        """The filtered log (oldest first) as .csv (UTF-8 with BOM, opens in Excel) or .xlsx;
        written to a temporary name first, so a failure leaves no half file."""
        where = where or AuditFilter()
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise PrivacyError(
                "audit_export_failed",
                file=str(path),
                reason={"pl": "wybierz plik .csv lub .xlsx", "en": "choose a .csv or .xlsx file"},
            )
        with self.db.session() as session:
            require(session, self.actor, Role.ADMINISTRATOR, what="audit")
            rows = list(reversed(_rows(session, _conditions(where), 0, None)))
            audit(session, self.actor, "export", "audit_log", None, [suffix[1:]])
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if suffix == ".csv":
                _write_csv(partial, rows, lang)
            else:
                _write_xlsx(partial, rows, lang)
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise PrivacyError("audit_export_failed", file=str(path), reason=str(exc)) from exc
        return path


def _conditions(where: AuditFilter) -> list:  # type: ignore[type-arg]
    conditions = []
    if where.actor:
        conditions.append(AuditEntry.actor == where.actor)
    if where.action:
        conditions.append(AuditEntry.action == where.action)
    if where.entity:
        conditions.append(AuditEntry.entity == where.entity)
    if where.entity_id is not None:
        conditions.append(AuditEntry.entity_id == where.entity_id)
    if where.since is not None:
        conditions.append(AuditEntry.at >= datetime.combine(where.since, time.min))
    if where.until is not None:
        conditions.append(
            AuditEntry.at < datetime.combine(where.until + timedelta(days=1), time.min)
        )
    return conditions


def _rows(session: Session, conditions: list, offset: int, limit: int | None) -> list[AuditRow]:  # type: ignore[type-arg]
    query = (
        select(AuditEntry, AuditSeal.seq)
        .join(AuditSeal, AuditSeal.entry_id == AuditEntry.id, isouter=True)
        .where(*conditions)
        .order_by(AuditEntry.id.desc())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRow(
            seq,
            e.id,
            e.at,
            e.actor,
            e.action,
            e.entity,
            e.entity_id,
            tuple(json.loads(e.fields)) if e.fields else (),
        )
        for e, seq in session.execute(query).all()
    ]


def _cells(row: AuditRow) -> list[object]:
    return [
        row.seq,
        row.id,
        row.at.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds"),
        row.actor,
        row.action,
        row.entity,
        row.entity_id,
        ", ".join(row.fields),
    ]


def _write_csv(path: Path, rows: list[AuditRow], lang: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS.get(lang, HEADERS["en"]))
        for row in rows:
            writer.writerow(_cells(row))


def _write_xlsx(path: Path, rows: list[AuditRow], lang: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dziennik" if lang == "pl" else "Audit log"
    sheet.append(list(HEADERS.get(lang, HEADERS["en"])))
    for row in rows:
        sheet.append(_cells(row))
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (9, 8, 20, 20, 14, 16, 8, 40), strict=True):
        sheet.column_dimensions[column].width = width
    with path.open("wb") as handle:
        book.save(handle)
