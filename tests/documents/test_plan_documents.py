"""The support plan, the evaluation report and the parents' summary with a plan, read back
from the PDF files (a real SQLite file, plans and reviews made through the services)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.documents.errors import DocumentError
from app.documents.evaluation import load_evaluation, t_phrase, write_evaluation
from app.documents.plan import load_plan, write_plan
from app.services.assessments import AssessmentInput, AssessmentsService
from app.services.children import ChildrenService, GuardianInput
from app.services.directory import DirectoryService
from app.services.plans import GoalInput, ItemChanges, PlansService, PlanView
from app.services.reviews import ReviewsService
from app.storage.database import Database
from icf.classification import Classification
from tests.app.test_cli import cli
from tests.conftest import ROOT
from tests.documents.conftest import (
    Records,
    make_records,
    pdf_info,
    pdf_text,
    render_pages,
    words,
)

EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"
CODE = re.compile(r"\b[bsde]\d{3,5}\b")
START = date(2026, 10, 12)


@dataclass
class PlanRecords:
    records: Records
    plan: PlanView
    pending: str  # the text of a suggestion left without a decision
    rejected: str
    own_goal: str
    provider: str

    @property
    def db(self) -> Database:
        return self.records.db

    @property
    def classification(self) -> Classification:
        return self.records.classification


def _decided_plan(db: Database, records: Records, kind: str = "ipet") -> PlanRecords:
    """A plan for Zofia: most suggestions accepted, one changed, one rejected, one left
    pending; an own goal; the social welfare action referred to a provider."""
    DirectoryService(db, "test", records.classification).import_file(EXAMPLE)
    ChildrenService(db, "test").add_guardian(
        records.child_id, GuardianInput("Joanna Wężyk-Śliwińska", "matka", phone="600 100 200")
    )
    plans = PlansService(db, "test", records.classification)
    plan = plans.create_from_assessment(
        records.assessment_id, kind, starts_on=START, area="Zielonka"
    )
    pending = next(i for i in plan.items if i.kind == "sector" and i.sector == "ngo")
    rejected = next(i for i in plan.items if i.kind == "adaptation" and i.area == "organisation")
    for item in plan.items:
        if item.id == pending.id:
            continue
        decision = "reject" if item.id == rejected.id else "accept"
        plan = plans.decide(plan.id, item.id, decision, plan.version)
    goal = next(i for i in plan.items if i.kind == "goal")
    plan = plans.change_item(
        plan.id,
        goal.id,
        plan.version,
        ItemChanges(
            responsible_person="Anna Łęcka (pedagog specjalny)",
            deadline="2027-01-29",
        ),
    )
    own = "Zofia samodzielnie zapisuje w zeszycie zadanie domowe podane na lekcji."
    plan = plans.add_goal(
        plan.id,
        plan.version,
        GoalInput("d1700", own, 2, 1, responsible_person="wychowawczyni", methods="Tablica."),
    )
    welfare = next(i for i in plan.items if i.kind == "sector" and i.sector == "social_welfare")
    provider = plans.providers_for(welfare.id)[0].provider
    plan = plans.refer(plan.id, welfare.id, provider.id, plan.version, referred_on="2026-10-20")
    return PlanRecords(records, plan, pending.text, rejected.text, own, provider.name)


@pytest.fixture
def planned(tmp_path: Path, classification: Classification) -> Iterator[PlanRecords]:
    db = Database.open(tmp_path / "records.sqlite3")
    yield _decided_plan(db, make_records(db, classification))
    db.close()


def _plan_pdf(planned: PlanRecords, out: Path, lang: str = "pl", **kw) -> Path:  # type: ignore[no-untyped-def]
    data = load_plan(planned.db, planned.plan.id, planned.classification, lang)
    return write_plan(data, out, lang=lang, **kw)


def test_ipet_has_every_section_goals_scales_referrals_and_signatures(
    planned: PlanRecords, output_dir: Path
) -> None:
    pdf = _plan_pdf(planned, output_dir / "ipet.pdf", confidential=True)
    text = words(pdf_text(pdf))
    assert "Indywidualny program edukacyjno-terapeutyczny" in text
    for number, heading in enumerate(
        (
            "Cele i zadania (kategorie ICF)",
            "Zakres i sposób dostosowania wymagań edukacyjnych",
            "Zintegrowane działania nauczycieli i specjalistów; formy i metody pracy",
            "Formy, okres i wymiar pomocy psychologiczno-pedagogicznej",
            "Działania wspierające rodziców",
            "Współpraca z poradnią, ochroną zdrowia, pomocą społeczną i organizacjami",
            "Dostosowanie warunków kształcenia (w tym sprzęt i środki dydaktyczne)",
        ),
        start=1,
    ):
        assert f"{number}. {heading}" in text
    assert "Zofia Wężyk-Śliwińska" in text and "Szkoła Podstawowa nr 5 w Łodzi, 4b" in text
    assert "od 12 października 2026 r. do 30 czerwca 2027 r." in text
    assert "ocena funkcjonalna z dnia 5 października 2026 r." in text
    # the goal: category, baseline and target in words, deadline, responsible person
    goals = text.split("1. Cele i zadania", 1)[1].split("2. Zakres", 1)[0]
    assert "d166 Czytanie" in goals
    assert "wyjściowy: 3 – znaczna trudność" in goals and "docelowy: 2 – umiarkowana" in goals
    assert "29 stycznia 2027 r." in goals and "Anna Łęcka (pedagog specjalny)" in goals
    assert planned.own_goal in goals and "d1700" in goals
    # intensity with its reasons
    assert "Ustalona intensywność wsparcia:" in text and "Uzasadnienie:" in text
    # only what is in the plan
    assert words(planned.pending)[:60] not in text
    assert words(planned.rejected)[:60] not in text
    # the referral with the provider's contacts from the directory
    referrals = text.split("Skierowania do instytucji lokalnej sieci wsparcia", 1)[1]
    assert planned.provider in referrals
    assert "ul. Ratuszowa 3, 00-001 Zielonka" in referrals
    assert "+48 000 000 010" in referrals and "mops@przyklad.invalid" in referrals
    assert "pn.–pt. 7:30–15:30" in referrals
    assert "skierowano 20 października 2026 r." in referrals
    # every goal's attainment scale, the review dates, the signatures
    assert "Skale osiągnięcia celów" in text and "Oczekiwany wynik: kwalifikator 2" in text
    assert "31 stycznia 2027 r." in text and "15 czerwca 2027 r." in text
    signatures = text.split("Podpisy", 1)[1]
    for who in (
        "Małgorzata Żurawska",
        "Joanna Wężyk-Śliwińska",
        "rodzic / opiekun prawny",
        "Koordynator zespołu nauczycieli i specjalistów",
        "Dyrektor szkoły / przedszkola",
    ):
        assert who in signatures
    pages = int(pdf_info(pdf)["Pages"])
    assert pages >= 2 and f"Strona {pages} z {pages}" in text
    for page in range(1, pages + 1):
        assert "POUFNE" in pdf_text(pdf, page)
    assert pdf_info(pdf)["Title"] == (
        "Indywidualny program edukacyjno-terapeutyczny – Zofia Wężyk-Śliwińska"
    )
    assert len(render_pages(pdf, output_dir, "ipet")) == pages


def test_a_long_goal_table_continues_under_a_repeated_header(
    planned: PlanRecords, output_dir: Path
) -> None:
    plans = PlansService(planned.db, "test", planned.classification)
    plan = planned.plan
    for number in range(1, 31):
        plan = plans.add_goal(
            plan.id,
            plan.version,
            GoalInput(
                "d7504",
                f"Cel numer {number}: Zofia włącza się do zabawy z rówieśnikami na przerwie "
                "i proponuje wspólną grę, w 3 z 5 obserwowanych przerw.",
                2,
                1,
                methods="Trening umiejętności społecznych w małej grupie, odgrywanie ról.",
            ),
        )
    pdf = _plan_pdf(planned, output_dir / "dlugi-plan.pdf")
    pages = int(pdf_info(pdf)["Pages"])
    with_goals = [page for page in range(1, pages + 1) if "Cel numer" in words(pdf_text(pdf, page))]
    assert len(with_goals) >= 3  # the goals table runs over several pages
    for page in with_goals:
        text = words(pdf_text(pdf, page))
        # the table's header sits on top of every page it continues on
        assert "Kategoria ICF" in text and "Poziom wyjściowy i docelowy" in text
    # the scale table of the same goals splits too
    assert "Cel numer 30" in words(pdf_text(pdf))
    render_pages(pdf, output_dir, "dlugi-plan")


def test_family_plan_in_english(
    tmp_path: Path, classification: Classification, output_dir: Path
) -> None:
    db = Database.open(tmp_path / "family.sqlite3")
    try:
        planned = _decided_plan(db, make_records(db, classification), kind="family")
        pdf = _plan_pdf(planned, output_dir / "family-en.pdf", lang="en")
    finally:
        db.close()
    text = words(pdf_text(pdf))
    assert "Family support plan" in text and "Page 1 of" in text
    for heading in (
        "1. Goals for the child",
        "2. Support for the child",
        "3. Adaptations at school",
        "4. Support for the family",
        "5. Actions of other sectors",
    ):
        assert heading in text
    assert "baseline: 3 – severe difficulty" in text
    # accepted suggestions in the rule's English wording, default scales in English;
    # the goal the team changed keeps the team's (Polish) words
    assert "Corrective-compensatory classes training attention, 1 hour a week." in text
    assert "Expected outcome: qualifier 2" in text and "Oczekiwany wynik" not in text
    assert "Referrals to the local support network" in text
    assert "Social worker / family assistant" in text
    assert "Head of the school" not in text and "Strona" not in text
    assert b"/Lang (en)" in pdf.read_bytes()
    render_pages(pdf, output_dir, "family-en")


def _review(planned: PlanRecords) -> int:
    """A re-assessment in January (reading better, attention the same) and the review."""
    db, classification = planned.db, planned.classification
    service = AssessmentsService(db, "test", classification)
    again = service.create(
        planned.records.child_id,
        AssessmentInput(
            kind="review",
            template_id="ofu",
            template_version="1.0",
            assessed_on="2026-11-20",
            informants=[("specialist", None)],
            author_ids=AssessmentsService(db, "test", classification)
            .get(planned.records.assessment_id)
            .author_ids,
        ),
    )
    for expression in ("d166.22", "b1400.2", "d7504.0", "d1720.2", "e325.1", "e1301+3"):
        service.save_rating(again.id, expression, "specialist")
    reviews = ReviewsService(db, "test", classification)
    levels = reviews.suggest_levels(planned.plan.id, again.id)
    review = reviews.record(
        planned.plan.id,
        "2026-11-23",
        levels,
        assessment_id=again.id,
        notes="Zofia chętniej czyta na głos w małej grupie.",
    )
    return review.id


def test_evaluation_compares_profiles_and_explains_the_t_score(
    planned: PlanRecords, output_dir: Path
) -> None:
    _review(planned)
    data, after, effect = load_evaluation(planned.db, planned.plan.id, planned.classification)
    pdf = write_evaluation(data, after, effect, output_dir / "ewaluacja.pdf")
    text = words(pdf_text(pdf))
    assert "Ocena efektywności planu wsparcia" in text
    assert "Data przeglądu 23 listopada 2026 r." in text
    assert "5 października 2026 r. (przed planem) i 20 listopada 2026 r. (przy przeglądzie)" in text
    # reading went from 3 to 2 (the target): as expected; the own goal on writing not rated
    goals = text.split("Osiągnięcie celów", 1)[1].split("Profil funkcjonowania", 1)[0]
    assert "d166 Czytanie" in goals and "Oczekiwany wynik: kwalifikator 2" in goals
    assert "nie oceniono" in goals
    assert effect.t_score is not None
    assert f"Wynik T: {effect.t_score:.1f}".replace(".", ",") in text
    assert f"Cele osiągnięto {t_phrase(effect.t_score, 'pl')}" in text
    # two profiles: the chart's legend names the earlier one; the category changes
    assert "wcześniejsza ocena" in text
    changes = text.split("Zmiany w kategoriach", 1)[1]
    assert "d166 Czytanie d166.32 d166.22 poprawa" in changes
    assert "d1720" in changes and "pogorszenie" in changes
    assert "Co się poprawiło" in text and "z d166.32 na d166.22" in text
    assert "bez zmian: b1400.2" in text
    assert "Co zmienić w kolejnym planie" in text and "Pogorszenie w d1720" in text
    assert "Zofia chętniej czyta na głos w małej grupie." in text
    assert "→" not in text  # Lato has no arrow: words instead
    pages = int(pdf_info(pdf)["Pages"])
    assert len(render_pages(pdf, output_dir, "ewaluacja")) == pages


def test_t_score_in_words() -> None:
    assert t_phrase(50.0, "pl") == "dokładnie tak, jak zakładano"
    assert t_phrase(56.2, "pl") == "nieco lepiej, niż zakładano"
    assert t_phrase(66.1, "en") == "much better than expected"
    assert t_phrase(43.0, "pl") == "nieco słabiej, niż zakładano"
    assert t_phrase(31.0, "en") == "much less than expected"


def test_no_evaluation_before_a_review(planned: PlanRecords, tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        load_evaluation(planned.db, planned.plan.id, planned.classification)
    assert "nie ma jeszcze zapisanego przeglądu" in caught.value.message("pl")
    assert "has no recorded review yet" in caught.value.message("en")


def test_parents_summary_tells_the_plan_in_plain_words(
    planned: PlanRecords, output_dir: Path
) -> None:
    target = output_dir / "rodzice-z-planem.pdf"
    code, _, err = cli(
        "--db",
        str(planned.db.path),
        "report",
        "assessment",
        "--assessment",
        str(planned.records.assessment_id),
        "--parents",
        "--out",
        str(target),
    )
    assert code == 0, err
    text = words(pdf_text(target))
    after = text.split("Co dalej", 1)[1]
    assert "Przygotowaliśmy plan wsparcia dziecka na czas od 12 października 2026 r. do " in after
    assert "30 czerwca 2027 r." in after and "r.." not in after
    assert "Nad czym będziemy pracować:" in after and planned.own_goal in after
    assert "Zajęcia i pomoc dla dziecka:" in after and "1 godzina tygodniowo" in after
    assert "Wsparcie dla Państwa:" in after
    assert "Postępy sprawdzimy 31 stycznia 2027 r. i 15 czerwca 2027 r." in after
    # whom to contact: the provider of the referral with its address, phone and hours
    contact = after.split("Kontakt", 1)[1]
    assert planned.provider in contact
    assert "ul. Ratuszowa 3, 00-001 Zielonka, tel. +48 000 000 010, pn.–pt. 7:30–15:30" in contact
    assert words(planned.pending)[:60] not in text
    # no codes anywhere in a letter to parents
    assert not CODE.search(text), CODE.search(text)
    render_pages(target, output_dir, "rodzice-z-planem")


def test_plan_and_evaluation_commands(planned: PlanRecords, tmp_path: Path) -> None:
    db = str(planned.db.path)
    plan = str(planned.plan.id)
    code, out, _ = cli(
        "--db", db, "report", "plan", "--plan", plan, "--out", str(tmp_path / "plan.pdf")
    )
    assert code == 0 and "Zapisano" in out
    assert "Cele i zadania" in words(pdf_text(tmp_path / "plan.pdf"))
    code, out, err = cli(
        "--db", db, "report", "evaluation", "--plan", plan, "--out", str(tmp_path / "e.pdf")
    )
    assert code == 1 and "nie ma jeszcze zapisanego przeglądu" in err
    assert not (tmp_path / "e.pdf").exists()
    _review(planned)
    code, out, _ = cli(
        "--db",
        db,
        "report",
        "evaluation",
        "--plan",
        plan,
        "--out",
        str(tmp_path / "e.pdf"),
        "--lang",
        "en",
        "--confidential",
    )
    assert code == 0
    english = words(pdf_text(tmp_path / "e.pdf"))
    assert "Evaluation of the support plan" in english and "CONFIDENTIAL" in english
    assert "T-score:" in english
    code, _, err = cli(
        "--db", db, "report", "plan", "--plan", plan, "--out", str(tmp_path / "plan.docx")
    )
    assert code == 1 and "Nieobsługiwany rodzaj pliku „plan.docx”" in err
    code, _, err = cli(
        "--db", db, "report", "plan", "--plan", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and not (tmp_path / "x.pdf").exists()
