"""The functioning profile of an assessment, in the manner of the ICF Categorical Profile: one
row per rated category, grouped by component and chapter, with a signed value — difficulty
(impairment, limitation, barrier) to the right of zero, facilitators to the left — and the
comparison of two profiles of the same child (what improved, what got worse).

Pure data: the window's chart and the PDF documents draw the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from icf.classification import Classification
from icf.components import Component
from icf.grammar import CodedExpression

COMPONENT_ORDER = {
    Component.BODY_FUNCTIONS: 0,
    Component.BODY_STRUCTURES: 1,
    Component.ACTIVITIES_PARTICIPATION: 2,
    Component.ENVIRONMENTAL_FACTORS: 3,
}


@dataclass(frozen=True)
class ProfileRow:
    code: str
    title: str
    component: Component
    chapter: str  # the chapter's code, e.g. "d1"
    chapter_title: str
    expression: CodedExpression
    value: int | None  # -4..4: facilitators negative; None for 8/9 or no first qualifier
    capacity: int | None  # activities: the capacity qualifier, when rated

    @property
    def specified(self) -> bool:
        return self.value is not None


def signed_value(expression: CodedExpression) -> int | None:
    value = expression.first
    if value is None or value > 4:
        return None
    return -value if expression.facilitator else value


def profile(
    results: Mapping[str, CodedExpression], classification: Classification, lang: str
) -> list[ProfileRow]:
    rows = []
    for code, expression in results.items():
        entry = classification.get(code)
        chapter = classification.chapter_of(code)
        capacity = None
        if expression.component is Component.ACTIVITIES_PARTICIPATION:
            qualifiers = expression.qualifiers
            capacity = qualifiers[1] if len(qualifiers) > 1 else None
            if capacity is not None and capacity > 4:
                capacity = None
        rows.append(
            ProfileRow(
                code=code,
                title=entry.title_in(lang) if entry else code,
                component=expression.component,
                chapter=chapter.code if chapter else code[:2],
                chapter_title=chapter.title_in(lang) if chapter else "",
                expression=expression,
                value=signed_value(expression),
                capacity=capacity,
            )
        )
    return sorted(rows, key=lambda r: (COMPONENT_ORDER[r.component], r.chapter, r.code))


class Change(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    NEW = "new"  # rated only in the later assessment
    GONE = "gone"  # rated only in the earlier one


@dataclass(frozen=True)
class ProfileChange:
    code: str
    title: str
    before: int | None
    after: int | None
    change: Change


def compare_profiles(earlier: list[ProfileRow], later: list[ProfileRow]) -> list[ProfileChange]:
    """Category by category: lower difficulty (or a stronger facilitator) is better."""
    before = {r.code: r for r in earlier}
    after = {r.code: r for r in later}
    order = [r.code for r in later] + [r.code for r in earlier if r.code not in after]
    changes = []
    for code in order:
        old, new = before.get(code), after.get(code)
        title = (new or old).title  # type: ignore[union-attr]
        a = old.value if old else None
        b = new.value if new else None
        if a is None and b is None:
            continue
        if a is None:
            kind = Change.NEW
        elif b is None:
            kind = Change.GONE
        elif b < a:
            kind = Change.BETTER
        elif b > a:
            kind = Change.WORSE
        else:
            kind = Change.SAME
        changes.append(ProfileChange(code, title, a, b, kind))
    return changes
