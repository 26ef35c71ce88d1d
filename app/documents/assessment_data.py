"""Everything an assessment document shows, read from the records in one go.

The documents themselves only lay this out; plan and evaluation documents can reuse
`load_assessment` and add their own parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.documents.texts import INFORMANTS
from app.profile import ProfileRow, profile_rows, settled
from app.services.access import Actor, acting
from app.services.assessments import AssessmentsService, AssessmentView
from app.services.children import ChildrenService, ChildRow
from app.storage.database import Database
from app.storage.models import Child, Institution, Specialist
from forms.compare import ComparisonRow
from forms.registry import TemplateRegistry
from icf.classification import Classification
from icf.errors import ICFError
from icf.grammar import CodedExpression


@dataclass(frozen=True)
class Author:
    name: str
    profession: str | None


@dataclass(frozen=True)
class RatedCategory:
    row: ProfileRow
    expression: CodedExpression
    source: str | None
    evidence: str | None


@dataclass(frozen=True)
class AssessmentData:
    assessment: AssessmentView
    child: ChildRow
    institution: str | None
    institution_address: str | None
    authors: list[Author]
    template_title: dict[str, str] | None
    rated: list[RatedCategory]  # in profile order
    disagreements: list[ComparisonRow]
    lang: str
    #: the template's own titles of its narrative sections (id -> {lang: title})
    narrative_titles: dict[str, dict[str, str]] = field(default_factory=dict)

    def narrative_title(self, name: str, lang: str) -> str:
        from app.documents.texts import NARRATIVE_TITLES

        own = self.narrative_titles.get(name)
        if own:
            return own.get(lang) or own.get("pl") or NARRATIVE_TITLES[lang][name]
        return NARRATIVE_TITLES[lang][name]

    @property
    def profile(self) -> list[ProfileRow]:
        return [r.row for r in self.rated]

    @property
    def assessed_on(self) -> date:
        return self.assessment.assessed_on


def load_assessment(
    db: Database,
    assessment_id: int,
    classification: Classification,
    lang: str = "pl",
    registry: TemplateRegistry | None = None,
    *,
    actor: str | Actor | None = None,
) -> AssessmentData:
    """The assessment and its child, read as `actor` (default: whoever acts in the program
    now, see app.services.access.acting), who must have access to the child's records."""
    who = acting(actor)
    service = AssessmentsService(db, who, classification)
    view = service.get(assessment_id)  # refuses an actor without access to the child
    child = ChildrenService(db, who).get(view.child_id).child
    template = None
    if registry is not None:
        try:
            template = registry.get(view.template_id, view.template_version)
        except ICFError:
            template = None  # a template no longer shipped: the document goes without it
    chosen = settled((r.informant, r.expression) for r in view.ratings)
    by_key = {(r.code, r.informant): r for r in view.ratings}
    rows = profile_rows(chosen, classification, lang)
    rated = []
    for row in rows:
        informant, expression = chosen[row.code]
        stored = by_key[(row.code, informant)]
        evidence = stored.evidence
        if not evidence:
            # the agreed rating often has no note of its own: take the informants' notes
            order = {"specialist": 0, "teacher": 1, "parent": 2, "student": 3}
            notes = [
                f"{INFORMANTS[lang].get(r.informant, r.informant)}: {r.evidence}"
                for r in sorted(view.ratings, key=lambda r: order.get(r.informant, 9))
                if r.code == row.code and r.evidence and r.informant != informant
            ]
            evidence = "\n".join(notes) if notes else None
        rated.append(RatedCategory(row, expression, stored.source, evidence))
    comparison = service.comparison(assessment_id, template)
    disagreements = [c for c in comparison if c.disagreement]
    with db.session() as session:
        specialists = {
            s.id: s
            for s in session.scalars(
                select(Specialist).where(Specialist.id.in_(view.author_ids or [-1]))
            )
        }
        authors = [
            Author(
                f"{specialists[i].given_names} {specialists[i].surname}", specialists[i].profession
            )
            for i in view.author_ids
            if i in specialists
        ]
        institution_id = next(
            (specialists[i].institution_id for i in view.author_ids if i in specialists), None
        )
        if institution_id is None:
            institution_id = session.scalar(
                select(Child.institution_id).where(Child.id == child.id)
            )
        institution = session.get(Institution, institution_id) if institution_id else None
        name = institution.name if institution else None
        address = institution.address if institution else None
    return AssessmentData(
        assessment=view,
        child=child,
        institution=name,
        institution_address=address,
        authors=authors,
        template_title=dict(template.title) if template else None,
        rated=rated,
        disagreements=disagreements,
        lang=lang,
        narrative_titles={n.id: dict(n.title) for n in template.narratives} if template else {},
    )
