"""Support plans through the service on SQLite and PostgreSQL: an assessment becomes a plan
of suggestions with their reasons; accepting, changing, rejecting and adding keep a history;
stale or bad edits are refused and change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.services.plans import (
    ActionInput,
    GoalInput,
    ItemChanges,
    PlansService,
    review_schedule,
)
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.models import AuditEntry
from tests.plans.vignettes import ZOSIA
from tests.storage.plan_helpers import ACTOR, CLASSIFICATION, child_with_assessment

START = date(2025, 10, 5)


def service(db: Database) -> PlansService:
    return PlansService(db, ACTOR, CLASSIFICATION)


def item(plan, key: str):  # type: ignore[no-untyped-def]
    return next(i for i in plan.items if i.suggestion_key == key)


def test_an_assessment_becomes_a_plan_of_suggestions_with_reasons(db: Database) -> None:
    _, assessment = child_with_assessment(db, ZOSIA)
    plans = service(db)
    proposal = plans.suggest(assessment)
    assert proposal.age == 10 and proposal.intensity.level == "targeted"
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START)
    assert plan.title == "Indywidualny program edukacyjno-terapeutyczny"
    assert plan.ends_on == date(2026, 6, 30)
    assert len(plan.items) == len(proposal.suggestions)
    assert {i.status for i in plan.items} == {"suggested"}
    reading = item(plan, "goal:d166")
    assert (reading.category, reading.baseline, reading.target) == ("d166", 3, 2)
    assert reading.deadline == date(2026, 3, 5)
    assert reading.reasons == [
        {
            "code": "d166",
            "informant": "specialist",
            "expression": "d166.32",
            "measure": "value",
            "value": 3,
            "condition": "d166 >= 2",
        }
    ]
    assert reading.scale is not None and len(reading.scale) == 5
    assert reading.text.startswith("Uczeń czyta głośno")
    assert reading.section == "goals"
    assert item(plan, "help:korekcyjno-kompensacyjne").section == "help_forms"
    # nothing is in the plan document until the specialist decides
    assert all(items == [] for _, _, items in plan.sections())
    # an IPET is reviewed at the end of each semester
    assert [d for d, _ in plan.review_dates] == [date(2026, 1, 31), date(2026, 6, 15)]
    assert plan.intensity == plan.suggested_intensity == "targeted"
    assert "Kategorie z trudnością" in plan.intensity_reasons[0]["pl"]


def test_editing_a_plan_keeps_its_history(db: Database) -> None:
    _, assessment = child_with_assessment(db, ZOSIA)
    plans = service(db)
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START)
    reading, decoding = item(plan, "goal:d166"), item(plan, "goal:d140")
    adaptation = next(i for i in plan.items if i.kind == "adaptation")
    original = decoding.text

    plan = plans.decide(plan.id, reading.id, "accept", plan.version)
    plan = plans.decide(plan.id, adaptation.id, "reject", plan.version)
    plan = plans.change_item(
        plan.id,
        decoding.id,
        plan.version,
        ItemChanges(
            text="Uczeń odczytuje bezbłędnie 9 z 10 wyrazów dwusylabowych.",
            target=0,
            responsible_person="terapeutka pedagogiczna",
            responsible_institution="SP 2 w Zielonce",
        ),
    )
    plan = plans.add_goal(
        plan.id,
        plan.version,
        GoalInput("d172", "Uczeń dodaje w zakresie 20 bez liczenia na palcach.", 2, 1),
    )
    plan = plans.add_action(
        plan.id,
        plan.version,
        ActionInput("parents", "Spotkanie z rodzicami co miesiąc: postępy w czytaniu."),
    )

    changed = item(plan, "goal:d140")
    assert changed.status == "changed" and changed.target == 0
    assert changed.suggested_text is not None and changed.suggested_text["pl"] == original
    assert changed.scale is not None and changed.scale[2] == "Oczekiwany wynik: kwalifikator 0"
    own = [i for i in plan.items if i.status == "own"]
    assert [(i.kind, i.category) for i in own] == [("goal", "d172"), ("parents", None)]
    goals = dict((k, [i.category for i in items]) for k, _, items in plan.sections())["goals"]
    assert goals == ["d140", "d166", "d172"]
    assert adaptation.id not in [i.id for _, _, items in plan.sections() for i in items]

    history = plans.history(plan.id)
    assert [h.number for h in history] == [1, 2, 3, 4, 5, 6]
    assert history[1].change["pl"].startswith("Przyjęto: Uczeń czyta głośno")
    assert history[2].change["pl"].startswith("Odrzucono:")
    assert history[4].change["pl"].startswith("Dodano własny cel")
    first = plans.revision(plan.id, 1)
    old = next(i for i in first["items"] if i["suggestion_key"] == "goal:d140")
    assert (old["status"], old["text"], old["target"]) == ("suggested", original, 1)
    assert len(first["items"]) == len(plan.items) - 2

    with db.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "plan_item", AuditEntry.entity_id == changed.id
            )
        ).all()
        assert [(e.action, e.actor) for e in entries] == [("update", ACTOR)]
        assert "terapeutka" not in (entries[0].fields or "")
        assert "responsible_person" in (entries[0].fields or "")


def test_a_stale_or_bad_edit_changes_nothing(db: Database) -> None:
    _, assessment = child_with_assessment(db, ZOSIA)
    plans = service(db)
    plan = plans.create_from_assessment(assessment, "ipet", starts_on=START)
    reading = item(plan, "goal:d166")
    stale = plan.version
    plan = plans.decide(plan.id, reading.id, "accept", plan.version)
    with pytest.raises(StorageError) as caught:
        plans.decide(plan.id, reading.id, "reject", stale)
    assert "Ktoś inny zmienił plan wsparcia" in caught.value.message("pl")
    with pytest.raises(StorageError) as caught:
        plans.change_item(plan.id, reading.id, plan.version, ItemChanges(target=4))
    assert "nie może oznaczać większej trudności" in caught.value.message("pl")
    with pytest.raises(StorageError) as caught:
        plans.add_goal(plan.id, plan.version, GoalInput("d1499", "Cel", 2, 1))
    assert "d1499" in caught.value.message("en")
    with pytest.raises(StorageError):
        plans.add_action(plan.id, plan.version, ActionInput("help", "Zajęcia", form="masaż"))
    after = plans.get(plan.id)
    assert after == plan
    assert len(plans.history(plan.id)) == 2


def test_a_family_plan_and_the_kurcman_matrix(db: Database) -> None:
    from tests.plans.vignettes import BARTEK

    _, assessment = child_with_assessment(db, BARTEK)
    plans = service(db)
    plan = plans.create_from_assessment(
        assessment, "family", starts_on=START, motivation="low", resources="medium"
    )
    assert plan.title == "Plan wsparcia rodziny"
    assert plan.suggested_intensity == "intensive"
    assert any("matryca Kurcmana" in r["pl"] for r in plan.intensity_reasons)
    assert plan.ends_on == date(2026, 10, 5)  # intensive: a year
    sections = [key for key, _, _ in plan.sections()]
    assert sections == ["goals", "child_support", "school", "parents", "cooperation"]
    assert item(plan, "help:porady-konsultacje").section == "child_support"
    # reviewed every three months
    assert [d for d, _ in plan.review_dates][:2] == [date(2026, 1, 5), date(2026, 4, 5)]
    plan = plans.set_intensity(plan.id, plan.version, "targeted")
    assert (plan.intensity, plan.suggested_intensity) == ("targeted", "intensive")


def test_school_plans_are_reviewed_twice_in_every_school_year() -> None:
    two_years = review_schedule("ipet", date(2026, 9, 1), date(2028, 6, 30))
    assert two_years == [date(2027, 1, 31), date(2027, 6, 15), date(2028, 1, 31), date(2028, 6, 15)]
    spring = review_schedule("ipet", date(2027, 3, 1), date(2027, 6, 30))
    assert len(spring) == 2 and spring[-1] == date(2027, 6, 15)
