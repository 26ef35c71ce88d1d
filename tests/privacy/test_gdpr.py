"""GDPR duties on SQLite and PostgreSQL: the access export holds everything, erasure leaves
no trace of the child in any table (nor in the SQLite file's bytes), retention lists what
is due, and pseudonymised exports hold no identity."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reportlab.pdfgen import canvas
from sqlalchemy import select, text

from app.services.access import Actor
from app.services.accounts import AccountsService
from app.services.audit_log import AuditFilter, AuditLogService
from app.services.cases import CasesService
from app.services.children import ChildrenService
from app.services.gdpr import (
    GdprService,
    age_band,
    register_document_provider,
    unregister_document_provider,
)
from app.storage.database import Database
from app.storage.models import Base, QuestionnaireExport
from app.storage.privacy_errors import PrivacyError
from app.storage.privacy_models import Pseudonym
from tests.privacy.conftest import (
    EVIDENCE,
    GIVEN,
    GUARDIAN,
    NARRATIVE,
    NOTE,
    PESEL,
    SECRETS,
    SURNAME,
    add_sample,
    files_bytes,
    leaks,
)

ACTOR = "t"


def every_value(db: Database) -> str:
    """Every value of every row of every table, as one text."""
    parts = []
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table)).all():
                parts.append(" ".join(str(v) for v in row))
        parts.append(
            " ".join(str(r) for r in connection.execute(text("SELECT * FROM alembic_version")))
        )
    return "\n".join(parts)


def a_pdf(db: Database, child_id: int) -> list[tuple[str, bytes]]:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, f"Dokument dziecka {child_id}")
    page.save()
    return [("podsumowanie.pdf", buffer.getvalue())]


def test_the_access_export_holds_everything_about_the_child(db: Database, tmp_path: Path) -> None:
    sample = add_sample(db, ACTOR)
    add_sample(db, ACTOR, given="Jan", surname="Nowak", pesel=None, secret_texts=False)
    path = GdprService(db, ACTOR).export_child(sample.child_id, tmp_path / "dane.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["child"]["surname"] == SURNAME and data["child"]["pesel"] == PESEL
    assert [g["name"] for g in data["guardians"]] == [GUARDIAN]
    assert data["cases"][0]["reason"] == NOTE
    assert data["assessments"][0]["strengths"] == NARRATIVE
    assert {r["expression"] for r in data["ratings"]} == {"d166.2", "d166.3", "e310+3"}
    assert EVIDENCE in {r["evidence"] for r in data["ratings"]}
    assert {e["action"] for e in data["audit"]} >= {"create", "update"}
    assert "Nowak" not in path.read_text(encoding="utf-8")  # only this child

    register_document_provider(a_pdf)
    try:
        archive_path = GdprService(db, ACTOR).export_child(sample.child_id, tmp_path / "dane.zip")
    finally:
        unregister_document_provider(a_pdf)
    with zipfile.ZipFile(archive_path) as archive:
        assert sorted(archive.namelist()) == ["data.json", "documents/podsumowanie.pdf"]
        assert archive.read("documents/podsumowanie.pdf").startswith(b"%PDF")
        assert json.loads(archive.read("data.json"))["child"]["given_names"] == GIVEN
    exports = AuditLogService(db, ACTOR).entries(AuditFilter(action="export", entity="child"))
    assert exports.total == 2


def test_erasure_leaves_no_trace_of_the_child_in_any_table(db: Database) -> None:
    sample = add_sample(db, ACTOR)
    other = add_sample(db, ACTOR, given="Jan", surname="Nowak", pesel=None, secret_texts=False)
    service = GdprService(db, ACTOR)
    service.pseudonymised_rows()  # the child has a pseudonym now
    with db.session() as session:  # a questionnaire was handed out
        session.add(
            QuestionnaireExport(
                assessment_id=sample.assessment_id, informant="parent", token="f" * 32
            )
        )
    before = every_value(db)
    assert SURNAME in before and PESEL in before and NOTE in before
    report = service.erase_child(sample.child_id)
    assert report.rows_removed["children"] == 1 and report.rows_removed["ratings"] == 3
    assert report.rows_removed["questionnaire_exports"] == 1
    assert report.rows_removed["pseudonyms"] == 1
    after = every_value(db)
    for secret in (*SECRETS, GIVEN):
        assert secret not in after, secret
    with db.session() as session:
        assert session.get(Pseudonym, sample.child_id) is None
    # the other child is untouched; the erasure is in the log, and the log still holds
    assert ChildrenService(db, ACTOR).get(other.child_id).child.surname == "Nowak"
    erased = AuditLogService(db, ACTOR).entries(AuditFilter(action="erase"))
    assert [(e.entity, e.entity_id) for e in erased.items] == [("child", sample.child_id)]
    assert AuditLogService(db, ACTOR).verify().ok
    with pytest.raises(Exception) as gone:
        ChildrenService(db, ACTOR).get(sample.child_id)
    assert "Nie znaleziono" in str(gone.value)


def test_erasure_leaves_no_bytes_of_the_child_in_the_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    sample = add_sample(db, ACTOR)
    add_sample(db, ACTOR, given="Jan", surname="Nowak", pesel=None, secret_texts=False)
    GdprService(db, ACTOR).erase_child(sample.child_id)
    assert leaks(files_bytes(path, Path(f"{path}-wal"))) == []
    db.close()
    assert leaks(files_bytes(path, Path(f"{path}-wal"))) == []
    assert b"Nowak" in path.read_bytes()  # the search does find what is still there


def test_retention_lists_children_whose_cases_closed_long_ago(db: Database) -> None:
    old = add_sample(db, ACTOR)
    recent = add_sample(db, ACTOR, given="Jan", surname="Nowak", pesel=None, secret_texts=False)
    still_open = add_sample(db, ACTOR, given="Ewa", surname="Lis", pesel=None, secret_texts=False)
    cases = CasesService(db, ACTOR)
    cases.close(old.case_id, 1, "2023-12-20")
    cases.close(recent.case_id, 1, date.today())
    service = GdprService(db, ACTOR)
    assert service.retention_years() == 10
    today = date(2030, 1, 1)
    assert service.due_for_review(today) == []
    due = service.due_for_review(today, years=5)
    assert [(i.child_id, i.last_closed_on, i.due_on) for i in due] == [
        (old.child_id, date(2023, 12, 20), date(2028, 12, 20))
    ]
    service.set_retention_years(3)
    assert [i.child_id for i in service.due_for_review(date(2027, 1, 1))] == [old.child_id]
    assert still_open.child_id not in [i.child_id for i in service.due_for_review(today, 1)]
    with pytest.raises(PrivacyError) as bad:
        service.set_retention_years(0)
    assert "od 1 do 100" in bad.value.message("pl")


def test_pseudonymised_exports_hold_no_identity_and_keep_stable_pseudonyms(
    db: Database, tmp_path: Path
) -> None:
    first = add_sample(db, ACTOR)
    add_sample(db, ACTOR, given="Jan", surname="Nowak", pesel=None, secret_texts=False)
    service = GdprService(db, ACTOR)
    rows = service.pseudonymised_rows()
    assert len(rows) == 6
    by_child: dict[str, set[str]] = {}
    for row in rows:
        by_child.setdefault(row["pseudonym"], set()).add(row["assessment"])
    assert len(by_child) == 2
    assert {r["age_band"] for r in rows} == {"6-9"}  # born 2014-05-17, assessed 2023-10-02
    again = service.pseudonymised_rows()
    assert [r["pseudonym"] for r in again] == [r["pseudonym"] for r in rows]

    for name in ("badania.csv", "badania.xlsx", "badania.json"):
        path = service.export_pseudonymised(tmp_path / name)
        if name.endswith(".xlsx"):
            sheet = load_workbook(path).active
            content = "\n".join(
                " ".join(str(c.value) for c in row)
                for row in sheet.iter_rows()  # type: ignore[union-attr]
            )
        else:
            content = path.read_text(encoding="utf-8-sig")
        assert rows[0]["pseudonym"] in content
        for secret in (*SECRETS, GIVEN, "Nowak", "Jan", "2014-05-17", "SP 3 w Opolu"):
            assert secret not in content, (name, secret)
    with db.session() as session:
        stored = session.get(Pseudonym, first.child_id)
        assert stored is not None and stored.pseudonym in {r["pseudonym"] for r in rows}


def test_age_bands() -> None:
    assert age_band(date(2014, 5, 17), date(2023, 5, 16)) == "6-9"
    assert age_band(date(2014, 5, 17), date(2024, 5, 17)) == "10-14"
    assert age_band(date(2020, 1, 1), date(2021, 1, 1)) == "0-2"
    assert age_band(date(1990, 1, 1), date(2024, 1, 1)) == "25+"


def test_a_specialist_handles_requests_for_own_children_only(db: Database) -> None:
    accounts = AccountsService(db)
    admin = accounts.create_first("dyrektor", "Hasło do poradni 2026")
    accounts.add_user(admin, "anna", "Hasło do poradni 2026", ["specialist"])
    accounts.add_user(admin, "bartek", "Hasło do poradni 2026", ["specialist"])
    anna: Actor = accounts.login("anna", "Hasło do poradni 2026")
    bartek: Actor = accounts.login("bartek", "Hasło do poradni 2026")
    sample = add_sample(db, anna)
    CasesService(db, anna).close(sample.case_id, 1, "2024-06-28")
    long_ago = date(2040, 1, 1)
    assert [i.child_id for i in GdprService(db, anna).due_for_review(long_ago)] == [sample.child_id]
    assert GdprService(db, bartek).due_for_review(long_ago) == []  # not his child
    with pytest.raises(PrivacyError):
        GdprService(db, bartek).erase_child(sample.child_id)
    assert GdprService(db, anna).child_data(sample.child_id)["child"]["surname"] == SURNAME
    GdprService(db, admin).erase_child(sample.child_id)  # the administrator handles requests
    assert SURNAME not in every_value(db)
