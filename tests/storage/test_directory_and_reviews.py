"""The support network directory (import/export, matching, referrals) and plan reviews
(goal attainment, T-score, reviews due, effectiveness) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services.directory import DirectoryService, ProviderInput
from app.services.planning_errors import PlanningError
from app.services.plans import PlansService
from app.services.reviews import ReviewsService
from app.storage.database import Database
from tests.conftest import ROOT
from tests.plans.vignettes import KUBA, Vignette
from tests.storage.plan_helpers import ACTOR, CLASSIFICATION, child_with_assessment

EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"
START = date(2025, 10, 5)


def directory(db: Database) -> DirectoryService:
    return DirectoryService(db, ACTOR, CLASSIFICATION)


def names(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.provider.name.removeprefix("[PRZYKŁAD] ") for m in found]


def test_the_example_directory_imports_and_matches_by_need_age_and_area(db: Database) -> None:
    d = directory(db)
    summary = d.import_file(EXAMPLE)
    assert (summary.added, summary.updated) == (14, 0)
    # attention difficulties of a boy of 8 in Brzozów: health care first (exact category),
    # the county's counselling centre (chapter), never the Zielonka school or a preschool
    found = d.match(["b140", "d160"], age=8, area="Brzozów", sector="health")
    assert names(found)[:2] == [
        "Poradnia Zdrowia Psychicznego dla Dzieci i Młodzieży",
        "Poradnia Psychologiczno-Pedagogiczna w Zielonce",
    ]
    assert "Szkoła Podstawowa nr 2 w Zielonce" not in names(found)
    assert found[0].matched == ("b140",)
    # speech at 5 in Brzozów: the local preschool and the county's services
    speech = names(d.match(["b320"], age=5, area="Brzozów"))
    assert "Przedszkole Samorządowe „Bajka” w Brzozowie" in speech
    assert "Poradnia Audiologiczna i Foniatryczna" in speech
    # at 12 the preschool is out of its age range
    assert "Przedszkole Samorządowe „Bajka” w Brzozowie" not in names(
        d.match(["b320"], age=12, area="Brzozów")
    )
    # the family of a child in Zielonka: the town's welfare centre, not Brzozów's
    welfare = names(d.match(["e310"], age=11, area="Zielonka", sector="social_welfare"))
    assert welfare[0] == "Miejski Ośrodek Pomocy Społecznej w Zielonce"
    assert "Gminny Ośrodek Pomocy Społecznej w Brzozowie" not in welfare
    assert [p.name for p in d.search("spektrum")] == [
        "[PRZYKŁAD] Stowarzyszenie „Razem w Spektrum”"
    ]
    assert len(d.search(sector="health")) == 4


def test_a_file_with_broken_rows_reports_every_row_and_imports_nothing(
    db: Database, tmp_path: Path
) -> None:
    d = directory(db)
    d.add(ProviderInput("Poradnia", "oświata", "wspierający", "ul. Szkolna 5", "*", "d1"))
    rows = EXAMPLE.read_text(encoding="utf-8-sig").splitlines()
    broken = rows[:4]
    broken[2] = broken[2].replace(";oświata;", ";szkolnictwo;")  # row 3: unknown sector
    broken[3] = broken[3].replace("e125 e130 b2 d1", "e125 x999")  # row 4: bad code
    broken.append(rows[4].replace(";6;15;", ";15;6;"))  # row 5: ages reversed
    broken.append(rows[1])  # row 6: a repeat of row 2
    path = tmp_path / "siec.csv"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(PlanningError) as caught:
        d.import_file(path)
    message = caught.value.message("pl")
    assert "nic nie zmieniono" in message
    assert "wiersz 3: nieznany sektor „szkolnictwo”" in message
    assert "wiersz 4: „x999” nie jest rozdziałem ani kategorią ICF" in message
    assert "wiersz 5: wiek od (15) jest większy niż wiek do (6)" in message
    assert "wiersz 6: ta sama instytucja co w wierszu 2" in message
    assert "wiersz 2" not in message.replace("w wierszu 2", "")
    assert "row 3: unknown sector" in caught.value.message("en")
    assert [p.name for p in d.all()] == ["Poradnia"]


def test_export_and_import_round_trip_in_xlsx_and_csv(db: Database, tmp_path: Path) -> None:
    d = directory(db)
    d.import_file(EXAMPLE)
    before = [(p.name, p.sector, p.role, p.area, p.icf, p.age_min, p.age_max) for p in d.all()]
    xlsx = d.export(tmp_path / "siec.xlsx")
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]][:3] == ["Nazwa", "Sektor", "Rola w sieci"]
    assert sheet.max_row == 15
    csv_path = d.export(tmp_path / "siec.csv", lang="en")
    with csv_path.open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert header[:2] == ["Name", "Sector"]
    for path in (xlsx, csv_path):
        other = Database.open(tmp_path / f"other-{path.suffix[1:]}.sqlite3")
        try:
            copy = DirectoryService(other, ACTOR, CLASSIFICATION)
            assert copy.import_file(path).added == 14
            after = [
                (p.name, p.sector, p.role, p.area, p.icf, p.age_min, p.age_max) for p in copy.all()
            ]
            assert after == before
        finally:
            other.close()
    # importing the same file again updates, never duplicates
    assert d.import_file(xlsx).updated == 14 and len(d.all()) == 14
    # text that looks like a formula stays text in the workbook
    d.add(ProviderInput("=1+1", "ngo", "cooperating", "ul. Polna 1", "*", "d1", services="=A1"))
    sheet = load_workbook(d.export(tmp_path / "again.xlsx")).active
    row = next(r for r in sheet.iter_rows() if r[0].value == "=1+1")
    assert row[0].data_type == "s" and row[12].value == "=A1" and row[12].data_type == "s"


def test_a_plan_item_proposes_providers_and_records_a_referral(db: Database) -> None:
    directory(db).import_file(EXAMPLE)
    _, assessment = child_with_assessment(db, KUBA)
    plans = PlansService(db, ACTOR, CLASSIFICATION)
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START, area="Zielonka")
    referral_item = next(i for i in plan.items if i.kind == "sector")
    matches = plans.providers_for(referral_item.id)
    assert matches[0].provider.name.endswith("Poradnia Zdrowia Psychicznego dla Dzieci i Młodzieży")
    plan = plans.refer(
        plan.id, referral_item.id, matches[0].provider.id, plan.version, referred_on="2025-10-20"
    )
    referrals = next(i for i in plan.items if i.id == referral_item.id).referrals
    assert [(r.provider_name, r.referred_on) for r in referrals] == [
        (matches[0].provider.name, date(2025, 10, 20))
    ]
    assert plans.history(plan.id)[-1].change["pl"].startswith("Skierowanie do: [PRZYKŁAD]")


def test_a_review_scores_goals_and_summarises_what_worked(db: Database) -> None:
    child, first = child_with_assessment(db, KUBA)
    plans = PlansService(db, ACTOR, CLASSIFICATION)
    reviews = ReviewsService(db, ACTOR, CLASSIFICATION)
    plan = plans.create_from_assessment(first, "ipet", starts_on=START)
    plan = plans.accept_all(plan.id, plan.version)
    goals = {g.category: g.id for g in plan.goals}
    assert set(goals) == {"d160", "d230", "d250"}

    due = reviews.due(today=date(2026, 1, 20), within_days=30)
    assert [(r.plan_id, r.due_on, r.overdue) for r in due] == [(plan.id, date(2026, 1, 31), False)]
    assert due[0].child_name == "Kuba Testowa"
    assert reviews.due(today=date(2025, 12, 1), within_days=30) == []

    # the re-assessment in January: attention better than expected, routine as expected,
    # behaviour unchanged
    later = Vignette(
        "Kuba",
        8,
        "",
        (
            ("teacher", "b140.2"),
            ("parent", "b140.1"),
            ("specialist", "b1304.2"),
            ("teacher", "d160.1"),
            ("parent", "d160.1"),
            ("teacher", "d250.2"),
            ("parent", "d230.1"),
        ),
    )
    _, second = child_with_assessment(db, later, date(2026, 1, 28), child_id=child)
    levels = reviews.suggest_levels(plan.id, second)
    assert levels == {goals["d160"]: 1, goals["d230"]: 0, goals["d250"]: -1}
    review = reviews.record(plan.id, "2026-01-29", levels, assessment_id=second)
    # Σx = 0 with three goals of weight 1: T = 50
    assert review.t_score == 50.0
    assert {a.category: a.level for a in review.attainments} == {"d160": 1, "d230": 0, "d250": -1}
    # the January date is done; the June one is next
    assert reviews.due(today=date(2026, 1, 29), within_days=200)[0].due_on == date(2026, 6, 15)

    effect = reviews.effectiveness(plan.id)
    assert effect.t_score == 50.0
    improved = " ".join(effect.summary.improved)
    assert "d160 Skupianie uwagi: d160.3 → d160.1" in improved
    assert "d250" in " ".join(effect.summary.not_improved)
    advice = " ".join(t["pl"] for t in effect.summary.next_plan)
    assert "nie został osiągnięty: zmienić metody" in advice
    assert "przekroczony" in advice

    # a second review with weights: goal d160 counted double (changed in the plan)
    from app.services.plans import ItemChanges

    plan = plans.change_item(
        plan.id, goals["d160"], plans.get(plan.id).version, ItemChanges(weight=2)
    )
    review = reviews.record(plan.id, "2026-06-10", {goals["d160"]: 2, goals["d250"]: 0})
    # Σwx = 4, Σw² = 5, (Σw)² = 9: T = 50 + 40/√(3.5 + 2.7) = 66.0644
    assert review.t_score == pytest.approx(66.06, abs=0.01)
    assert [r.t_score for r in reviews.for_plan(plan.id)] == [50.0, review.t_score]


def test_bad_reviews_are_refused_and_store_nothing(db: Database) -> None:
    _, assessment = child_with_assessment(db, KUBA)
    plans = PlansService(db, ACTOR, CLASSIFICATION)
    reviews = ReviewsService(db, ACTOR, CLASSIFICATION)
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START)
    goal = next(i for i in plan.items if i.kind == "goal")
    adaptation = next(i for i in plan.items if i.kind == "adaptation")
    with pytest.raises(PlanningError) as caught:
        reviews.record(plan.id, "2026-01-29", {goal.id: 0})  # still only a suggestion
    assert "nie jest celem" in caught.value.message("pl")
    plan = plans.accept_all(plan.id, plan.version)
    for levels in ({goal.id: 3}, {adaptation.id: 0}, {}):
        with pytest.raises(PlanningError):
            reviews.record(plan.id, "2026-01-29", levels)
    other_child, other = child_with_assessment(db, KUBA)
    with pytest.raises(PlanningError) as caught:
        reviews.record(plan.id, "2026-01-29", {goal.id: 0}, assessment_id=other)
    assert "innego dziecka" in caught.value.message("pl")
    assert reviews.for_plan(plan.id) == []


def test_a_workbook_with_a_broken_row_or_a_damaged_file_imports_nothing(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    d = directory(db)
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Sector", "Role", "Address", "Area", "Age from", "Age to", "ICF codes"])
    sheet.append(["Poradnia A", "health", "supporting", "ul. A 1", "*", 0, 18, "b1 d1"])
    sheet.append(["Poradnia B", "health", "supporting", "ul. B 2", "*", "od 3", 18, "b1"])
    sheet.append(["", "", "", "", "", None, None, ""])  # an empty row is skipped
    sheet.append(["Fundacja C", "ngo", "cooperating", "", "Zielonka", 3, 30, ""])
    path = tmp_path / "siec.xlsx"
    book.save(path)
    with pytest.raises(PlanningError) as caught:
        d.import_file(path)
    message = caught.value.message("en")
    assert "row 3: age from: “od 3” is not a number of years" in message
    assert "row 5: the field “Address” is missing; age to: 30 outside 0-25" in message
    assert "the field “ICF codes” is missing" in message
    assert "row 2" not in message and "row 4" not in message
    assert d.all() == []
    damaged = tmp_path / "uszkodzony.xlsx"
    damaged.write_bytes(b"this is not a workbook")
    with pytest.raises(PlanningError) as caught:
        d.import_file(damaged)
    assert "uszkodzony.xlsx" in caught.value.message("pl")
    assert "uszkodzony lub nieczytelny" in caught.value.message("pl")


def test_a_closed_plan_cannot_be_edited_and_is_not_due(db: Database) -> None:
    _, assessment = child_with_assessment(db, KUBA)
    plans = PlansService(db, ACTOR, CLASSIFICATION)
    reviews = ReviewsService(db, ACTOR, CLASSIFICATION)
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START)
    assert reviews.due(today=date(2026, 1, 25))
    plan = plans.set_status(plan.id, plan.version, "closed")
    with pytest.raises(PlanningError) as caught:
        plans.decide(plan.id, plan.items[0].id, "accept", plan.version)
    assert caught.value.message("pl") == "Plan jest zamknięty i nie można go zmieniać."
    assert reviews.due(today=date(2026, 1, 25)) == []
    assert plans.get(plan.id).items[0].status == "suggested"
