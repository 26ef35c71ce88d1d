"""What the forms and the finishing check tell a specialist: every problem with a child's
details at once, next to its field, and what is still missing before an assessment can be
made final."""

from __future__ import annotations

from datetime import date

from app.pesel import pesel_for
from app.services.assessments import AssessmentInput, AssessmentsService, finish_check, results
from app.services.children import ChildInput, ChildrenService, problems
from app.storage.database import Database
from forms.registry import TemplateRegistry
from icf.bundled import load_bundled
from icf.grammar import parse

ACTOR = "test-specialist"


def test_every_problem_with_a_childs_details_is_reported_by_field() -> None:
    found = problems(
        ChildInput(
            given_names=" ",
            surname="Nowak",
            birth_date="31.02.2016",
            sex="X",
            pesel="1234",
            class_name="x" * 51,
        )
    )
    assert set(found) == {"given_names", "birth_date", "sex", "pesel", "class_name"}
    assert "wymagane" in found["given_names"].message("pl")
    assert "taka data nie istnieje" in found["birth_date"].message("pl")
    assert "K (dziewczynka)" in found["sex"].message("pl")
    assert "11 cyfr" in found["pesel"].message("pl") or "cyfr" in found["pesel"].message("pl")


def test_a_pesel_that_contradicts_the_birth_date_is_reported_at_the_pesel() -> None:
    pesel = pesel_for(date(2015, 3, 9), "F", 7)
    found = problems(ChildInput("Ola", "Nowak", "2015-03-10", "F", pesel=pesel))
    assert set(found) == {"pesel"}
    assert problems(ChildInput("Ola", "Nowak", "2015-03-09", "F", pesel=pesel)) == {}


def test_finish_check_lists_unrated_items_unresolved_disagreements_and_empty_narratives(
    db: Database,
) -> None:
    template = TemplateRegistry(load_bundled()).get("klasy-4-8")
    child = ChildrenService(db, ACTOR).create(ChildInput("Ola", "Nowak", "2014-05-01", "F"))
    service = AssessmentsService(db, ACTOR)
    view = service.create(
        child.id,
        AssessmentInput(
            "wopfu",
            template.id,
            template.version,
            "2025-10-01",
            informants=[("teacher", None), ("parent", None)],
        ),
    )
    items = template.items()
    first, second, third = items[0].code, items[1].code, items[2].code

    def expr(code: str, q: int) -> str:
        return parse(f"{code}+{q}" if code.startswith("e") and q < 0 else f"{code}.{q}").format()

    service.save_rating(view.id, expr(first, 1), "teacher")
    service.save_rating(view.id, expr(first, 1), "parent")  # they agree
    service.save_rating(view.id, expr(second, 0), "teacher")
    service.save_rating(view.id, expr(second, 3), "parent")  # they disagree
    service.save_rating(view.id, expr(third, 2), "parent")  # one informant only

    check = finish_check(service.get(view.id), template)
    assert first not in check.unrated and third not in check.unrated
    assert second in check.unrated and check.unresolved == [second]
    assert len(check.unrated) == len(items) - 2
    required = [n.id for n in template.narratives if n.required]
    assert check.narratives == required and not check.complete

    service.save_rating(view.id, expr(second, 2), "consensus")
    found = results(service.get(view.id))
    assert found[second].first == 2 and found[third].first == 2
    assert finish_check(service.get(view.id), template).unresolved == []
