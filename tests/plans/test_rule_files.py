"""Rule files are refused at load, with the file and the line, when a code is unknown or a
condition malformed; the shipped rules load and cover the common profiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from icf.classification import Classification
from plans.conditions import ConditionError, parse_condition
from plans.errors import RuleFileError
from plans.rules import RuleBase, load_rule_file, load_rules

GOOD = """\
[[rule]]
id = "reading"
profile = "learning"
title = { pl = "Czytanie", en = "Reading" }
when = ["age >= 7"]
any = [
  "d166 >= 2",
  "d140 >= 2",
]

[[rule.goal]]
category = "d166"
text = { pl = "Czyta płynniej.", en = "Reads more fluently." }

[[rule.help]]
form = "korekcyjno-kompensacyjne"
text = { pl = "Zajęcia.", en = "Classes." }
"""


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path, classification: Classification) -> RuleFileError:
    with pytest.raises(RuleFileError) as caught:
        load_rule_file(path, classification)
    return caught.value


def test_a_good_file_loads(tmp_path: Path, classification: Classification) -> None:
    rules = load_rule_file(write(tmp_path, GOOD), classification)
    assert [r.id for r in rules] == ["reading"]
    assert [c.text for c in rules[0].any] == ["d166 >= 2", "d140 >= 2"]


def test_unknown_code_in_a_condition_names_file_and_line(
    tmp_path: Path, classification: Classification
) -> None:
    error = refusal(write(tmp_path, GOOD.replace('"d140 >= 2"', '"d1488 >= 2"')), classification)
    assert (error.file, error.line) == ("mine.toml", 8)
    assert error.message("pl") == (
        "Plik reguł mine.toml, wiersz 8: „d1488 >= 2”: nieznany kod ICF „d1488”"
    )
    assert "line 8" in error.message("en") and "unknown ICF code" in error.message("en")


def test_malformed_condition_names_file_and_line(
    tmp_path: Path, classification: Classification
) -> None:
    error = refusal(write(tmp_path, GOOD.replace('"d166 >= 2"', '"d166 => 2"')), classification)
    assert error.line == 7 and "nieczytelny warunek" in error.message("pl")
    error = refusal(write(tmp_path, GOOD.replace('"age >= 7"', '"gap(e310) >= 1"')), classification)
    assert error.line == 5 and "tylko kodów d" in error.message("pl")


def test_unknown_goal_category_and_form_name_their_lines(
    tmp_path: Path, classification: Classification
) -> None:
    error = refusal(
        write(tmp_path, GOOD.replace('category = "d166"', 'category = "d1499"')), classification
    )
    assert error.line == 12 and "d1499" in error.message("pl")
    error = refusal(
        write(tmp_path, GOOD.replace('"korekcyjno-kompensacyjne"', '"masaż"')), classification
    )
    assert error.line == 16 and "nieznana forma pomocy" in error.message("pl")


def test_a_goal_outside_the_conditions_is_refused(
    tmp_path: Path, classification: Classification
) -> None:
    error = refusal(
        write(tmp_path, GOOD.replace('category = "d166"', 'category = "d710"')), classification
    )
    assert error.line == 12 and "żaden warunek" in error.message("pl")


def test_a_rule_on_age_alone_is_refused(tmp_path: Path, classification: Classification) -> None:
    text = GOOD.replace('any = [\n  "d166 >= 2",\n  "d140 >= 2",\n]\n', "")
    goal = GOOD[GOOD.index("[[rule.goal]]") : GOOD.index("[[rule.help]]")]
    text = text.replace(goal, "")
    error = refusal(write(tmp_path, text), classification)
    assert error.line == 5 and "sam wiek" in error.message("pl")


def test_toml_syntax_error_and_missing_english(
    tmp_path: Path, classification: Classification
) -> None:
    error = refusal(
        write(tmp_path, GOOD.replace('profile = "learning"', "profile = learning")), classification
    )
    assert error.line == 3 and "TOML" in error.message("pl")
    error = refusal(write(tmp_path, GOOD.replace(', en = "Classes."', "")), classification)
    assert error.line == 17 and "pl i en" in error.message("pl")


def test_duplicate_ids_across_files_are_refused(
    tmp_path: Path, classification: Classification
) -> None:
    a, b = write(tmp_path, GOOD, "a.toml"), write(tmp_path, GOOD, "b.toml")
    with pytest.raises(RuleFileError) as caught:
        load_rules(classification, [a, b])
    assert caught.value.file == "b.toml" and caught.value.line == 1
    assert "a.toml" in caught.value.message("pl")


def test_the_shipped_rules_cover_the_common_profiles(rules: RuleBase) -> None:
    profiles = {r.profile for r in rules.rules}
    assert {
        "attention",
        "learning",
        "speech",
        "autism",
        "motor",
        "emotional",
        "sensory",
        "intellectual",
        "family",
    } <= profiles
    kinds = {s.kind for r in rules.rules for s in r.suggestions}
    assert kinds == {"goal", "adaptation", "help", "parents", "sector"}
    assert len(rules) >= 25


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=30),
        st.builds(
            lambda m, c, op, n: f"{m}({c}) {op} {n}" if m else f"{c} {op} {n}",
            st.sampled_from(["", "gap", "barrier", "capacity", "agree", "foo"]),
            st.from_regex(r"[bsdex][0-9]{0,5}[*!]?", fullmatch=True),
            st.sampled_from([">=", ">", "<", "=", "=>", "!="]),
            st.integers(-6, 9),
        ),
    )
)
def test_any_condition_text_parses_or_is_refused_with_a_reason(text: str) -> None:
    from icf.bundled import load_bundled

    global _CLASSIFICATION
    if _CLASSIFICATION is None:
        _CLASSIFICATION = load_bundled()
    try:
        condition = parse_condition(text, _CLASSIFICATION)
    except ConditionError as exc:
        assert exc.pl and exc.en
        return
    assert condition.is_age or condition.pattern is not None


_CLASSIFICATION: Classification | None = None
