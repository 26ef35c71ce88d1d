"""The summary for parents: plain words, no codes, larger type.

What was found, strengths first; what helps and what gets in the way; what will be done
(a section the support plan fills in: `next_steps`); whom to contact. Categories are
grouped into areas of everyday life named in plain words, and the extent of a difficulty
is said without percentages or ICF terms. The family and its attitudes are never listed
as something that "gets in the way": that is for a conversation, not for a letter
(`PRIVATE_BARRIERS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.documents.assessment_data import AssessmentData
from app.documents.base import (
    DocumentMeta,
    Styles,
    esc,
    key_value_table,
    paragraphs,
    render,
    styles,
)
from app.documents.errors import DocumentError
from app.documents.plan import item_text, latest_plan
from app.documents.texts import Identity, Privacy, child_name, long_date
from app.profile import Kind, ProfileRow

if TYPE_CHECKING:
    from app.services.directory import ProviderView
    from app.services.plans import PlanView
    from app.storage.database import Database
    from icf.classification import Classification

#: areas of everyday life by ICF chapter, in words a parent uses
AREAS = {
    "pl": {
        "b1": "myślenie, uwaga, pamięć i emocje",
        "b2": "wzrok, słuch i inne zmysły",
        "b3": "głos i mowa",
        "b4": "serce, krążenie i oddychanie",
        "b5": "jedzenie, trawienie i wzrastanie",
        "b6": "czynności fizjologiczne",
        "b7": "ruch, siła mięśni i koordynacja",
        "b8": "skóra",
        "s": "budowa ciała",
        "d1": "nauka i zdobywanie wiedzy",
        "d2": "organizowanie pracy, codzienne obowiązki i radzenie sobie ze stresem",
        "d3": "porozumiewanie się",
        "d4": "poruszanie się i sprawność rąk",
        "d5": "samoobsługa i dbanie o zdrowie",
        "d6": "prace domowe",
        "d7": "kontakty z innymi ludźmi",
        "d8": "przedszkole, szkoła i zabawa",
        "d9": "czas wolny, zainteresowania i życie w społeczności",
        "e1": "przedmioty i pomoce",
        "e2": "otoczenie: hałas, światło, przestrzeń",
        "e3": "rodzina i ludzie wokół dziecka",
        "e4": "nastawienie innych ludzi",
        "e5": "usługi i instytucje",
    },
    "en": {
        "b1": "thinking, attention, memory and emotions",
        "b2": "sight, hearing and the other senses",
        "b3": "voice and speech",
        "b4": "heart, circulation and breathing",
        "b5": "eating, digestion and growth",
        "b6": "bodily functions",
        "b7": "movement, muscle strength and coordination",
        "b8": "skin",
        "s": "body structures",
        "d1": "learning and gaining knowledge",
        "d2": "organising work, daily routines and coping with stress",
        "d3": "communicating",
        "d4": "moving around and using the hands",
        "d5": "looking after oneself and one's health",
        "d6": "household tasks",
        "d7": "getting on with other people",
        "d8": "preschool, school and play",
        "d9": "free time, hobbies and community life",
        "e1": "things and aids",
        "e2": "surroundings: noise, light, space",
        "e3": "family and people around the child",
        "e4": "other people's attitudes",
        "e5": "services and institutions",
    },
}

#: plainer names for categories whose ICF titles read like a textbook
PLAIN_TITLES = {
    "pl": {
        "b117": "rozumowanie i rozumienie",
        "b1400": "skupianie uwagi przez dłuższy czas",
        "b144": "zapamiętywanie",
        "b147": "sprawność ruchowa i tempo ruchów",
        "b152": "przeżywanie i wyrażanie emocji",
        "b163": "myślenie i rozumienie pojęć",
        "b164": "planowanie i elastyczne myślenie",
        "b1671": "wyrażanie myśli słowami",
        "d1401": "rozpoznawanie liter i wyrazów",
        "d1500": "rozpoznawanie cyfr i znaków",
        "d1660": "technika czytania",
        "d1700": "technika pisania",
        "d2102": "samodzielna praca nad zadaniem",
        "d2401": "radzenie sobie ze stresem",
        "d310": "rozumienie tego, co mówią inni",
        "d3101": "rozumienie prostych wypowiedzi",
        "d3102": "rozumienie złożonych wypowiedzi",
        "d7504": "koleżeńskie relacje z rówieśnikami",
        "d720": "nawiązywanie i utrzymywanie relacji",
        "d820": "nauka w szkole",
        "d815": "chodzenie do przedszkola",
        "e125": "pomoce do porozumiewania się",
        "e1251": "pomoce do porozumiewania się",
        "e130": "pomoce do nauki",
        "e1301": "specjalne pomoce do nauki",
        "e310": "najbliższa rodzina",
        "e325": "koledzy, rówieśnicy i sąsiedzi",
        "e330": "nauczyciele i inni dorośli, którzy kierują pracą dziecka",
        "e355": "lekarze, terapeuci i inni specjaliści",
        "e360": "specjaliści w szkole i poradni",
        "e410": "nastawienie najbliższej rodziny",
        "e420": "nastawienie przyjaciół",
        "e425": "nastawienie kolegów i rówieśników",
        "e585": "szkoła i system edukacji",
        "e580": "opieka zdrowotna",
    },
    "en": {},
}

#: family (e310, e315) and family attitudes (e410, e415), with their subcategories
PRIVATE_BARRIERS = ("e310", "e315", "e410", "e415")

SEVERITY = {
    "pl": {
        1: "niewielkie trudności",
        2: "wyraźne trudności",
        3: "duże trudności",
        4: "bardzo duże trudności",
    },
    "en": {
        1: "slight difficulties",
        2: "clear difficulties",
        3: "considerable difficulties",
        4: "very considerable difficulties",
    },
}
HELPS = {
    "pl": {1: "trochę pomaga", 2: "pomaga", 3: "bardzo pomaga", 4: "bardzo pomaga"},
    "en": {1: "helps a little", 2: "helps", 3: "helps a lot", 4: "helps a lot"},
}
HINDERS = {
    "pl": {1: "trochę utrudnia", 2: "utrudnia", 3: "bardzo utrudnia", 4: "bardzo utrudnia"},
    "en": {
        1: "gets in the way a little",
        2: "gets in the way",
        3: "gets in the way a lot",
        4: "gets in the way a lot",
    },
}

T = {
    "pl": {
        "title": "Informacja dla rodziców",
        "subtitle": "Podsumowanie oceny funkcjonowania dziecka",
        "draft": "WERSJA ROBOCZA – ocena nie została jeszcze zatwierdzona",
        "subject": "Podsumowanie oceny funkcjonowania dziecka dla rodziców",
        "child": "Dziecko",
        "date": "Data oceny",
        "institution": "Placówka",
        "greeting": "Szanowni Państwo,",
        "when": "Dnia {date}",
        "intro": "{when} specjaliści {who} przyjrzeli się temu, jak {child} radzi sobie na co "
        "dzień: w nauce, w kontaktach z innymi, w samodzielnych czynnościach. Korzystaliśmy z "
        "{sources}. Poniżej opisujemy najważniejsze wnioski prostymi słowami.",
        "intro_child_named": "{name}",
        "intro_child_none": "Państwa dziecko",
        "who_default": "poradni",
        "others_default": "nauczycieli",
        "strengths": "Mocne strony",
        "strengths_intro": "Dobrze radzi sobie w tych sprawach:",
        "interests": "Zainteresowania",
        "helps": "Co pomaga",
        "needs": "W czym potrzebna jest pomoc",
        "needs_intro": "Najwięcej wsparcia potrzeba w tych sprawach (najpierw te najważniejsze):",
        "needs_none": "Nie stwierdziliśmy trudności, które wymagałyby szczególnego wsparcia.",
        "hinders": "Co utrudnia",
        "hinders_intro": "Te okoliczności – często ich brak albo niedopasowanie do potrzeb "
        "dziecka – utrudniają mu codzienne funkcjonowanie:",
        "next": "Co dalej",
        "next_default": "Na podstawie tej oceny zespół przygotuje plan wsparcia: napiszemy w nim, "
        "kto, jak i jak często będzie pomagać dziecku, oraz kiedy sprawdzimy, co się "
        "zmieniło. Plan omówimy z Państwem przed jego rozpoczęciem, a Państwa uwagi są dla "
        "nas bardzo ważne.",
        "contact": "Kontakt",
        "contact_intro": "Jeśli coś w tej informacji jest niejasne albo chcą Państwo "
        "porozmawiać o dziecku, prosimy o kontakt:",
        "closing": "Dziękujemy za współpracę.",
        "contact_network": "Dziecko lub rodzinę skierowaliśmy też do tych instytucji:",
        "plan_intro": "Przygotowaliśmy plan wsparcia dziecka na czas od {start} do {end}.",
        "plan_goals": "Nad czym będziemy pracować:",
        "plan_help": "Zajęcia i pomoc dla dziecka:",
        "plan_school": "Co zmieni się w przedszkolu lub szkole:",
        "plan_parents": "Wsparcie dla Państwa:",
        "plan_others": "Pomoc innych instytucji:",
        "plan_by": "prowadzi: {who}",
        "plan_reviews": "Postępy sprawdzimy {dates} i omówimy je z Państwem. Jeśli coś będzie "
        "wymagało zmiany wcześniej, prosimy o kontakt.",
        "and": " i ",
    },
    "en": {
        "title": "Information for parents",
        "subtitle": "Summary of the assessment of your child's functioning",
        "draft": "DRAFT – the assessment has not been finalised yet",
        "subject": "Summary of a child's functional assessment for parents",
        "child": "Child",
        "date": "Date of assessment",
        "institution": "Institution",
        "greeting": "Dear Parents,",
        "when": "On {date},",
        "intro": "{when} the specialists of {who} looked at how {child} copes day to day: with "
        "learning, with other people and with doing things on their own. We drew on {sources}. "
        "Below we describe the main findings in plain words.",
        "intro_child_named": "{name}",
        "intro_child_none": "your child",
        "who_default": "the counselling centre",
        "others_default": "teachers",
        "strengths": "Strengths",
        "strengths_intro": "Copes well with:",
        "interests": "Interests",
        "helps": "What helps",
        "needs": "Where help is needed",
        "needs_intro": "Support is needed most with (the most important first):",
        "needs_none": "We found no difficulties that would call for particular support.",
        "hinders": "What gets in the way",
        "hinders_intro": "These circumstances – often their absence or a poor fit with your "
        "child's needs – make everyday life harder:",
        "next": "What happens next",
        "next_default": "Based on this assessment the team will prepare a support plan: who "
        "will help your child, how and how often, and when we will check what has changed. "
        "We will talk the plan over with you before it starts; your views matter to us.",
        "contact": "Contact",
        "contact_intro": "If anything here is unclear or you would like to talk about your "
        "child, please contact:",
        "closing": "Thank you for working with us.",
        "contact_network": "We have also referred your child or family to:",
        "plan_intro": "We have prepared a support plan for your child for the time from {start} "
        "to {end}.",
        "plan_goals": "What we will work on:",
        "plan_help": "Classes and help for your child:",
        "plan_school": "What will change at preschool or school:",
        "plan_parents": "Support for you:",
        "plan_others": "Help from other institutions:",
        "plan_by": "led by: {who}",
        "plan_reviews": "We will check progress on {dates} and talk it over with you. If "
        "anything needs changing sooner, please contact us.",
        "and": " and ",
    },
}

SOURCES = {
    "pl": {
        "parent": "rozmów z Państwem",
        "observation": "obserwacji",
        "teacher": "informacji od nauczycieli",
        "student": "rozmowy z dzieckiem",
        "and": " i ",
    },
    "en": {
        "parent": "conversations with you",
        "observation": "observation",
        "teacher": "information from teachers",
        "student": "a conversation with your child",
        "and": " and ",
    },
}


def _sources(roles: Sequence[str], lang: str) -> str:
    words = SOURCES[lang]
    parts = [words["parent"]] if "parent" in roles else []
    parts.append(words["observation"])
    parts += [words[r] for r in ("teacher", "student") if r in roles]
    return ", ".join(parts[:-1]) + words["and"] + parts[-1] if len(parts) > 1 else parts[0]


def area_of(row: ProfileRow, lang: str) -> str:
    key = "s" if row.component == "s" else row.chapter
    return AREAS[lang].get(key, row.chapter_title.lower())


def plain_title(row: ProfileRow, lang: str) -> str:
    plain = PLAIN_TITLES.get(lang, {}).get(row.code)
    if plain:
        return plain
    title = row.title
    return title[:1].lower() + title[1:] if title[:2] != title[:2].upper() else title


def _bullets(items: Sequence[str], st: Styles) -> list[Flowable]:
    return [Paragraph(esc(item), st.bullet, bulletText="•") for item in items]


def _grouped(rows: Sequence[ProfileRow], lang: str, words: dict[int, str] | None) -> list[str]:
    """One line per area: "area: category, category" (with the extent when given)."""
    areas: dict[str, list[str]] = {}
    for row in rows:
        text = plain_title(row, lang)
        if words is not None and row.value is not None:
            text += f" ({words[row.value]})"
        items = areas.setdefault(area_of(row, lang), [])
        if text not in items:
            items.append(text)
    return [f"{area[:1].upper()}{area[1:]}: {', '.join(items)}" for area, items in areas.items()]


def parents_story(
    data: AssessmentData,
    privacy: Privacy,
    lang: str,
    next_steps: Sequence[str | NextStep] | None,
    contacts: Sequence[str] = (),
) -> list[Flowable]:
    t = T[lang]
    st = styles(12.5)
    profile = data.profile
    view = data.assessment
    name = child_name(data.child.given_names, data.child.surname, privacy)
    story: list[Flowable] = [Paragraph(esc(t["title"]), st.title)]
    story.append(Paragraph(esc(t["subtitle"]), st.subtitle))
    if not view.is_final:
        story.append(Paragraph(f"<b>{esc(t['draft'])}</b>", st.note))
    story.append(Spacer(1, 5 * mm))
    pairs = [
        (t["child"], name or ""),
        (t["date"], long_date(view.assessed_on, lang)),
        (t["institution"], data.institution or ""),
    ]
    story.append(key_value_table(pairs, st, 38 * mm))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(esc(t["greeting"]), st.body))
    called = data.child.given_names.split()[0] if privacy.identity is Identity.FULL else None
    intro = t["intro"].format(
        when=t["when"].format(date=long_date(view.assessed_on, lang)),
        who=_genitive_institution(data.institution, lang) or t["who_default"],
        child=called or t["intro_child_none"],
        sources=_sources([r for r, _ in view.informants], lang),
    )
    story.append(Paragraph(esc(intro), st.body))

    # strengths first
    story.append(Paragraph(esc(t["strengths"]), st.h1))
    story.extend(paragraphs(view.narratives.get("strengths"), st.body))
    good = [r for r in profile if r.kind in (Kind.LIMITATION, Kind.IMPAIRMENT) and r.value == 0]
    if good:
        story.append(Paragraph(esc(t["strengths_intro"]), st.lead))
        story.extend(_bullets(_grouped(good, lang, None), st))
    if view.narratives.get("interests"):
        story.append(Paragraph(esc(t["interests"]), st.h1))
        story.extend(paragraphs(view.narratives.get("interests"), st.body))
    helps = sorted(
        (r for r in profile if r.kind is Kind.FACILITATOR and r.value),
        key=lambda r: -r.value,  # type: ignore[operator]
    )
    if helps:
        story.append(Paragraph(esc(t["helps"]), st.h1))
        story.extend(
            _bullets(
                [
                    f"{plain_title(r, lang)[:1].upper()}{plain_title(r, lang)[1:]} – "
                    f"{HELPS[lang][r.value or 1]}"
                    for r in helps
                ],
                st,
            )
        )

    story.append(Paragraph(esc(t["needs"]), st.h1))
    needs = sorted(
        (
            r
            for r in profile
            if r.kind in (Kind.LIMITATION, Kind.IMPAIRMENT) and (r.value or 0) >= 2
        ),
        key=lambda r: -(r.value or 0),
    )
    story.extend(paragraphs(view.narratives.get("difficulties"), st.body))
    if needs:
        story.append(Paragraph(esc(t["needs_intro"]), st.lead))
        story.extend(_bullets(_grouped(needs, lang, SEVERITY[lang]), st))
    elif not view.narratives.get("difficulties"):
        story.append(Paragraph(esc(t["needs_none"]), st.body))
    hinders = sorted(
        (
            r
            for r in profile
            if r.kind is Kind.BARRIER and r.value and not r.code.startswith(PRIVATE_BARRIERS)
        ),
        key=lambda r: -r.value,  # type: ignore[operator]
    )
    if hinders:
        story.append(Paragraph(esc(t["hinders"]), st.h1))
        story.append(Paragraph(esc(t["hinders_intro"]), st.lead))
        story.extend(
            _bullets(
                [
                    f"{plain_title(r, lang)[:1].upper()}{plain_title(r, lang)[1:]} – "
                    f"{HINDERS[lang][r.value or 1]}"
                    for r in hinders
                ],
                st,
            )
        )

    # the support plan fills "what will be done" through `next_steps` (see plan_next_steps)
    story.append(Paragraph(esc(t["next"]), st.h1))
    step_lead = ParagraphStyle("step_lead", parent=st.lead, spaceBefore=st.body.fontSize * 0.6)
    for step in next_steps or [t["next_default"]]:
        if isinstance(step, NextStep):
            if step.items:
                story.append(Paragraph(esc(step.lead), step_lead))
                story.extend(_bullets(step.items, st))
            else:
                spaced = ParagraphStyle("step", parent=st.body, spaceBefore=step_lead.spaceBefore)
                story.append(Paragraph(esc(step.lead), spaced))
        else:
            story.extend(paragraphs(step, st.body))

    story.append(Paragraph(esc(t["contact"]), st.h1))
    story.append(Paragraph(esc(t["contact_intro"]), st.lead))
    contact = []
    for author in data.authors:
        contact.append(author.name + (f" – {author.profession}" if author.profession else ""))
    if data.institution:
        contact.append(
            data.institution + (f", {data.institution_address}" if data.institution_address else "")
        )
    story.extend(_bullets(contact, st))
    if contacts:
        story.append(Paragraph(esc(t["contact_network"]), step_lead))
        story.extend(_bullets(contacts, st))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(esc(t["closing"]), st.body))
    return story


@dataclass(frozen=True)
class NextStep:
    """A paragraph of "what happens next": a lead sentence and, optionally, bullets."""

    lead: str
    items: list[str] = field(default_factory=list)


_CODE = re.compile(r"\s*\(?\b[bsde]\d{3,5}(?:[.+][\d_]*)?\b\)?")


def _plain(text: str) -> str:
    """A plan's wording for parents: no ICF codes (a specialist's own item may hold one)."""
    return re.sub(r"\s{2,}", " ", _CODE.sub("", text)).strip()


def _joined(items: Sequence[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + T[lang]["and"] + items[-1]


def plan_next_steps(plan: PlanView, lang: str) -> list[NextStep]:
    """What will be done, by whom and how often, from the items of a plan (never its
    pending suggestions), in plain words; the review dates last."""
    t = T[lang]
    items = [i for i in plan.items if i.in_plan]
    if not items:
        return []

    def lines(kinds: tuple[str, ...]) -> list[str]:
        out = []
        for item in items:
            if item.kind not in kinds:
                continue
            text = _plain(item_text(item, lang))
            if item.responsible_person and item.kind != "goal":
                text += f" ({t['plan_by'].format(who=item.responsible_person)})"
            if text and text not in out:
                out.append(text)
        return out

    intro = t["plan_intro"].format(
        start=long_date(plan.starts_on, lang), end=long_date(plan.ends_on, lang)
    )
    steps = [NextStep(intro.replace("r..", "r."))]
    for key, kinds in (
        ("plan_goals", ("goal",)),
        ("plan_help", ("help",)),
        ("plan_school", ("adaptation",)),
        ("plan_parents", ("parents",)),
        ("plan_others", ("sector", "action")),
    ):
        found = lines(kinds)
        if found:
            steps.append(NextStep(t[key], found))
    dates = [long_date(day, lang) for day, review in plan.review_dates if review is None]
    if dates:
        steps.append(NextStep(t["plan_reviews"].format(dates=_joined(dates[:2], lang))))
    return steps


def plan_contacts(plan: PlanView, providers: dict[int, ProviderView], lang: str) -> list[str]:
    """ "Whom to contact" from the plan's referrals: name, address, phone, opening hours."""
    out = []
    for item in plan.items:
        if not item.in_plan:
            continue
        for referral in item.referrals:
            provider = providers.get(referral.provider_id or -1)
            parts = [referral.provider_name]
            if provider is not None:
                parts.append(provider.address)
                if provider.phone:
                    parts.append(("tel. " if lang == "pl" else "phone ") + provider.phone)
                if provider.opening_hours:
                    parts.append(provider.opening_hours)
            line = ", ".join(parts)
            if line not in out:
                out.append(line)
    return out


def _genitive_institution(name: str | None, lang: str) -> str | None:
    """Polish institution names start with a noun in the nominative: "Poradnia …" becomes
    "Poradni …" after "specjaliści"; other names are left as they are, after "z placówki"."""
    if not name:
        return None
    if lang != "pl":
        return name
    first, _, rest = name.partition(" ")
    genitive = {
        "Poradnia": "Poradni",
        "Szkoła": "Szkoły",
        "Przedszkole": "Przedszkola",
        "Specjalistyczne": "Specjalistycznego",
        "Zespół": "Zespołu",
        "Centrum": "Centrum",
        "Technikum": "Technikum",
    }
    if first in genitive:
        second = rest.split(" ", 1)
        adjectives = {
            "Psychologiczno-Pedagogiczna": "Psychologiczno-Pedagogicznej",
            "Podstawowa": "Podstawowej",
            "Miejskie": "Miejskiego",
            "Samorządowe": "Samorządowego",
            "Specjalna": "Specjalnej",
        }
        if second and second[0] in adjectives:
            rest = adjectives[second[0]] + (f" {second[1]}" if len(second) > 1 else "")
        return f"{genitive[first]} {rest}".strip()
    return f"z placówki {name}"


def write_parents_summary(
    data: AssessmentData,
    out: Path | BinaryIO,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
    confidential: bool = False,
    next_steps: Sequence[str | NextStep] | None = None,
    contacts: Sequence[str] = (),
) -> Path | BinaryIO:
    privacy = privacy or Privacy()
    if not data.rated:
        raise DocumentError("no_ratings", date=data.assessed_on.isoformat())
    t = T[lang]
    name = child_name(data.child.given_names, data.child.surname, privacy)
    meta = DocumentMeta(
        title=f"{t['title']}{f' – {name}' if name else ''}",
        subject=t["subject"],
        author=data.institution or "ICF Assess",
        lang=lang,
        header_left=data.institution or "",
        header_right=t["title"],
        confidential=confidential,
    )
    return render(parents_story(data, privacy, lang, next_steps, contacts), meta, out)


def plan_extras(
    db: Database,
    data: AssessmentData,
    classification: Classification,
    lang: str,
    actor: Any = None,
) -> dict[str, Any]:
    """`next_steps` and `contacts` for `write_parents_summary` from the child's plan (the one
    `plan.latest_plan` picks), or nothing when there is no plan yet."""
    found = latest_plan(db, data, classification, actor)
    if found is None:
        return {}
    plan, providers = found
    return {
        "next_steps": plan_next_steps(plan, lang),
        "contacts": plan_contacts(plan, providers, lang),
    }
