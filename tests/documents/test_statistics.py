"""Statistics: figures on a crafted data set, and proof that no figure about fewer than five
children can be read off a report, directly or by subtracting from a total."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from app.documents.statistics_report import write_statistics
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.statistics import (
    SUPPRESSED,
    THRESHOLD,
    Scope,
    StatTable,
    compute,
    load_frame,
    prepare,
    statistics,
    suppress,
)
from app.storage.database import Database
from tests.documents.conftest import pdf_text, render_pages, words

COLUMNS = [
    "child",
    "born",
    "sex",
    "school",
    "assessment",
    "day",
    "amends",
    "code",
    "informant",
    "q",
    "facilitator",
]


def crafted() -> pd.DataFrame:
    """School A: 40 children; school B: 3. Two rounds each (a year apart)."""
    rows = []
    for child in range(1, 44):
        school = "Szkoła Podstawowa nr 1 w Ełku" if child <= 40 else "Szkoła Filialna w Żabnie"
        sex = "F" if child % 2 else "M"
        born = date(2016 if child <= 20 else 2012, 5, 1)
        for round_, day in ((1, date(2025, 1, 10)), (2, date(2026, 1, 10))):
            head = [child, born, sex, school, child * 10 + round_, day, None]
            if round_ == 1:
                reading = 3
            elif child <= 30:
                reading = 2
            elif child <= 37:
                reading = 3
            else:
                reading = 4 if child <= 40 else 1  # 38-40: three children, never shown
            ratings = [
                ("d166", "consensus", reading, False),
                ("d166", "parent", 0, False),  # not the settled rating: ignored
                ("b1400", "specialist", 3 if child == 41 and round_ == 2 else 0, False),
                ("e310", "specialist", 3 if child <= 20 else 2, child <= 20),
            ]
            rows += [head + list(rating) for rating in ratings]
    return pd.DataFrame(rows, columns=COLUMNS)


def figures(table: StatTable) -> np.ndarray:
    return table.frame.iloc[:, table.label_columns :].to_numpy(dtype=np.int64)


def assert_safe(table: StatTable, rows_add_up: bool) -> None:
    values = figures(table)
    shown = values[values != SUPPRESSED]
    assert not ((shown > 0) & (shown < THRESHOLD)).any(), (table.key, table.frame)
    hidden = values == SUPPRESSED
    # a lone hidden cell in a line with a known total could be worked out: never
    if table.frame.iloc[-1, 0] == "Razem":  # the column totals are published
        for column in hidden.T:
            assert column.sum() != 1, (table.key, table.frame)
    if rows_add_up:
        for row in hidden:
            assert row.sum() != 1, (table.key, table.frame)


def test_suppression_hides_small_figures_and_their_complements() -> None:
    matrix = np.array([[10, 3, 7, 20], [6, 9, 5, 20], [16, 12, 12, 40]])
    out = suppress(matrix)
    assert out[0, 1] == SUPPRESSED  # 3 children
    assert (out[0] == SUPPRESSED).sum() >= 2  # and more in its row ...
    assert (out[:, 1] == SUPPRESSED).sum() >= 2  # ... and in its column
    for line, raw in zip(list(out) + list(out.T), list(matrix) + list(matrix.T), strict=True):
        hidden = line == SUPPRESSED
        # what a reader can work out of a line (total minus the shown figures) is never
        # a single hidden figure, nor a sum of fewer than 5 children
        assert hidden.sum() != 1
        assert raw[hidden].sum() == 0 or raw[hidden].sum() >= THRESHOLD
    assert out[2, 3] == 40  # the grand total stays


def test_two_small_figures_in_a_line_are_not_enough() -> None:
    # 1 + 2 = 3 children could be read off the total: a third cell must go too
    matrix = np.array([[1, 2, 20, 23], [9, 9, 9, 27], [10, 11, 29, 50]])
    out = suppress(matrix)
    hidden = out[0] == SUPPRESSED
    assert hidden[0] and hidden[1] and matrix[0][hidden].sum() >= THRESHOLD


def test_statistics_on_a_crafted_data_set(classification) -> None:  # type: ignore[no-untyped-def]
    stats = compute(prepare(crafted()), classification, "pl", "Powiat testowy")
    assert stats.children == 43 and stats.assessments == 86
    category = stats.table("by_category").frame.set_index("Kod")
    # the agreed ratings count, not the parent's 0
    # (had the parents' 0 counted, 43 children would stand under "0")
    assert category.loc["d166", "0"] in (0, SUPPRESSED) and category.loc["d166", "2"] == 30
    assert category.loc["d166", "4"] == SUPPRESSED  # three children
    assert category.loc["d166", "1"] == SUPPRESSED  # the small school's three
    assert category.loc["d166", "Dzieci"] == 43
    assert category.loc["e310", "+3"] == 20 and category.loc["e310", "2"] == 23
    assert category.loc["b1400", "3"] == SUPPRESSED  # one child
    for key, additive in (
        ("by_category", True),
        ("by_chapter", True),
        ("changes", True),
        ("by_age", False),
        ("by_school", False),
        ("by_sex", False),
        ("by_need", False),
    ):
        assert_safe(stats.table(key), additive)
    # school B has 3 children: nothing about it is shown, and since the total row is there,
    # school A's figures are hidden wherever B's could be worked out from them
    schools = stats.table("by_school").frame.set_index("Grupa")
    assert (schools.loc["Szkoła Filialna w Żabnie"] == SUPPRESSED).all()
    for column in schools.columns:
        if (
            schools.loc["Szkoła Filialna w Żabnie", column] == SUPPRESSED
            and schools.loc["Razem", column] != SUPPRESSED
        ):
            assert schools.loc["Szkoła Podstawowa nr 1 w Ełku", column] == SUPPRESSED
    changes = stats.table("changes").frame.set_index("Kod")
    assert changes.loc["d166", "Poprawa"] in (33, SUPPRESSED)
    assert changes.loc["e310", "Bez zmian"] == 43
    assert changes.loc["b1400", "Pogorszenie"] == SUPPRESSED  # one child got worse
    ages = stats.table("by_age").frame.set_index("Grupa")
    assert ages.loc["7–9", "Dzieci"] == 20 and ages.loc["10–14", "Dzieci"] == 23


def test_differencing_between_chapter_and_group_tables(classification) -> None:  # type: ignore[no-untyped-def]
    """by_group's total row tells how many children have a 2-4 in a chapter; by_chapter
    must not let that sum expose a lone hidden figure among its columns 2, 3, 4."""
    stats = compute(prepare(crafted()), classification, "pl")
    chapters = stats.table("by_chapter").frame.set_index("Rozdział")
    for chapter, row in chapters.iterrows():
        if chapter == "Razem":
            continue
        severe = [row[c] for c in ("2", "3", "4") if c in row.index]
        assert sum(v == SUPPRESSED for v in severe) != 1, chapters


def test_a_group_of_fewer_than_five_is_not_reported(classification) -> None:  # type: ignore[no-untyped-def]
    frame = crafted()
    small = frame[frame["child"] <= 4]
    stats = compute(prepare(small), classification, "pl")
    assert stats.children == SUPPRESSED and stats.assessments == SUPPRESSED
    for table in stats.tables:
        values = figures(table)
        assert not ((values > 0) & (values < THRESHOLD)).any()


def test_statistics_workbook_and_pdf(classification, output_dir: Path) -> None:  # type: ignore[no-untyped-def]
    stats = compute(prepare(crafted()), classification, "pl", "Powiat ełcki")
    xlsx = write_statistics(stats, output_dir / "statystyka.xlsx", made=date(2026, 11, 23))
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames[:3] == ["Podsumowanie", "Kategorie", "Rozdziały"]
    assert "Zmiany" in workbook.sheetnames
    for sheet in workbook.worksheets[1:]:
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                if isinstance(cell.value, int):
                    assert cell.value == 0 or cell.value >= THRESHOLD, (sheet.title, cell.value)
    texts = [c.value for row in workbook["Kategorie"].iter_rows() for c in row]
    assert "×" in texts and "Czytanie" in texts
    with zipfile.ZipFile(xlsx) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 4  # native Excel charts

    pdf = write_statistics(stats, output_dir / "statystyka.pdf", made=date(2026, 11, 23))
    text = words(pdf_text(pdf))
    assert "Potrzeby dzieci w ocenie funkcjonalnej – statystyka" in text
    assert "Rozkład ocen według rozdziałów" in text and "Zmiany między kolejnymi ocenami" in text
    assert "23 listopada 2026 r." in text and "×" in text
    assert "Znaczne trudności według płci" in text and "dziewczęta" in text
    render_pages(pdf, output_dir, "statystyka")
    with pytest.raises(Exception, match="Nieobsługiwany"):
        write_statistics(stats, output_dir / "statystyka.docx")


def _child(db: Database, service: AssessmentsService, n: int, school: str) -> None:
    child = ChildrenService(db, "test").create(
        ChildInput(f"Jan{n}", f"Kowalski-Żak{n}", "2016-02-01", "M", school=school)
    )
    view = service.create(
        child.id,
        AssessmentInput("school_functional", "ofu", "1.0", "2026-03-02", [("specialist", None)]),
    )
    service.save_rating(view.id, "d166.2", "specialist")
    service.save_rating(view.id, "b1400.1", "specialist")
    view = service.get(view.id)
    if n != 6:  # one draft: does not count
        service.finalise(view.id, view.version)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_statistics_from_the_records(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    classification,  # type: ignore[no-untyped-def]
) -> None:
    url = (
        tmp_path / "stats.sqlite3"
        if backend == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    db = Database.open(url)
    try:
        service = AssessmentsService(db, "test", classification)
        for n in range(7):
            _child(db, service, n, "Szkoła Podstawowa nr 3 w Gdańsku")
        _child(db, service, 99, "Przedszkole nr 1 w Sopocie")
        frame = load_frame(db, Scope(school="szkola podstawowa nr 3"))
        assert frame["child"].nunique() == 6  # the draft and the other school left out
        stats = statistics(db, Scope(), classification, "pl")
        assert stats.children == 7
        category = stats.table("by_category").frame.set_index("Kod")
        assert category.loc["b1400", "1"] == 7 and category.loc["d166", "2"] == 7
        out = write_statistics(stats, tmp_path / "s.xlsx")
        everything = " ".join(
            str(c.value) for sheet in load_workbook(out) for row in sheet.iter_rows() for c in row
        )
        assert "Kowalski" not in everything and "Jan1" not in everything
    finally:
        db.close()
