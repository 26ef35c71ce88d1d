"""The four coded components of ICF and the shape of their codes."""

from __future__ import annotations

import re
from enum import StrEnum


class Component(StrEnum):
    BODY_FUNCTIONS = "b"
    BODY_STRUCTURES = "s"
    ACTIVITIES_PARTICIPATION = "d"
    ENVIRONMENTAL_FACTORS = "e"

    @classmethod
    def of(cls, code: str) -> Component:
        return cls(code[0])

    @property
    def titles(self) -> dict[str, str]:
        return dict(_TITLES[self])


_TITLES: dict[Component, dict[str, str]] = {
    Component.BODY_FUNCTIONS: {"pl": "Funkcje ciała", "en": "Body functions"},
    Component.BODY_STRUCTURES: {"pl": "Struktury ciała", "en": "Body structures"},
    Component.ACTIVITIES_PARTICIPATION: {
        "pl": "Aktywność i uczestniczenie",
        "en": "Activities and participation",
    },
    Component.ENVIRONMENTAL_FACTORS: {"pl": "Czynniki środowiskowe", "en": "Environmental factors"},
}

# Shapes of codes by kind of entry.
COMPONENT_RE = re.compile(r"[bsde]")
CHAPTER_RE = re.compile(r"[bsde][1-9]")
BLOCK_RE = re.compile(r"([bsde])(\d{3})-\1(\d{3})")
CATEGORY_RE = re.compile(r"[bsde]\d{3,5}")

# Category level by number of digits (ICF calls 3 digits the second level).
LEVEL_BY_DIGITS = {3: 2, 4: 3, 5: 4}


def category_level(code: str) -> int:
    """2, 3 or 4 for a category code; the caller guarantees the code's shape."""
    return LEVEL_BY_DIGITS[len(code) - 1]


def category_chapter(code: str) -> str:
    return code[:2]


def in_block(code: str, block: str) -> bool:
    """Whether a category code (any level) falls in a block range such as b110-b139."""
    match = BLOCK_RE.fullmatch(block)
    if not match or code[0] != match.group(1):
        return False
    number = int(code[1:4])
    return int(match.group(2)) <= number <= int(match.group(3))
