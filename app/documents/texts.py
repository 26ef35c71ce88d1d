"""Words the documents share: dates and ages in Polish and English, names of informants,
sources and kinds of assessment, and how much of a child's identity a document shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from icf.grammar import CodedExpression
from icf.qualifiers import BARRIER, FACILITATOR, positions

MONTHS_GENITIVE = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def long_date(day: date, lang: str) -> str:
    if lang == "pl":
        return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} r."
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def plural_pl(n: int, one: str, few: str, many: str) -> str:
    """Polish plural forms: 1 rok, 2-4 lata (but 12-14 lat), 5+ lat."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def age_on(born: date, on: date) -> tuple[int, int]:
    """Completed years and months."""
    months = (on.year - born.year) * 12 + on.month - born.month
    if on.day < born.day:
        months -= 1
    return divmod(max(months, 0), 12)


def age_text(born: date, on: date, lang: str) -> str:
    years, months = age_on(born, on)
    if lang == "pl":
        parts = []
        if years:
            parts.append(f"{years} {plural_pl(years, 'rok', 'lata', 'lat')}")
        if months or not years:
            parts.append(f"{months} {plural_pl(months, 'miesiąc', 'miesiące', 'miesięcy')}")
        return " i ".join(parts)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months or not years:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " and ".join(parts)


class Identity(StrEnum):
    """How a document names the child."""

    FULL = "full"  # given names and surname
    INITIALS = "initials"  # A. K.
    NONE = "none"  # not named at all


class BirthShown(StrEnum):
    DATE = "date"
    AGE = "age"  # age on the day of the assessment


@dataclass(frozen=True)
class Privacy:
    identity: Identity = Identity.FULL
    birth: BirthShown = BirthShown.DATE


def initials(given_names: str, surname: str) -> str:
    parts = [p for p in (given_names.split()[:1] + surname.split("-")) if p]
    return " ".join(f"{p[0].upper()}." for p in parts)


def child_name(given_names: str, surname: str, privacy: Privacy) -> str | None:
    if privacy.identity is Identity.FULL:
        return f"{given_names} {surname}"
    if privacy.identity is Identity.INITIALS:
        return initials(given_names, surname)
    return None


INFORMANTS = {
    "pl": {
        "specialist": "specjalista",
        "teacher": "nauczyciel",
        "parent": "rodzic",
        "student": "uczeń (samoocena)",
        "consensus": "ocena uzgodniona",
    },
    "en": {
        "specialist": "specialist",
        "teacher": "teacher",
        "parent": "parent",
        "student": "student (self-report)",
        "consensus": "agreed rating",
    },
}

SOURCES = {
    "pl": {
        "observation": "obserwacja",
        "interview": "wywiad",
        "test": "badanie narzędziem",
        "documents": "analiza dokumentacji",
    },
    "en": {
        "observation": "observation",
        "interview": "interview",
        "test": "test",
        "documents": "review of documents",
    },
}

KINDS = {
    "pl": {
        "school_functional": "Ocena funkcjonalna ucznia (OFU)",
        "wopfu": "Wielospecjalistyczna ocena poziomu funkcjonowania ucznia (WOPFU)",
        "counselling_diagnosis": "Diagnoza w poradni psychologiczno-pedagogicznej",
        "review": "Ponowna ocena funkcjonowania",
    },
    "en": {
        "school_functional": "Functional assessment of a student (OFU)",
        "wopfu": "Multi-specialist assessment of the student's functioning (WOPFU)",
        "counselling_diagnosis": "Diagnosis at the counselling centre",
        "review": "Repeated assessment of functioning",
    },
}

#: every narrative an assessment stores (forms.model.NARRATIVE_IDS), in document order
NARRATIVE_TITLES = {
    "pl": {
        "strengths": "Mocne strony",
        "interests": "Zainteresowania i predyspozycje",
        "abilities": "Uzdolnienia",
        "difficulties": "Trudności i ich przyczyny",
        "barriers": "Bariery i ograniczenia, w tym środowiskowe",
        "personal_factors": "Czynniki osobowe",
        "support_so_far": "Ocena dotychczasowej pomocy",
        "needs": "Indywidualne potrzeby rozwojowe i edukacyjne",
        "conclusions": "Wnioski i zalecenia",
    },
    "en": {
        "strengths": "Strengths",
        "interests": "Interests and predispositions",
        "abilities": "Abilities",
        "difficulties": "Difficulties and their causes",
        "barriers": "Barriers and limitations, including environmental ones",
        "personal_factors": "Personal factors",
        "support_so_far": "The help given so far",
        "needs": "Individual developmental and educational needs",
        "conclusions": "Conclusions and recommendations",
    },
}

#: "according to whom" for a rating (Polish needs the genitive)
RATED_BY = {
    "pl": {
        "specialist": "według specjalisty",
        "teacher": "według nauczyciela",
        "parent": "według rodzica",
        "student": "według ucznia (samoocena)",
        "consensus": "ocena uzgodniona przez zespół",
    },
    "en": {
        "specialist": "according to the specialist",
        "teacher": "according to the teacher",
        "parent": "according to the parent",
        "student": "according to the student (self-report)",
        "consensus": "rating agreed by the team",
    },
}


def meaning_lines(expression: CodedExpression, lang: str, bands: bool = True) -> list[str]:
    """The qualifiers in words, one line per rated position; a single-position rating
    (body functions, environmental factors) without the position's name."""
    rated = [(slot, value) for slot, value in expression.positions() if value is not None]
    lines = []
    for slot, value in rated:
        scale = (
            FACILITATOR
            if slot.key == "environment" and expression.facilitator
            else (BARRIER if slot.key == "environment" else slot.scale)
        )
        item = scale.get(value)
        words = (item.text(lang) if bands else item.label[lang]) if item else str(value)
        if len(positions(expression.component)) == 1:
            lines.append(words)
        else:
            lines.append(f"{slot.name[lang]}: {words}")
    return lines
