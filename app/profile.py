"""The functioning profile of an assessment, as data (no drawing library, no Qt).

The PDF documents draw it with reportlab and the GUI draws the same rows with Qt. A row is
one rated category, in the order of the classification (components b, s, d, e; chapters
and codes in tree order), with the first qualifier as the bar's length: 0-4 impairment
(b, s), limitation (d: performance), barrier (e, drawn on the right of zero) or
facilitator (e, drawn on the left of zero). Ratings 8 (not specified) and 9 (not
applicable) have no length: `value` is None and the row is listed but not drawn.

Which rating represents the assessment for a category: the consensus the specialist settled
on, else the specialist's own, else the teacher's, the parent's, the student's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from icf.classification import Classification
from icf.components import Component, category_chapter
from icf.grammar import CodedExpression

#: which informant's rating stands for the assessment, best first
SETTLED_ORDER = ("consensus", "specialist", "teacher", "parent", "student")
COMPONENT_ORDER = {"b": 0, "s": 1, "d": 2, "e": 3}


class Kind(StrEnum):
    IMPAIRMENT = "impairment"  # body functions and structures
    LIMITATION = "limitation"  # activities and participation
    BARRIER = "barrier"
    FACILITATOR = "facilitator"


class Change(StrEnum):
    IMPROVED = "improved"
    WORSE = "worse"
    UNCHANGED = "unchanged"
    NEW = "new"  # rated only in the later assessment
    DROPPED = "dropped"  # rated only in the earlier assessment
    NOT_COMPARABLE = "not_comparable"  # 8 or 9 on one side


@dataclass(frozen=True)
class ProfileRow:
    component: str  # b, s, d, e
    chapter: str  # e.g. d1
    chapter_title: str
    code: str
    title: str
    kind: Kind
    #: the first qualifier 0-4, None for 8 (not specified) / 9 (not applicable)
    value: int | None
    #: activities: the capacity qualifier (second position) when rated and 0-4
    capacity: int | None
    expression: str
    informant: str

    @property
    def signed(self) -> int | None:
        """The bar on one axis: facilitators negative, everything else positive."""
        if self.value is None:
            return None
        return -self.value if self.kind is Kind.FACILITATOR else self.value


def settled(
    ratings: Iterable[tuple[str, CodedExpression]],
) -> dict[str, tuple[str, CodedExpression]]:
    """From (informant, rating) pairs: code -> (informant, rating) of the one that counts."""
    rank = {name: i for i, name in enumerate(SETTLED_ORDER)}
    best: dict[str, tuple[str, CodedExpression]] = {}
    for informant, expression in ratings:
        code = expression.code.text
        current = best.get(code)
        if current is None or rank.get(informant, 99) < rank.get(current[0], 99):
            best[code] = (informant, expression)
    return best


def sort_key(code: str) -> tuple[int, str]:
    # string order of codes is the tree order within a component (b1100 < b114)
    return (COMPONENT_ORDER[code[0]], code)


def _kind(expression: CodedExpression) -> Kind:
    component = expression.component
    if component is Component.ENVIRONMENTAL_FACTORS:
        return Kind.FACILITATOR if expression.facilitator else Kind.BARRIER
    if component is Component.ACTIVITIES_PARTICIPATION:
        return Kind.LIMITATION
    return Kind.IMPAIRMENT


def _graded(value: int | None) -> int | None:
    return value if value is not None and 0 <= value <= 4 else None


def profile_rows(
    ratings: Mapping[str, tuple[str, CodedExpression]],
    classification: Classification,
    lang: str = "pl",
) -> list[ProfileRow]:
    """Ordered rows from code -> (informant, rating), e.g. the result of `settled`."""
    rows = []
    for code in sorted(ratings, key=sort_key):
        informant, expression = ratings[code]
        entry = classification.get(code)
        chapter = category_chapter(code)
        chapter_entry = classification.get(chapter)
        capacity = None
        if expression.component is Component.ACTIVITIES_PARTICIPATION:
            capacity = _graded(expression.qualifiers[1] if len(expression.qualifiers) > 1 else None)
        rows.append(
            ProfileRow(
                component=code[0],
                chapter=chapter,
                chapter_title=chapter_entry.title_in(lang) if chapter_entry else chapter,
                code=code,
                title=entry.title_in(lang) if entry else code,
                kind=_kind(expression),
                value=_graded(expression.first),
                capacity=capacity,
                expression=expression.format(),
                informant=informant,
            )
        )
    return rows


@dataclass(frozen=True)
class ChangeRow:
    code: str
    title: str
    before: ProfileRow | None
    after: ProfileRow | None
    change: Change
    #: after - before on the signed axis (negative: better), None when not comparable
    delta: int | None


def compare_profiles(before: list[ProfileRow], after: list[ProfileRow]) -> list[ChangeRow]:
    """Per category of either profile: improved (less difficulty or barrier, or more
    facilitation), worse, unchanged, new, dropped or not comparable (8/9 on one side)."""
    old = {r.code: r for r in before}
    new = {r.code: r for r in after}
    rows = []
    for code in sorted(set(old) | set(new), key=sort_key):
        a, b = old.get(code), new.get(code)
        title = (b or a).title  # type: ignore[union-attr]
        if a is None:
            rows.append(ChangeRow(code, title, a, b, Change.NEW, None))
            continue
        if b is None:
            rows.append(ChangeRow(code, title, a, b, Change.DROPPED, None))
            continue
        if a.signed is None or b.signed is None:
            rows.append(ChangeRow(code, title, a, b, Change.NOT_COMPARABLE, None))
            continue
        delta = b.signed - a.signed
        change = Change.UNCHANGED if delta == 0 else Change.IMPROVED if delta < 0 else Change.WORSE
        rows.append(ChangeRow(code, title, a, b, change, delta))
    return rows
