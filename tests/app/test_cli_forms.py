"""Templates and questionnaires from the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.classification_service import load_bundled
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from forms.questionnaire import FIRST_ROW, SHEET_ITEMS
from tests.app.test_cli import cli


def test_list_show_and_validate_templates() -> None:
    code, out, _ = cli("forms", "list")
    assert code == 0 and "wopfu 1.0" in out and "wwr-0-3 1.0" in out
    code, out, _ = cli("forms", "list", "--age", "12")
    assert "klasy-4-8" in out and "wwr-0-3" not in out
    code, out, _ = cli("forms", "show", "ofu")
    assert code == 0 and "d1660" in out and "Uczenie się" in out
    code, out, _ = cli("forms", "validate")
    assert code == 0 and out.count("poprawny") == 8


def test_an_unknown_template_or_a_broken_file_fails_clearly(tmp_path: Path) -> None:
    code, _, err = cli("forms", "show", "nie-ma-takiego")
    assert code == 1 and "Nie ma szablonu „nie-ma-takiego”" in err
    broken = tmp_path / "zly" / "1.0.toml"
    broken.parent.mkdir()
    broken.write_text('id = "zly"\nversion = "1.0"\nkind = "inny"\n', encoding="utf-8")
    code, _, err = cli("forms", "validate", str(broken))
    assert code == 1 and "nieznany rodzaj oceny „inny”" in err


def test_questionnaire_export_and_import(tmp_path: Path) -> None:
    records = tmp_path / "records.sqlite3"
    db = Database.open(records)
    child = ChildrenService(db, "t").create(ChildInput("Julia", "Nowak", "2013-02-02", "F"))
    aid = (
        AssessmentsService(db, "t", load_bundled())
        .create(
            child.id,
            AssessmentInput(
                "school_functional",
                "ofu",
                "1.0",
                "2025-10-10",
                informants=[("teacher", None), ("parent", None)],
            ),
        )
        .id
    )
    db.close()
    path = tmp_path / "nauczyciel.xlsx"
    code, out, _ = cli(
        "--db",
        str(records),
        "questionnaire",
        "export",
        "--assessment",
        str(aid),
        "--informant",
        "teacher",
        "--out",
        str(path),
    )
    assert code == 0 and path.exists()
    wb = load_workbook(path)
    wb[SHEET_ITEMS].cell(row=FIRST_ROW, column=4, value="2 – umiarkowana trudność")
    wb.save(path)
    code, out, _ = cli("--db", str(records), "questionnaire", "import", str(path))
    assert code == 0 and "zaimportowano odpowiedzi: 1" in out
    junk = tmp_path / "smieci.xlsx"
    junk.write_bytes(b"nie skoroszyt")
    code, out, _ = cli("--db", str(records), "questionnaire", "import", str(junk))
    assert code == 1 and "NIE zaimportowano" in out
    assert "Pliki zaimportowane: 0, odrzucone: 1" in out
