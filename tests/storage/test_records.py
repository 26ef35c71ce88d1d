"""Children, guardians, cases, assessments and ratings through the services, on SQLite and
PostgreSQL: what a specialist does, and the mistakes the program must refuse cleanly."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.pesel import pesel_for
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.cases import CaseInput, CasesService
from app.services.children import ChildInput, ChildrenService, GuardianInput
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.models import AuditEntry, Rating

ACTOR = "test-specialist"


def ola() -> ChildInput:
    return ChildInput(
        given_names="Aleksandra",
        surname="Łęcka",
        birth_date="2015-03-09",
        sex="F",
        pesel=pesel_for(date(2015, 3, 9), "F", 123),
        school="Szkoła Podstawowa nr 5 w Jaworznie",
        class_name="4b",
        languages="polski",
    )


def rows(db: Database, model) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_create_find_and_open_a_child(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    created = children.create(ola())
    children.create(ChildInput("Jan", "Kowalski", "9.11.2012", "M", school="SP 1 Chełm"))
    children.create(ChildInput("Łucja", "Żak", "2018-01-20", "K"))
    children.add_guardian(
        created.id,
        GuardianInput("Anna Łęcka", "matka", phone="600 100 200", email="anna@example.org"),
    )
    CasesService(db, ACTOR).open(
        created.id, CaseInput("2024-09-10", referred_by="szkoła", reason="trudności w czytaniu")
    )

    assert [c.surname for c in children.search("lecka").items] == ["Łęcka"]
    assert [c.surname for c in children.search("ALEKS").items] == ["Łęcka"]
    assert [c.surname for c in children.search("zak luc").items] == ["Żak"]
    assert [c.surname for c in children.search(created.pesel[:6]).items] == ["Łęcka"]  # type: ignore[index]
    assert [c.surname for c in children.search(school="chełm").items] == ["Kowalski"]
    assert [c.surname for c in children.search(status="open").items] == ["Łęcka"]
    assert children.search(status="closed").total == 0
    everyone = children.search()
    assert [c.surname for c in everyone.items] == ["Kowalski", "Łęcka", "Żak"]

    record = children.get(created.id)
    assert record.child.birth_date == date(2015, 3, 9)
    assert record.guardians[0].relation == "matka"
    assert record.cases[0].status == "open"


def test_paging_through_many_children(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    for i in range(23):
        children.create(ChildInput(f"Dziecko{i:02d}", "Nowak", "2014-05-05", "M"))
    first = children.search("nowak", page=0, page_size=10)
    last = children.search("nowak", page=2, page_size=10)
    assert first.total == 23 and first.pages == 3
    assert len(first.items) == 10 and len(last.items) == 3
    assert first.items[0].given_names == "Dziecko00"
    assert last.items[-1].given_names == "Dziecko22"


@pytest.mark.parametrize(
    "change,message",
    [
        ({"pesel": "15230912345"}, "PESEL"),
        ({"pesel": "1523091234"}, "PESEL"),
        ({"pesel": pesel_for(date(2015, 3, 10), "F", 1)}, "PESEL"),
        ({"pesel": pesel_for(date(2015, 3, 9), "M", 1)}, "PESEL"),
        ({"birth_date": "2015-02-30"}, "taka data nie istnieje"),
        ({"birth_date": "30.02.2015"}, "taka data nie istnieje"),
        ({"birth_date": "kiedyś"}, "nieczytelna data"),
        ({"birth_date": "2099-01-01"}, "w przyszłości"),
        ({"birth_date": "1950-01-01"}, "ponad 30 lat"),
        ({"given_names": "  "}, "„Imiona” jest wymagane"),
        ({"surname": ""}, "„Nazwisko” jest wymagane"),
        ({"sex": "X"}, "wybierz K (dziewczynka) albo M (chłopiec)"),
    ],
)
def test_bad_child_details_are_refused_and_nothing_is_stored(
    db: Database, change: dict[str, str], message: str
) -> None:
    from app.storage.models import Child

    data = ola()
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(Exception) as caught:
        ChildrenService(db, ACTOR).create(data)
    assert message in caught.value.message("pl")  # type: ignore[attr-defined]
    assert caught.value.message("en")  # type: ignore[attr-defined]
    assert rows(db, Child) == 0
    assert rows(db, AuditEntry) == 0


def test_the_same_pesel_twice_is_refused(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    children.create(ola())
    other = ola()
    other.given_names = "Ola"
    with pytest.raises(StorageError) as caught:
        children.create(other)
    assert "już w bazie" in caught.value.message("pl")


def test_a_concurrent_change_to_a_child_is_refused(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    child = children.create(ola())
    mine, theirs = ola(), ola()
    mine.class_name, theirs.class_name = "5a", "5b"
    saved = children.update(child.id, child.version, theirs)  # the other user saves first
    with pytest.raises(StorageError) as caught:
        children.update(child.id, child.version, mine)
    assert "Ktoś inny zmienił dane dziecka" in caught.value.message("pl")
    assert children.get(child.id).child.class_name == "5b"
    assert saved.version == child.version + 1


def test_a_case_cannot_close_before_it_opened(db: Database) -> None:
    child = ChildrenService(db, ACTOR).create(ola())
    cases = CasesService(db, ACTOR)
    case = cases.open(child.id, CaseInput("2024-09-10"))
    with pytest.raises(StorageError) as caught:
        cases.close(case.id, case.version, "2024-09-01")
    assert "przed datą zgłoszenia" in caught.value.message("pl")
    closed = cases.close(case.id, case.version, "2024-12-20")
    assert closed.status == "closed"
    assert ChildrenService(db, ACTOR).search(status="closed").total == 1


def new_assessment(db: Database) -> tuple[AssessmentsService, int]:
    child = ChildrenService(db, ACTOR).create(ola())
    service = AssessmentsService(db, ACTOR)
    view = service.create(
        child.id,
        AssessmentInput(
            kind="wopfu",
            template_id="wopfu-4-8",
            template_version="1.0",
            assessed_on="2024-10-01",
            informants=[("teacher", "wychowawczyni"), ("parent", "mama")],
        ),
    )
    return service, view.id


def test_ratings_are_stored_losslessly_per_informant_with_a_consensus(db: Database) -> None:
    service, aid = new_assessment(db)
    service.save_rating(
        aid, "d166.2_1", "teacher", source="observation", evidence="czyta sylabami, myli b/d"
    )
    service.save_rating(aid, "d166.31", "parent", source="interview")
    service.save_rating(aid, "e310+3", "parent")
    service.save_rating(aid, "d166.2", "consensus")
    view = service.get(aid)
    by_teacher = view.ratings_by("teacher")
    assert by_teacher["d166"].expression.format() == "d166.2_1"
    assert by_teacher["d166"].expression.qualifiers == (2, None, 1)
    assert by_teacher["d166"].evidence == "czyta sylabami, myli b/d"
    assert view.ratings_by("parent")["e310"].expression.facilitator is True
    assert view.ratings_by("consensus")["d166"].expression.format() == "d166.2"
    assert ChildrenService(db, ACTOR).get(view.child_id).assessments[0].ratings == 4


@pytest.mark.parametrize(
    "expression,message",
    [
        ("d166.7", "„7” nie jest dozwoloną wartością"),
        ("d166+2", "dotyczy tylko czynników środowiskowych"),
        ("b999.1", "takiej kategorii nie ma"),
        ("d166", "brak kwalifikatora"),
    ],
)
def test_an_invalid_rating_is_refused(db: Database, expression: str, message: str) -> None:
    service, aid = new_assessment(db)
    with pytest.raises(StorageError) as caught:
        service.save_rating(aid, expression, "teacher")
    assert message in caught.value.message("pl")
    assert rows(db, Rating) == 0


def test_an_informant_not_in_the_assessment_is_refused(db: Database) -> None:
    service, aid = new_assessment(db)
    with pytest.raises(StorageError) as caught:
        service.save_rating(aid, "d166.1", "student")
    assert "nie bierze udziału" in caught.value.message("pl")


def test_a_concurrent_rating_save_is_refused(db: Database) -> None:
    service, aid = new_assessment(db)
    first = service.save_rating(aid, "d166.1", "teacher")
    # two people open the same rating at version 1; the first saves
    service.save_rating(aid, "d166.2", "teacher", expected_version=first.version)
    with pytest.raises(StorageError) as caught:
        service.save_rating(aid, "d166.3", "teacher", expected_version=first.version)
    assert "Ktoś inny zmienił tę ocenę kategorii" in caught.value.message("pl")
    # a second "new" rating of the same category and informant is a conflict too
    with pytest.raises(StorageError):
        service.save_rating(aid, "d166.4", "teacher")
    assert service.get(aid).ratings_by("teacher")["d166"].expression.format() == "d166.2"


def test_a_final_assessment_is_read_only_and_amended_by_a_new_version(db: Database) -> None:
    service, aid = new_assessment(db)
    service.save_rating(aid, "d166.2", "teacher")
    view = service.update_narratives(aid, service.get(aid).version, strengths="lubi rysować")
    final = service.finalise(aid, view.version)
    assert final.is_final
    with pytest.raises(StorageError) as caught:
        service.save_rating(aid, "d166.1", "teacher", expected_version=1)
    assert "jest zatwierdzona i nie można jej zmieniać" in caught.value.message("pl")
    with pytest.raises(StorageError):
        service.update_narratives(aid, final.version, strengths="inaczej")
    amended = service.amend(aid)
    assert amended.amends_id == aid and amended.status == "draft"
    assert amended.narratives["strengths"] == "lubi rysować"
    assert amended.ratings_by("teacher")["d166"].expression.format() == "d166.2"
    service.save_rating(
        amended.id,
        "d166.1",
        "teacher",
        expected_version=amended.ratings_by("teacher")["d166"].version,
    )
    assert service.get(aid).ratings_by("teacher")["d166"].expression.format() == "d166.2"


def test_the_audit_records_who_did_what_without_personal_data(db: Database) -> None:
    service, aid = new_assessment(db)
    service.save_rating(aid, "d166.2", "teacher", evidence="czyta sylabami")
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        actions = [(e.actor, e.action, e.entity) for e in entries]
        text = " ".join(f"{e.fields}" for e in entries)
    assert (ACTOR, "create", "child") in actions
    assert (ACTOR, "create", "rating") in actions
    assert "Łęcka" not in text and "sylabami" not in text


def test_school_filter_ignores_case_and_polish_letters(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    children.create(ChildInput("Ewa", "Żak", "2014-01-01", "F", school="SP nr 1 w Świdnicy"))
    children.create(ChildInput("Olek", "Bąk", "2014-01-01", "M", school="Przedszkole w Łęcznej"))
    assert [c.surname for c in children.search(school="ŚWIDNIC").items] == ["Żak"]
    assert [c.surname for c in children.search(school="swidnic").items] == ["Żak"]
    assert [c.surname for c in children.search(school="łęczn").items] == ["Bąk"]
    assert children.search(school="Toruń").total == 0


def test_an_assessment_cannot_use_another_childs_case(db: Database) -> None:
    children = ChildrenService(db, ACTOR)
    ola_id = children.create(ola()).id
    other = children.create(ChildInput("Jan", "Kowalski", "2012-11-09", "M")).id
    foreign_case = CasesService(db, ACTOR).open(other, CaseInput("2024-09-10"))
    with pytest.raises(StorageError) as caught:
        AssessmentsService(db, ACTOR).create(
            ola_id, AssessmentInput("wopfu", "wopfu", "1.0", "2024-10-01", case_id=foreign_case.id)
        )
    assert "ta sprawa nie należy do tego dziecka" in caught.value.message("pl")
