"""Questionnaires go out as Excel workbooks and come back as ratings; a broken, foreign or
tampered file is refused with the reason and nothing of it is stored."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.services.assessments import AssessmentsService
from app.services.questionnaires import QuestionnairesService
from app.storage.database import Database
from app.storage.models import Assessment, Rating
from forms.errors import QuestionnaireError
from forms.questionnaire import FIRST_ROW, SHEET_ITEMS
from icf.classification import Classification
from tests.forms.conftest import new_assessment


def fill(
    path: Path,
    answers: dict[int, object],
    comments: dict[int, str] | None = None,
    save_as: Path | None = None,
) -> Path:
    """Fill answers as a person would in Excel: by item number (1-based)."""
    wb = load_workbook(path)
    ws = wb[SHEET_ITEMS]
    for number, value in answers.items():
        ws.cell(row=FIRST_ROW + number - 1, column=4).value = value  # None clears the cell
    for number, text in (comments or {}).items():
        ws.cell(row=FIRST_ROW + number - 1, column=5, value=text)
    target = save_as or path
    wb.save(target)
    return target


def stored(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Rating.id))) or 0


def test_questionnaires_go_out_and_come_back_as_ratings(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    aid = new_assessment(records, classification)
    teacher = questionnaires.export(aid, "teacher", tmp_path / "n.xlsx")
    parent = questionnaires.export(aid, "parent", tmp_path / "r.xlsx")
    student = questionnaires.export(aid, "student", tmp_path / "u.xlsx")

    wb = load_workbook(teacher)
    assert wb.sheetnames[:2] == ["Instrukcja", "Kwestionariusz"]
    ws = wb["Kwestionariusz"]
    assert ws.cell(row=FIRST_ROW, column=3).value == "Jak uczeń czyta na lekcjach?"
    assert "Hania Wójcik" in ws["A2"].value
    assert ws.protection.sheet and wb.security.lockStructure
    assert wb["_meta"].sheet_state == "veryHidden"
    assert ws.cell(row=FIRST_ROW, column=4).protection.locked is False

    fill(
        teacher,
        {
            1: "2 – umiarkowana trudność",
            2: "3 – duża trudność",
            3: "+2 – pomaga",
            4: "1 – niewielka trudność",
        },
        {1: "czyta sylabami, myli b/d"},
    )
    fill(parent, {1: "1 – niewielka trudność", 3: "+4 – bardzo pomaga"})
    fill(
        student,
        {1: "2 – czasem trudne", 2: "4 – nie umiem / nie mogę", 3: "1 – trochę mi przeszkadza"},
    )
    results = [questionnaires.import_file(p, aid) for p in (teacher, parent, student)]
    assert [(r.answered, r.unanswered) for r in results] == [(4, 0), (2, 2), (3, 1)]

    view = AssessmentsService(records, "t", classification).get(aid)
    teacher_ratings = {c: r.expression.format() for c, r in view.ratings_by("teacher").items()}
    assert teacher_ratings == {
        "d166": "d166.2",
        "b1400": "b1400.3",
        "e310": "e310+2",
        "d7200": "d7200.1",
    }
    assert view.ratings_by("teacher")["d166"].evidence == "czyta sylabami, myli b/d"
    assert view.ratings_by("parent")["e310"].expression.format() == "e310+4"
    assert view.ratings_by("student")["e310"].expression.format() == "e310.1"
    assert view.ratings_by("student")["b1400"].expression.format() == "b1400.4"


def test_a_second_import_replaces_the_informants_answers(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    aid = new_assessment(records, classification)
    path = questionnaires.export(aid, "teacher", tmp_path / "n.xlsx")
    fill(path, {1: "2 – umiarkowana trudność", 2: "3 – duża trudność"})
    questionnaires.import_file(path, aid)
    fill(path, {1: "1 – niewielka trudność", 2: None})  # the teacher changed one, cleared one
    questionnaires.import_file(path, aid)
    view = AssessmentsService(records, "t", classification).get(aid)
    assert {c: r.expression.format() for c, r in view.ratings_by("teacher").items()} == {
        "d166": "d166.1"
    }
    assert stored(records) == 1


def _broken(kind: str, good: Path, tmp: Path, other: Path) -> Path:
    target = tmp / f"{kind}.xlsx"
    if kind == "text file":
        target.write_text("To jest zwykły tekst, nie skoroszyt.", encoding="utf-8")
    elif kind == "empty file":
        target.write_bytes(b"")
    elif kind == "50 MB file":
        with target.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    elif kind == "zip that is not a workbook":
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif kind == "another child's file":
        shutil.copy(other, target)
        fill(target, {1: "2 – umiarkowana trudność"})
    elif kind == "values out of range":
        fill(good, {1: "7 – coś innego", 2: "5"}, save_as=target)
    elif kind == "text in answer cells":
        fill(good, {1: "czyta słabo", 3: "bardzo dobrze"}, save_as=target)
    elif kind == "formulas":
        fill(good, {1: '=HYPERLINK("http://example.org","2")'}, save_as=target)
    elif kind == "formula in a comment":
        fill(good, {1: "2 – umiarkowana trudność"}, {1: "=1+1"}, save_as=target)
    elif kind == "deleted rows":
        wb = load_workbook(good)
        wb.security.lockStructure = False
        wb[SHEET_ITEMS].delete_rows(FIRST_ROW + 1)
        wb.save(target)
    elif kind == "extra sheets":
        wb = load_workbook(good)
        wb.security.lockStructure = False
        wb.create_sheet("Moje notatki")
        wb.save(target)
    elif kind == "tampered metadata":
        wb = load_workbook(good)
        wb["_meta"]["B4"] = "999"
        wb.save(target)
    elif kind == "macros":
        shutil.copy(good, target)
        with zipfile.ZipFile(target, "a") as archive:
            archive.writestr("xl/vbaProject.bin", b"\x00macro")
    return target


BROKEN = {
    "text file": "to nie jest skoroszyt Excela",
    "empty file": "plik jest pusty",
    "50 MB file": "plik jest za duży",
    "zip that is not a workbook": "skoroszyt jest uszkodzony",
    "another child's file": "dotyczy innej oceny",
    "values out of range": "wiersz 6: „7 – coś innego” nie jest jedną z odpowiedzi",
    "text in answer cells": "wiersz 6: „czyta słabo” nie jest jedną z odpowiedzi",
    "formulas": "wiersz 6: komórka zawiera formułę",
    "formula in a comment": "wiersz 6: komórka zawiera formułę",
    "deleted rows": "usunięto lub przestawiono wiersze",
    "extra sheets": "dodano karty, których nie powinno być: Moje notatki",
    "tampered metadata": "dane identyfikujące kwestionariusz zostały zmienione",
    "macros": "plik zawiera makra",
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_workbook_is_refused_and_nothing_is_imported(
    kind: str,
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    aid = new_assessment(records, classification)
    other_aid = new_assessment(records, classification, name="Tosia")
    good = questionnaires.export(aid, "teacher", tmp_path / "good.xlsx")
    fill(good, {4: "1 – niewielka trudność"})  # a valid answer that must not land either
    other = questionnaires.export(other_aid, "teacher", tmp_path / "other.xlsx")
    path = _broken(kind, good, tmp_path, other)
    with pytest.raises(QuestionnaireError) as caught:
        questionnaires.import_file(path, aid)
    assert BROKEN[kind] in caught.value.message("pl")
    assert caught.value.message("en") != caught.value.message("pl")
    assert stored(records) == 0


def test_a_file_made_for_an_older_template_version_is_refused(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    aid = new_assessment(records, classification, version="1.0")
    path = questionnaires.export(aid, "teacher", tmp_path / "n.xlsx")
    fill(path, {1: "2 – umiarkowana trudność"})
    # meanwhile the assessment moved on to version 1.1 of the template
    with records.session() as session:
        session.get(Assessment, aid).template_version = "1.1"  # type: ignore[union-attr]
    with pytest.raises(QuestionnaireError) as caught:
        questionnaires.import_file(path, aid)
    assert (
        "kwestionariusz powstał według szablonu test-szkola 1.0, a ocena używa test-szkola 1.1"
    ) in caught.value.message("pl")
    assert stored(records) == 0


def test_the_registry_keeps_every_version_and_suggests_by_age(
    questionnaires: QuestionnairesService,
) -> None:
    registry = questionnaires.registry
    assert [t.version for t in registry.versions("test-szkola")] == ["1.0", "1.1"]
    assert len(registry.get("test-szkola", "1.0").items()) == 4
    assert len(registry.get("test-szkola").items()) == 5
    assert [t.id for t in registry.suggest(10)] == ["test-szkola"]
    assert registry.suggest(3) == []


def test_a_class_goes_out_and_a_folder_comes_back_with_a_summary(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    ids = [new_assessment(records, classification, name=f"Dziecko{i}") for i in range(5)]
    folder = tmp_path / "klasa"
    paths = questionnaires.export_batch(ids, "teacher", folder)
    assert len(paths) == 5 and all(p.name.startswith("kwestionariusz-nauczyciel-") for p in paths)
    for path in paths[:4]:
        fill(path, {1: "1 – niewielka trudność", 2: "0 – nie ma trudności"})
    fill(paths[4], {1: "zle"})
    results = questionnaires.import_folder(folder)
    assert [r.ok for r in results].count(True) == 4
    bad = [r for r in results if not r.ok]
    assert len(bad) == 1 and "nie jest jedną z odpowiedzi" in bad[0].error.message("pl")  # type: ignore[union-attr]
    assert stored(records) == 8


CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"


def test_the_workbook_opens_in_a_real_spreadsheet_program(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        import os

        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is required in CI (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed")
    aid = new_assessment(records, classification)
    path = questionnaires.export(aid, "parent", tmp_path / "rodzic.xlsx")
    fill(path, {1: "2 – umiarkowana trudność"})
    out = tmp_path / "converted"
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            # CSV in UTF-8 (76) of the second sheet, the questions
            CSV_FILTER,
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
    assert "Jak dziecko czyta w domu?" in text
    assert "2 – umiarkowana trudność" in text


def test_returned_questionnaires_are_compared_and_a_consensus_is_set(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    tmp_path: Path,
) -> None:
    aid = new_assessment(records, classification)
    teacher = questionnaires.export(aid, "teacher", tmp_path / "n.xlsx")
    parent = questionnaires.export(aid, "parent", tmp_path / "r.xlsx")
    fill(teacher, {1: "3 – duża trudność", 3: "+2 – pomaga"})
    fill(parent, {1: "1 – niewielka trudność", 3: "2 – przeszkadza"})
    questionnaires.import_file(teacher, aid)
    questionnaires.import_file(parent, aid)
    service = AssessmentsService(records, "t", classification)
    template = questionnaires.registry.get("test-szkola", "1.0")
    rows = {row.code: row for row in service.comparison(aid, template)}
    assert rows["d166"].disagreement and rows["e310"].disagreement
    assert not rows["b1400"].disagreement
    suggestion = rows["d166"].suggestion
    assert suggestion is not None and suggestion.format() == "d166.3"
    service.save_rating(aid, suggestion.format(), "consensus")
    again = {row.code: row for row in service.comparison(aid, template)}
    assert again["d166"].consensus.format() == "d166.3"  # type: ignore[union-attr]


def test_a_file_handed_out_by_another_database_is_refused(
    questionnaires: QuestionnairesService,
    records: Database,
    classification: Classification,
    registry,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    # another counselling centre's database: its assessment 1 is a different child
    elsewhere = Database.open(tmp_path / "elsewhere.sqlite3")
    other_id = new_assessment(elsewhere, classification, name="Obca")
    foreign = QuestionnairesService(elsewhere, "x", registry).export(
        other_id, "parent", tmp_path / "obcy.xlsx"
    )
    elsewhere.close()
    mine = new_assessment(records, classification)
    assert mine == other_id  # the same number, a different child
    fill(foreign, {1: "2 – umiarkowana trudność"})
    with pytest.raises(QuestionnaireError) as caught:
        questionnaires.import_file(foreign)  # as in a folder import: no assessment id given
    assert "nie został przygotowany w tej bazie danych" in caught.value.message("pl")
    assert stored(records) == 0
