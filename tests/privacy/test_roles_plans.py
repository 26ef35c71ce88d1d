"""Roles against the plan, review, directory, document and statistics services, checked on
the services directly (SQLite and PostgreSQL): a specialist works with the plans of her own
children and of children shared with her, never another's; a coordinator keeps the
directory and reads anonymous statistics but no child's plan or document; an administrator
who is nothing else reads no child's records either; a refusal changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import records
from app.documents.assessment_data import load_assessment
from app.documents.spreadsheets import export_worksheet, latest_assessments
from app.services.access import Actor
from app.services.accounts import AccountsService
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.cases import CaseInput, CasesService
from app.services.children import ChildInput, ChildrenService
from app.services.directory import DirectoryService, ProviderInput
from app.services.plans import ActionInput, GoalInput, ItemChanges, PlansService
from app.services.reviews import ReviewsService
from app.statistics import Scope, statistics
from app.storage.database import Database
from app.storage.models import AuditEntry
from app.storage.plans_models import PlanReview, SupportPlan, SupportProvider
from app.storage.privacy_errors import PrivacyError
from tests.conftest import ROOT
from tests.plans.vignettes import ZOSIA
from tests.storage.plan_helpers import CLASSIFICATION

PASSWORD = "Hasło do poradni 2026"
EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"
SURNAME = "Kowalczyk-Żmuda"
SCHOOL = "Szkoła Podstawowa nr 4 w Brzozowie"
START = date(2025, 10, 6)


@pytest.fixture
def team(db: Database) -> dict[str, Actor]:
    """The first account (administrator and specialist), two specialists, a coordinator
    and an administrator who is nothing else, all signed in."""
    accounts = AccountsService(db)
    admin = accounts.create_first("dyrektor", PASSWORD, "Ewa Dyrektorska")
    accounts.add_user(admin, "anna", PASSWORD, ["specialist"], "Anna Psycholog")
    accounts.add_user(admin, "bartek", PASSWORD, ["specialist"], "Bartek Pedagog")
    accounts.add_user(admin, "koordynator", PASSWORD, ["coordinator"])
    accounts.add_user(admin, "it", PASSWORD, ["administrator"])
    return {
        name: accounts.login(name, PASSWORD)
        for name in ("dyrektor", "anna", "bartek", "koordynator", "it")
    }


@dataclass(frozen=True)
class Planned:
    child_id: int
    assessment_id: int
    reassessment_id: int
    plan_id: int
    goal_id: int
    provider_id: int


def assessed_child(db: Database, actor: str | Actor, assessed_on: date) -> tuple[int, int]:
    """A child of `actor` with a final assessment of the ZOSIA vignette (reading, writing)."""
    child = ChildrenService(db, actor).create(
        ChildInput("Zosia", SURNAME, "2015-03-09", "F", school=SCHOOL, class_name="4a")
    )
    return child.id, assess(db, actor, child.id, assessed_on)


def assess(db: Database, actor: str | Actor, child_id: int, assessed_on: date) -> int:
    assessments = AssessmentsService(db, actor, CLASSIFICATION)
    roles = sorted({i for i, _ in ZOSIA.ratings if i != "consensus"})
    view = assessments.create(
        child_id,
        AssessmentInput(
            "wopfu", "klasy-4-8", "1.0", assessed_on, informants=[(r, None) for r in roles]
        ),
    )
    for informant, expression in ZOSIA.ratings:
        assessments.save_rating(view.id, expression, informant)
    assessments.finalise(view.id, assessments.get(view.id).version)
    return view.id


def anna_s_plan(db: Database, anna: Actor, coordinator: Actor) -> Planned:
    """Anna's child with an accepted IPET (review dates from January 2026), a later
    re-assessment and a directory the coordinator imported."""
    child_id, assessment_id = assessed_child(db, anna, date(2025, 10, 1))
    reassessment_id = assess(db, anna, child_id, date(2026, 1, 20))
    plans = PlansService(db, anna, CLASSIFICATION)
    plan = plans.create_from_assessment(assessment_id, starts_on=START)
    plan = plans.accept_all(plan.id, plan.version)
    DirectoryService(db, coordinator, CLASSIFICATION).import_file(EXAMPLE)
    provider = DirectoryService(db, anna, CLASSIFICATION).search("Poradnia Audiologiczna")[0]
    return Planned(child_id, assessment_id, reassessment_id, plan.id, plan.goals[0].id, provider.id)


def refused(action: Callable[[], object], key: str = "forbidden") -> str:
    with pytest.raises(PrivacyError) as caught:
        action()
    assert caught.value.key == key, caught.value.key
    assert caught.value.message("en")  # bilingual
    return caught.value.message("pl")


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- plans and reviews --------------------------------------------------------------------


def test_a_specialist_works_with_the_plans_of_her_own_children(
    db: Database, team: dict[str, Actor]
) -> None:
    anna = team["anna"]
    p = anna_s_plan(db, anna, team["koordynator"])
    plans = PlansService(db, anna, CLASSIFICATION)
    assert plans.suggest(p.assessment_id).child_id == p.child_id
    plan = plans.get(p.plan_id)
    assert [v.id for v in plans.for_child(p.child_id)] == [p.plan_id]
    plan = plans.change_item(p.plan_id, p.goal_id, plan.version, ItemChanges(methods="Metoda"))
    plan = plans.add_goal(p.plan_id, plan.version, GoalInput("d170", "Pisze zdania", 2, 1))
    plan = plans.add_action(p.plan_id, plan.version, ActionInput("action", "Spotkanie z mamą"))
    plan = plans.refer(p.plan_id, p.goal_id, p.provider_id, plan.version)
    assert plans.providers_for(p.goal_id, limit=50)
    assert plans.history(p.plan_id)[-1].actor == "anna"  # her name, not an object
    assert plans.revision(p.plan_id, 1)["id"] == p.plan_id

    reviews = ReviewsService(db, anna, CLASSIFICATION)
    due = reviews.due(today=date(2026, 1, 25))
    assert [(r.plan_id, r.child_name) for r in due] == [(p.plan_id, f"Zosia {SURNAME}")]
    assert reviews.suggest_levels(p.plan_id, p.reassessment_id)
    review = reviews.record(
        p.plan_id, "2026-01-29", {p.goal_id: 0}, assessment_id=p.reassessment_id
    )
    assert review.t_score == 50.0
    with db.session() as session:
        assert session.scalar(select(PlanReview.actor)) == "anna"
    assert [r.id for r in reviews.for_plan(p.plan_id)] == [review.id]
    assert reviews.effectiveness(p.plan_id).t_score == 50.0
    assert reviews.changes(p.assessment_id, p.reassessment_id) is not None


def test_another_specialist_neither_reads_nor_changes_a_plan_until_it_is_shared(
    db: Database, team: dict[str, Actor]
) -> None:
    anna, bartek = team["anna"], team["bartek"]
    p = anna_s_plan(db, anna, team["koordynator"])
    version = PlansService(db, anna, CLASSIFICATION).get(p.plan_id).version
    revisions = len(PlansService(db, anna, CLASSIFICATION).history(p.plan_id))
    plans = PlansService(db, bartek, CLASSIFICATION)
    reviews = ReviewsService(db, bartek, CLASSIFICATION)
    attempts: list[Callable[[], object]] = [
        lambda: plans.suggest(p.assessment_id),
        lambda: plans.create_from_assessment(p.assessment_id, starts_on=START),
        lambda: plans.get(p.plan_id),
        lambda: plans.for_child(p.child_id),
        lambda: plans.decide(p.plan_id, p.goal_id, "reject", version),
        lambda: plans.accept_all(p.plan_id, version),
        lambda: plans.change_item(p.plan_id, p.goal_id, version, ItemChanges(text="Inny cel")),
        lambda: plans.add_goal(p.plan_id, version, GoalInput("d170", "Pisze", 2, 1)),
        lambda: plans.add_action(p.plan_id, version, ActionInput("action", "Coś")),
        lambda: plans.set_intensity(p.plan_id, version, "intensive"),
        lambda: plans.set_status(p.plan_id, version, "closed"),
        lambda: plans.add_review_date(p.plan_id, version, "2026-03-01"),
        lambda: plans.providers_for(p.goal_id),
        lambda: plans.refer(p.plan_id, p.goal_id, p.provider_id, version),
        lambda: plans.history(p.plan_id),
        lambda: plans.revision(p.plan_id, 1),
        lambda: reviews.suggest_levels(p.plan_id, p.reassessment_id),
        lambda: reviews.record(p.plan_id, "2026-01-29", {p.goal_id: 1}),
        lambda: reviews.for_plan(p.plan_id),
        lambda: reviews.effectiveness(p.plan_id),
        lambda: reviews.changes(p.assessment_id, p.reassessment_id),
    ]
    for attempt in attempts:
        assert "dane tego dziecka widzą tylko jego specjaliści" in refused(attempt)
    # nothing changed, and his list of reviews due does not even name the child
    assert reviews.due(today=date(2026, 1, 25)) == []
    mine = PlansService(db, anna, CLASSIFICATION)
    assert mine.get(p.plan_id).version == version
    assert len(mine.history(p.plan_id)) == revisions
    assert (count(db, SupportPlan), count(db, PlanReview)) == (1, 0)

    AccountsService(db).share_child(anna, p.child_id, "bartek")
    assert plans.get(p.plan_id).child_id == p.child_id
    assert [r.plan_id for r in reviews.due(today=date(2026, 1, 25))] == [p.plan_id]
    reviews.record(p.plan_id, "2026-01-29", {p.goal_id: 1})
    assert count(db, PlanReview) == 1


def test_the_responsible_specialist_of_a_case_sees_the_child_s_plans(
    db: Database, team: dict[str, Actor]
) -> None:
    anna, bartek = team["anna"], team["bartek"]
    p = anna_s_plan(db, anna, team["koordynator"])
    assert ReviewsService(db, bartek).due(today=date(2026, 1, 25)) == []
    CasesService(db, anna).open(
        p.child_id, CaseInput("2025-09-15", responsible_id=bartek.specialist_id)
    )
    assert [v.id for v in PlansService(db, bartek).for_child(p.child_id)] == [p.plan_id]
    assert len(ReviewsService(db, bartek).due(today=date(2026, 1, 25))) == 1


@pytest.mark.parametrize("role", ["koordynator", "it"])
def test_coordinators_and_plain_administrators_get_no_plan_or_review(
    db: Database, team: dict[str, Actor], role: str
) -> None:
    p = anna_s_plan(db, team["anna"], team["koordynator"])
    who = team[role]
    plans = PlansService(db, who, CLASSIFICATION)
    reviews = ReviewsService(db, who, CLASSIFICATION)
    message = refused(lambda: plans.get(p.plan_id))
    assert "dane dzieci są dostępne tylko dla specjalistów" in message
    for attempt in (
        lambda: plans.for_child(p.child_id),
        lambda: plans.suggest(p.assessment_id),
        lambda: plans.accept_all(p.plan_id, 1),
        lambda: plans.history(p.plan_id),
        lambda: plans.providers_for(p.goal_id),
        lambda: reviews.due(today=date(2026, 1, 25)),
        lambda: reviews.record(p.plan_id, "2026-01-29", {p.goal_id: 0}),
        lambda: reviews.for_plan(p.plan_id),
    ):
        refused(attempt)
    assert count(db, PlanReview) == 0


def test_the_first_account_sees_only_its_own_children_s_reviews(
    db: Database, team: dict[str, Actor]
) -> None:
    """An administrator who is also a specialist is a specialist for the records: the
    reviews due of colleagues' children are not listed to her."""
    p = anna_s_plan(db, team["anna"], team["koordynator"])
    director = team["dyrektor"]
    assert ReviewsService(db, director).due(today=date(2026, 1, 25)) == []
    refused(lambda: PlansService(db, director).get(p.plan_id))
    own_child, own_assessment = assessed_child(db, director, date(2025, 10, 2))
    own = PlansService(db, director, CLASSIFICATION).create_from_assessment(
        own_assessment, starts_on=START
    )
    due = ReviewsService(db, director).due(today=date(2026, 1, 25))
    assert {r.plan_id for r in due} == {own.id} and due[0].child_id == own_child


def test_once_accounts_exist_plans_need_a_signed_in_user(
    db: Database, team: dict[str, Actor]
) -> None:
    p = anna_s_plan(db, team["anna"], team["koordynator"])
    message = refused(lambda: PlansService(db, "anna").get(p.plan_id), "login_required")
    assert "zaloguj się" in message
    refused(lambda: ReviewsService(db, "anna").due(), "login_required")
    refused(lambda: DirectoryService(db, "anna").all(), "login_required")


# --- the directory ------------------------------------------------------------------------


def provider(name: str = "Fundacja „Krok dalej”") -> ProviderInput:
    return ProviderInput(
        name=name,
        sector="ngo",
        role="supporting",
        address="ul. Lipowa 3, Brzozów",
        area="Brzozów",
        icf=["d166"],
        age_min=6,
        age_max=15,
    )


@pytest.mark.parametrize("role", ["koordynator", "it"])
def test_the_directory_is_kept_by_a_coordinator_or_an_administrator(
    db: Database, team: dict[str, Actor], role: str, tmp_path: Path
) -> None:
    directory = DirectoryService(db, team[role], CLASSIFICATION)
    assert directory.import_file(EXAMPLE).added == 14
    added = directory.add(provider())
    changed = directory.update(added.id, added.version, provider("Fundacja „Dwa kroki”"))
    assert directory.get(added.id).name == changed.name == "Fundacja „Dwa kroki”"
    directory.remove(added.id)
    assert count(db, SupportProvider) == 14
    assert directory.export(tmp_path / "siec.csv").exists()


def test_a_specialist_reads_and_matches_the_directory_but_does_not_change_it(
    db: Database, team: dict[str, Actor], tmp_path: Path
) -> None:
    DirectoryService(db, team["koordynator"], CLASSIFICATION).import_file(EXAMPLE)
    directory = DirectoryService(db, team["anna"], CLASSIFICATION)
    found = directory.search("audiologiczna")
    assert len(found) == 1 and directory.get(found[0].id).name == found[0].name
    assert len(directory.all()) == 14
    assert directory.match(["b230"], age=7)[0].provider.name == found[0].name
    out = directory.export(tmp_path / "siec.csv")
    assert "Audiologiczna" in out.read_text(encoding="utf-8-sig")

    before = [(p.id, p.name, p.version) for p in directory.all()]
    message = refused(lambda: directory.add(provider()))
    assert "katalog sieci wsparcia zmienia koordynator lub administrator" in message
    refused(lambda: directory.update(found[0].id, found[0].version, provider()))
    refused(lambda: directory.remove(found[0].id))
    refused(lambda: directory.import_file(EXAMPLE))
    # refused before the input is even checked: an empty entry gets the same answer
    refused(lambda: directory.add(ProviderInput("", "", "", "", "", [])))
    assert [(p.id, p.name, p.version) for p in directory.all()] == before


# --- documents ----------------------------------------------------------------------------


def test_documents_read_a_child_only_for_its_specialists(
    db: Database, team: dict[str, Actor], tmp_path: Path
) -> None:
    anna = team["anna"]
    child_id, assessment_id = assessed_child(db, anna, date(2025, 10, 1))
    data = load_assessment(db, assessment_id, CLASSIFICATION, "pl", actor=anna)
    assert data.child.surname == SURNAME and data.rated
    assert latest_assessments(db, school="Brzozowie", actor=anna) == [assessment_id]
    sheet = export_worksheet(db, [assessment_id], CLASSIFICATION, tmp_path / "a.csv", actor=anna)
    assert SURNAME in sheet.read_text(encoding="utf-8-sig")

    for role in ("bartek", "koordynator", "it", "dyrektor"):
        who = team[role]
        refused(lambda who=who: load_assessment(db, assessment_id, CLASSIFICATION, actor=who))
        target = tmp_path / f"{role}.xlsx"
        refused(
            lambda who=who, target=target: export_worksheet(
                db, [assessment_id], CLASSIFICATION, target, actor=who
            )
        )
        assert not target.exists()
    # a school's list holds only the children a specialist may see
    assert latest_assessments(db, school="Brzozowie", actor=team["bartek"]) == []
    refused(lambda: latest_assessments(db, school="Brzozowie", actor=team["koordynator"]))

    # without an actor: whoever is signed in in the program, and no one once accounts exist
    refused(lambda: load_assessment(db, assessment_id, CLASSIFICATION), "login_required")
    records.set_current_actor(team["bartek"])
    refused(lambda: load_assessment(db, assessment_id, CLASSIFICATION))
    records.set_current_actor(anna)
    assert load_assessment(db, assessment_id, CLASSIFICATION).child.id == child_id


# --- statistics ---------------------------------------------------------------------------


def test_anonymous_statistics_are_open_to_every_signed_in_role(
    db: Database, team: dict[str, Actor]
) -> None:
    for _ in range(5):
        assessed_child(db, team["anna"], date(2025, 10, 1))
    for role in ("anna", "bartek", "koordynator", "it", "dyrektor"):
        stats = statistics(db, Scope(), CLASSIFICATION, "pl", actor=team[role])
        assert stats.children == 5
        shown = repr([t.frame.to_dict() for t in stats.tables])
        assert SURNAME not in shown and "2015-03-09" not in shown
    with db.session() as session:
        viewers = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.entity == "statistics")
        ).all()
    assert sorted(viewers) == ["anna", "bartek", "dyrektor", "it", "koordynator"]
    message = refused(lambda: statistics(db, Scope(), CLASSIFICATION), "login_required")
    assert "zaloguj się" in message
    refused(lambda: statistics(db, Scope(), CLASSIFICATION, actor="jan"), "login_required")


# --- no accounts: the single user may do everything, as before ------------------------------


def test_without_accounts_the_computer_s_user_does_everything(db: Database, tmp_path: Path) -> None:
    jan = "jan"
    child_id, assessment_id = assessed_child(db, jan, date(2025, 10, 1))
    plans = PlansService(db, jan, CLASSIFICATION)
    plan = plans.create_from_assessment(assessment_id, starts_on=START)
    plan = plans.accept_all(plan.id, plan.version)
    reviews = ReviewsService(db, jan, CLASSIFICATION)
    assert [r.plan_id for r in reviews.due(today=date(2026, 1, 25))] == [plan.id]
    reviews.record(plan.id, "2026-01-29", {plan.goals[0].id: 0})
    directory = DirectoryService(db, jan, CLASSIFICATION)
    directory.add(provider())
    assert len(directory.search("krok")) == 1
    assert load_assessment(db, assessment_id, CLASSIFICATION, actor=jan).child.id == child_id
    assert load_assessment(db, assessment_id, CLASSIFICATION).child.id == child_id
    assert statistics(db, Scope(), CLASSIFICATION).assessments != 0
    assert plans.history(plan.id)[0].actor == jan


def test_plan_documents_read_a_plan_only_for_its_child_s_specialists(
    db: Database, team: dict[str, Actor]
) -> None:
    from app.documents.evaluation import load_evaluation
    from app.documents.plan import load_plan

    p = anna_s_plan(db, team["anna"], team["koordynator"])
    data = load_plan(db, p.plan_id, CLASSIFICATION, actor=team["anna"])
    assert data.child.id == p.child_id and data.providers is not None
    for name, who in team.items():
        if name == "anna":
            continue
        refused(lambda who=who: load_plan(db, p.plan_id, CLASSIFICATION, actor=who))
        refused(lambda who=who: load_evaluation(db, p.plan_id, CLASSIFICATION, actor=who))
