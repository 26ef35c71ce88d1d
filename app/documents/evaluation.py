"""The evaluation report (PDF): whether a support plan worked, at its latest review.

Two functioning profiles on one chart (the plan's assessment drawn as outlines, the
re-assessment of the review as bars) and the category-by-category comparison
(`app.profile.compare_profiles`); each goal's attainment level with its description from
the goal's scale; the Kiresuk–Sherman T-score with a plain sentence saying what it means;
what improved, what did not and what the next plan should change
(`ReviewsService.effectiveness`); signatures.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.documents.assessment_data import AssessmentData, load_assessment
from app.documents.base import (
    FRAME_WIDTH,
    Styles,
    data_table,
    esc,
    keep,
    key_value_table,
    render,
    styles,
)
from app.documents.chart import legend_drawing, profile_drawings
from app.documents.errors import DocumentError
from app.documents.plan import (
    PlanData,
    document_meta,
    item_scale,
    item_text,
    load_plan,
    plan_title,
    signature_block,
)
from app.documents.plan import (
    T as PLAN_TEXTS,
)
from app.documents.texts import Privacy, child_name, long_date
from app.profile import Change, compare_profiles
from app.services.access import Actor, acting
from app.services.reviews import Effectiveness, ReviewsService
from app.storage.database import Database
from icf.classification import Classification
from icf.i18n import current_language, set_language

T: dict[str, dict[str, str]] = {
    "pl": {
        "title": "Ocena efektywności planu wsparcia",
        "subject": "Ocena efektywności planu wsparcia: porównanie profili funkcjonowania i "
        "osiągnięcie celów",
        "child": "Dziecko",
        "child_none": "dane dziecka pominięte w tym dokumencie",
        "plan": "Plan",
        "plan_value": "{title}, {start} – {end}",
        "review": "Data przeglądu",
        "compared": "Porównane oceny",
        "compared_value": "{before} (przed planem) i {after} (przy przeglądzie)",
        "institution": "Placówka",
        "authors": "Oceniali",
        "t_heading": "Wynik osiągnięcia celów",
        "t_value": "Wynik T: {t}",
        "t_sentence": "Cele osiągnięto {phrase} (wynik 50 oznacza dokładnie tyle, ile "
        "zakładano, wyższy – więcej, niższy – mniej).",
        "t_much_better": "znacznie lepiej, niż zakładano",
        "t_better": "nieco lepiej, niż zakładano",
        "t_expected": "dokładnie tak, jak zakładano",
        "t_worse": "nieco słabiej, niż zakładano",
        "t_much_worse": "znacznie słabiej, niż zakładano",
        "goals": "Osiągnięcie celów",
        "col_goal": "Cel",
        "col_level": "Poziom",
        "col_description": "Co to oznacza",
        "col_comment": "Uwagi",
        "not_rated": "nie oceniono",
        "profiles": "Profil funkcjonowania: przed planem i teraz",
        "profiles_note": "Słupki pokazują ocenę z przeglądu, przerywane obramowanie – ocenę "
        "sprzed planu. Słupek krótszy niż obramowanie oznacza mniejszą trudność lub barierę.",
        "no_reassessment": "Przegląd nie był połączony z ponowną oceną funkcjonowania, więc "
        "profili nie porównano.",
        "changes": "Zmiany w kategoriach",
        "col_category": "Kategoria",
        "col_before": "Przed planem",
        "col_after": "Przy przeglądzie",
        "col_change": "Zmiana",
        "improved": "Co się poprawiło",
        "not_improved": "Co się nie poprawiło",
        "next_plan": "Co zmienić w kolejnym planie",
        "nothing": "Brak.",
        "notes": "Uwagi zespołu",
        "signatures": "Podpisy członków zespołu",
    },
    "en": {
        "title": "Evaluation of the support plan",
        "subject": "Evaluation of a support plan: functioning profiles compared and goals attained",
        "child": "Child",
        "child_none": "the child's details are left out of this document",
        "plan": "Plan",
        "plan_value": "{title}, {start} – {end}",
        "review": "Date of review",
        "compared": "Assessments compared",
        "compared_value": "{before} (before the plan) and {after} (at the review)",
        "institution": "Institution",
        "authors": "Assessed by",
        "t_heading": "Goal attainment score",
        "t_value": "T-score: {t}",
        "t_sentence": "The goals were attained {phrase} (50 means exactly as much as expected, "
        "higher means more, lower means less).",
        "t_much_better": "much better than expected",
        "t_better": "somewhat better than expected",
        "t_expected": "exactly as expected",
        "t_worse": "somewhat less than expected",
        "t_much_worse": "much less than expected",
        "goals": "Goal attainment",
        "col_goal": "Goal",
        "col_level": "Level",
        "col_description": "What it means",
        "col_comment": "Comments",
        "not_rated": "not rated",
        "profiles": "Functioning profile: before the plan and now",
        "profiles_note": "The bars show the rating at the review, the dashed outlines the rating "
        "before the plan. A bar shorter than its outline means less difficulty or barrier.",
        "no_reassessment": "The review was not linked to a repeated assessment of functioning, "
        "so the profiles were not compared.",
        "changes": "Changes by category",
        "col_category": "Category",
        "col_before": "Before the plan",
        "col_after": "At the review",
        "col_change": "Change",
        "improved": "What improved",
        "not_improved": "What did not improve",
        "next_plan": "What the next plan should change",
        "nothing": "Nothing.",
        "notes": "The team's notes",
        "signatures": "Signatures of the team",
    },
}


CHANGE_WORDS: dict[str, dict[Change, str]] = {
    "pl": {
        Change.IMPROVED: "poprawa",
        Change.WORSE: "pogorszenie",
        Change.UNCHANGED: "bez zmian",
        Change.NEW: "oceniona tylko teraz",
        Change.DROPPED: "nieoceniona ponownie",
        Change.NOT_COMPARABLE: "nie do porównania (8 lub 9)",
    },
    "en": {
        Change.IMPROVED: "improved",
        Change.WORSE: "worse",
        Change.UNCHANGED: "unchanged",
        Change.NEW: "rated only now",
        Change.DROPPED: "not rated again",
        Change.NOT_COMPARABLE: "not comparable (8 or 9)",
    },
}


_ARROW = re.compile(r"(\(?)([bsde]\d{3,5}[.+][\d_]*) → ([bsde]\d{3,5}[.+][\d_]*)")


def _from_to(text: str, lang: str) -> str:
    """ "d160.3 → d160.1" in words (Lato has no arrow): "z d160.3 na d160.1"."""
    words = ("z", "na", "bez zmian:") if lang == "pl" else ("from", "to", "unchanged:")

    def said(m: re.Match[str]) -> str:
        if m[2] == m[3]:
            return f"{m[1]}{words[2]} {m[2]}"
        return f"{m[1]}{words[0]} {m[2]} {words[1]} {m[3]}"

    return _ARROW.sub(said, text)


def t_phrase(t_score: float, lang: str) -> str:
    """How the goals were attained, in words, for a T-score."""
    t = T[lang]
    if abs(t_score - 50) < 0.05:
        return t["t_expected"]
    if t_score >= 60:
        return t["t_much_better"]
    if t_score > 50:
        return t["t_better"]
    if t_score > 40:
        return t["t_worse"]
    return t["t_much_worse"]


def t_score_text(t_score: float, lang: str) -> str:
    number = f"{t_score:.1f}"
    if lang == "pl":
        number = number.replace(".", ",")
    return number


def load_evaluation(
    db: Database,
    plan_id: int,
    classification: Classification,
    lang: str = "pl",
    *,
    actor: str | Actor | None = None,
) -> tuple[PlanData, AssessmentData | None, Effectiveness]:
    """The plan, the re-assessment of its latest review (if any) and its effectiveness,
    read as `actor` (default: whoever acts in the program now)."""
    who = acting(actor)
    data = load_plan(db, plan_id, classification, lang, actor=who)
    if not data.reviews:
        raise DocumentError("no_review", plan=plan_id)
    latest = data.reviews[-1]
    after = (
        load_assessment(db, latest.assessment_id, classification, lang, actor=who)
        if latest.assessment_id is not None
        else None
    )
    # the summary names categories in the current language: the document's, for a moment
    previous = current_language()
    set_language(lang)
    try:
        effect = ReviewsService(db, who, classification).effectiveness(plan_id)
    finally:
        set_language(previous)
    return data, after, effect


def _header(
    data: PlanData, after: AssessmentData | None, privacy: Privacy, lang: str
) -> list[tuple[str, str]]:
    t = T[lang]
    plan = data.plan
    review = data.reviews[-1]
    name = child_name(data.child.given_names, data.child.surname, privacy)
    pairs = [(t["child"], name or t["child_none"])]
    pairs.append(
        (
            t["plan"],
            t["plan_value"].format(
                title=plan_title(plan, lang),
                start=long_date(plan.starts_on, lang),
                end=long_date(plan.ends_on, lang),
            ),
        )
    )
    pairs.append((t["review"], long_date(review.reviewed_on, lang)))
    if data.assessment is not None and after is not None:
        pairs.append(
            (
                t["compared"],
                t["compared_value"].format(
                    before=long_date(data.assessment.assessed_on, lang),
                    after=long_date(after.assessed_on, lang),
                ),
            )
        )
    pairs.append((t["institution"], data.institution or ""))
    authors = (after.authors if after is not None and after.authors else None) or data.authors
    pairs.append(
        (
            t["authors"],
            "; ".join(f"{a.name}{f' ({a.profession})' if a.profession else ''}" for a in authors),
        )
    )
    return pairs


def _goals(data: PlanData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    review = data.reviews[-1]
    rated = {a.item_id: a for a in review.attainments}
    rows = []
    for goal in data.plan.goals:
        attained = rated.get(goal.id)
        label = f"<b>{esc(goal.category)}</b> " if goal.category else ""
        label += esc(data.titles.get(goal.category or "", ""))
        cell = Paragraph(f"{label}<br/>{esc(item_text(goal, lang))}", st.cell)
        if attained is None:
            rows.append([cell, "–", t["not_rated"], ""])
            continue
        level = f"{attained.level:+d}".replace("-", "−") if attained.level else "0"
        scale = item_scale(goal, lang)
        description = scale[attained.level + 2] if len(scale) == 5 else ""
        rows.append(
            [cell, Paragraph(f"<b>{level}</b>", st.cell), description, attained.comment or ""]
        )
    widths = [70 * mm, 14 * mm, 52 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header = [t["col_goal"], t["col_level"], t["col_description"], t["col_comment"]]
    score = review.t_score
    story: list[Flowable] = [Paragraph(esc(t["t_heading"]), st.h1)]
    if score is not None:
        story.append(
            Paragraph(f"<b>{esc(t['t_value'].format(t=t_score_text(score, lang)))}</b>", st.h2)
        )
        story.append(Paragraph(esc(t["t_sentence"].format(phrase=t_phrase(score, lang))), st.body))
    story.append(Paragraph(esc(t["goals"]), st.h1))
    story.append(data_table(header, rows, widths, st))
    return story


def _profiles(
    data: PlanData, after: AssessmentData | None, st: Styles, lang: str
) -> list[Flowable]:
    t = T[lang]
    heading = Paragraph(esc(t["profiles"]), st.h1)
    if data.assessment is None or after is None:
        return [heading, Paragraph(esc(t["no_reassessment"]), st.note)]
    before_rows = data.assessment.profile
    story: list[Flowable] = []
    drawings = profile_drawings(
        after.profile, FRAME_WIDTH, lang, earlier={r.code: r for r in before_rows}
    )
    # the heading and its note never stay behind at the foot of a page without the chart
    story.append(
        keep(
            heading,
            Paragraph(esc(t["profiles_note"]), st.note),
            legend_drawing(FRAME_WIDTH, lang, earlier=True),
            Spacer(1, 2 * mm),
            drawings[0],
        )
    )
    for drawing in drawings[1:]:
        story.append(Spacer(1, 3 * mm))
        story.append(drawing)

    rows = []
    for change in compare_profiles(before_rows, after.profile):
        rows.append(
            [
                Paragraph(f"<b>{esc(change.code)}</b> {esc(change.title)}", st.cell),
                change.before.expression if change.before else "–",
                change.after.expression if change.after else "–",
                CHANGE_WORDS[lang][change.change],
            ]
        )
    widths = [86 * mm, 26 * mm, 26 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph(esc(t["changes"]), st.h1))
    story.append(
        data_table(
            [t["col_category"], t["col_before"], t["col_after"], t["col_change"]],
            rows,
            widths,
            st,
        )
    )
    return story


def _summary(data: PlanData, effect: Effectiveness, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    story: list[Flowable] = []
    parts = [
        (t["improved"], effect.summary.improved),
        (t["not_improved"], effect.summary.not_improved),
        (t["next_plan"], [x.get(lang) or x["pl"] for x in effect.summary.next_plan]),
    ]
    for title, lines in parts:
        bullets = [
            Paragraph(esc(_from_to(line, lang)), st.bullet, bulletText="•") for line in lines
        ]
        if not bullets:
            bullets = [Paragraph(esc(t["nothing"]), st.body)]
        story.append(keep(Paragraph(esc(title), st.h1), *bullets[:2]))
        story.extend(bullets[2:])
    notes = data.reviews[-1].notes
    if notes:
        story.append(keep(Paragraph(esc(t["notes"]), st.h1), Paragraph(esc(notes), st.body)))
    return story


def evaluation_story(
    data: PlanData,
    after: AssessmentData | None,
    effect: Effectiveness,
    privacy: Privacy,
    lang: str,
) -> list[Flowable]:
    t = T[lang]
    st = styles(9)
    story: list[Flowable] = [Paragraph(esc(t["title"]), st.title), Spacer(1, 4 * mm)]
    story.append(key_value_table(_header(data, after, privacy, lang), st, 40 * mm))
    story.extend(_goals(data, st, lang))
    story.extend(_profiles(data, after, st, lang))
    story.extend(_summary(data, effect, st, lang))
    authors = (after.authors if after is not None and after.authors else None) or data.authors
    people = [(a.name, a.profession or "") for a in authors]
    people.append(("", PLAN_TEXTS[lang]["team"]))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_block(people, t["signatures"], st, lang))
    return story


def write_evaluation(
    data: PlanData,
    after: AssessmentData | None,
    effect: Effectiveness,
    out: Path | BinaryIO,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
    confidential: bool = False,
) -> Path | BinaryIO:
    privacy = privacy or Privacy()
    t = T[lang]
    meta = document_meta(data, t["title"], t["subject"], privacy, lang, confidential)
    return render(evaluation_story(data, after, effect, privacy, lang), meta, out)
