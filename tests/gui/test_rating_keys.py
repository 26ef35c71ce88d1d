"""What each key does to a rating on the rating screen."""

from __future__ import annotations

import pytest

from app.gui.rating_models import rate_key
from icf.errors import CodeError
from icf.grammar import parse


def after(code: str, current: str | None, key: str, second: bool = False, plus: bool = False):  # type: ignore[no-untyped-def]
    result = rate_key(code, parse(current) if current else None, second, key, plus)
    assert result.handled
    return result.expression.format() if result.expression else None


def test_body_functions_take_one_digit_and_keep_the_other_qualifiers() -> None:
    assert after("b140", None, "2") == "b140.2"
    assert after("b140", "b140.2", "8") == "b140.8"
    assert after("s7300", "s7300.213", "3") == "s7300.313"  # nature and location stay
    assert not rate_key("b140", None, False, "x").handled
    assert not rate_key("b140", None, True, "2").handled  # no second column for b


def test_activities_take_performance_then_capacity() -> None:
    assert after("d166", None, "3") == "d166.3"
    assert after("d166", "d166.3", "1", second=True) == "d166.31"
    assert after("d166", "d166.31", "2") == "d166.21"  # performance changed, capacity kept
    assert after("d166", None, "2", second=True) == "d166._2"
    assert after("d166", "d166.31", "delete") == "d166._1"
    assert after("d166", "d166.3", "delete") is None


def test_environmental_factors_are_barriers_unless_plus() -> None:
    assert after("e310", None, "2") == "e310.2"
    assert after("e310", "e310.2", "+") == "e310+2"
    assert after("e310", "e310+2", "3") == "e310+3"  # stays a facilitator
    assert after("e310", "e310+3", "-") == "e310.3"
    assert after("e310", None, "4", plus=True) == "e310+4"
    with pytest.raises(CodeError):
        rate_key("e310", None, False, "9")  # "not applicable" is not on this scale
