from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.classification_service import load_bundled
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.services.questionnaires import QuestionnairesService
from app.storage.database import Database
from forms.registry import TemplateRegistry
from icf.classification import Classification

TEMPLATES = Path(__file__).with_name("templates")


@pytest.fixture(scope="session")
def classification() -> Classification:
    return load_bundled()


@pytest.fixture
def registry(classification: Classification) -> TemplateRegistry:
    return TemplateRegistry(classification, TEMPLATES)


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "records.sqlite3")
    yield db
    db.close()


@pytest.fixture
def questionnaires(records: Database, registry: TemplateRegistry) -> QuestionnairesService:
    return QuestionnairesService(records, "specialist", registry)


def new_assessment(
    db: Database, classification: Classification, name: str = "Hania", version: str = "1.0"
) -> int:
    child = ChildrenService(db, "t").create(
        ChildInput(name, "Wójcik", "2014-05-05", "F", school="SP 3 Toruń", class_name="4a")
    )
    return (
        AssessmentsService(db, "t", classification)
        .create(
            child.id,
            AssessmentInput(
                "school_functional",
                "test-szkola",
                version,
                "2024-11-04",
                informants=[("teacher", None), ("parent", None), ("student", None)],
            ),
        )
        .id
    )
