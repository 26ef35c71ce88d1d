"""Qualifier scales of ICF with their meanings in Polish and English.

The generic scale (extent of a problem) is shared by all components; body structures add
the nature and the location of the change; environmental factors read the generic scale as
a barrier (after “.”) or a facilitator (after “+”).
"""

from __future__ import annotations

from dataclasses import dataclass

from icf.components import Component


@dataclass(frozen=True)
class ScaleValue:
    value: int
    label: dict[str, str]
    band: str | None = None  # percentage band, e.g. "5-24%"

    def text(self, lang: str) -> str:
        label = self.label[lang]
        return f"{label} ({self.band})" if self.band else label


@dataclass(frozen=True)
class Scale:
    key: str
    name: dict[str, str]
    values: tuple[ScaleValue, ...]

    def get(self, value: int) -> ScaleValue | None:
        for item in self.values:
            if item.value == value:
                return item
        return None

    @property
    def allowed(self) -> tuple[int, ...]:
        return tuple(item.value for item in self.values)


def _v(value: int, pl: str, en: str, band: str | None = None) -> ScaleValue:
    return ScaleValue(value, {"pl": pl, "en": en}, band)


_NOT_SPECIFIED = _v(8, "nieokreślone", "not specified")
_NOT_APPLICABLE = _v(9, "nie dotyczy", "not applicable")

GENERIC = Scale(
    "generic",
    {"pl": "stopień problemu", "en": "extent of the problem"},
    (
        _v(0, "brak problemu", "no problem", "0–4%"),
        _v(1, "niewielki problem", "mild problem", "5–24%"),
        _v(2, "umiarkowany problem", "moderate problem", "25–49%"),
        _v(3, "znaczny problem", "severe problem", "50–95%"),
        _v(4, "całkowity problem", "complete problem", "96–100%"),
        _NOT_SPECIFIED,
        _NOT_APPLICABLE,
    ),
)

IMPAIRMENT = Scale(
    "impairment",
    {"pl": "stopień upośledzenia", "en": "extent of impairment"},
    (
        _v(0, "brak upośledzenia", "no impairment", "0–4%"),
        _v(1, "niewielkie upośledzenie", "mild impairment", "5–24%"),
        _v(2, "umiarkowane upośledzenie", "moderate impairment", "25–49%"),
        _v(3, "znaczne upośledzenie", "severe impairment", "50–95%"),
        _v(4, "całkowite upośledzenie", "complete impairment", "96–100%"),
        _NOT_SPECIFIED,
        _NOT_APPLICABLE,
    ),
)

DIFFICULTY = Scale(
    "difficulty",
    {"pl": "stopień trudności", "en": "extent of difficulty"},
    (
        _v(0, "brak trudności", "no difficulty", "0–4%"),
        _v(1, "niewielka trudność", "mild difficulty", "5–24%"),
        _v(2, "umiarkowana trudność", "moderate difficulty", "25–49%"),
        _v(3, "znaczna trudność", "severe difficulty", "50–95%"),
        _v(4, "całkowita trudność", "complete difficulty", "96–100%"),
        _NOT_SPECIFIED,
        _NOT_APPLICABLE,
    ),
)

BARRIER = Scale(
    "barrier",
    {"pl": "bariera", "en": "barrier"},
    (
        _v(0, "brak bariery", "no barrier", "0–4%"),
        _v(1, "niewielka bariera", "mild barrier", "5–24%"),
        _v(2, "umiarkowana bariera", "moderate barrier", "25–49%"),
        _v(3, "znaczna bariera", "severe barrier", "50–95%"),
        _v(4, "całkowita bariera", "complete barrier", "96–100%"),
        _v(8, "bariera nieokreślona", "barrier, not specified"),
    ),
)

FACILITATOR = Scale(
    "facilitator",
    {"pl": "czynnik ułatwiający", "en": "facilitator"},
    (
        _v(0, "brak czynnika ułatwiającego", "no facilitator", "0–4%"),
        _v(1, "niewielki czynnik ułatwiający", "mild facilitator", "5–24%"),
        _v(2, "umiarkowany czynnik ułatwiający", "moderate facilitator", "25–49%"),
        _v(3, "znaczny czynnik ułatwiający", "substantial facilitator", "50–95%"),
        _v(4, "całkowity czynnik ułatwiający", "complete facilitator", "96–100%"),
        _v(8, "czynnik ułatwiający nieokreślony", "facilitator, not specified"),
    ),
)

STRUCTURE_NATURE = Scale(
    "nature",
    {"pl": "charakter zmiany", "en": "nature of the change"},
    (
        _v(0, "brak zmiany w strukturze", "no change in structure"),
        _v(1, "całkowity brak", "total absence"),
        _v(2, "częściowy brak", "partial absence"),
        _v(3, "dodatkowa część", "additional part"),
        _v(4, "nieprawidłowe wymiary", "aberrant dimensions"),
        _v(5, "nieciągłość", "discontinuity"),
        _v(6, "odchylenie od prawidłowej pozycji", "deviating position"),
        _v(
            7,
            "zmiany jakościowe w strukturze, w tym nagromadzenie płynu",
            "qualitative changes in structure, including accumulation of fluid",
        ),
        _NOT_SPECIFIED,
        _NOT_APPLICABLE,
    ),
)

STRUCTURE_LOCATION = Scale(
    "location",
    {"pl": "umiejscowienie zmiany", "en": "location of the change"},
    (
        _v(0, "więcej niż jeden obszar", "more than one region"),
        _v(1, "prawa strona", "right"),
        _v(2, "lewa strona", "left"),
        _v(3, "obie strony", "both sides"),
        _v(4, "przód", "front"),
        _v(5, "tył", "back"),
        _v(6, "bliższy", "proximal"),
        _v(7, "dalszy", "distal"),
        _NOT_SPECIFIED,
        _NOT_APPLICABLE,
    ),
)


@dataclass(frozen=True)
class Position:
    """One qualifier position of a component: its name and the scale it takes."""

    key: str
    name: dict[str, str]
    scale: Scale


def _p(key: str, pl: str, en: str, scale: Scale) -> Position:
    return Position(key, {"pl": pl, "en": en}, scale)


POSITIONS: dict[Component, tuple[Position, ...]] = {
    Component.BODY_FUNCTIONS: (
        _p("extent", "stopień upośledzenia", "extent of impairment", IMPAIRMENT),
    ),
    Component.BODY_STRUCTURES: (
        _p("extent", "stopień upośledzenia", "extent of impairment", IMPAIRMENT),
        _p("nature", "charakter zmiany", "nature of the change", STRUCTURE_NATURE),
        _p("location", "umiejscowienie", "location", STRUCTURE_LOCATION),
    ),
    Component.ACTIVITIES_PARTICIPATION: (
        _p("performance", "wykonanie", "performance", DIFFICULTY),
        _p("capacity", "zdolność bez pomocy", "capacity without assistance", DIFFICULTY),
        _p("capacity_assisted", "zdolność z pomocą", "capacity with assistance", DIFFICULTY),
        _p(
            "performance_unassisted",
            "wykonanie bez pomocy",
            "performance without assistance",
            DIFFICULTY,
        ),
    ),
    Component.ENVIRONMENTAL_FACTORS: (
        _p("environment", "bariera lub czynnik ułatwiający", "barrier or facilitator", BARRIER),
    ),
}


def positions(component: Component) -> tuple[Position, ...]:
    return POSITIONS[component]
