"""The ICF code and qualifier grammar: round trips and a corpus of refused strings."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icf.components import Component
from icf.errors import CodeError
from icf.grammar import Code, CodedExpression, parse
from icf.qualifiers import BARRIER, FACILITATOR, positions

VALID = {
    "b1400.2": ("b1400", (2,), False),
    "s7302.273": ("s7302", (2, 7, 3), False),
    "d166.2_1": ("d166", (2, None, 1), False),
    "d4500.13": ("d4500", (1, 3), False),
    "e310.2": ("e310", (2,), False),
    "e310+3": ("e310", (3,), True),
    "e1101.8": ("e1101", (8,), False),
    "d166._2": ("d166", (None, 2), False),
    "b11420.9": ("b11420", (9,), False),
}


@pytest.mark.parametrize("text", [t for t, v in VALID.items() if v])
def test_examples_parse_to_their_parts_and_format_back(text: str) -> None:
    code, qualifiers, facilitator = VALID[text]  # type: ignore[misc]
    expression = parse(text)
    assert expression.code.text == code
    assert expression.qualifiers == qualifiers
    assert expression.facilitator is facilitator
    assert expression.format() == text


def test_meanings_in_both_languages() -> None:
    assert parse("e310+3").describe("pl") == "znaczny czynnik ułatwiający (50–95%)"
    assert parse("e310+3").describe("en") == "substantial facilitator (50–95%)"
    assert parse("e310.2").describe("en") == "moderate barrier (25–49%)"
    d = parse("d166.21")
    assert d.describe("pl") == (
        "wykonanie: umiarkowana trudność (25–49%); zdolność bez pomocy: niewielka trudność (5–24%)"
    )
    s = parse("s7302.273").describe("en")
    assert "moderate impairment" in s and "qualitative changes" in s and "both sides" in s


def test_case_and_surrounding_space_are_forgiven() -> None:
    assert parse("  D166.21 ").format() == "d166.21"


def test_trailing_unrated_positions_are_the_same_value() -> None:
    assert parse("d166.2_") == parse("d166.2")
    assert parse("d166.2__").format() == "d166.2"


def test_values_are_immutable() -> None:
    expression = parse("b1400.2")
    with pytest.raises(dataclasses.FrozenInstanceError):
        expression.qualifiers = (3,)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        expression.code.text = "b1401"  # type: ignore[misc]


def test_invalid_values_cannot_be_constructed() -> None:
    with pytest.raises(CodeError):
        CodedExpression.of("b1400", 5)
    with pytest.raises(CodeError):
        CodedExpression.of("d166", 2, facilitator=True)
    with pytest.raises(CodeError):
        CodedExpression.of("b1400", 1, 2)
    with pytest.raises(CodeError):
        CodedExpression.of("s7302", None, 2)
    with pytest.raises(CodeError):
        Code("x123")


INVALID = {
    "": "Nie podano kodu",
    "   ": "Nie podano kodu",
    "x123.1": "nieznany komponent „x”",
    "a166.1": "nieznany komponent",
    "b14.1": "3, 4 lub 5 cyfr, a tu jest 2",
    "b123456.1": "3, 4 lub 5 cyfr, a tu jest 6",
    "b.1": "po literze komponentu muszą następować cyfry",
    "bb140.1": "po literze komponentu muszą następować cyfry",
    "b1400": "brak kwalifikatora",
    "b1400.": "brak kwalifikatora",
    "e310+": "brak kwalifikatora",
    "b1400.5": "„5” nie jest dozwoloną wartością",
    "b1400.7": "„7” nie jest dozwoloną wartością",
    "s7302.5": "„5” nie jest dozwoloną wartością",
    "d166.7": "„7” nie jest dozwoloną wartością",
    "d166.25": "„5” nie jest dozwoloną wartością",
    "e310.9": "„9” nie jest dozwoloną wartością",
    "e310+5": "„5” nie jest dozwoloną wartością",
    "d166+2": "„+” (czynnik ułatwiający) dotyczy tylko czynników środowiskowych",
    "b1400+2": "dotyczy tylko czynników środowiskowych",
    "s7302+2": "dotyczy tylko czynników środowiskowych",
    "b1400.23": "najwyżej 1",
    "e310.23": "najwyżej 1",
    "s7302.2734": "najwyżej 3",
    "d166.21111": "najwyżej 4",
    "b1400._": "dozwolony tylko w kodach aktywności i uczestniczenia",
    "s7302.2_3": "dozwolony tylko w kodach aktywności",
    "e310._": "dozwolony tylko w kodach aktywności",
    "d166.__": "żadna pozycja kwalifikatora nie została oceniona",
    "b1400.2 junk": "zbędne znaki po kwalifikatorach: „ junk”",
    "b1400.2x": "zbędne znaki",
    "d166.2;": "zbędne znaki",
    "b1400..2": "„.” nie jest dozwoloną wartością",
    "b1400.-1": "„-” nie jest dozwoloną wartością",
    "d166 .2": "po kodzie oczekiwano „.”",
    "d166x.2": "po kodzie oczekiwano „.”",
    "e310*2": "po kodzie oczekiwano „.” lub „+”",
    "b1٤00.2": "po kodzie oczekiwano",
    "b1400.²": "nie jest dozwoloną wartością",
}


@pytest.mark.parametrize("text", list(INVALID))
def test_invalid_strings_are_refused_with_the_reason(text: str) -> None:
    with pytest.raises(CodeError) as caught:
        parse(text)
    assert INVALID[text] in caught.value.message("pl")
    english = caught.value.message("en")
    assert english and english != caught.value.message("pl")


# --- property-based: every valid expression survives a round trip ------------------------

codes = st.builds(
    lambda comp, digits: comp + digits,
    st.sampled_from("bsde"),
    st.integers(min_value=3, max_value=5).flatmap(
        lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)
    ),
)


@st.composite
def expressions(draw: st.DrawFn) -> CodedExpression:
    code = draw(codes)
    component = Component(code[0])
    slots = positions(component)
    facilitator = component is Component.ENVIRONMENTAL_FACTORS and draw(st.booleans())
    count = draw(st.integers(min_value=1, max_value=len(slots)))
    values: list[int | None] = []
    for slot in slots[:count]:
        scale = slot.scale
        if slot.key == "environment":
            scale = FACILITATOR if facilitator else BARRIER
        options: list[int | None] = list(scale.allowed)
        if component is Component.ACTIVITIES_PARTICIPATION:
            options.append(None)
        values.append(draw(st.sampled_from(options)))
    while values and values[-1] is None:
        values.pop()
    if not values:
        values = [draw(st.sampled_from(slots[0].scale.allowed))] if not facilitator else [1]
    return CodedExpression(Code(code), tuple(values), facilitator)


@given(expressions())
def test_round_trip(expression: CodedExpression) -> None:
    text = expression.format()
    assert parse(text) == expression
    assert parse(text).format() == text
    assert parse(text.upper()) == expression


@given(st.text(max_size=14))
def test_arbitrary_text_is_parsed_or_refused_cleanly(text: str) -> None:
    try:
        expression = parse(text)
    except CodeError as exc:
        assert exc.message("pl") and exc.message("en")
    else:
        assert parse(expression.format()) == expression


@given(expressions(), st.sampled_from(list("5679xX+.-_ ")))
def test_one_extra_character_is_refused_or_still_valid(
    expression: CodedExpression, extra: str
) -> None:
    text = expression.format() + extra
    try:
        parsed = parse(text)
    except CodeError:
        return
    # the only acceptable extensions are a further valid qualifier or a trailing space/underscore
    assert parse(parsed.format()) == parsed
