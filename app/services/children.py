"""Children, their guardians, and finding them again (search with paging)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.pesel import Pesel
from app.services.access import Actor, grant_owner, require_child, require_records, visible_children
from app.services.common import (
    Page,
    audit,
    check_version,
    invalid,
    not_found,
    not_in_future,
    optional_text,
    parse_date,
    required_text,
)
from app.storage.database import Database
from app.storage.models import Case, CaseStatus, Child, Guardian, Sex
from icf.errors import ICFError
from icf.text import fold

#: a child, student or young person with special needs is at most 25; allow some slack
MAX_AGE_YEARS = 30


@dataclass
class ChildInput:
    given_names: str
    surname: str
    birth_date: date | str
    sex: str
    pesel: str | None = None
    school: str | None = None
    class_name: str | None = None
    languages: str | None = None


@dataclass(frozen=True)
class ChildRow:
    id: int
    given_names: str
    surname: str
    birth_date: date
    sex: str
    pesel: str | None
    school: str | None
    class_name: str | None
    languages: str | None
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


@dataclass
class GuardianInput:
    name: str
    relation: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class GuardianView:
    id: int
    name: str
    relation: str
    phone: str | None
    email: str | None
    address: str | None


@dataclass(frozen=True)
class CaseView:
    id: int
    referred_by: str | None
    reason: str | None
    opened_on: date
    closed_on: date | None
    status: str
    responsible_id: int | None
    version: int


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    kind: str
    template_id: str
    template_version: str
    assessed_on: date
    status: str
    amends_id: int | None
    ratings: int
    version: int


@dataclass(frozen=True)
class ChildRecord:
    child: ChildRow
    guardians: list[GuardianView] = field(default_factory=list)
    cases: list[CaseView] = field(default_factory=list)
    assessments: list[AssessmentSummary] = field(default_factory=list)


def row(child: Child) -> ChildRow:
    return ChildRow(
        child.id,
        child.given_names,
        child.surname,
        child.birth_date,
        child.sex.value,
        child.pesel,
        child.school,
        child.class_name,
        child.languages,
        child.version,
    )


def case_view(case: Case) -> CaseView:
    return CaseView(
        case.id,
        case.referred_by,
        case.reason,
        case.opened_on,
        case.closed_on,
        case.status.value,
        case.responsible_id,
        case.version,
    )


def search_key(surname: str, given_names: str) -> str:
    return " ".join(fold(f"{surname} {given_names}").split())


def school_key(school: str | None) -> str | None:
    """The school's name folded for search (SQL's lower() misses Polish letters)."""
    return " ".join(fold(school).split()) if school else None


def _birth_date(value: date | str, today: date) -> date:
    born = parse_date(value, "birth_date")
    assert born is not None
    not_in_future(born, "birth_date", today)
    if (today.year - born.year) > MAX_AGE_YEARS:
        raise invalid(
            "birth_date",
            f"osoba urodzona {born.isoformat()} miałaby ponad {MAX_AGE_YEARS} lat",
            f"a person born on {born.isoformat()} would be over {MAX_AGE_YEARS}",
        )
    return born


def _sex(value: str) -> Sex:
    sex_text = (value or "").strip().upper()
    sex_aliases = {"F": "F", "K": "F", "M": "M"}
    if sex_text not in sex_aliases:
        raise invalid(
            "sex", "wybierz K (dziewczynka) albo M (chłopiec)", "choose F (girl) or M (boy)"
        )
    return Sex(sex_aliases[sex_text])


def validate(data: ChildInput, today: date | None = None) -> dict[str, object]:
    """Check a child's details; return the column values or raise with the first problem."""
    today = today or date.today()
    given = required_text(data.given_names, "given_names")
    surname = required_text(data.surname, "surname")
    born = _birth_date(data.birth_date, today)
    sex = _sex(data.sex)
    pesel_text = (data.pesel or "").strip()
    pesel = str(Pesel.parse(pesel_text, birth_date=born, sex=sex.value)) if pesel_text else None
    return {
        "given_names": given,
        "surname": surname,
        "search_key": search_key(surname, given),
        "birth_date": born,
        "sex": sex,
        "pesel": pesel,
        "school": (school := optional_text(data.school, "school")),
        "school_key": school_key(school),
        "class_name": optional_text(data.class_name, "class_name", 50),
        "languages": optional_text(data.languages, "languages", 200),
    }


def problems(data: ChildInput, today: date | None = None) -> dict[str, ICFError]:
    """Every problem with a child's details at once, by field (`given_names`, `surname`,
    `birth_date`, `sex`, `pesel`, ...), so a form can show each next to its field. Empty when
    `validate` would accept the details."""
    today = today or date.today()
    found: dict[str, ICFError] = {}

    def check(name: str, func: Callable[[], object]) -> object:
        try:
            return func()
        except ICFError as exc:
            found[name] = exc
            return None

    check("given_names", lambda: required_text(data.given_names, "given_names"))
    check("surname", lambda: required_text(data.surname, "surname"))
    born = check("birth_date", lambda: _birth_date(data.birth_date, today))
    sex = check("sex", lambda: _sex(data.sex))
    if (data.pesel or "").strip():
        check(
            "pesel",
            lambda: Pesel.parse(
                (data.pesel or "").strip(),
                birth_date=born if isinstance(born, date) else None,
                sex=sex.value if isinstance(sex, Sex) else None,
            ),
        )
    check("school", lambda: optional_text(data.school, "school"))
    check("class_name", lambda: optional_text(data.class_name, "class_name", 50))
    check("languages", lambda: optional_text(data.languages, "languages", 200))
    return found


class ChildrenService:
    def __init__(self, db: Database, actor: str | Actor) -> None:
        self.db = db
        self.actor = actor

    # --- children -----------------------------------------------------------------------

    def create(self, data: ChildInput) -> ChildRow:
        values = validate(data)
        with self.db.session() as session:
            who = require_records(session, self.actor)
            self._check_pesel_free(session, values["pesel"], None)  # type: ignore[arg-type]
            child = Child(**values)
            session.add(child)
            session.flush()
            grant_owner(session, who, child.id)
            audit(session, self.actor, "create", "child", child.id, values.keys())
            return row(child)

    def update(self, child_id: int, expected_version: int, data: ChildInput) -> ChildRow:
        values = validate(data)
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            child = session.get(Child, child_id)
            if child is None:
                raise not_found("child")
            check_version(expected_version, child.version, "child")
            self._check_pesel_free(session, values["pesel"], child_id)  # type: ignore[arg-type]
            changed = [k for k, v in values.items() if getattr(child, k) != v]
            for key, value in values.items():
                setattr(child, key, value)
            session.flush()
            if changed:
                audit(session, self.actor, "update", "child", child.id, changed)
            return row(child)

    def _check_pesel_free(self, session: Session, pesel: str | None, own_id: int | None) -> None:
        if pesel is None:
            return
        query = select(Child.id).where(Child.pesel == pesel)
        if own_id is not None:
            query = query.where(Child.id != own_id)
        if session.scalar(query) is not None:
            raise invalid(
                "pesel",
                "dziecko z tym numerem PESEL jest już w bazie",
                "a child with this PESEL is already in the database",
            )

    def get(self, child_id: int) -> ChildRecord:
        """A child with guardians, cases and assessments (one query per collection)."""
        from app.storage.models import Assessment, Rating

        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            child = session.scalar(
                select(Child)
                .where(Child.id == child_id)
                .options(selectinload(Child.guardians), selectinload(Child.cases))
            )
            if child is None:
                raise not_found("child")
            audit(session, self.actor, "view", "child", child_id)
            # a correlated count uses the ratings index per assessment, never a table scan
            count = (
                select(func.count(Rating.id))
                .where(Rating.assessment_id == Assessment.id)
                .correlate(Assessment)
                .scalar_subquery()
            )
            assessments = session.execute(
                select(Assessment, count)
                .where(Assessment.child_id == child_id)
                .order_by(Assessment.assessed_on, Assessment.id)
            ).all()
            return ChildRecord(
                child=row(child),
                guardians=[
                    GuardianView(g.id, g.name, g.relation, g.phone, g.email, g.address)
                    for g in child.guardians
                ],
                cases=[case_view(c) for c in child.cases],
                assessments=[
                    AssessmentSummary(
                        a.id,
                        a.kind.value,
                        a.template_id,
                        a.template_version,
                        a.assessed_on,
                        a.status.value,
                        a.amends_id,
                        n,
                        a.version,
                    )
                    for a, n in assessments
                ],
            )

    def search(
        self,
        text: str = "",
        *,
        school: str | None = None,
        status: str | None = None,
        page: int = 0,
        page_size: int = 50,
    ) -> Page[ChildRow]:
        """Children whose name words start with the query's words (diacritics ignored), or
        whose PESEL starts with the query's digits; optionally at a school (part of its
        name) and with an open or only closed cases. Sorted by surname and given names."""
        conditions = []
        query_text = text.strip()
        if query_text:
            if query_text.isdigit():
                conditions.append(Child.pesel.startswith(query_text, autoescape=True))
            else:
                for word in fold(query_text).split():
                    conditions.append(
                        or_(
                            Child.search_key.startswith(word, autoescape=True),
                            Child.search_key.contains(" " + word, autoescape=True),
                        )
                    )
        if school and school.strip():
            conditions.append(Child.school_key.contains(school_key(school), autoescape=True))
        if status in (CaseStatus.OPEN, CaseStatus.CLOSED):
            open_case = exists().where(Case.child_id == Child.id, Case.status == CaseStatus.OPEN)
            if status == CaseStatus.OPEN:
                conditions.append(open_case)
            else:
                any_case = exists().where(Case.child_id == Child.id)
                conditions.append(any_case)
                conditions.append(~open_case)
        page = max(0, page)
        page_size = max(1, min(page_size, 500))
        with self.db.session() as session:
            visible = visible_children(require_records(session, self.actor))
            if visible is not None:
                conditions.append(visible)
            total = session.scalar(select(func.count(Child.id)).where(*conditions)) or 0
            children = session.scalars(
                select(Child)
                .where(*conditions)
                .order_by(Child.search_key, Child.id)
                .offset(page * page_size)
                .limit(page_size)
            ).all()
            return Page([row(c) for c in children], total, page, page_size)

    def count(self) -> int:
        with self.db.session() as session:
            visible = visible_children(require_records(session, self.actor))
            query = select(func.count(Child.id))
            if visible is not None:
                query = query.where(visible)
            return session.scalar(query) or 0

    # --- guardians ----------------------------------------------------------------------

    def add_guardian(self, child_id: int, data: GuardianInput) -> GuardianView:
        values = _guardian_values(data)
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            if session.get(Child, child_id) is None:
                raise not_found("child")
            guardian = Guardian(child_id=child_id, **values)
            session.add(guardian)
            session.flush()
            audit(session, self.actor, "create", "guardian", guardian.id, values.keys())
            return GuardianView(
                guardian.id,
                guardian.name,
                guardian.relation,
                guardian.phone,
                guardian.email,
                guardian.address,
            )

    def update_guardian(self, guardian_id: int, data: GuardianInput) -> GuardianView:
        values = _guardian_values(data)
        with self.db.session() as session:
            guardian = session.get(Guardian, guardian_id)
            if guardian is None:
                raise not_found("guardian")
            require_child(session, self.actor, guardian.child_id)
            changed = [k for k, v in values.items() if getattr(guardian, k) != v]
            for key, value in values.items():
                setattr(guardian, key, value)
            if changed:
                audit(session, self.actor, "update", "guardian", guardian.id, changed)
            return GuardianView(
                guardian.id,
                guardian.name,
                guardian.relation,
                guardian.phone,
                guardian.email,
                guardian.address,
            )

    def remove_guardian(self, guardian_id: int) -> None:
        with self.db.session() as session:
            guardian = session.get(Guardian, guardian_id)
            if guardian is None:
                raise not_found("guardian")
            require_child(session, self.actor, guardian.child_id)
            session.delete(guardian)
            audit(session, self.actor, "delete", "guardian", guardian_id)


def _guardian_values(data: GuardianInput) -> dict[str, str | None]:
    email = optional_text(data.email, "email", 200)
    if email is not None and ("@" not in email or " " in email):
        raise invalid(
            "email", f"nieprawidłowy adres e-mail: {email}", f"invalid e-mail address: {email}"
        )
    return {
        "name": required_text(data.name, "guardian_name", 300),
        "relation": required_text(data.relation, "relation", 100),
        "phone": optional_text(data.phone, "phone", 50),
        "email": email,
        "address": optional_text(data.address, "address", 500),
    }
