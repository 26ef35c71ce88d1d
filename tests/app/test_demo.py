"""Demo data: plausible, valid for the grammar, the classification and PESEL rules,
deterministic, fast enough to fill a database, and usable through the services."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import demo
from app.classification_service import load_bundled
from app.pesel import Pesel
from app.services.assessments import AssessmentsService
from app.services.children import ChildInput, ChildrenService, search_key
from app.storage.database import Database
from app.storage.models import (
    CONSENSUS,
    Assessment,
    AssessmentAuthor,
    AuditEntry,
    Case,
    Child,
    Guardian,
    Informant,
    Institution,
    Rating,
    Specialist,
)
from icf.classification import Classification
from icf.grammar import parse

CHILDREN = 150
TABLES = (
    Institution, Specialist, Child, Guardian, Case, Assessment, AssessmentAuthor, Informant,
    Rating,
)  # fmt: skip


@pytest.fixture(scope="module")
def classification() -> Classification:
    return load_bundled()


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory, classification: Classification
) -> Iterator[tuple[Database, demo.DemoSummary]]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "d.sqlite3")
    summary = demo.generate(db, CHILDREN, seed=7, classification=classification)
    yield db, summary
    db.close()


def count(db: Database, model: type) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model)) or 0


def digest(db: Database) -> str:
    """A hash of every row of every table the generator fills (not the audit time)."""
    hasher = hashlib.sha256()
    with db.engine.connect() as connection:
        for model in TABLES:
            table = model.__table__
            for row in connection.execute(select(table).order_by(table.c.id)):
                hasher.update(repr(tuple(row)).encode())
    return hasher.hexdigest()


def test_counts_match_the_summary_and_the_brief(
    filled: tuple[Database, demo.DemoSummary],
) -> None:
    db, summary = filled
    assert summary.children == CHILDREN == count(db, Child)
    assert summary.institutions == count(db, Institution) > 50
    assert summary.specialists == count(db, Specialist) > summary.institutions
    assert summary.guardians == count(db, Guardian)
    assert summary.cases == count(db, Case)
    assert summary.assessments == count(db, Assessment)
    assert summary.ratings == count(db, Rating)
    assert CHILDREN <= summary.guardians <= 2 * CHILDREN
    assert CHILDREN <= summary.cases <= 2 * CHILDREN
    assert 2 * CHILDREN <= summary.assessments <= 3 * CHILDREN
    with db.engine.connect() as connection:
        per_assessment = connection.execute(
            select(func.min(func.count(Rating.id)).over(), func.max(func.count(Rating.id)).over())
            .group_by(Rating.assessment_id)
            .limit(1)
        ).one()
        entries = connection.execute(select(AuditEntry.actor, AuditEntry.action)).all()
    assert 40 <= per_assessment[0] <= per_assessment[1] <= 80
    assert entries == [("demo", "demo")]


def test_every_rating_is_a_canonical_expression_of_a_real_category(
    filled: tuple[Database, demo.DemoSummary], classification: Classification
) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        roles: dict[int, set[str]] = defaultdict(set)
        for assessment_id, role in connection.execute(
            select(Informant.assessment_id, Informant.role)
        ):
            roles[assessment_id].add(role.value)
        ratings = connection.execute(
            select(
                Rating.assessment_id,
                Rating.code,
                Rating.expression,
                Rating.first_qualifier,
                Rating.facilitator,
                Rating.informant,
            )
        ).all()
    chapters: Counter[str] = Counter()
    qualifiers: Counter[int | None] = Counter()
    for assessment_id, code, text, first, facilitator, informant in ratings:
        expression = parse(text)
        assert expression.format() == text
        assert expression.code.text == code
        assert expression.first == first
        assert expression.facilitator == facilitator
        entry = classification.get(code)
        assert entry is not None and entry.is_category, code
        assert entry.level in (2, 3) and code[-1] not in "89", code
        assert informant == CONSENSUS or informant in roles[assessment_id]
        if code[0] == "d":
            assert len(expression.qualifiers) >= 1
        chapters[code[:2]] += 1
        qualifiers[first] += 1
    favoured = sum(chapters[c] for c in ("d1", "d2", "d3", "d7", "d8", "b1", "e1", "e3", "e4"))
    assert favoured + chapters["e5"] > 0.8 * len(ratings)
    assert qualifiers[0] + qualifiers[1] + qualifiers[2] > 0.75 * len(ratings)
    assert 0 < qualifiers[4] < 0.05 * len(ratings)
    assert any(parse(r[2]).facilitator for r in ratings)
    assert any(r[1][0] == "e" and not r[4] for r in ratings)  # barriers too


def test_pesels_are_valid_unique_and_most_children_have_one(
    filled: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        children = connection.execute(select(Child.pesel, Child.birth_date, Child.sex)).all()
    pesels = [p for p, _, _ in children if p]
    assert len(pesels) == len(set(pesels))
    assert 0.65 * CHILDREN <= len(pesels) <= 0.92 * CHILDREN
    for pesel, born, sex in children:
        if pesel:
            Pesel.parse(pesel, birth_date=born, sex=sex.value)


def test_people_look_polish(filled: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        children = connection.execute(
            select(Child.given_names, Child.surname, Child.sex, Child.search_key, Child.languages)
        ).all()
        guardians = connection.execute(select(Guardian.relation, Guardian.phone)).all()
    for given, surname, sex, key, languages in children:
        assert key == search_key(surname, given)
        if sex.value == "F":
            assert not surname.endswith(("ski", "cki"))
        else:
            assert not surname.endswith(("ska", "cka"))
        assert languages in ("polski", "polski, ukraiński", "polski, angielski")
    assert sum(languages == "polski" for *_, languages in children) > 0.8 * CHILDREN
    assert {relation for relation, _ in guardians} <= {
        "matka",
        "ojciec",
        "babcia",
        "opiekun prawny",
    }
    assert all(phone.startswith("500 000 ") for _, phone in guardians)
    assert demo.feminine("Kowalski") == "Kowalska"
    assert demo.feminine("Nowak") == "Nowak"
    assert demo.feminine("Konieczny") == "Konieczna"


def test_school_and_class_fit_the_age(filled: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        children = connection.execute(
            select(Child.birth_date, Child.school, Child.class_name)
        ).all()
    reference = demo.REFERENCE_DATE
    for born, school, class_name in children:
        age = (
            reference.year - born.year - ((reference.month, reference.day) < (born.month, born.day))
        )
        assert 2 <= age <= 19
        year_age = reference.year - born.year
        if year_age < 3:
            assert school is None and class_name is None
        elif year_age <= 6:
            assert school.startswith("Przedszkole") and f"({year_age}-latki)" in class_name
        elif year_age <= 14:
            assert school.startswith("Szkoła Podstawowa")
            assert class_name[0] == str(year_age - 6) and class_name[1] in "abc"
        else:
            assert "Liceum" in school or school.startswith("Technikum")
            assert 1 <= int(class_name[0]) <= 5


def test_dates_follow_each_other(filled: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        born = dict(connection.execute(select(Child.id, Child.birth_date)).all())
        assessments = connection.execute(
            select(
                Assessment.child_id, Assessment.assessed_on, Assessment.status, Assessment.id
            ).order_by(Assessment.child_id, Assessment.id)
        ).all()
        cases = connection.execute(
            select(Case.id, Case.child_id, Case.opened_on, Case.closed_on, Case.status)
        ).all()
        linked = connection.execute(
            select(Assessment.assessed_on, Case.opened_on, Case.closed_on).join(
                Case, Case.id == Assessment.case_id
            )
        ).all()
    by_child: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for child_id, day, status, _ in assessments:
        by_child[child_id].append((day, status.value))
    assert set(by_child) == set(born)
    for child_id, items in by_child.items():
        days = [d for d, _ in items]
        assert born[child_id] < days[0]
        assert days == sorted(days) and len(set(days)) == len(days)
        assert days[-1] < demo.REFERENCE_DATE
        assert all(status == "final" for _, status in items[:-1])
    assert any(status == "draft" for items in by_child.values() for _, status in items)
    for _, child_id, opened, closed, status in cases:
        assert born[child_id] < opened <= demo.REFERENCE_DATE
        assert (status.value == "closed") == (closed is not None)
        assert closed is None or opened < closed <= demo.REFERENCE_DATE
    for day, opened, closed in linked:
        assert opened <= day and (closed is None or day <= closed)


def test_same_seed_same_data_other_seed_other_data(
    tmp_path: Path, classification: Classification
) -> None:
    digests = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = Database.open(tmp_path / f"{name}.sqlite3")
        demo.generate(db, 40, seed=seed, classification=classification, batch_size=15)
        digests.append(digest(db))
        db.close()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_the_services_open_and_find_demo_children(
    filled: tuple[Database, demo.DemoSummary], classification: Classification
) -> None:
    db, _ = filled
    with db.engine.connect() as connection:
        child_id, surname, school = connection.execute(
            select(Child.id, Child.surname, Child.school)
            .where(Child.school.is_not(None))
            .order_by(Child.id)
            .limit(1)
        ).one()
    record = ChildrenService(db, "t").get(child_id)
    assert record.child.surname == surname
    assert 1 <= len(record.guardians) <= 2 and 1 <= len(record.cases) <= 2
    assert 2 <= len(record.assessments) <= 3
    assert all(40 <= a.ratings <= 80 for a in record.assessments)
    views = AssessmentsService(db, "t", classification).for_child(child_id)
    assert [v.id for v in views] == [a.id for a in record.assessments]
    assert all(v.ratings_by(CONSENSUS) for v in views)
    found = ChildrenService(db, "t").search(surname, school=school, page_size=500)
    assert child_id in [c.id for c in found.items]
    assert ChildrenService(db, "t").search(surname).total >= 1
    assert ChildrenService(db, "t").search(status="open").total > 0


def test_a_second_run_adds_children_and_reuses_the_places(
    tmp_path: Path, classification: Classification
) -> None:
    db = Database.open(tmp_path / "twice.sqlite3")
    first = demo.generate(db, 30, classification=classification)
    second = demo.generate(db, 30, classification=classification)
    assert second.institutions == 0 and count(db, Institution) == first.institutions
    assert count(db, Child) == 60
    assert count(db, Specialist) == first.specialists + second.specialists
    assert count(db, Rating) == first.ratings + second.ratings
    with db.engine.connect() as connection:
        pesels = [p for p in connection.scalars(select(Child.pesel)) if p]
        names = connection.execute(select(Child.search_key).order_by(Child.id)).scalars().all()
    assert len(pesels) == len(set(pesels))
    assert names[:30] != names[30:]  # other children, not the same ones again
    db.close()


def test_progress_and_cancel_between_batches(
    tmp_path: Path, classification: Classification
) -> None:
    db = Database.open(tmp_path / "cancel.sqlite3")
    seen: list[tuple[int, int]] = []
    summary = demo.generate(
        db,
        100,
        classification=classification,
        batch_size=20,
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 2,
    )
    assert seen == [(20, 100), (40, 100)]
    assert summary.children == count(db, Child) == 40
    assert summary.assessments == count(db, Assessment)
    db.close()


def test_postgresql(postgres_url: str, tmp_path: Path, classification: Classification) -> None:
    db = Database.open(postgres_url)
    summary = demo.generate(db, 40, seed=5, classification=classification, batch_size=15)
    assert count(db, Child) == 40 and count(db, Rating) == summary.ratings
    with db.engine.connect() as connection:
        child_id = connection.scalar(select(func.min(Child.id)))
        expressions = connection.scalars(select(Rating.expression).order_by(Rating.id)).all()
    assert child_id is not None
    record = ChildrenService(db, "t").get(child_id)
    views = AssessmentsService(db, "t", classification).for_child(child_id)
    assert [v.id for v in views] == [a.id for a in record.assessments]
    # the same seed gives the same data on SQLite
    sqlite = Database.open(tmp_path / "same.sqlite3")
    demo.generate(sqlite, 40, seed=5, classification=classification, batch_size=15)
    with sqlite.engine.connect() as connection:
        assert connection.scalars(select(Rating.expression).order_by(Rating.id)).all() == (
            expressions
        )
    sqlite.close()
    again = demo.generate(db, 10, seed=5, classification=classification)
    assert again.institutions == 0 and count(db, Child) == 50
    # the id sequences were moved past the explicit ids: the services can add records
    created = ChildrenService(db, "t").create(ChildInput("Ala", "Nowak", "2016-04-01", "F"))
    assert created.id == 51
    db.close()
