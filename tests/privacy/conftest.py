"""Records with recognisable personal data, to look for afterwards in files and tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.pesel import pesel_for
from app.services.access import Actor
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.cases import CaseInput, CasesService
from app.services.children import ChildInput, ChildrenService, GuardianInput
from app.storage.database import Database


@pytest.fixture(autouse=True)
def signed_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No one signed in and no passphrase remembered, before and after each test."""
    from app import records

    monkeypatch.delenv("ICF_ASSESS_PASSPHRASE", raising=False)
    monkeypatch.delenv("ICF_ASSESS_PASSWORD", raising=False)
    monkeypatch.delenv("ICF_ASSESS_NEW_PASSWORD", raising=False)
    records.set_current_actor(None)
    records.set_passphrase(None)
    yield
    records.set_current_actor(None)
    records.set_passphrase(None)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'records.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.close()


PASSPHRASE = "Zielona łąka nad Wisłą 7"
OTHER_PASSPHRASE = "Czerwony tramwaj do Oliwy 12"

SURNAME = "Wierzbicka-Ślązak"
GIVEN = "Zuzanna"
PESEL = pesel_for(date(2014, 5, 17), "F", 4321)
GUARDIAN = "Grażyna Wierzbicka"
NOTE = "mama zgłasza napady lęku po rozwodzie rodziców"
EVIDENCE = "przy tablicy zamiera i płacze"
NARRATIVE = "świetnie rysuje konie i smoki"

#: what must never be found where it does not belong (bytes in UTF-8)
SECRETS = (SURNAME, "Wierzbicka", PESEL, GUARDIAN, NOTE, EVIDENCE, NARRATIVE, "płacze")


@dataclass(frozen=True)
class Sample:
    child_id: int
    case_id: int
    assessment_id: int


def add_sample(
    db: Database,
    actor: str | Actor = "t",
    given: str = GIVEN,
    surname: str = SURNAME,
    pesel: str | None = PESEL,
    secret_texts: bool = True,
) -> Sample:
    """A child with a guardian, a case and an assessment with ratings; with `secret_texts`
    False, the texts are neutral (a second child whose data must stay)."""
    guardian, note, evidence, narrative = (
        (GUARDIAN, NOTE, EVIDENCE, NARRATIVE)
        if secret_texts
        else (f"Opiekun {surname}", "trudności w czytaniu", "czyta wolno", "lubi piłkę")
    )
    children = ChildrenService(db, actor)
    child = children.create(
        ChildInput(given, surname, "2014-05-17", "F", pesel=pesel, school="SP 3 w Opolu")
    )
    children.add_guardian(child.id, GuardianInput(guardian, "matka", phone="600 700 800"))
    case = CasesService(db, actor).open(
        child.id, CaseInput("2023-09-01", referred_by="szkoła", reason=note)
    )
    assessments = AssessmentsService(db, actor)
    view = assessments.create(
        child.id,
        AssessmentInput(
            kind="wopfu",
            template_id="wopfu",
            template_version="1.0",
            assessed_on="2023-10-02",
            informants=[("teacher", "wychowawczyni"), ("parent", "mama")],
            case_id=case.id,
        ),
    )
    assessments.save_rating(view.id, "d166.2", "teacher", evidence=evidence)
    assessments.save_rating(view.id, "d166.3", "consensus")
    assessments.save_rating(view.id, "e310+3", "consensus")
    assessments.update_narratives(view.id, view.version, strengths=narrative)
    return Sample(child.id, case.id, view.id)


def files_bytes(*paths) -> bytes:  # type: ignore[no-untyped-def]
    data = b""
    for path in paths:
        if path.exists():
            data += path.read_bytes()
    return data


def leaks(data: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode("utf-8") in data]
