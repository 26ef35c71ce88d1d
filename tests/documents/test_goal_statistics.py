"""Goals attained in the statistics: the distribution of attainment levels and the mean
T-score from recorded reviews, with no figure about fewer than five children."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from app.documents.statistics_report import write_statistics
from app.services.plans import PlansService
from app.services.reviews import ReviewsService
from app.statistics import (
    GOAL_COLUMNS,
    SUPPRESSED,
    THRESHOLD,
    Scope,
    goals_attained,
    statistics,
)
from app.storage.database import Database
from tests.documents.conftest import pdf_text, render_pages, words
from tests.plans.vignettes import KUBA
from tests.storage.plan_helpers import ACTOR, CLASSIFICATION, child_with_assessment


def crafted_goals() -> pd.DataFrame:
    """Children 1-9 with an IPET, 10-12 with a family plan; one review each, child 1 also
    an earlier one (which must not count)."""
    rows = []
    day = date(2026, 1, 30)
    for child in range(1, 13):
        kind = "ipet" if child <= 9 else "family"
        if child <= 7:
            levels = [0, 1]
        elif child <= 9:
            levels = [-1, 0]
        elif child == 10:
            levels = [-1, 0]
        else:
            levels = [2, 0]
        review = child * 10
        t = 50.0 + 5 * sum(levels)
        rows += [(child, child, kind, review, day, t, level) for level in levels]
    rows += [
        (1, 1, "ipet", 5, date(2025, 10, 1), 30.0, -2),
        (1, 1, "ipet", 5, date(2025, 10, 1), 30.0, -2),
    ]
    return pd.DataFrame.from_records(rows, columns=GOAL_COLUMNS)


def _safe(frame: pd.DataFrame, columns: list[str]) -> None:
    values = frame[columns].to_numpy(dtype=np.int64)
    shown = values[values != SUPPRESSED]
    assert not ((shown > 0) & (shown < THRESHOLD)).any(), frame
    for column in (values == SUPPRESSED).T:
        assert column.sum() != 1, frame  # a lone hidden figure could be worked out


def test_goal_attainment_levels_and_t_scores_are_suppressed() -> None:
    by_level, by_kind = goals_attained(crafted_goals(), "pl")
    levels = by_level.frame.set_index("Poziom")
    # latest reviews only: child 1's earlier −2s are gone
    assert levels.loc["−2 znacznie poniżej oczekiwań", "Cele"] == 0
    assert levels.loc["0 zgodnie z oczekiwaniami", "Cele"] == 12
    assert levels.loc["0 zgodnie z oczekiwaniami", "Dzieci"] == 12
    assert levels.loc["+1 powyżej oczekiwań", "Dzieci"] == 7
    # three children at −1 and two at +2: both hidden (together five)
    assert (levels.loc["−1 poniżej oczekiwań"] == SUPPRESSED).all()
    assert (levels.loc["+2 znacznie powyżej oczekiwań"] == SUPPRESSED).all()
    assert levels.loc["Razem", "Cele"] == 24 and levels.loc["Razem", "Dzieci"] == 12
    _safe(by_level.frame, ["Cele", "Dzieci"])
    kinds = by_kind.frame.set_index("Rodzaj planu")
    # three children with a family plan: hidden, so IPET is too (the total would tell)
    assert (kinds.loc["plan wsparcia rodziny"] == SUPPRESSED).all()
    assert (kinds.loc["IPET"] == SUPPRESSED).all()
    assert kinds.loc["Razem", "Plany"] == 12 and kinds.loc["Razem", "Dzieci"] == 12
    # T: 7 × 55 (children 1-7), 3 × 45 (8-10), 2 × 60 (11-12): 53.3
    expected = round((7 * 55 + 2 * 45 + 45 + 2 * 60) / 12, 1)
    assert kinds.loc["Razem", "Średni wynik T"] == pytest.approx(expected)
    _safe(by_kind.frame, ["Plany", "Dzieci"])


def test_fewer_than_five_children_show_nothing() -> None:
    few = crafted_goals()
    few = few[few["child"] <= 4]
    for table in goals_attained(few, "en"):
        figures = table.frame.iloc[:, 1:].to_numpy(dtype=float)
        assert (figures[figures != 0] == SUPPRESSED).all(), table.frame
    assert goals_attained(few.iloc[0:0], "pl") == []


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_goals_attained_from_recorded_reviews(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, output_dir: Path
) -> None:
    url = (
        tmp_path / "goals.sqlite3"
        if backend == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    db = Database.open(url)
    try:
        plans = PlansService(db, ACTOR, CLASSIFICATION)
        reviews = ReviewsService(db, ACTOR, CLASSIFICATION)
        for n in range(6):
            _, assessment = child_with_assessment(db, KUBA)
            plan = plans.create_from_assessment(assessment, "ipet", starts_on="2025-10-05")
            plan = plans.accept_all(plan.id, plan.version)
            goals = {g.category: g.id for g in plan.goals}
            if n < 5:
                levels = {goals["d160"]: 1, goals["d230"]: 0, goals["d250"]: -1}
            else:
                levels = dict.fromkeys(goals.values(), 0)
            reviews.record(plan.id, "2026-01-29", levels)
            if n == 0:  # a later review replaces the first in the statistics
                reviews.record(plan.id, "2026-06-10", dict.fromkeys(goals.values(), 2))
        stats = statistics(db, Scope(), CLASSIFICATION, "pl")
        levels = stats.table("goals").frame.set_index("Poziom")
        assert levels.loc["0 zgodnie z oczekiwaniami", "Cele"] == 7
        assert levels.loc["0 zgodnie z oczekiwaniami", "Dzieci"] == 5
        for row in (
            "−1 poniżej oczekiwań",
            "+1 powyżej oczekiwań",
            "+2 znacznie powyżej oczekiwań",
        ):
            assert (levels.loc[row] == SUPPRESSED).all()  # 4, 4 and 1 children
        assert levels.loc["Razem", "Cele"] == 18 and levels.loc["Razem", "Dzieci"] == 6
        mean = stats.table("goals_t").frame.set_index("Rodzaj planu").loc["Razem", "Średni wynik T"]
        # one plan at T = 50 + 60/√4.8 = 77.39, five at 50
        assert mean == pytest.approx(round((77.39 + 5 * 50) / 6, 1), abs=0.05)
        pdf = write_statistics(stats, output_dir / "cele.pdf")
        render_pages(pdf, output_dir, "cele")
        text = words(pdf_text(pdf))
        assert "Osiągnięcie celów planów wsparcia" in text
        assert "Wynik T osiągnięcia celów według rodzaju planu" in text
        assert f"{mean:.1f}".replace(".", ",") in text
        book = load_workbook(write_statistics(stats, tmp_path / "cele.xlsx"))
        assert "Cele" in book.sheetnames and "Wynik T" in book.sheetnames
        cells = [c.value for row in book["Cele"].iter_rows() for c in row]
        assert "×" in cells and 18 in cells
        # a school with none of these children: no goal figures at all
        other = statistics(db, Scope(school="Liceum"), CLASSIFICATION, "pl")
        assert [t.key for t in other.tables if t.key.startswith("goals")] == []
    finally:
        db.close()
