"""Comparing informants: each category's ratings side by side, disagreements marked, and a
suggested consensus for the specialist to accept or change.

A disagreement is a difference of 2 or more between informants' first qualifiers (ratings
8 "not specified" and 9 "not applicable" are left out), or an environmental factor that one
informant sees as a barrier and another as a facilitator. The suggestion is the median of
the informants' first qualifiers, rounded towards the greater difficulty so that a need is
not talked away; for activities the specialist's capacity rating is kept; for environmental
factors the median is taken on a scale from complete facilitator to complete barrier.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from forms.model import Item, QualifierForm, Template
from icf.grammar import CodedExpression

CONSENSUS = "consensus"
INFORMANT_ORDER = ("specialist", "teacher", "parent", "student")


@dataclass(frozen=True)
class ComparisonRow:
    code: str
    item: Item | None  # None for a category rated outside the template
    ratings: dict[str, CodedExpression]  # informant -> rating
    consensus: CodedExpression | None
    disagreement: bool
    spread: int | None  # max - min of the comparable first qualifiers
    suggestion: CodedExpression | None


def _signed(expression: CodedExpression) -> int | None:
    """The first qualifier as a number, facilitators negative; None for 8/9/unrated."""
    value = expression.first
    if value is None or value > 4:
        return None
    return -value if expression.facilitator else value


def disagree(ratings: Mapping[str, CodedExpression]) -> bool:
    """Whether informants' ratings of one category disagree: 2 or more apart, or one sees a
    barrier where another sees a facilitator (8 and 9 left out)."""
    values = [v for v in (_signed(r) for r in ratings.values()) if v is not None]
    if not values:
        return False
    polar = any(v > 0 for v in values) and any(v < 0 for v in values)
    return polar or max(values) - min(values) >= 2


def suggest(
    code: str, form: QualifierForm, ratings: Mapping[str, CodedExpression]
) -> CodedExpression | None:
    values = [v for v in (_signed(r) for r in ratings.values()) if v is not None]
    if not values:
        return None
    if form is QualifierForm.BARRIER_FACILITATOR:
        ordered = sorted(values)
        # towards the barrier side on a tie: rounding up means "more of a barrier"
        median = ordered[math.ceil((len(ordered) - 1) / 2)]
        return CodedExpression.of(code, abs(median), facilitator=median < 0)
    median = sorted(values)[math.ceil((len(values) - 1) / 2)]
    if form is QualifierForm.PERFORMANCE_CAPACITY:
        specialist = ratings.get("specialist")
        capacity = None
        if specialist is not None and len(specialist.qualifiers) > 1:
            capacity = specialist.qualifiers[1]
        return CodedExpression.of(code, median, capacity)
    return CodedExpression.of(code, median)


def compare(
    template: Template | None, ratings: Mapping[str, Mapping[str, CodedExpression]]
) -> list[ComparisonRow]:
    """`ratings` maps informant (or "consensus") -> code -> rating. Rows follow the template's
    order, then any other rated categories by code."""
    items = template.items() if template is not None else []
    order = [item.code for item in items]
    by_code_item = {item.code: item for item in items}
    codes = list(dict.fromkeys(order + sorted({c for r in ratings.values() for c in r})))
    rows = []
    for code in codes:
        per_informant = {
            informant: ratings[informant][code]
            for informant in INFORMANT_ORDER
            if informant in ratings and code in ratings[informant]
        }
        item = by_code_item.get(code)
        form = (
            item.form
            if item
            else QualifierForm.for_component(
                per_informant[next(iter(per_informant))].component
                if per_informant
                else ratings[CONSENSUS][code].component
            )
        )
        values = [v for v in (_signed(r) for r in per_informant.values()) if v is not None]
        spread = (max(values) - min(values)) if values else None
        rows.append(
            ComparisonRow(
                code=code,
                item=item,
                ratings=per_informant,
                consensus=ratings.get(CONSENSUS, {}).get(code),
                disagreement=disagree(per_informant),
                spread=spread,
                suggestion=suggest(code, form, per_informant),
            )
        )
    return rows
