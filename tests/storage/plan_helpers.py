"""Children with assessments made through the services, for the plan, directory and review
tests (a vignette's ratings saved as its informants gave them)."""

from __future__ import annotations

from datetime import date

from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from icf.bundled import load_bundled
from tests.plans.vignettes import Vignette

ACTOR = "test-specialist"
ASSESSED = date(2025, 10, 1)
CLASSIFICATION = load_bundled()


def child_with_assessment(
    db: Database, vignette: Vignette, assessed_on: date = ASSESSED, child_id: int | None = None
) -> tuple[int, int]:
    """(child id, assessment id) of the vignette's child assessed on `assessed_on`."""
    if child_id is None:
        born = date(ASSESSED.year - vignette.age, 3, 9)
        child_id = (
            ChildrenService(db, ACTOR)
            .create(ChildInput(vignette.name, "Testowa", born, "F", school="SP 2 Zielonka"))
            .id
        )
    assessments = AssessmentsService(db, ACTOR, CLASSIFICATION)
    roles = sorted({i for i, _ in vignette.ratings if i != "consensus"})
    assessment = assessments.create(
        child_id,
        AssessmentInput(
            "wopfu", "klasy-4-8", "1.0", assessed_on, informants=[(r, None) for r in roles]
        ),
    )
    for informant, expression in vignette.ratings:
        assessments.save_rating(assessment.id, expression, informant)
    return child_id, assessment.id
