"""Excel and CSV exports, re-read: the contents, and no user text ever becomes a formula."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.documents.assessment_data import load_assessment
from app.documents.errors import DocumentError
from app.documents.spreadsheets import (
    export_assessment,
    export_worksheet,
    latest_assessments,
    put,
    save_workbook,
)
from app.documents.texts import Identity, Privacy
from tests.documents.conftest import Records

INJECTIONS = [
    "=SUM(A1:A3)",
    "+48 600 100 200",
    "-bardzo dobrze",
    "@uwaga",
    "\tz tabulatorem",
    "\rz powrotem karetki",
    '=HYPERLINK("http://example.invalid","kliknij")',
]


def no_formulas(path: Path) -> None:
    """Neither openpyxl nor the file's XML holds a single formula."""
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_dangerous_text_stays_text_in_excel(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for number, text in enumerate(INJECTIONS, start=1):
        put(sheet, number, 1, text)
    put(sheet, len(INJECTIONS) + 1, 1, "e310+3 ułatwia")  # "+" inside: nothing to do
    put(sheet, len(INJECTIONS) + 2, 1, 42)
    path = save_workbook(workbook, tmp_path / "x.xlsx")
    no_formulas(path)
    again = load_workbook(path).active
    for number, text in enumerate(INJECTIONS, start=1):
        cell = again.cell(row=number, column=1)
        # (XML reads a bare carriage return back as a line feed: still the same text)
        assert cell.value == text.replace("\r", "\n") and cell.data_type == "s"
        assert cell.quotePrefix
    assert again.cell(row=len(INJECTIONS) + 1, column=1).quotePrefix is False
    assert again.cell(row=len(INJECTIONS) + 2, column=1).value == 42


def test_one_assessment_as_excel(records: Records, tmp_path: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    path = export_assessment(data, records.classification, tmp_path / "ocena.xlsx")
    no_formulas(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Oceny", "Profil", "Opis"]
    ratings = workbook["Oceny"]
    assert ratings["A1"].value == "Dziecko" and ratings["B1"].value == "Zofia Wężyk-Śliwińska"
    header = [c.value for c in ratings[4]]
    assert header[:5] == ["Kod", "Kategoria", "Rozdział", "Informator", "Zapis"]
    rows = [[c.value for c in row] for row in ratings.iter_rows(min_row=5)]
    reading = [r for r in rows if r[0] == "d166"]
    assert [r[3] for r in reading] == ["ocena uzgodniona", "specjalista", "nauczyciel", "rodzic"]
    teacher = next(r for r in reading if r[3] == "nauczyciel")
    # the teacher's note begins with "-": kept word for word, as text
    assert teacher[8] == "-bardzo dobrze radzi sobie z czytaniem krótkich tekstów"
    parent = next(r for r in reading if r[3] == "rodzic")
    assert parent[8] == "=SUM(A1:A3)"
    assert any(r[0] == "e310" and r[6] == "znaczny czynnik ułatwiający (50–95%)" for r in rows)
    description = [[c.value for c in row] for row in workbook["Opis"].iter_rows(min_row=2)]
    assert ["Zainteresowania i predyspozycje", "Konie, rysowanie komiksów."] in description
    profile = [[c.value for c in row] for row in workbook["Profil"].iter_rows(min_row=2)]
    assert ["d166", "Czytanie"] == profile[[r[0] for r in profile].index("d166")][:2]


def test_one_assessment_as_csv(records: Records, tmp_path: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    path = export_assessment(data, records.classification, tmp_path / "ocena.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Polish letters right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:2] == ["Kod", "Kategoria"]
    evidence = [r[8] for r in rows[1:]]
    assert "'-bardzo dobrze radzi sobie z czytaniem krótkich tekstów" in evidence
    assert "'=SUM(A1:A3)" in evidence and "'@uwaga: rozprasza się po kilku minutach" in evidence
    assert "'+ma dwoje bliskich przyjaciół w klasie" in evidence
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_class_worksheet(records: Records, tmp_path: Path) -> None:
    ids = latest_assessments(records.db, school="szkola podstawowa nr 5", class_name="4b")
    assert ids == [records.assessment_id]
    assert latest_assessments(records.db, school="nr 7") == []
    path = export_worksheet(
        records.db,
        ids,
        records.classification,
        tmp_path / "klasa.xlsx",
        privacy=Privacy(Identity.INITIALS),
    )
    no_formulas(path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Dziecko", "Data urodzenia", "Szkoła", "Klasa", "Data oceny"]
    assert "d166 Czytanie" in header and header.index("b1400 Utrzymywanie uwagi") < header.index(
        "d166 Czytanie"
    )
    row = [c.value for c in sheet[2]]
    assert row[0] == "Z. W. Ś." and row[3] == "4b"
    assert row[header.index("d166 Czytanie")] == "d166.32"  # the agreed rating
    assert row[header.index("e310 Najbliższa rodzina")] == "e310+3"
    csv_path = export_worksheet(records.db, ids, records.classification, tmp_path / "klasa.csv")
    assert "Zofia Wężyk-Śliwińska" in csv_path.read_text(encoding="utf-8-sig")


def test_unsupported_format_is_refused_and_nothing_written(
    records: Records, tmp_path: Path
) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    with pytest.raises(DocumentError, match="Nieobsługiwany rodzaj pliku"):
        export_assessment(data, records.classification, tmp_path / "ocena.ods")
    assert list(tmp_path.glob("ocena*")) == []


def test_a_real_spreadsheet_program_shows_the_text_and_evaluates_nothing(
    records: Records, tmp_path: Path
) -> None:
    import os
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is required in CI (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed")
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    path = export_assessment(data, records.classification, tmp_path / "ocena.xlsx")
    out = tmp_path / "converted"
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            # CSV in UTF-8 (76) of the first sheet, as the program computes it
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,1",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(out.glob("*.csv"))
    assert written, f"LibreOffice wrote nothing: {done.stdout} {done.stderr}"
    text = written[0].read_text(encoding="utf-8")
    assert "=SUM(A1:A3)" in text  # shown as typed, not computed
    assert "-bardzo dobrze radzi sobie z czytaniem krótkich tekstów" in text
    assert "@uwaga: rozprasza się po kilku minutach" in text
    assert "Zofia Wężyk-Śliwińska" in text
