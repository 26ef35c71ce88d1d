"""The ICF code and qualifier grammar: parse and format coded expressions.

    b1400.2      body function, extent of impairment
    s7302.273    body structure: extent, nature, location
    d166.2_1     activity/participation: performance, capacity (+ capacity with assistance,
                 performance without assistance); “_” marks a position left unrated
    e310.2       environmental barrier        e310+3   environmental facilitator

Parsing is strict: whatever it accepts is a valid expression, and whatever it refuses gets a
message saying what is wrong. Values are immutable and `parse(format(x)) == x`.
"""

from __future__ import annotations

from dataclasses import dataclass

from icf.components import CATEGORY_RE, Component, category_level
from icf.errors import CodeError
from icf.i18n import pick
from icf.qualifiers import BARRIER, FACILITATOR, Position, positions

_EXAMPLES = {
    Component.BODY_FUNCTIONS: "b1400.2",
    Component.BODY_STRUCTURES: "s7302.273",
    Component.ACTIVITIES_PARTICIPATION: "d166.21",
    Component.ENVIRONMENTAL_FACTORS: "e310.2 / e310+3",
}


@dataclass(frozen=True, order=True)
class Code:
    """A category code such as `d166` or `b11420` (second to fourth level)."""

    text: str

    def __post_init__(self) -> None:
        _check_code(self.text, self.text)

    @classmethod
    def parse(cls, text: str) -> Code:
        return cls(text.strip().lower())

    @property
    def component(self) -> Component:
        return Component.of(self.text)

    @property
    def level(self) -> int:
        return category_level(self.text)

    def __str__(self) -> str:
        return self.text


def _check_code(code: str, whole: str) -> None:
    if not code:
        raise CodeError("empty")
    if code[0] not in "bsde":
        raise CodeError("unknown_component", text=whole, prefix=code[0])
    digits = code[1:]
    if not digits:
        raise CodeError("no_digits", text=whole)
    if not digits.isascii() or not digits.isdigit():
        raise CodeError("bad_code_form", text=whole)
    if not CATEGORY_RE.fullmatch(code):
        raise CodeError("bad_code_length", text=whole, digits=len(digits))


@dataclass(frozen=True)
class CodedExpression:
    """A category code with its qualifiers.

    `qualifiers` holds one value per position of the component (see `icf.qualifiers`),
    `None` for a position not given (or `_`); trailing unrated positions are dropped so that
    equal meanings are equal values. `facilitator` is True only for `e…+n`.
    """

    code: Code
    qualifiers: tuple[int | None, ...]
    facilitator: bool = False

    def __post_init__(self) -> None:
        component = self.code.component
        text = self.format_unchecked()
        slots = positions(component)
        if len(self.qualifiers) > len(slots):
            raise CodeError(
                "too_many_qualifiers",
                text=text,
                component=component.value,
                max=len(slots),
                count=len(self.qualifiers),
            )
        if self.facilitator and component is not Component.ENVIRONMENTAL_FACTORS:
            raise CodeError("plus_outside_e", text=text)
        if self.qualifiers and self.qualifiers[-1] is None:
            raise CodeError("nothing_rated", text=text)  # trailing gaps must be trimmed
        if not self.qualifiers:
            raise CodeError("missing_qualifier", text=text, example=_EXAMPLES[component])
        for value, slot in zip(self.qualifiers, slots, strict=False):
            if value is None:
                if component is not Component.ACTIVITIES_PARTICIPATION:
                    raise CodeError("underscore_not_allowed", text=text)
                continue
            scale = _scale(slot, self.facilitator)
            if value not in scale.allowed:
                raise CodeError(
                    "bad_qualifier_value",
                    text=text,
                    value=value,
                    position=slot.name,
                    allowed=", ".join(str(v) for v in scale.allowed),
                )

    # --- construction -------------------------------------------------------------------

    @classmethod
    def of(cls, code: str, *qualifiers: int | None, facilitator: bool = False) -> CodedExpression:
        values = list(qualifiers)
        while values and values[-1] is None:
            values.pop()
        return cls(Code.parse(code), tuple(values), facilitator)

    # --- reading ------------------------------------------------------------------------

    @property
    def component(self) -> Component:
        return self.code.component

    def positions(self) -> list[tuple[Position, int | None]]:
        """Each position of the component with its value (None when unrated)."""
        slots = positions(self.component)
        values = list(self.qualifiers) + [None] * (len(slots) - len(self.qualifiers))
        return list(zip(slots, values, strict=True))

    @property
    def first(self) -> int | None:
        """The first qualifier: extent, performance, or barrier/facilitator strength."""
        return self.qualifiers[0] if self.qualifiers else None

    def describe(self, lang: str | None = None) -> str:
        """The meaning of the qualifiers in words, e.g. `wykonanie: umiarkowana trudność …`."""
        parts = []
        for slot, value in self.positions():
            if value is None:
                continue
            scale = _scale(slot, self.facilitator)
            item = scale.get(value)
            assert item is not None
            language = lang or _lang()
            if self.component is Component.ENVIRONMENTAL_FACTORS:
                parts.append(item.text(language))
            else:
                parts.append(f"{pick(slot.name, language)}: {item.text(language)}")
        return "; ".join(parts)

    # --- formatting ---------------------------------------------------------------------

    def format(self) -> str:
        return self.format_unchecked()

    def format_unchecked(self) -> str:
        marks = "".join("_" if v is None else str(v) for v in self.qualifiers)
        separator = "+" if self.facilitator else "."
        return f"{self.code.text}{separator}{marks}" if marks else self.code.text

    def __str__(self) -> str:
        return self.format()


def _lang() -> str:
    from icf.i18n import current_language

    return current_language()


def _scale(slot: Position, facilitator: bool):  # type: ignore[no-untyped-def]
    if slot.key == "environment":
        return FACILITATOR if facilitator else BARRIER
    return slot.scale


def parse(text: str) -> CodedExpression:
    """Parse a coded expression such as `d166.2_1` or `e310+3`; raise CodeError if invalid."""
    whole = text.strip()
    if not whole:
        raise CodeError("empty")
    lowered = whole.lower()
    # the code runs up to the first separator
    cut = len(lowered)
    for i, ch in enumerate(lowered):
        if ch in ".+":
            cut = i
            break
    code_text, rest = lowered[:cut], lowered[cut:]
    if not code_text:
        raise CodeError("bad_code_form", text=whole)
    # a code followed by something other than a separator, e.g. "d166 2" or "d166x"
    head = code_text[:1]
    tail = code_text[1:]
    digits = ""
    for ch in tail:
        if ch.isascii() and ch.isdigit():
            digits += ch
        else:
            break
    junk = tail[len(digits) :]
    if head not in "bsde":
        raise CodeError("unknown_component", text=whole, prefix=whole[:1])
    if junk:
        if not digits:
            raise CodeError("no_digits", text=whole)
        raise CodeError("bad_separator", text=whole, found=junk[:1], plus=_plus_hint(head))
    _check_code(head + digits, whole)
    code = Code(head + digits)
    component = code.component
    if not rest:
        raise CodeError("missing_qualifier", text=whole, example=_EXAMPLES[component])
    separator, marks = rest[0], rest[1:]
    facilitator = separator == "+"
    if facilitator and component is not Component.ENVIRONMENTAL_FACTORS:
        raise CodeError("plus_outside_e", text=whole)
    if not marks:
        raise CodeError("missing_qualifier", text=whole, example=_EXAMPLES[component])
    slots = positions(component)
    run = 0
    while run < len(marks) and (
        marks[run] == "_" or (marks[run].isascii() and marks[run].isdigit())
    ):
        run += 1
    marks, junk = marks[:run], marks[run:]
    if junk and marks:
        raise CodeError("trailing_junk", text=whole, junk=junk)
    if junk:
        raise CodeError(
            "bad_qualifier_value",
            text=whole,
            value=junk[:1],
            position=slots[0].name,
            allowed=", ".join(str(v) for v in _scale(slots[0], facilitator).allowed),
        )
    if len(marks) > len(slots):
        raise CodeError(
            "too_many_qualifiers",
            text=whole,
            component=component.value,
            max=len(slots),
            count=len(marks),
        )
    values: list[int | None] = []
    for mark, slot in zip(marks, slots, strict=False):
        if mark == "_":
            if component is not Component.ACTIVITIES_PARTICIPATION:
                raise CodeError("underscore_not_allowed", text=whole)
            values.append(None)
        else:
            value = int(mark)
            scale = _scale(slot, facilitator)
            if value not in scale.allowed:
                raise CodeError(
                    "bad_qualifier_value",
                    text=whole,
                    value=mark,
                    position=slot.name,
                    allowed=", ".join(str(v) for v in scale.allowed),
                )
            values.append(value)
    while values and values[-1] is None:
        values.pop()
    if not values:
        raise CodeError("nothing_rated", text=whole)
    return CodedExpression(code, tuple(values), facilitator)


def _plus_hint(head: str) -> dict[str, str]:
    if head == "e":
        return {"pl": " lub „+”", "en": " or “+”"}
    return {"pl": "", "en": ""}


def format(expression: CodedExpression) -> str:  # noqa: A001 - mirrors parse()
    return expression.format()
