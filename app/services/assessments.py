"""Assessments and their ratings: drafts that save every change at once, final assessments
that are read-only, and amendments (a new version linked to the final one)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.profile import SETTLED_ORDER as PROFILE_ORDER
from app.services.access import Actor, require_child
from app.services.common import (
    FIELDS,
    NeedsClassification,
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
from app.storage.errors import StorageError
from app.storage.models import (
    CONSENSUS,
    Assessment,
    AssessmentAuthor,
    AssessmentKind,
    AssessmentStatus,
    Case,
    Child,
    Informant,
    InformantRole,
    Rating,
    RatingSource,
    Specialist,
    utcnow,
)
from forms.compare import ComparisonRow, compare, disagree
from forms.model import NARRATIVE_IDS, Template
from icf.classification import Classification
from icf.errors import CodeError
from icf.grammar import CodedExpression, parse

#: load an assessment with everything it holds, one query per collection
_WHOLE = (
    selectinload(Assessment.ratings),
    selectinload(Assessment.informants),
    selectinload(Assessment.authors),
)

#: the narrative sections an assessment stores: every one a template may ask for
NARRATIVES = NARRATIVE_IDS


@dataclass
class AssessmentInput:
    kind: str
    template_id: str
    template_version: str
    assessed_on: date | str
    informants: list[tuple[str, str | None]] = field(default_factory=list)  # (role, who)
    author_ids: list[int] = field(default_factory=list)
    case_id: int | None = None


@dataclass(frozen=True)
class RatingView:
    id: int
    code: str
    expression: CodedExpression
    informant: str
    source: str | None
    evidence: str | None
    version: int


@dataclass(frozen=True)
class AssessmentView:
    id: int
    child_id: int
    case_id: int | None
    kind: str
    template_id: str
    template_version: str
    assessed_on: date
    status: str
    amends_id: int | None
    informants: list[tuple[str, str | None]]
    author_ids: list[int]
    narratives: dict[str, str | None]
    ratings: list[RatingView]
    version: int

    @property
    def is_final(self) -> bool:
        return self.status == AssessmentStatus.FINAL

    def ratings_by(self, informant: str) -> dict[str, RatingView]:
        return {r.code: r for r in self.ratings if r.informant == informant}


def _rating_view(rating: Rating) -> RatingView:
    return RatingView(
        rating.id,
        rating.code,
        parse(rating.expression),
        rating.informant,
        rating.source.value if rating.source else None,
        rating.evidence,
        rating.version,
    )


def _view(a: Assessment) -> AssessmentView:
    return AssessmentView(
        id=a.id,
        child_id=a.child_id,
        case_id=a.case_id,
        kind=a.kind.value,
        template_id=a.template_id,
        template_version=a.template_version,
        assessed_on=a.assessed_on,
        status=a.status.value,
        amends_id=a.amends_id,
        informants=[(i.role.value, i.description) for i in a.informants],
        author_ids=[x.specialist_id for x in a.authors],
        narratives={name: getattr(a, name) for name in NARRATIVES},
        ratings=[_rating_view(r) for r in a.ratings],
        version=a.version,
    )


def _choice(value: str, enum: type[StrEnum], field_name: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise invalid(
            field_name,
            f"nieznana wartość „{value}” (dozwolone: {allowed})",
            f"unknown value “{value}” (allowed: {allowed})",
        ) from None


def _check_informant(assessment: Assessment, informant: str) -> None:
    if informant not in {i.role.value for i in assessment.informants}:
        raise invalid(
            "informant",
            f"informator „{informant}” nie bierze udziału w tej ocenie",
            f"the informant “{informant}” is not part of this assessment",
        )


class AssessmentsService(NeedsClassification):
    def __init__(
        self, db: Database, actor: str | Actor, classification: Classification | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self._classification = classification

    # --- assessments --------------------------------------------------------------------

    def create(self, child_id: int, data: AssessmentInput) -> AssessmentView:
        kind = _choice(data.kind, AssessmentKind, "kind")
        template_id = required_text(data.template_id, "template", 100)
        template_version = required_text(data.template_version, "template", 20)
        assessed = parse_date(data.assessed_on, "assessed_on")
        assert assessed is not None
        not_in_future(assessed, "assessed_on")
        roles = []
        for role, who in data.informants:
            roles.append(
                (_choice(role, InformantRole, "informant"), optional_text(who, "informant", 200))
            )
        if len({r for r, _ in roles}) != len(roles):
            raise invalid(
                "informant",
                "każdy rodzaj informatora może wystąpić tylko raz",
                "each kind of informant may appear only once",
            )
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            child = session.get(Child, child_id)
            if child is None:
                raise not_found("child")
            if assessed < child.birth_date:
                raise invalid(
                    "assessed_on",
                    "ocena nie może być wcześniejsza niż data urodzenia",
                    "an assessment cannot precede the date of birth",
                )
            if data.case_id is not None:
                case = session.get(Case, data.case_id)
                if case is None or case.child_id != child_id:
                    raise invalid(
                        "case",
                        "ta sprawa nie należy do tego dziecka",
                        "this case does not belong to this child",
                    )
            for author in data.author_ids:
                if session.get(Specialist, author) is None:
                    raise invalid("responsible", "nie ma takiego specjalisty", "no such specialist")
            assessment = Assessment(
                child_id=child_id,
                case_id=data.case_id,
                kind=kind,
                template_id=template_id,
                template_version=template_version,
                assessed_on=assessed,
                status=AssessmentStatus.DRAFT,
                informants=[Informant(role=r, description=w) for r, w in roles],
                authors=[AssessmentAuthor(specialist_id=a) for a in data.author_ids],
            )
            session.add(assessment)
            session.flush()
            audit(
                session,
                self.actor,
                "create",
                "assessment",
                assessment.id,
                ["kind", "template", "assessed_on", "informants", "authors"],
            )
            return _view(assessment)

    def get(self, assessment_id: int) -> AssessmentView:
        with self.db.session() as session:
            assessment = session.scalar(
                select(Assessment).where(Assessment.id == assessment_id).options(*_WHOLE)
            )
            if assessment is None:
                raise not_found("assessment")
            require_child(session, self.actor, assessment.child_id)
            return _view(assessment)

    def _draft(self, session, assessment_id: int) -> Assessment:  # type: ignore[no-untyped-def]
        # lock the row (PostgreSQL) so that finalising and saving cannot interleave
        assessment = session.get(Assessment, assessment_id, with_for_update=True)
        if assessment is None:
            raise not_found("assessment")
        require_child(session, self.actor, assessment.child_id)
        if assessment.status is AssessmentStatus.FINAL:
            raise StorageError("final_read_only", date=assessment.assessed_on.isoformat())
        return assessment

    def update_narratives(
        self, assessment_id: int, expected_version: int, **texts: str | None
    ) -> AssessmentView:
        unknown = set(texts) - set(NARRATIVES)
        if unknown:
            raise ValueError(f"unknown narrative fields: {sorted(unknown)}")
        with self.db.session() as session:
            assessment = self._draft(session, assessment_id)
            check_version(expected_version, assessment.version, "assessment")
            changed = []
            for name, text in texts.items():
                value = optional_text(text, "narrative", 20000)
                if getattr(assessment, name) != value:
                    setattr(assessment, name, value)
                    changed.append(name)
            session.flush()
            if changed:
                audit(session, self.actor, "update", "assessment", assessment.id, changed)
            return self.get_in(session, assessment.id)

    def get_in(self, session, assessment_id: int) -> AssessmentView:  # type: ignore[no-untyped-def]
        return _view(session.get(Assessment, assessment_id))

    def finalise(self, assessment_id: int, expected_version: int) -> AssessmentView:
        with self.db.session() as session:
            assessment = self._draft(session, assessment_id)
            check_version(expected_version, assessment.version, "assessment")
            assessment.status = AssessmentStatus.FINAL
            assessment.finalised_at = utcnow()
            session.flush()
            audit(session, self.actor, "finalise", "assessment", assessment.id, ["status"])
            return _view(assessment)

    def amend(self, assessment_id: int) -> AssessmentView:
        """A new draft version of a final assessment, with its ratings and narratives copied."""
        with self.db.session() as session:
            old = session.get(Assessment, assessment_id)
            if old is None:
                raise not_found("assessment")
            require_child(session, self.actor, old.child_id)
            if old.status is not AssessmentStatus.FINAL:
                raise StorageError("amend_draft")
            new = Assessment(
                child_id=old.child_id,
                case_id=old.case_id,
                kind=old.kind,
                template_id=old.template_id,
                template_version=old.template_version,
                assessed_on=old.assessed_on,
                status=AssessmentStatus.DRAFT,
                amends_id=old.id,
                informants=[
                    Informant(role=i.role, description=i.description) for i in old.informants
                ],
                authors=[AssessmentAuthor(specialist_id=a.specialist_id) for a in old.authors],
                ratings=[
                    Rating(
                        code=r.code,
                        expression=r.expression,
                        first_qualifier=r.first_qualifier,
                        facilitator=r.facilitator,
                        informant=r.informant,
                        source=r.source,
                        evidence=r.evidence,
                    )
                    for r in old.ratings
                ],
                **{name: getattr(old, name) for name in NARRATIVES},
            )
            session.add(new)
            session.flush()
            audit(session, self.actor, "amend", "assessment", new.id, ["amends_id"])
            return _view(new)

    # --- ratings ------------------------------------------------------------------------

    def _check_category(self, expression: CodedExpression) -> None:
        """A well-formed code must also name a category of the classification."""
        entry = self.classification.get(expression.code.text)
        if entry is None or not entry.is_category:
            error = CodeError("unknown_code", text=expression.code.text)
            raise StorageError(
                "invalid_value",
                field=FIELDS["rating"],
                reason={"pl": error.message("pl"), "en": error.message("en")},
            )

    def save_rating(
        self,
        assessment_id: int,
        expression: str,
        informant: str,
        *,
        expected_version: int | None = None,
        source: str | None = None,
        evidence: str | None = None,
    ) -> RatingView:
        """Create or change one informant's rating of one category.

        `expected_version` is the version of the rating the user was editing (None for a
        new rating); a rating changed by someone else in the meantime is refused.
        """
        try:
            coded = parse(expression)
        except CodeError as exc:
            raise StorageError(
                "invalid_value",
                field=FIELDS["rating"],
                reason={"pl": exc.message("pl"), "en": exc.message("en")},
            ) from exc
        self._check_category(coded)
        source_value = _choice(source, RatingSource, "source") if source else None
        evidence_text = optional_text(evidence, "narrative", 4000)
        with self.db.session() as session:
            assessment = self._draft(session, assessment_id)
            if informant != CONSENSUS:
                _check_informant(assessment, informant)
            rating = session.scalar(
                select(Rating).where(
                    Rating.assessment_id == assessment_id,
                    Rating.code == coded.code.text,
                    Rating.informant == informant,
                )
            )
            if rating is None:
                if expected_version is not None:
                    raise StorageError(
                        "conflict", what={"pl": "tę ocenę kategorii", "en": "this category rating"}
                    )
                rating = Rating(
                    assessment_id=assessment_id, code=coded.code.text, informant=informant
                )
                session.add(rating)
                action = "create"
            else:
                if expected_version is None or expected_version != rating.version:
                    raise StorageError(
                        "conflict", what={"pl": "tę ocenę kategorii", "en": "this category rating"}
                    )
                action = "update"
            rating.expression = coded.format()
            rating.first_qualifier = coded.first
            rating.facilitator = coded.facilitator
            rating.source = source_value  # type: ignore[assignment]
            rating.evidence = evidence_text
            session.flush()
            audit(
                session,
                self.actor,
                action,
                "rating",
                rating.id,
                ["expression", "source", "evidence"],
            )
            return _rating_view(rating)

    def import_ratings(
        self,
        assessment_id: int,
        informant: str,
        ratings: list[tuple[CodedExpression, str | None]],
        source: str | None = None,
        cleared: list[str] = (),  # type: ignore[assignment]
    ) -> int:
        """Store one informant's answers (from a returned questionnaire) in one unit of work:
        all of them or, on any problem, none. Existing ratings of that informant for the same
        categories are replaced, and those of the `cleared` categories (left unanswered in
        the file) are removed, so the stored answers are exactly the file's. Returns the
        number of ratings stored."""
        source_value = _choice(source, RatingSource, "source") if source else None
        for expression, _ in ratings:
            self._check_category(expression)
        with self.db.session() as session:
            assessment = self._draft(session, assessment_id)
            _check_informant(assessment, informant)
            existing = {
                r.code: r
                for r in session.scalars(
                    select(Rating).where(
                        Rating.assessment_id == assessment_id, Rating.informant == informant
                    )
                )
            }
            for code in cleared:
                if code in existing:
                    session.delete(existing.pop(code))
            for expression, evidence in ratings:
                rating = existing.get(expression.code.text)
                if rating is None:
                    rating = Rating(
                        assessment_id=assessment_id, code=expression.code.text, informant=informant
                    )
                    session.add(rating)
                    existing[rating.code] = rating
                rating.expression = expression.format()
                rating.first_qualifier = expression.first
                rating.facilitator = expression.facilitator
                rating.source = source_value  # type: ignore[assignment]
                rating.evidence = optional_text(evidence, "narrative", 4000)
            session.flush()
            audit(
                session, self.actor, "import", "assessment", assessment_id, ["ratings", informant]
            )
            return len(ratings)

    def delete_rating(self, rating_id: int, expected_version: int) -> None:
        with self.db.session() as session:
            rating = session.get(Rating, rating_id)
            if rating is None:
                raise not_found("rating")
            self._draft(session, rating.assessment_id)
            check_version(expected_version, rating.version, "rating")
            session.delete(rating)
            audit(session, self.actor, "delete", "rating", rating_id)

    def comparison(self, assessment_id: int, template: Template | None) -> list[ComparisonRow]:
        """Each category's ratings by informant side by side, with disagreements and a
        suggested consensus (see forms.compare); the specialist sets the consensus with
        `save_rating(..., informant="consensus")`."""
        view = self.get(assessment_id)
        by_informant: dict[str, dict[str, CodedExpression]] = {}
        for rating in view.ratings:
            by_informant.setdefault(rating.informant, {})[rating.code] = rating.expression
        return compare(template, by_informant)

    def for_child(self, child_id: int) -> list[AssessmentView]:
        with self.db.session() as session:
            require_child(session, self.actor, child_id)
            items = session.scalars(
                select(Assessment)
                .where(Assessment.child_id == child_id)
                .options(*_WHOLE)
                .order_by(Assessment.assessed_on, Assessment.id)
            ).all()
            return [_view(a) for a in items]


# --- finishing: what the assessment's result is and what is still missing -----------------


#: when informants agree closely, whose rating stands for the assessment, best first
SETTLED_ORDER = tuple(i for i in PROFILE_ORDER if i != CONSENSUS)


def settled_results(view: AssessmentView) -> dict[str, tuple[str, CodedExpression]]:
    """The assessment's result per category, with whose rating it is: the consensus where
    the team set one; otherwise, where the informants do not disagree (see
    forms.compare.disagree), the rating of the first of specialist, teacher, parent,
    student; where they disagree, the specialist's rating. A category whose informants
    disagree, with neither a consensus nor a specialist's rating, has no result yet."""
    by_code: dict[str, dict[str, CodedExpression]] = {}
    for rating in view.ratings:
        by_code.setdefault(rating.code, {})[rating.informant] = rating.expression
    found: dict[str, tuple[str, CodedExpression]] = {}
    for code, ratings in by_code.items():
        if CONSENSUS in ratings:
            found[code] = (CONSENSUS, ratings[CONSENSUS])
            continue
        order = [i for i in SETTLED_ORDER if i in ratings] + sorted(
            set(ratings) - set(SETTLED_ORDER)
        )
        if not disagree(ratings):
            found[code] = (order[0], ratings[order[0]])
        elif "specialist" in ratings:
            found[code] = ("specialist", ratings["specialist"])
    return found


def results(view: AssessmentView) -> dict[str, CodedExpression]:
    """The assessment's result per category (see `settled_results`)."""
    return {code: expression for code, (_, expression) in settled_results(view).items()}


@dataclass(frozen=True)
class FinishCheck:
    """What stands between a draft and a final assessment."""

    unrated: list[str]  # template categories without a result (codes, in template order)
    unresolved: list[str]  # of those: rated, but the informants disagree and no consensus
    narratives: list[str]  # required narrative sections left empty (ids)

    @property
    def complete(self) -> bool:
        return not self.unrated and not self.narratives


def finish_check(view: AssessmentView, template: Template | None) -> FinishCheck:
    found = results(view)
    rated = {r.code for r in view.ratings}
    codes = [item.code for item in template.items()] if template is not None else []
    unrated = [code for code in codes if code not in found]
    unresolved = [code for code in unrated if code in rated]
    narratives = [
        n.id
        for n in (template.narratives if template is not None else ())
        if n.required and n.id in NARRATIVES and not (view.narratives.get(n.id) or "").strip()
    ]
    return FinishCheck(unrated, unresolved, narratives)
