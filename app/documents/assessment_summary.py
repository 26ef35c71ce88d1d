"""The functional assessment summary (PDF) for the specialist's file, the school and the
team: header, the functioning profile, ratings by component and chapter with the meaning of
the qualifiers and the evidence, the narratives, disagreements between informants and the
authors' signatures."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.documents.assessment_data import AssessmentData
from app.documents.base import (
    FRAME_WIDTH,
    MUTED,
    DocumentMeta,
    Styles,
    data_table,
    esc,
    keep,
    key_value_table,
    paragraphs,
    render,
    styles,
)
from app.documents.chart import legend_drawing, profile_drawings
from app.documents.errors import DocumentError
from app.documents.texts import (
    INFORMANTS,
    KINDS,
    RATED_BY,
    SOURCES,
    BirthShown,
    Privacy,
    age_text,
    child_name,
    long_date,
    meaning_lines,
)
from icf.components import Component

T = {
    "pl": {
        "title": "Ocena funkcjonalna – podsumowanie",
        "subject": "Podsumowanie oceny funkcjonalnej dziecka według ICF",
        "draft": "WERSJA ROBOCZA – ocena nie została jeszcze zatwierdzona",
        "child": "Dziecko",
        "child_none": "dane dziecka pominięte w tym dokumencie",
        "born": "Data urodzenia",
        "age": "Wiek w dniu oceny",
        "school": "Szkoła / przedszkole",
        "kind": "Rodzaj oceny",
        "template": "Arkusz",
        "date": "Data oceny",
        "authors": "Oceniali",
        "informants": "Źródła informacji",
        "institution": "Placówka",
        "profile": "Profil funkcjonowania",
        "profile_note": "Każdy słupek to jedna oceniona kategoria ICF. Skala 0–4: 0 – brak "
        "problemu, 1 – niewielki, 2 – umiarkowany, 3 – znaczny, 4 – całkowity problem. "
        "Czynniki środowiskowe: bariery na prawo od zera, czynniki ułatwiające na lewo.",
        "ratings": "Oceny według komponentów i rozdziałów",
        "col_code": "Kod",
        "col_category": "Kategoria",
        "col_rating": "Ocena",
        "col_evidence": "Uzasadnienie i źródło",
        "narratives": "Opis funkcjonowania",
        "disagreements": "Różnice w ocenach informatorów",
        "disagreements_none": "Informatorzy ocenili funkcjonowanie dziecka zgodnie "
        "(żadne oceny nie różnią się o 2 stopnie lub więcej).",
        "disagreements_note": "Kategorie, w których oceny informatorów różnią się o 2 stopnie "
        "lub więcej albo ten sam czynnik jest dla jednych barierą, a dla innych czynnikiem "
        "ułatwiającym. Różnica często pokazuje, że dziecko funkcjonuje inaczej w domu, a inaczej "
        "w szkole.",
        "col_agreed": "Ocena uzgodniona",
        "not_agreed": "nie uzgodniono",
        "signatures": "Podpisy osób oceniających",
        "signature": "data i podpis",
        "source": "źródło",
        "rated_by": "ocena",
    },
    "en": {
        "title": "Functional assessment – summary",
        "subject": "Summary of a child's functional assessment with the ICF",
        "draft": "DRAFT – the assessment has not been finalised yet",
        "child": "Child",
        "child_none": "the child's details are left out of this document",
        "born": "Date of birth",
        "age": "Age on the day of assessment",
        "school": "School / preschool",
        "kind": "Kind of assessment",
        "template": "Form",
        "date": "Date of assessment",
        "authors": "Assessed by",
        "informants": "Informants",
        "institution": "Institution",
        "profile": "Functioning profile",
        "profile_note": "Each bar is one rated ICF category. Scale 0–4: 0 no problem, 1 mild, "
        "2 moderate, 3 severe, 4 complete problem. Environmental factors: barriers to the "
        "right of zero, facilitators to the left.",
        "ratings": "Ratings by component and chapter",
        "col_code": "Code",
        "col_category": "Category",
        "col_rating": "Rating",
        "col_evidence": "Evidence and source",
        "narratives": "Description of functioning",
        "disagreements": "Disagreements between informants",
        "disagreements_none": "The informants rated the child's functioning consistently "
        "(no ratings 2 or more steps apart).",
        "disagreements_note": "Categories whose ratings differ by 2 or more steps, or where one "
        "informant sees a barrier and another a facilitator. A difference often shows that the "
        "child functions differently at home and at school.",
        "col_agreed": "Agreed rating",
        "not_agreed": "not agreed",
        "signatures": "Signatures of the assessors",
        "signature": "date and signature",
        "source": "source",
        "rated_by": "rating",
    },
}


def _header_pairs(data: AssessmentData, privacy: Privacy, lang: str) -> list[tuple[str, str]]:
    t = T[lang]
    child = data.child
    view = data.assessment
    name = child_name(child.given_names, child.surname, privacy)
    pairs = [(t["child"], name or t["child_none"])]
    if name is not None:
        if privacy.birth is BirthShown.DATE:
            pairs.append((t["born"], long_date(child.birth_date, lang)))
        else:
            pairs.append((t["age"], age_text(child.birth_date, view.assessed_on, lang)))
        school = ", ".join(x for x in (child.school, child.class_name) if x)
        pairs.append((t["school"], school))
    else:
        pairs.append((t["age"], age_text(child.birth_date, view.assessed_on, lang)))
    pairs.append((t["date"], long_date(view.assessed_on, lang)))
    if data.template_title:
        pairs.append((t["template"], data.template_title.get(lang) or data.template_title["pl"]))
    pairs.append((t["institution"], data.institution or ""))
    authors = [f"{a.name}{f' ({a.profession})' if a.profession else ''}" for a in data.authors]
    pairs.append((t["authors"], "; ".join(authors)))
    informants = [
        INFORMANTS[lang].get(role, role) + (f" – {who}" if who else "")
        for role, who in view.informants
    ]
    pairs.append((t["informants"], "; ".join(informants)))
    return pairs


def _ratings_tables(data: AssessmentData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    story: list[Flowable] = []
    table_heading = ParagraphStyle("table_heading", parent=st.h2, keepWithNext=0)
    widths = [15 * mm, 48 * mm, 56 * mm, FRAME_WIDTH - 119 * mm]
    component = None
    rows: list[list[object]] = []
    bands: list[int] = []
    chapter = None

    def flush() -> None:
        if rows:
            story.append(
                data_table(
                    [t["col_code"], t["col_category"], t["col_rating"], t["col_evidence"]],
                    rows,
                    widths,
                    st,
                    bands=bands,
                )
            )

    for rated in data.rated:
        row = rated.row
        if row.component != component:
            flush()
            rows, bands, chapter = [], [], None
            component = row.component
            story.append(CondPageBreak(45 * mm))
            # not "keep with next": that would try to keep the whole long table with it and
            # push both to the next page; the conditional break leaves room for a start
            story.append(Paragraph(esc(Component(component).titles[lang]), table_heading))
        if row.chapter != chapter:
            chapter = row.chapter
            bands.append(len(rows))
            rows.append([Paragraph(f"<b>{esc(row.chapter)} {esc(row.chapter_title)}</b>", st.cell)])
        evidence = esc(rated.evidence)
        who = RATED_BY[lang].get(row.informant, row.informant)
        source = SOURCES[lang].get(rated.source or "", "")
        tail = esc(", ".join(x for x in (who, source) if x))
        small = f"<font color='#5d6b73' size='7'>{tail}</font>"
        cell = f"{evidence}<br/>{small}" if evidence else small
        code = f"<b>{esc(row.code)}</b><br/><font size='7' color='#5d6b73'>{row.expression}</font>"
        rows.append(
            [
                Paragraph(code, st.cell),
                row.title,
                Paragraph(
                    "<br/>".join(esc(x) for x in meaning_lines(rated.expression, lang)), st.cell
                ),
                Paragraph(cell, st.cell),
            ]
        )
    flush()
    return story


def _disagreements(data: AssessmentData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    story: list[Flowable] = [Paragraph(esc(t["disagreements"]), st.h1)]
    if not data.disagreements:
        story.append(Paragraph(esc(t["disagreements_none"]), st.body))
        return story
    story.append(Paragraph(esc(t["disagreements_note"]), st.note))
    titles = {r.row.code: r.row.title for r in data.rated}
    informants = [
        role
        for role in ("specialist", "teacher", "parent", "student")
        if any(role in row.ratings for row in data.disagreements)
    ]
    first = 45 * mm
    agreed = 32 * mm
    rest = (FRAME_WIDTH - first - agreed) / max(1, len(informants))
    rows = []
    for row in data.disagreements:
        cells: list[object] = [
            Paragraph(f"<b>{esc(row.code)}</b> {esc(titles.get(row.code, ''))}", st.cell)
        ]
        for role in informants:
            rating = row.ratings.get(role)
            cells.append(_rating_cell(rating, st, lang))
        cells.append(
            _rating_cell(row.consensus, st, lang) if row.consensus is not None else t["not_agreed"]
        )
        rows.append(cells)
    header = [t["col_category"]] + [INFORMANTS[lang][r].capitalize() for r in informants]
    header.append(t["col_agreed"])
    story.append(data_table(header, rows, [first] + [rest] * len(informants) + [agreed], st))
    return story


def _rating_cell(rating, st: Styles, lang: str):  # type: ignore[no-untyped-def]
    if rating is None:
        return "–"
    lines = [f"<b>{esc(rating.format())}</b>"] + [
        esc(x) for x in meaning_lines(rating, lang, bands=False)
    ]
    return Paragraph("<br/>".join(lines), st.cell)


def _signatures(data: AssessmentData, st: Styles, lang: str) -> Flowable:
    """A space to sign above a line, the name, profession and "date and signature" below."""
    t = T[lang]
    people = [(a.name, a.profession or "") for a in data.authors] or [("", "")]
    per_row = 2
    width = FRAME_WIDTH / per_row
    grid: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
    ]
    for start in range(0, len(people), per_row):
        group = people[start : start + per_row]
        space_row = len(grid)
        grid.append([Spacer(1, 16 * mm) for _ in group] + [""] * (per_row - len(group)))
        grid.append(
            [
                [
                    Paragraph(esc(name), st.cell_bold),
                    Paragraph(
                        esc(", ".join(x for x in (profession, t["signature"]) if x)), st.small
                    ),
                ]
                for name, profession in group
            ]
            + [""] * (per_row - len(group))
        )
        for column in range(len(group)):
            commands.append(("LINEBELOW", (column, space_row), (column, space_row), 0.6, MUTED))
    table = Table(grid, colWidths=[width] * per_row)
    table.setStyle(TableStyle(commands))
    return keep(Paragraph(esc(t["signatures"]), st.h1), table)


def summary_story(data: AssessmentData, privacy: Privacy, lang: str) -> list[Flowable]:
    t = T[lang]
    st = styles(9.5)
    story: list[Flowable] = [Paragraph(esc(t["title"]), st.title)]
    kind = KINDS[lang].get(data.assessment.kind, data.assessment.kind)
    story.append(Paragraph(esc(kind), st.subtitle))
    if not data.assessment.is_final:
        story.append(Paragraph(f"<b>{esc(t['draft'])}</b>", st.note))
    story.append(Spacer(1, 4 * mm))
    story.append(key_value_table(_header_pairs(data, privacy, lang), st, 42 * mm))

    story.append(Paragraph(esc(t["profile"]), st.h1))
    story.append(Paragraph(esc(t["profile_note"]), st.note))
    drawings = profile_drawings(data.profile, FRAME_WIDTH, lang)
    story.append(keep(legend_drawing(FRAME_WIDTH, lang), Spacer(1, 2 * mm), drawings[0]))
    for drawing in drawings[1:]:
        story.append(Spacer(1, 3 * mm))
        story.append(drawing)

    story.append(CondPageBreak(70 * mm))  # the heading never ends a page alone
    story.append(Paragraph(esc(t["ratings"]), st.h1))
    story.extend(_ratings_tables(data, st, lang))

    narratives = [
        (data.narrative_title(name, lang), text)
        for name, text in data.assessment.narratives.items()
        if text and text.strip()
    ]
    if narratives:
        story.append(Paragraph(esc(t["narratives"]), st.h1))
        for title, text in narratives:
            story.append(keep(Paragraph(esc(title), st.h2), *paragraphs(text, st.body)[:1]))
            story.extend(paragraphs(text, st.body)[1:])

    story.extend(_disagreements(data, st, lang))
    story.append(Spacer(1, 4 * mm))
    story.append(_signatures(data, st, lang))
    return story


def write_assessment_summary(
    data: AssessmentData,
    out: Path | BinaryIO,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
    confidential: bool = False,
) -> Path | BinaryIO:
    privacy = privacy or Privacy()
    if not data.rated:
        raise DocumentError("no_ratings", date=data.assessed_on.isoformat())
    t = T[lang]
    name = child_name(data.child.given_names, data.child.surname, privacy)
    right = f"{name}, {long_date(data.assessed_on, lang)}" if name else t["title"]
    meta = DocumentMeta(
        title=f"{t['title']}{f' – {name}' if name else ''}",
        subject=t["subject"],
        author="; ".join(a.name for a in data.authors) or (data.institution or "ICF Assess"),
        lang=lang,
        header_left=data.institution or "",
        header_right=right,
        confidential=confidential,
        keywords="ICF, ocena funkcjonalna" if lang == "pl" else "ICF, functional assessment",
    )
    return render(summary_story(data, privacy, lang), meta, out)
