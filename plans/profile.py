"""A functioning profile as the rule engine sees it: the child's age and, per category, the
ratings of each informant and the settled one.

The settled rating of a category is the consensus when the specialist set one, else the
first present of the specialist's, the teacher's, the parent's and the student's rating.
Values 8 (not specified) and 9 (not applicable) never satisfy a threshold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from icf.components import Component
from icf.grammar import CodedExpression, parse

CONSENSUS = "consensus"
PREFERENCE = (CONSENSUS, "specialist", "teacher", "parent", "student")
INFORMANTS = ("specialist", "teacher", "parent", "student")


@dataclass(frozen=True)
class ProfileRating:
    code: str
    informant: str
    expression: CodedExpression

    @property
    def text(self) -> str:
        return self.expression.format()


def _usable(value: int | None) -> int | None:
    return value if value is not None and 0 <= value <= 4 else None


def measure(expression: CodedExpression, name: str) -> int | None:
    """One number of a rating (None when it has none): `value` is the first qualifier
    (for environmental factors the barrier strength), `performance`, `capacity`, `gap`
    (performance minus capacity), `barrier`, `facilitator`."""
    component = expression.component
    q = expression.qualifiers
    if name == "value":
        if component is Component.ENVIRONMENTAL_FACTORS:
            return None if expression.facilitator else _usable(expression.first)
        if component is Component.ACTIVITIES_PARTICIPATION and (not q or q[0] is None):
            return _usable(q[1]) if len(q) > 1 else None
        return _usable(expression.first)
    if name == "performance":
        return _usable(q[0]) if q else None
    if name == "capacity":
        return _usable(q[1]) if len(q) > 1 else None
    if name == "gap":
        p = _usable(q[0]) if q else None
        c = _usable(q[1]) if len(q) > 1 else None
        return None if p is None or c is None else p - c
    if name == "barrier":
        return None if expression.facilitator else _usable(expression.first)
    if name == "facilitator":
        return _usable(expression.first) if expression.facilitator else None
    raise ValueError(name)


@dataclass
class Profile:
    age: int
    #: code -> informant -> rating
    ratings: dict[str, dict[str, ProfileRating]] = field(default_factory=dict)

    @classmethod
    def build(cls, age: int, items: Iterable[tuple[str, str]]) -> Profile:
        """From (informant, coded expression) pairs; the expression text or a parsed one."""
        profile = cls(age)
        for informant, expression in items:
            parsed = parse(expression) if isinstance(expression, str) else expression
            code = parsed.code.text
            profile.ratings.setdefault(code, {})[informant] = ProfileRating(code, informant, parsed)
        return profile

    def settled(self, code: str) -> ProfileRating | None:
        by_informant = self.ratings.get(code)
        if not by_informant:
            return None
        for informant in PREFERENCE:
            if informant in by_informant:
                return by_informant[informant]
        return next(iter(by_informant.values()))

    def settled_all(self) -> list[ProfileRating]:
        found = (self.settled(code) for code in sorted(self.ratings))
        return [r for r in found if r is not None]

    def informant_ratings(self, code: str) -> list[ProfileRating]:
        return [self.ratings[code][i] for i in INFORMANTS if i in self.ratings.get(code, {})]

    def value(self, code: str) -> int | None:
        rating = self.settled(code)
        return None if rating is None else measure(rating.expression, "value")
