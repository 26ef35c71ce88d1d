"""Records for the document tests: a real SQLite file with one child assessed by a
specialist, a teacher and a parent, and helpers that read PDFs back with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.classification_service import load_bundled
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from app.storage.models import Institution, InstitutionKind, Specialist
from icf.classification import Classification

#: every Polish letter with a diacritic, lower and upper case
PANGRAM = "Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ."

RATINGS = [
    # (expression, informant, evidence)
    ("d166.33", "specialist", "Czyta głoskując; myli litery o podobnym kształcie."),
    ("d166.1", "teacher", "-bardzo dobrze radzi sobie z czytaniem krótkich tekstów"),
    ("d166.2", "parent", "=SUM(A1:A3)"),
    ("d166.32", "consensus", None),
    ("b1400.2", "specialist", "@uwaga: rozprasza się po kilku minutach"),
    ("d7504.0", "specialist", "+ma dwoje bliskich przyjaciół w klasie"),
    ("d1720.1", "specialist", "\tliczy w pamięci w zakresie 100"),
    ("e310+3", "specialist", "\rMama codziennie czyta z córką."),
    ("e325.2", "specialist", "Część klasy wyśmiewa głośne czytanie."),
    ("e410.2", "specialist", "Rodzina bagatelizuje trudności."),
    ("e1301+2", "specialist", "Korzysta z nakładek na tekst."),
    ("d330.8", "specialist", None),
]


@dataclass(frozen=True)
class Records:
    db: Database
    classification: Classification
    assessment_id: int
    child_id: int


@pytest.fixture(scope="session")
def classification() -> Classification:
    return load_bundled()


def make_records(db: Database, classification: Classification, ratings=RATINGS) -> Records:  # type: ignore[no-untyped-def]
    with db.session() as session:
        centre = Institution(
            name="Poradnia Psychologiczno-Pedagogiczna nr 2 w Łodzi",
            kind=InstitutionKind.COUNSELLING_CENTRE,
            address="ul. Źródłowa 12, 91-735 Łódź",
        )
        session.add(centre)
        session.flush()
        author = Specialist(
            given_names="Małgorzata",
            surname="Żurawska",
            profession="psycholog",
            institution_id=centre.id,
        )
        session.add(author)
        session.flush()
        author_id = author.id
    child = ChildrenService(db, "test").create(
        ChildInput(
            given_names="Zofia",
            surname="Wężyk-Śliwińska",
            birth_date="2015-03-09",
            sex="F",
            school="Szkoła Podstawowa nr 5 w Łodzi",
            class_name="4b",
        )
    )
    service = AssessmentsService(db, "test", classification)
    view = service.create(
        child.id,
        AssessmentInput(
            kind="school_functional",
            template_id="ofu",
            template_version="1.0",
            assessed_on="2026-10-05",
            informants=[("specialist", None), ("teacher", "wychowawczyni"), ("parent", "mama")],
            author_ids=[author_id],
        ),
    )
    for expression, informant, evidence in ratings:
        service.save_rating(view.id, expression, informant, source="observation", evidence=evidence)
    view = service.get(view.id)
    view = service.update_narratives(
        view.id,
        view.version,
        strengths=f"Jest życzliwa i wytrwała. {PANGRAM}",
        interests="Konie, rysowanie komiksów.",
        difficulties="Czyta wolno i niechętnie; szybko męczy się przy dłuższych tekstach.",
    )
    service.finalise(view.id, view.version)
    return Records(db, classification, view.id, child.id)


@pytest.fixture
def records(tmp_path: Path, classification: Classification) -> Iterator[Records]:
    db = Database.open(tmp_path / "records.sqlite3")
    yield make_records(db, classification)
    db.close()


def pdf_text(path: Path, page: int | None = None) -> str:
    # raw order: the content stream's, so a wrapped table cell reads as one run of text
    command = ["pdftotext", "-raw"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*command, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    output = subprocess.run(
        ["pdfinfo", str(path)], check=True, capture_output=True, text=True
    ).stdout
    info = {}
    for line in output.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout


def render_pages(path: Path, folder: Path, prefix: str) -> list[Path]:
    """Every page as a PNG (for people to look at after the run)."""
    for old in folder.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(folder / prefix)], check=True)
    return sorted(folder.glob(f"{prefix}-*.png"))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(autouse=True)
def _poppler() -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.fail("poppler-utils (pdftotext, pdftoppm) is needed: scripts/system-deps.sh")
