"""The hash-chained audit log on SQLite and PostgreSQL: what it records, that tampering is
found (an altered, removed, inserted or cut-off entry), filters and exports read back."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from alembic import command
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.audit_log import AuditFilter, AuditLogService
from app.services.children import ChildrenService
from app.storage.audit_chain import verify
from app.storage.database import Database, alembic_config
from tests.privacy.conftest import GIVEN, PESEL, SECRETS, add_sample

ADMIN = "admin-lokalny"


def chain(db: Database):  # type: ignore[no-untyped-def]
    return AuditLogService(db, ADMIN).verify()


def logged(db: Database) -> Database:
    sample = add_sample(db)
    ChildrenService(db, "t").get(sample.child_id)
    return db


def test_every_action_is_logged_and_the_chain_holds(db: Database) -> None:
    logged(db)
    rows = AuditLogService(db, ADMIN).entries(page_size=1000).items
    actions = {(r.action, r.entity) for r in rows}
    assert {("create", "child"), ("create", "guardian"), ("create", "case")} <= actions
    assert {("create", "assessment"), ("create", "rating"), ("view", "child")} <= actions
    assert [r.seq for r in reversed(rows)] == list(range(1, len(rows) + 1))
    report = chain(db)
    assert report.ok and report.entries == len(rows) and len(report.head_hash) == 64
    text_of_log = json.dumps([r.__dict__ for r in rows], default=str, ensure_ascii=False)
    for secret in (*SECRETS, GIVEN):
        assert secret not in text_of_log


def test_an_altered_entry_is_detected(db: Database) -> None:
    logged(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'ktos-inny' WHERE id = 3"))
    report = chain(db)
    assert not report.ok
    assert [(p.kind, p.entry_id) for p in report.problems] == [("altered", 3)]
    assert "zmieniony" in report.problems[0].describe("pl")


def test_a_removed_entry_is_detected(db: Database) -> None:
    logged(db)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_seals WHERE entry_id = 4"))
        connection.execute(text("DELETE FROM audit_log WHERE id = 4"))
    report = chain(db)
    assert ("removed", 4) in [(p.kind, p.seq) for p in report.problems]


def test_an_inserted_entry_is_detected(db: Database) -> None:
    logged(db)
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                "VALUES (CURRENT_TIMESTAMP, 'ktos', 'view', 'child', 1)"
            )
        )
    report = chain(db)
    assert [p.kind for p in report.problems] == ["inserted"]


def test_an_inserted_entry_with_a_forged_seal_is_detected(db: Database) -> None:
    logged(db)
    with db.engine.begin() as connection:
        # make room at position 3 (in two steps: the positions are unique)
        connection.execute(text("UPDATE audit_seals SET seq = seq + 1000 WHERE seq >= 3"))
        connection.execute(text("UPDATE audit_seals SET seq = seq - 999 WHERE seq >= 1000"))
        entry = connection.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                "VALUES (CURRENT_TIMESTAMP, 'ktos', 'view', 'child', 1) RETURNING id"
            )
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO audit_seals (entry_id, seq, prev_hash, hash) "
                "SELECT :entry, 3, hash, hash FROM audit_seals WHERE seq = 2"
            ),
            {"entry": entry},
        )
    report = chain(db)
    assert not report.ok
    assert {"altered", "reordered"} & {p.kind for p in report.problems}


def test_cutting_off_the_newest_entries_is_detected(db: Database) -> None:
    logged(db)
    with db.engine.begin() as connection:
        last = connection.execute(text("SELECT max(entry_id) FROM audit_seals")).scalar_one()
        connection.execute(text("DELETE FROM audit_seals WHERE entry_id = :e"), {"e": last})
        connection.execute(text("DELETE FROM audit_log WHERE id = :e"), {"e": last})
    assert [p.kind for p in chain(db).problems] == ["truncated"]


def test_filters_and_exports_read_back(db: Database, tmp_path: Path) -> None:
    logged(db)
    service = AuditLogService(db, ADMIN)
    views = service.entries(AuditFilter(action="view"))
    assert views.total == 1 and views.items[0].entity == "child"
    ratings = service.entries(AuditFilter(entity="rating"))
    assert ratings.total == 3
    assert service.entries(AuditFilter(actor="nikt")).total == 0
    assert service.entries(AuditFilter(since=date(2000, 1, 1), until=date.today())).total > 5
    assert service.entries(AuditFilter(until=date(2000, 1, 1))).total == 0

    xlsx = service.export(tmp_path / "dziennik.xlsx")
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]  # type: ignore[index]
    assert header[:4] == ["Pozycja", "Wpis", "Kiedy (UTC)", "Kto"]
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]  # type: ignore[union-attr]
    assert [row[0] for row in body] == list(range(1, len(body) + 1))
    assert ("create", "child") in {(row[4], row[5]) for row in body}

    path = service.export(tmp_path / "dziennik.csv", AuditFilter(entity="rating"), lang="en")
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Position" and len(rows) == 1 + 3
    written = path.read_text(encoding="utf-8-sig") + xlsx.read_bytes().decode("latin-1")
    assert PESEL not in written
    # the export itself is an audited event, and the chain still holds
    assert service.entries(AuditFilter(action="export", entity="audit_log")).total == 2
    assert chain(db).ok


def test_the_upgrade_seals_entries_written_before_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database.open(path, upgrade=False)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with db.engine.begin() as connection:
        for action in ("create", "update", "view"):
            connection.execute(
                text(
                    "INSERT INTO audit_log (at, actor, action, entity, entity_id, fields) "
                    "VALUES ('2025-01-02 10:00:00.000000', 'ola', :a, 'child', 7, NULL)"
                ),
                {"a": action},
            )
    db.close()
    db = Database.open(path)
    with db.session() as session:
        report = verify(session)
    assert report.ok and report.entries == 3
    db.close()
