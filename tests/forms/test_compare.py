"""Comparing informants: disagreements and the suggested consensus."""

from __future__ import annotations

from forms.compare import compare
from forms.registry import TemplateRegistry
from icf.grammar import parse


def ratings(**by_informant: str) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for informant, text in by_informant.items():
        out[informant] = {}
        for expression in text.split():
            parsed = parse(expression)
            out[informant][parsed.code.text] = parsed
    return out


def test_rows_follow_the_template_and_mark_disagreements(registry: TemplateRegistry) -> None:
    template = registry.get("test-szkola", "1.0")
    rows = compare(
        template,
        ratings(  # type: ignore[arg-type]
            specialist="d166.23 b1400.1",
            teacher="d166.3 b1400.2 e310+2",
            parent="d166.1 b1400.1 e310.2",
            student="d166.2",
            consensus="d166.2",
        ),
    )
    by_code = {row.code: row for row in rows}
    assert [row.code for row in rows] == ["d166", "b1400", "e310", "d7200"]
    reading = by_code["d166"]
    assert reading.disagreement and reading.spread == 2  # teacher 3 vs parent 1
    assert reading.suggestion.format() == "d166.23"  # type: ignore[union-attr]  # median 2, specialist's capacity 3
    assert reading.consensus.format() == "d166.2"  # type: ignore[union-attr]
    assert not by_code["b1400"].disagreement
    assert by_code["b1400"].suggestion.format() == "b1400.1"  # type: ignore[union-attr]
    family = by_code["e310"]
    assert family.disagreement  # a facilitator for the teacher, a barrier for the parent
    assert family.suggestion.format() == "e310.2"  # type: ignore[union-attr]  # a tie leans to the barrier
    assert by_code["d7200"].ratings == {} and by_code["d7200"].suggestion is None


def test_not_specified_and_not_applicable_are_left_out() -> None:
    rows = compare(None, ratings(teacher="d166.8", parent="d166.1", student="d166.9"))  # type: ignore[arg-type]
    assert not rows[0].disagreement
    assert rows[0].suggestion.format() == "d166.1"  # type: ignore[union-attr]


def test_the_median_rounds_towards_greater_difficulty() -> None:
    rows = compare(None, ratings(teacher="b1400.1", parent="b1400.2"))  # type: ignore[arg-type]
    assert rows[0].suggestion.format() == "b1400.2"  # type: ignore[union-attr]
    rows = compare(None, ratings(teacher="e310+3", parent="e310+1", student="e310+2"))  # type: ignore[arg-type]
    assert rows[0].suggestion.format() == "e310+2"  # type: ignore[union-attr]
    assert rows[0].disagreement and rows[0].spread == 2  # +3 against +1
