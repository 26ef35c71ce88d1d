"""Assessment templates as data: sections of ICF items with informant wordings and rating
guidance, and the narrative parts of an assessment.

A template is identified by `id` and `version`; an assessment stores both, and the program
keeps every released version (`resources/forms/<id>/<version>.toml`), so an old assessment
always opens with the template it was made with.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from icf.components import Component

Texts = dict[str, str]


class Informant(StrEnum):
    SPECIALIST = "specialist"
    TEACHER = "teacher"
    PARENT = "parent"
    STUDENT = "student"


class QualifierForm(StrEnum):
    """What an item asks for, following its ICF component."""

    EXTENT = "extent"  # b, s: extent of impairment
    PERFORMANCE_CAPACITY = "performance_capacity"  # d: performance and capacity
    BARRIER_FACILITATOR = "barrier_facilitator"  # e: barrier or facilitator

    @classmethod
    def for_component(cls, component: Component) -> QualifierForm:
        if component is Component.ACTIVITIES_PARTICIPATION:
            return cls.PERFORMANCE_CAPACITY
        if component is Component.ENVIRONMENTAL_FACTORS:
            return cls.BARRIER_FACILITATOR
        return cls.EXTENT


#: narrative sections a template may contain (WOPFU and the regulation's wording)
NARRATIVE_IDS = (
    "strengths",  # mocne strony
    "interests",  # zainteresowania i predyspozycje
    "abilities",  # uzdolnienia
    "difficulties",  # trudności i ich przyczyny
    "barriers",  # bariery i ograniczenia, w tym środowiskowe
    "personal_factors",  # czynniki osobowe
    "support_so_far",  # ocena dotychczasowej pomocy
    "needs",  # indywidualne potrzeby rozwojowe i edukacyjne
    "conclusions",  # wnioski i zalecenia
)


@dataclass(frozen=True)
class Item:
    id: str
    code: str
    form: QualifierForm
    question: Texts  # for the specialist
    wording: dict[Informant, Texts]  # what each informant is asked
    guidance: dict[int, Texts]  # what 0..4 mean for this item at this age

    def text_for(self, informant: Informant, lang: str) -> str:
        if informant is Informant.SPECIALIST:
            return self.question.get(lang) or self.question["pl"]
        texts = self.wording[informant]
        return texts.get(lang) or texts["pl"]


@dataclass(frozen=True)
class Section:
    id: str
    title: Texts
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Narrative:
    id: str
    title: Texts
    prompt: Texts
    required: bool


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    kind: str  # an AssessmentKind value
    title: Texts
    description: Texts
    age_min: int  # years, inclusive
    age_max: int  # years, inclusive
    informants: tuple[Informant, ...]
    sections: tuple[Section, ...]
    narratives: tuple[Narrative, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def fits_age(self, years: int) -> bool:
        return self.age_min <= years <= self.age_max
