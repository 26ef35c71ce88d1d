"""The support plan (PDF): an IPET for a school plan, a family / intersectoral support plan
otherwise.

The sections follow `PlanView.sections()` (an IPET's: goals, adaptation of requirements,
integrated actions and methods, forms and extent of psychological-pedagogical help, support
for the parents, cooperation with other institutions, conditions of education; a family
plan's: goals, support for the child, adaptations at school, support for the family,
actions of other sectors). Then the referrals to the local support network with the
providers' contacts, the intensity of support with its reasons, each goal's attainment
scale (−2…+2), the review dates and the signatures.

Only what is in the plan appears (accepted, changed or the specialist's own items): a
suggestion still waiting for a decision, or a rejected one, never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.documents.assessment_data import AssessmentData, Author, load_assessment
from app.documents.base import (
    FRAME_WIDTH,
    MUTED,
    DocumentMeta,
    Styles,
    data_table,
    esc,
    keep,
    key_value_table,
    render,
    styles,
)
from app.documents.texts import BirthShown, Privacy, age_text, child_name, long_date
from app.services.access import Actor, acting
from app.services.children import ChildrenService, ChildRow, GuardianView
from app.services.directory import DirectoryService, ProviderView
from app.services.plans import ItemView, PlansService, PlanView
from app.services.reviews import ReviewsService, ReviewView
from app.storage.database import Database
from icf.classification import Classification
from icf.qualifiers import DIFFICULTY, IMPAIRMENT
from plans.gas import default_scale
from plans.intensity import FAMILY_LEVELS, LEVELS
from plans.vocabulary import ADAPTATION_AREAS, HELP_FORMS, SECTORS

KIND_NAMES = {
    "pl": {
        "ipet": "Indywidualny program edukacyjno-terapeutyczny (IPET)",
        "family": "Plan wsparcia rodziny",
        "intersectoral": "Międzysektorowy plan wsparcia dziecka i rodziny",
    },
    "en": {
        "ipet": "Individual education and therapy programme (IPET)",
        "family": "Family support plan",
        "intersectoral": "Intersectoral support plan for the child and family",
    },
}

T = {
    "pl": {
        "subject": "Plan wsparcia dziecka oparty na ocenie funkcjonalnej ICF",
        "draft": "WERSJA ROBOCZA – plan nie został jeszcze zatwierdzony",
        "child": "Dziecko",
        "child_none": "dane dziecka pominięte w tym dokumencie",
        "born": "Data urodzenia",
        "age": "Wiek",
        "school": "Szkoła / przedszkole",
        "period": "Okres obowiązywania",
        "period_value": "od {start} do {end}",
        "based_on": "Podstawa",
        "based_on_value": "ocena funkcjonalna z dnia {date}",
        "institution": "Placówka",
        "authors": "Opracowali",
        "area": "Miejsce zamieszkania",
        "intensity": "Intensywność wsparcia",
        "intensity_chosen": "Ustalona intensywność wsparcia: {level}.",
        "intensity_suggested": "Program zaproponował poziom: {level}; zespół zdecydował inaczej.",
        "intensity_family": "Motywacja rodziny do zmiany: {motivation}; zasoby rodziny: "
        "{resources}. Forma pracy z rodziną: {work}.",
        "intensity_reasons": "Uzasadnienie:",
        "empty_section": "Nie zaplanowano działań w tym zakresie.",
        "col_category": "Kategoria ICF",
        "col_goal": "Cel",
        "col_levels": "Poziom wyjściowy i docelowy",
        "col_deadline": "Termin",
        "col_responsible": "Odpowiedzialni",
        "col_methods": "Metody i formy pracy",
        "col_action": "Działanie",
        "col_area": "Zakres",
        "col_form": "Forma pomocy",
        "col_extent": "Sposób i wymiar",
        "col_period": "Okres",
        "col_sector": "Sektor",
        "baseline": "wyjściowy",
        "target": "docelowy",
        "to_agree": "do ustalenia",
        "until": "do {date}",
        "whole_period": "cały okres planu",
        "referred": "skierowanie: {name}",
        "referrals": "Skierowania do instytucji lokalnej sieci wsparcia",
        "referrals_note": "Instytucje, do których skierowano dziecko lub rodzinę, z danymi "
        "kontaktowymi z katalogu sieci wsparcia.",
        "col_provider": "Instytucja",
        "col_contact": "Adres i kontakt",
        "col_hours": "Godziny otwarcia",
        "col_for": "W związku z",
        "referred_on": "skierowano {date}",
        "scales": "Skale osiągnięcia celów",
        "scales_note": "Przy każdym przeglądzie zespół ocenia osiągnięcie celu na pięciostopniowej "
        "skali: 0 to oczekiwany wynik, wartości dodatnie – wynik lepszy, ujemne – gorszy.",
        "reviews": "Terminy przeglądów i oceny efektywności",
        "col_due": "Termin",
        "col_state": "Stan",
        "review_done": "przegląd odbył się {date}",
        "review_planned": "zaplanowany",
        "signatures": "Podpisy",
        "signature": "data i podpis",
        "parent": "rodzic / opiekun prawny",
        "team": "Koordynator zespołu nauczycieli i specjalistów",
        "head": "Dyrektor szkoły / przedszkola",
        "family_worker": "Pracownik socjalny / asystent rodziny",
        "agreed": "Z planem zapoznałem(-am) się i wyrażam zgodę na jego realizację.",
    },
    "en": {
        "subject": "A child's support plan based on an ICF functional assessment",
        "draft": "DRAFT – the plan has not been approved yet",
        "child": "Child",
        "child_none": "the child's details are left out of this document",
        "born": "Date of birth",
        "age": "Age",
        "school": "School / preschool",
        "period": "Period",
        "period_value": "from {start} to {end}",
        "based_on": "Based on",
        "based_on_value": "the functional assessment of {date}",
        "institution": "Institution",
        "authors": "Prepared by",
        "area": "Place of residence",
        "intensity": "Intensity of support",
        "intensity_chosen": "Intensity of support agreed: {level}.",
        "intensity_suggested": "The program suggested: {level}; the team decided otherwise.",
        "intensity_family": "The family's motivation to change: {motivation}; its resources: "
        "{resources}. Social work with the family: {work}.",
        "intensity_reasons": "Reasons:",
        "empty_section": "No actions planned in this area.",
        "col_category": "ICF category",
        "col_goal": "Goal",
        "col_levels": "Baseline and target",
        "col_deadline": "Deadline",
        "col_responsible": "Responsible",
        "col_methods": "Methods and forms of work",
        "col_action": "Action",
        "col_area": "Area",
        "col_form": "Form of help",
        "col_extent": "Manner and extent",
        "col_period": "Period",
        "col_sector": "Sector",
        "baseline": "baseline",
        "target": "target",
        "to_agree": "to be agreed",
        "until": "until {date}",
        "whole_period": "the whole plan",
        "referred": "referral: {name}",
        "referrals": "Referrals to the local support network",
        "referrals_note": "Institutions the child or family was referred to, with their "
        "contacts from the support network directory.",
        "col_provider": "Institution",
        "col_contact": "Address and contact",
        "col_hours": "Opening hours",
        "col_for": "Regarding",
        "referred_on": "referred on {date}",
        "scales": "Goal attainment scales",
        "scales_note": "At every review the team rates each goal on a five-level scale: 0 is "
        "the expected outcome, positive values better, negative values worse.",
        "reviews": "Review dates and evaluation of effectiveness",
        "col_due": "Due",
        "col_state": "State",
        "review_done": "reviewed on {date}",
        "review_planned": "planned",
        "signatures": "Signatures",
        "signature": "date and signature",
        "parent": "parent / legal guardian",
        "team": "Coordinator of the team of teachers and specialists",
        "head": "Head of the school / preschool",
        "family_worker": "Social worker / family assistant",
        "agreed": "I have read the plan and agree to it being carried out.",
    },
}

#: the titles a plan gets when the specialist gives none (see PlansService)
DEFAULT_TITLES = {
    "ipet": {
        "pl": "Indywidualny program edukacyjno-terapeutyczny",
        "en": "Individual education and therapy programme",
    },
    "family": {"pl": "Plan wsparcia rodziny", "en": "Family support plan"},
    "intersectoral": {"pl": "Międzysektorowy plan wsparcia", "en": "Intersectoral support plan"},
}

GRADES = {
    "pl": {"low": "niska", "medium": "średnia", "high": "wysoka"},
    "en": {"low": "low", "medium": "medium", "high": "high"},
}
LEVEL_SIGNS = ("−2", "−1", "0", "+1", "+2")


@dataclass(frozen=True)
class PlanData:
    """Everything the plan and evaluation documents show, read from the records at once."""

    plan: PlanView
    child: ChildRow
    guardians: list[GuardianView]
    institution: str | None
    institution_address: str | None
    authors: list[Author]
    #: the plan's assessment (None when it was deleted)
    assessment: AssessmentData | None
    #: providers of the plan's referrals, by id (with their current contacts)
    providers: dict[int, ProviderView]
    reviews: list[ReviewView]
    titles: dict[str, str]  # ICF code -> title in the document's language
    lang: str


def load_plan(
    db: Database,
    plan_id: int,
    classification: Classification,
    lang: str = "pl",
    *,
    actor: str | Actor | None = None,
) -> PlanData:
    """The plan and what its documents show, read as `actor` (default: whoever acts in the
    program now); refused without access to the plan's child."""
    who = acting(actor)
    plan = PlansService(db, who, classification).get(plan_id)
    record = ChildrenService(db, who).get(plan.child_id)
    assessment = (
        load_assessment(db, plan.assessment_id, classification, lang, actor=who)
        if plan.assessment_id is not None
        else None
    )
    providers = _providers(db, plan, classification, who)
    reviews = ReviewsService(db, who, classification).for_plan(plan_id)
    titles = {}
    for item in plan.items:
        if item.category:
            entry = classification.get(item.category)
            titles[item.category] = entry.title_in(lang) if entry else item.category
    return PlanData(
        plan=plan,
        child=record.child,
        guardians=list(record.guardians),
        institution=assessment.institution if assessment else None,
        institution_address=assessment.institution_address if assessment else None,
        authors=list(assessment.authors) if assessment else [],
        assessment=assessment,
        providers=providers,
        reviews=reviews,
        titles=titles,
        lang=lang,
    )


def plan_title(plan: PlanView, lang: str) -> str:
    """The plan's own title, or the default title in the document's language."""
    defaults = DEFAULT_TITLES.get(plan.kind, {})
    return defaults.get(lang, plan.title) if plan.title in defaults.values() else plan.title


def _providers(
    db: Database, plan: PlanView, classification: Classification, who: str | Actor
) -> dict[int, ProviderView]:
    """The directory entries of the plan's referrals (items in the plan only)."""
    directory = DirectoryService(db, who, classification)  # type: ignore[arg-type]
    providers: dict[int, ProviderView] = {}
    for item in plan.items:
        if not item.in_plan:
            continue
        for referral in item.referrals:
            if referral.provider_id is not None and referral.provider_id not in providers:
                providers[referral.provider_id] = directory.get(referral.provider_id)
    return providers


def latest_plan(
    db: Database,
    assessment: AssessmentData,
    classification: Classification,
    actor: str | Actor | None = None,
) -> tuple[PlanView, dict[int, ProviderView]] | None:
    """The plan a parents' summary of `assessment` tells about: the newest plan made from
    this assessment, else the child's newest plan that is not closed and starts on or after
    the assessment; None when there is none or it holds nothing yet (only suggestions)."""
    who = acting(actor)
    plans = PlansService(db, who, classification).for_child(assessment.child.id)
    chosen = [p for p in plans if p.assessment_id == assessment.assessment.id] or [
        p for p in plans if p.status != "closed" and p.starts_on >= assessment.assessed_on
    ]
    chosen = [p for p in chosen if any(i.in_plan for i in p.items)]
    if not chosen:
        return None
    plan = chosen[-1]
    return plan, _providers(db, plan, classification, who)


def item_text(item: ItemView, lang: str) -> str:
    """An item's wording in the document's language: a suggestion accepted as it was has
    the rule's wording in both languages; a changed or own item reads as the team wrote it."""
    if item.status == "accepted" and item.suggested_text and item.suggested_text.get(lang):
        return item.suggested_text[lang]
    return item.text


def item_scale(item: ItemView, lang: str) -> list[str]:
    """A goal's five level descriptions, in the document's language when they are the
    default ones made from the baseline and target."""
    scale = item.scale or []
    if item.baseline is not None and item.target is not None and item.target <= item.baseline:
        defaults = default_scale(item.baseline, item.target)
        if any(scale == texts for texts in defaults.values()):
            return defaults[lang]
    return scale


def level_text(category: str | None, value: int | None, lang: str) -> str:
    """A qualifier in words, on the scale of the goal's component."""
    if value is None:
        return "–"
    scale = IMPAIRMENT if category and category[0] in "bs" else DIFFICULTY
    item = scale.get(value)
    return f"{value} – {item.label[lang]}" if item else str(value)


def _responsible(item: ItemView, lang: str) -> str:
    who = ", ".join(x for x in (item.responsible_person, item.responsible_institution) if x)
    return who or T[lang]["to_agree"]


def _with_referrals(item: ItemView, lang: str) -> str:
    lines = [esc(item_text(item, lang))]
    for referral in item.referrals:
        lines.append(
            f"<font color='#5d6b73' size='7.5'>"
            f"{esc(T[lang]['referred'].format(name=referral.provider_name))}</font>"
        )
    return "<br/>".join(lines)


def _goals_table(data: PlanData, items: list[ItemView], st: Styles, lang: str) -> Flowable:
    t = T[lang]
    rows = []
    for item in items:
        category = (
            f"<b>{esc(item.category)}</b><br/>{esc(data.titles.get(item.category, ''))}"
            if item.category
            else "–"
        )
        levels = (
            f"{esc(t['baseline'])}: {esc(level_text(item.category, item.baseline, lang))}<br/>"
            f"{esc(t['target'])}: {esc(level_text(item.category, item.target, lang))}"
        )
        rows.append(
            [
                Paragraph(category, st.cell),
                Paragraph(_with_referrals(item, lang), st.cell),
                Paragraph(levels, st.cell),
                long_date(item.deadline, lang) if item.deadline else t["to_agree"],
                _responsible(item, lang),
                item.methods or "",
            ]
        )
    widths = [27 * mm, 42 * mm, 27 * mm, 19 * mm, 25 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header = [
        t["col_category"],
        t["col_goal"],
        t["col_levels"],
        t["col_deadline"],
        t["col_responsible"],
        t["col_methods"],
    ]
    return data_table(header, rows, widths, st)


def _period(item: ItemView, plan: PlanView, lang: str) -> str:
    t = T[lang]
    if item.deadline is not None and item.deadline < plan.ends_on:
        return t["until"].format(date=long_date(item.deadline, lang))
    return t["whole_period"]


def _actions_table(data: PlanData, items: list[ItemView], st: Styles, lang: str) -> Flowable:
    """Adaptations, forms of help, support for parents or other sectors' actions: the
    first column says what kind (area, form or sector) when the items have one."""
    t = T[lang]
    plan = data.plan
    kinds = {i.kind for i in items}
    first: tuple[str, dict[str, dict[str, str]]] | None = None
    if kinds == {"help"}:
        first = (t["col_form"], HELP_FORMS)
    elif kinds == {"adaptation"}:
        first = (t["col_area"], ADAPTATION_AREAS)
    elif kinds == {"sector"}:
        first = (t["col_sector"], SECTORS)
    rows = []
    for item in items:
        row: list[object] = []
        if first is not None:
            key = item.form or item.area or item.sector or ""
            row.append(first[1].get(key, {}).get(lang, ""))
        row += [
            Paragraph(_with_referrals(item, lang), st.cell),
            _responsible(item, lang),
            _period(item, plan, lang),
        ]
        rows.append(row)
    action = t["col_extent"] if kinds == {"help"} else t["col_action"]
    header = [action, t["col_responsible"], t["col_period"]]
    widths = [34 * mm, 30 * mm]
    if first is not None:
        header.insert(0, first[0])
        main = FRAME_WIDTH - 42 * mm - sum(widths)
        widths = [42 * mm, main, *widths]
    else:
        widths = [FRAME_WIDTH - sum(widths), *widths]
    return data_table(header, rows, widths, st)


def _intensity(data: PlanData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    plan = data.plan
    story: list[Flowable] = [Paragraph(esc(t["intensity"]), st.h1)]
    if plan.intensity:
        level = LEVELS.get(plan.intensity, {}).get(lang, plan.intensity)
        story.append(Paragraph(esc(t["intensity_chosen"].format(level=level)), st.body))
    if plan.suggested_intensity and plan.suggested_intensity != plan.intensity:
        level = LEVELS.get(plan.suggested_intensity, {}).get(lang, plan.suggested_intensity)
        story.append(Paragraph(esc(t["intensity_suggested"].format(level=level)), st.body))
    if plan.family_motivation and plan.family_resources and plan.intensity:
        work = FAMILY_LEVELS.get(plan.intensity, {}).get(lang, "")
        story.append(
            Paragraph(
                esc(
                    t["intensity_family"].format(
                        motivation=GRADES[lang].get(plan.family_motivation, ""),
                        resources=GRADES[lang].get(plan.family_resources, ""),
                        work=work,
                    )
                ),
                st.body,
            )
        )
    if plan.intensity_reasons:
        story.append(Paragraph(esc(t["intensity_reasons"]), st.lead))
        for reason in plan.intensity_reasons:
            text = reason.get(lang) or reason.get("pl", "")
            story.append(Paragraph(esc(text), st.bullet, bulletText="•"))
    return story


def _referrals(data: PlanData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    rows = []
    for item in data.plan.items:
        if not item.in_plan:
            continue
        for referral in item.referrals:
            provider = data.providers.get(referral.provider_id or -1)
            contact = []
            hours = ""
            if provider is not None:
                contact = [provider.address, provider.phone or "", provider.email or ""]
                hours = provider.opening_hours or ""
            when = t["referred_on"].format(date=long_date(referral.referred_on, lang))
            rows.append(
                [
                    Paragraph(
                        f"<b>{esc(referral.provider_name)}</b><br/>"
                        f"<font color='#5d6b73' size='7.5'>{esc(when)}</font>",
                        st.cell,
                    ),
                    Paragraph("<br/>".join(esc(c) for c in contact if c), st.cell),
                    hours,
                    item_text(item, lang),
                ]
            )
    if not rows:
        return []
    widths = [48 * mm, 46 * mm, 28 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header = [t["col_provider"], t["col_contact"], t["col_hours"], t["col_for"]]
    return [
        CondPageBreak(40 * mm),
        Paragraph(esc(t["referrals"]), st.h1),
        Paragraph(esc(t["referrals_note"]), st.note),
        data_table(header, rows, widths, st),
    ]


def _scales(data: PlanData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    goals = [g for g in data.plan.goals if g.scale]
    if not goals:
        return []
    rows = []
    for goal in goals:
        label = (
            f"<b>{esc(goal.category)}</b> {esc(data.titles.get(goal.category, ''))}"
            if goal.category
            else esc(item_text(goal, lang)[:60])
        )
        rows.append([Paragraph(label, st.cell), *item_scale(goal, lang)])
    widths = [30 * mm] + [(FRAME_WIDTH - 30 * mm) / 5] * 5
    header = [t["col_goal"], *LEVEL_SIGNS]
    return [
        CondPageBreak(40 * mm),
        Paragraph(esc(t["scales"]), st.h1),
        Paragraph(esc(t["scales_note"]), st.note),
        data_table(header, rows, widths, st),
    ]


def _review_dates(data: PlanData, st: Styles, lang: str) -> list[Flowable]:
    t = T[lang]
    held = {r.id: r for r in data.reviews}
    rows = []
    for due_on, review_id in data.plan.review_dates:
        review = held.get(review_id) if review_id is not None else None
        state = (
            t["review_done"].format(date=long_date(review.reviewed_on, lang))
            if review is not None
            else t["review_planned"]
        )
        rows.append([long_date(due_on, lang), state])
    if not rows:
        return []
    table = data_table([t["col_due"], t["col_state"]], rows, [45 * mm, 70 * mm], st)
    table.hAlign = "LEFT"
    return [keep(Paragraph(esc(t["reviews"]), st.h1), table)]


def signature_block(
    people: list[tuple[str, str]], title: str, st: Styles, lang: str, note: str | None = None
) -> Flowable:
    """Room to sign above a line; the name and role below. Two people to a row."""
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
        grid.append([Spacer(1, 15 * mm) for _ in group] + [""] * (per_row - len(group)))
        grid.append(
            [
                [
                    Paragraph(esc(name) or "&nbsp;", st.cell_bold),
                    Paragraph(
                        esc(", ".join(x for x in (role, T[lang]["signature"]) if x)), st.small
                    ),
                ]
                for name, role in group
            ]
            + [""] * (per_row - len(group))
        )
        for column in range(len(group)):
            commands.append(("LINEBELOW", (column, space_row), (column, space_row), 0.6, MUTED))
    table = Table(grid, colWidths=[width] * per_row)
    table.setStyle(TableStyle(commands))
    head: list[Flowable] = [Paragraph(esc(title), st.h1)]
    if note:
        head.append(Paragraph(esc(note), st.note))
    return keep(*head, table)


def _signatures(data: PlanData, st: Styles, lang: str) -> Flowable:
    t = T[lang]
    people = [(a.name, a.profession or "") for a in data.authors]
    guardians = [(g.name, t["parent"]) for g in data.guardians] or [("", t["parent"])]
    people += guardians
    if data.plan.kind == "ipet":
        people += [("", t["team"]), ("", t["head"])]
    elif any(i.in_plan and i.sector == "social_welfare" for i in data.plan.items):
        people.append(("", t["family_worker"]))
    if not data.authors:
        people.insert(0, ("", ""))
    return signature_block(people, t["signatures"], st, lang, t["agreed"])


def header_pairs(data: PlanData, privacy: Privacy, lang: str) -> list[tuple[str, str]]:
    t = T[lang]
    child = data.child
    plan = data.plan
    name = child_name(child.given_names, child.surname, privacy)
    pairs = [(t["child"], name or t["child_none"])]
    if name is not None and privacy.birth is BirthShown.DATE:
        pairs.append((t["born"], long_date(child.birth_date, lang)))
    else:
        pairs.append((t["age"], age_text(child.birth_date, plan.starts_on, lang)))
    if name is not None:
        pairs.append((t["school"], ", ".join(x for x in (child.school, child.class_name) if x)))
    pairs.append(
        (
            t["period"],
            t["period_value"].format(
                start=long_date(plan.starts_on, lang), end=long_date(plan.ends_on, lang)
            ),
        )
    )
    if data.assessment is not None:
        pairs.append(
            (
                t["based_on"],
                t["based_on_value"].format(date=long_date(data.assessment.assessed_on, lang)),
            )
        )
    pairs.append((t["institution"], data.institution or ""))
    authors = [f"{a.name}{f' ({a.profession})' if a.profession else ''}" for a in data.authors]
    pairs.append((t["authors"], "; ".join(authors)))
    return pairs


def plan_story(data: PlanData, privacy: Privacy, lang: str) -> list[Flowable]:
    t = T[lang]
    st = styles(9)
    plan = data.plan
    title = plan_title(plan, lang)
    story: list[Flowable] = [Paragraph(esc(title), st.title)]
    kind = KIND_NAMES[lang].get(plan.kind, plan.kind)
    if not kind.startswith(title):
        story.append(Paragraph(esc(kind), st.subtitle))
    if plan.status == "draft":
        story.append(Paragraph(f"<b>{esc(t['draft'])}</b>", st.note))
    story.append(Spacer(1, 4 * mm))
    story.append(key_value_table(header_pairs(data, privacy, lang), st, 40 * mm))
    story.extend(_intensity(data, st, lang))

    for number, (key, heading, items) in enumerate(plan.sections(), start=1):
        story.append(CondPageBreak(35 * mm))
        story.append(Paragraph(f"{number}. {esc(heading.get(lang) or heading['pl'])}", st.h1))
        if not items:
            story.append(Paragraph(esc(t["empty_section"]), st.note))
        elif key == "goals":
            story.append(_goals_table(data, items, st, lang))
        else:
            story.append(_actions_table(data, items, st, lang))

    story.extend(_referrals(data, st, lang))
    story.extend(_scales(data, st, lang))
    story.extend(_review_dates(data, st, lang))
    story.append(Spacer(1, 4 * mm))
    story.append(_signatures(data, st, lang))
    return story


def document_meta(
    data: PlanData, title: str, subject: str, privacy: Privacy, lang: str, confidential: bool
) -> DocumentMeta:
    name = child_name(data.child.given_names, data.child.surname, privacy)
    return DocumentMeta(
        title=f"{title}{f' – {name}' if name else ''}",
        subject=subject,
        author="; ".join(a.name for a in data.authors) or (data.institution or "ICF Assess"),
        lang=lang,
        header_left=data.institution or "",
        header_right=f"{name}, {title}" if name else title,
        confidential=confidential,
        keywords="ICF, plan wsparcia, IPET" if lang == "pl" else "ICF, support plan, IPET",
    )


def write_plan(
    data: PlanData,
    out: Path | BinaryIO,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
    confidential: bool = False,
) -> Path | BinaryIO:
    privacy = privacy or Privacy()
    title = plan_title(data.plan, lang)
    meta = document_meta(data, title, T[lang]["subject"], privacy, lang, confidential)
    return render(plan_story(data, privacy, lang), meta, out)
