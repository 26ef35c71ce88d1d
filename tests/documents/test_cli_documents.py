"""Documents, exports and statistics from the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.app.test_cli import cli
from tests.documents.conftest import Records, pdf_info, pdf_text, words


def test_report_export_and_stats_commands(records: Records, tmp_path: Path) -> None:
    db = str(records.db.path)
    target = tmp_path / "ocena.pdf"
    code, out, _ = cli(
        "--db",
        db,
        "report",
        "assessment",
        "--assessment",
        str(records.assessment_id),
        "--out",
        str(target),
        "--confidential",
        "--identity",
        "initials",
        "--age",
    )
    assert code == 0 and "Zapisano" in out
    text = words(pdf_text(target))
    assert "POUFNE" in text and "Z. W. Ś." in text and "Wężyk" not in text

    code, out, _ = cli(
        "--db",
        db,
        "report",
        "assessment",
        "--assessment",
        str(records.assessment_id),
        "--out",
        str(tmp_path / "parents.pdf"),
        "--parents",
        "--lang",
        "en",
    )
    assert code == 0
    english = words(pdf_text(tmp_path / "parents.pdf"))
    assert "Information for parents" in english
    assert "On 5 October 2026, the specialists of Poradnia" in english
    assert pdf_info(tmp_path / "parents.pdf")["Title"].startswith("Information for parents")

    # a batch for the child's class into a folder; file names name no child
    folder = tmp_path / "klasa"
    folder.mkdir()
    code, out, _ = cli(
        "--db",
        db,
        "report",
        "assessment",
        "--school",
        "Szkoła Podstawowa nr 5",
        "--class",
        "4b",
        "--out",
        str(folder),
        "--parents",
    )
    assert code == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"rodzice-{records.assessment_id}-2026-10-05.pdf"]

    code, out, _ = cli(
        "--db",
        db,
        "export",
        "assessment",
        "--assessment",
        str(records.assessment_id),
        "--out",
        str(tmp_path / "ocena.xlsx"),
    )
    assert code == 0 and load_workbook(tmp_path / "ocena.xlsx").sheetnames[0] == "Oceny"
    code, out, _ = cli(
        "--db",
        db,
        "export",
        "worksheet",
        "--child",
        str(records.child_id),
        "--csv",
        str(tmp_path / "zestawienie"),
    )
    assert code == 0 and "d166.32" in (tmp_path / "zestawienie.csv").read_text("utf-8-sig")

    code, out, _ = cli("--db", db, "stats", "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and "Zapisano statystykę (<5 dzieci)" in out
    code, out, _ = cli("--db", db, "stats", "--school", "nr 5", "--out", str(tmp_path / "s.xlsx"))
    assert code == 0 and (tmp_path / "s.xlsx").exists()


def test_bad_requests_fail_clearly_and_write_nothing(records: Records, tmp_path: Path) -> None:
    db = str(records.db.path)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, _, err = cli(
        "--db",
        db,
        "export",
        "assessment",
        "--assessment",
        str(records.assessment_id),
        "--out",
        str(tmp_path / "ocena.docx"),
    )
    assert code == 1 and "Nieobsługiwany rodzaj pliku „ocena.docx”" in err
    code, _, err = cli(
        "--db", db, "--lang", "en", "stats", "--out", str(tmp_path / "nope" / "s.pdf")
    )
    assert code == 1 and "does not exist" in err
    code, _, err = cli(
        "--db",
        db,
        "report",
        "assessment",
        "--assessment",
        str(records.assessment_id),
        "999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "istniejący folder" in err
    code, _, err = cli(
        "--db",
        db,
        "report",
        "assessment",
        "--school",
        "Liceum",
        "--out",
        str(tmp_path),
    )
    assert code == 1 and "Nie znaleziono ocen" in err
    assert list(tmp_path.iterdir()) == []
