"""The assessment summary and the parents' summary, read back from the PDF files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.documents.assessment_data import load_assessment
from app.documents.assessment_summary import write_assessment_summary
from app.documents.chart import profile_drawings
from app.documents.errors import DocumentError
from app.documents.parents import write_parents_summary
from app.documents.texts import BirthShown, Identity, Privacy
from forms.registry import TemplateRegistry
from tests.documents.conftest import (
    PANGRAM,
    Records,
    make_records,
    pdf_fonts,
    pdf_info,
    pdf_text,
    render_pages,
    words,
)

CODE = re.compile(r"\b[bsde]\d{3,5}\b")


def summary(records: Records, out: Path, lang: str = "pl", **kw) -> Path:  # type: ignore[no-untyped-def]
    data = load_assessment(
        records.db,
        records.assessment_id,
        records.classification,
        lang,
        TemplateRegistry(records.classification),
    )
    return write_assessment_summary(data, out, lang=lang, **kw)


def test_polish_summary_has_every_part_in_correct_polish(
    records: Records, output_dir: Path
) -> None:
    pdf = summary(records, output_dir / "podsumowanie.pdf", confidential=True)
    text = words(pdf_text(pdf))
    # the font carries every Polish letter, in user text and in our own headings
    assert words(PANGRAM) in text
    for heading in (
        "Ocena funkcjonalna – podsumowanie",
        "Profil funkcjonowania",
        "Oceny według komponentów i rozdziałów",
        "Opis funkcjonowania",
        "Różnice w ocenach informatorów",
        "Podpisy osób oceniających",
        "Źródła informacji",
    ):
        assert heading in text
    assert "Zofia Wężyk-Śliwińska" in text
    assert "9 marca 2015 r." in text and "5 października 2026 r." in text
    assert "Poradnia Psychologiczno-Pedagogiczna nr 2 w Łodzi" in text
    assert "Małgorzata Żurawska" in text and "psycholog" in text
    assert "nauczyciel – wychowawczyni" in text and "rodzic – mama" in text
    # a rating with its meaning in words and its evidence
    assert "Czytanie" in text and "wykonanie: znaczna trudność (50–95%)" in text
    assert "Czyta głoskując; myli litery o podobnym kształcie." in text
    assert "znaczny czynnik ułatwiający" in text and "umiarkowana bariera" in text
    # the disagreement on reading (specialist 3, teacher 1) is shown with the agreed rating
    disagreements = text.split("Różnice w ocenach informatorów", 1)[1]
    assert "d166" in disagreements and "d166.32" in disagreements
    assert "b1400" not in disagreements
    pages = int(pdf_info(pdf)["Pages"])
    assert f"Strona 1 z {pages}" in text and f"Strona {pages} z {pages}" in text
    for page in range(1, pages + 1):
        assert "POUFNE" in pdf_text(pdf, page)
    assert len(render_pages(pdf, output_dir, "podsumowanie")) == pages


def test_metadata_language_and_embedded_font(records: Records, tmp_path: Path) -> None:
    pdf = summary(records, tmp_path / "a.pdf")
    info = pdf_info(pdf)
    assert info["Title"] == "Ocena funkcjonalna – podsumowanie – Zofia Wężyk-Śliwińska"
    assert info["Author"] == "Małgorzata Żurawska"
    assert info["Subject"] == "Podsumowanie oceny funkcjonalnej dziecka według ICF"
    assert info["Page size"].endswith("(A4)")
    assert b"/Lang (pl)" in pdf.read_bytes()
    fonts = pdf_fonts(pdf)
    lato = [line for line in fonts.splitlines() if "Lato" in line]
    assert any("Lato-Regular" in line for line in lato) and any(
        "Lato-Bold" in line for line in lato
    )
    assert all(" yes " in line for line in lato)  # embedded
    assert "POUFNE" not in pdf_text(pdf)  # the mark only when asked for


def test_english_summary(records: Records, output_dir: Path) -> None:
    pdf = summary(records, output_dir / "summary-en.pdf", lang="en")
    text = words(pdf_text(pdf))
    assert "Functional assessment – summary" in text
    assert "Ratings by component and chapter" in text and "Page 1 of" in text
    assert "performance: severe difficulty (50–95%)" in text
    assert "Reading" in text
    assert b"/Lang (en)" in pdf.read_bytes()
    render_pages(pdf, output_dir, "summary-en")


def test_privacy_initials_and_age_or_no_name(records: Records, tmp_path: Path) -> None:
    initials = summary(
        records, tmp_path / "i.pdf", privacy=Privacy(Identity.INITIALS, BirthShown.AGE)
    )
    text = words(pdf_text(initials))
    assert "Wężyk" not in text and "Zofia" not in text and "9 marca 2015" not in text
    assert "Z. W. Ś." in text and "11 lat i 6 miesięcy" in text
    assert "Wężyk" not in pdf_info(initials)["Title"]
    anonymous = summary(records, tmp_path / "n.pdf", privacy=Privacy(Identity.NONE))
    text = words(pdf_text(anonymous))
    assert "Wężyk" not in text and "Z. W." not in text and "Szkoła Podstawowa nr 5" not in text
    assert "dane dziecka pominięte w tym dokumencie" in text


def test_parents_summary_in_plain_polish(records: Records, output_dir: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    pdf = write_parents_summary(data, output_dir / "rodzice.pdf")
    text = words(pdf_text(pdf))
    assert not CODE.search(text), CODE.search(text)  # no ICF codes
    assert "%" not in text and "kwalifikator" not in text.lower()
    for part in (
        "Informacja dla rodziców",
        "Szanowni Państwo,",
        "Mocne strony",
        "Co pomaga",
        "W czym potrzebna jest pomoc",
        "Co dalej",
        "Kontakt",
    ):
        assert part in text
    # strengths come first
    assert text.index("Mocne strony") < text.index("W czym potrzebna jest pomoc")
    assert words(PANGRAM) in text
    assert (
        "Dnia 5 października 2026 r. specjaliści Poradni Psychologiczno-Pedagogicznej nr 2 w "
        "Łodzi przyjrzeli się temu, jak Zofia radzi sobie na co dzień" in text
    )
    assert "rozmów z Państwem, obserwacji i informacji od nauczycieli" in text
    assert "Nauka i zdobywanie wiedzy: czytanie (duże trudności)" in text
    assert "Najbliższa rodzina – bardzo pomaga" in text
    assert "Koledzy, rówieśnicy i sąsiedzi – utrudnia" in text
    # the family's attitudes are for a conversation, never listed as an obstacle in a letter
    assert "nastawienie najbliższej rodziny" not in text.lower()
    assert "Na podstawie tej oceny zespół przygotuje plan wsparcia" in text
    assert "ul. Źródłowa 12, 91-735 Łódź" in text
    render_pages(pdf, output_dir, "rodzice")


def test_parents_summary_uses_larger_type(records: Records, tmp_path: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    parents = write_parents_summary(data, tmp_path / "p.pdf")
    professional = write_assessment_summary(data, tmp_path / "s.pdf")
    # the same narrative sentence takes more lines in the parents' summary
    sentence = "Jest życzliwa i wytrwała."

    def height(pdf: Path) -> float:
        import subprocess

        html = subprocess.run(
            ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        match = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">życzliwa<', html)
        assert match, sentence
        return float(match.group(2)) - float(match.group(1))

    assert height(parents) > height(professional) * 1.2


def test_the_plan_fills_what_will_be_done(records: Records, tmp_path: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    pdf = write_parents_summary(
        data, tmp_path / "p.pdf", next_steps=["Zajęcia korekcyjno-kompensacyjne raz w tygodniu."]
    )
    text = words(pdf_text(pdf))
    assert "Zajęcia korekcyjno-kompensacyjne raz w tygodniu." in text
    assert "zespół przygotuje plan wsparcia" not in text


def test_an_assessment_without_ratings_is_refused(records: Records, tmp_path: Path) -> None:
    data = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    empty = type(data)(**{**data.__dict__, "rated": []})
    with pytest.raises(DocumentError, match="nie zawiera jeszcze żadnych ocen"):
        write_assessment_summary(empty, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(DocumentError, match="nie istnieje"):
        write_assessment_summary(data, tmp_path / "no-such-folder" / "x.pdf")


def test_long_profile_and_tables_split_with_repeated_headers(
    tmp_path: Path,
    classification,
    output_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    from app.storage.database import Database

    codes = [
        e.code
        for e in classification.categories()
        if e.code[0] == "d" and len(e.code) == 4 and e.code[1] in "1234"
    ][:90]
    ratings = [
        (f"{code}.{i % 5}{(i + 1) % 5}", "specialist", f"Uzasadnienie nr {i}: ćwiczenia.")
        for i, code in enumerate(codes)
    ]
    db = Database.open(tmp_path / "long.sqlite3")
    try:
        records = make_records(db, classification, ratings)
        data = load_assessment(db, records.assessment_id, classification, "pl")
        assert len(profile_drawings(data.profile, 480)) >= 2  # the chart flows over pages
        pdf = write_assessment_summary(data, output_dir / "dluga.pdf")
    finally:
        db.close()
    pages = int(pdf_info(pdf)["Pages"])
    assert pages >= 4
    header = "Uzasadnienie i źródło"
    table_pages = [p for p in range(1, pages + 1) if "Uzasadnienie nr " in pdf_text(pdf, p)]
    assert len(table_pages) >= 2
    for page in table_pages:  # every page the ratings table runs onto starts with its header
        assert header in pdf_text(pdf, page)
    # no heading ends a page alone: the ratings heading shares its page with the table
    for page in range(1, pages + 1):
        lines = [x for x in pdf_text(pdf, page).splitlines() if x.strip()]
        body = [x for x in lines if not x.startswith(("Strona ", "Poradnia "))]
        assert not body or body[-1] != "Oceny według komponentów i rozdziałów", page
    # every rating made it, once
    text = pdf_text(pdf)
    assert all(f"Uzasadnienie nr {i}:" in text for i in range(len(codes)))
    render_pages(pdf, output_dir, "dluga")


def test_a_draft_is_marked_as_such(records: Records, tmp_path: Path) -> None:
    from app.services.assessments import AssessmentsService

    draft = AssessmentsService(records.db, "test", records.classification).amend(
        records.assessment_id
    )
    data = load_assessment(records.db, draft.id, records.classification, "pl")
    for write in (write_assessment_summary, write_parents_summary):
        pdf = write(data, tmp_path / f"{write.__name__}.pdf")
        assert "WERSJA ROBOCZA – ocena nie została jeszcze zatwierdzona" in words(pdf_text(pdf))
    final = load_assessment(records.db, records.assessment_id, records.classification, "pl")
    pdf = write_parents_summary(final, tmp_path / "final.pdf")
    assert "WERSJA ROBOCZA" not in pdf_text(pdf)
