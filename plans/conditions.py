"""Conditions of rules over a functioning profile: a small language, parsed on load.

    d140 >= 2                the settled rating of d140 (or of a finer category under it)
    d16* >= 2                any rated category whose code starts with d16
    d250! >= 2               d250 itself only, not the finer categories under it
    d1 >= 2                  any category of chapter d1
    d140-d145 >= 2           any category from d140 to d145 (and finer ones under them)
    performance(d7*) >= 2    the first qualifier of an activity (what the child does)
    capacity(d3*) >= 2       the second qualifier (what the child can do without help)
    gap(d1*) >= 1            performance minus capacity: the environment makes it worse
    barrier(e3*) >= 2        an environmental factor rated as a barrier of at least 2
    facilitator(e1*) >= 2    an environmental factor rated as a facilitator of at least 2
    agree(b140) >= 2         at least two informants rated it, each at least 2
    age >= 7   age < 16   age in 6..9

Comparisons: >=, >, <=, <, =. A condition over a pattern holds when at least one matching
rating satisfies it; the ratings that satisfy it are the reasons of the suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from icf.classification import Classification, Kind
from icf.components import Component
from plans.profile import Profile, ProfileRating, measure

MEASURES = ("value", "performance", "capacity", "gap", "barrier", "facilitator", "agree")
_OPS = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
    "==": lambda a, b: a == b,
}
_CODE = r"[bsde]\d{0,5}"
_PATTERN = rf"(?P<lo>{_CODE})(?:(?P<star>\*)|(?P<exact>!)|-(?P<hi>{_CODE}))?"
_MEASURED = re.compile(
    rf"\s*(?:(?P<m>[a-z]+)\s*\(\s*{_PATTERN}\s*\)|{_PATTERN.replace('?P<', '?P<p')})"
    r"\s*(?P<op>>=|<=|==|=|>|<)\s*(?P<n>-?\d+)\s*"
)
_AGE = re.compile(r"\s*age\s*(?P<op>>=|<=|==|=|>|<)\s*(?P<n>\d+)\s*")
_AGE_IN = re.compile(r"\s*age\s+in\s+(?P<a>\d+)\s*\.\.\s*(?P<b>\d+)\s*")


class ConditionError(ValueError):
    """A malformed condition; `pl` and `en` say why."""

    def __init__(self, pl: str, en: str) -> None:
        super().__init__(en)
        self.pl = pl
        self.en = en


@dataclass(frozen=True)
class Pattern:
    lo: str
    hi: str | None = None  # a range lo-hi
    star: bool = False
    exact: bool = False  # this category only, not the finer ones under it

    @property
    def text(self) -> str:
        if self.hi:
            return f"{self.lo}-{self.hi}"
        return self.lo + ("*" if self.star else "")

    @property
    def component(self) -> str:
        return self.lo[0]

    def matches(self, code: str) -> bool:
        if self.hi is not None:
            stem = code[:4]
            return code[0] == self.lo[0] and self.lo[:4] <= stem <= self.hi[:4]
        if self.exact:
            return code == self.lo
        return code.startswith(self.lo)

    def covers(self, code: str) -> bool:
        """Whether a goal on `code` is about what this pattern looks at."""
        return self.matches(code) or code.startswith(self.lo) or self.lo.startswith(code)


@dataclass(frozen=True)
class Trigger:
    """One rating that made a condition hold."""

    code: str
    informant: str
    expression: str
    measure: str
    value: int
    condition: str


@dataclass(frozen=True)
class Condition:
    text: str
    measure: str | None  # None for age
    pattern: Pattern | None
    op: str
    number: int
    upper: int | None = None  # age in a..b

    @property
    def is_age(self) -> bool:
        return self.pattern is None

    def age_holds(self, age: int) -> bool:
        if self.upper is not None:
            return self.number <= age <= self.upper
        return _OPS[self.op](age, self.number)

    def evaluate(self, profile: Profile) -> tuple[bool, list[Trigger]]:
        if self.pattern is None:
            return self.age_holds(profile.age), []
        found: list[Trigger] = []
        compare = _OPS[self.op]
        for code in profile.ratings:
            if not self.pattern.matches(code):
                continue
            if self.measure == "agree":
                ratings = profile.informant_ratings(code)
                values = [(r, measure(r.expression, "value")) for r in ratings]
                rated = [(r, v) for r, v in values if v is not None]
                if len(rated) >= 2 and all(compare(v, self.number) for _, v in rated):
                    found.extend(_trigger(r, "agree", v, self.text) for r, v in rated)
                continue
            settled = profile.settled(code)
            if settled is None:
                continue
            value = measure(settled.expression, self.measure or "value")
            if value is not None and compare(value, self.number):
                found.append(_trigger(settled, self.measure or "value", value, self.text))
        return bool(found), found


def _trigger(rating: ProfileRating, name: str, value: int, text: str) -> Trigger:
    return Trigger(rating.code, rating.informant, rating.text, name, value, text)


def parse_condition(text: str, classification: Classification) -> Condition:
    if not isinstance(text, str) or not text.strip():
        raise ConditionError("pusty warunek", "an empty condition")
    match = _AGE_IN.fullmatch(text)
    if match:
        a, b = int(match["a"]), int(match["b"])
        if a > b:
            raise ConditionError(
                f"„{text}”: przedział wieku od {a} do {b} jest pusty",
                f"“{text}”: the age band {a} to {b} is empty",
            )
        return Condition(text.strip(), None, None, "in", a, b)
    match = _AGE.fullmatch(text)
    if match:
        return Condition(text.strip(), None, None, match["op"], int(match["n"]))
    match = _MEASURED.fullmatch(text)
    if not match:
        raise ConditionError(
            f"„{text}”: nieczytelny warunek (np. „d140 >= 2”, „gap(d1*) >= 1”, "
            "„barrier(e3*) >= 2”, „age in 7..10”)",
            f"“{text}”: malformed condition (e.g. “d140 >= 2”, “gap(d1*) >= 1”, "
            "“barrier(e3*) >= 2”, “age in 7..10”)",
        )
    name = match["m"] or "value"
    if name not in MEASURES:
        raise ConditionError(
            f"„{text}”: nieznana miara „{name}” (dozwolone: {', '.join(MEASURES[1:])})",
            f"“{text}”: unknown measure “{name}” (allowed: {', '.join(MEASURES[1:])})",
        )
    lo = match["lo"] or match["plo"]
    hi = match["hi"] or match["phi"]
    star = bool(match["star"] or match["pstar"])
    exact = bool(match["exact"] or match["pexact"])
    pattern = Pattern(lo, hi, star, exact)
    number = int(match["n"])
    _check_pattern(text, pattern, name, classification)
    low = -4 if name == "gap" else 0
    if not low <= number <= 4:
        raise ConditionError(
            f"„{text}”: próg {number} poza skalą kwalifikatora ({low}–4)",
            f"“{text}”: the threshold {number} is outside the qualifier scale ({low} to 4)",
        )
    return Condition(text.strip(), name, pattern, match["op"], number)


def _check_pattern(text: str, pattern: Pattern, name: str, classification: Classification) -> None:
    component = pattern.component
    for code in (pattern.lo, pattern.hi):
        if code is None:
            continue
        if len(code) < 2:
            raise ConditionError(
                f"„{text}”: wzorzec obejmuje cały komponent „{code}”; podaj rozdział lub kategorię",
                f"“{text}”: the pattern covers the whole component “{code}”; give a chapter "
                "or a category",
            )
        entry = classification.get(code)
        known = entry is not None and entry.kind in (Kind.CHAPTER, Kind.CATEGORY)
        if pattern.star and not known:
            known = any(c.code.startswith(code) for c in classification.categories())
        if not known:
            raise ConditionError(
                f"„{text}”: nieznany kod ICF „{code}”",
                f"“{text}”: unknown ICF code “{code}”",
            )
    if pattern.hi is not None and (
        pattern.hi[0] != component or len(pattern.lo) != 4 or len(pattern.hi) != 4
    ):
        raise ConditionError(
            f"„{text}”: zakres łączy dwie kategorie drugiego poziomu tego samego komponentu",
            f"“{text}”: a range joins two second-level categories of one component",
        )
    needs = {
        "performance": "d",
        "capacity": "d",
        "gap": "d",
        "barrier": "e",
        "facilitator": "e",
    }.get(name)
    if needs and component != needs:
        raise ConditionError(
            f"„{text}”: miara „{name}” dotyczy tylko kodów {needs}",
            f"“{text}”: the measure “{name}” applies only to {needs} codes",
        )
    if name == "value" and component == Component.ENVIRONMENTAL_FACTORS.value:
        return  # value of e = barrier strength
