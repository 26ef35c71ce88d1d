"""The functioning profile as data: which rating counts, the order, the kinds, changes."""

from __future__ import annotations

from app.profile import Change, Kind, compare_profiles, profile_rows, settled
from icf.grammar import parse


def rows(pairs, classification):  # type: ignore[no-untyped-def]
    return profile_rows(settled((i, parse(e)) for i, e in pairs), classification)


def test_the_agreed_rating_wins_then_the_specialist(classification) -> None:  # type: ignore[no-untyped-def]
    chosen = settled(
        [
            ("parent", parse("d166.1")),
            ("consensus", parse("d166.3")),
            ("specialist", parse("d166.2")),
            ("teacher", parse("b1400.1")),
            ("specialist", parse("b1400.2")),
        ]
    )
    assert chosen["d166"][0] == "consensus" and chosen["d166"][1].first == 3
    assert chosen["b1400"][0] == "specialist"


def test_rows_follow_the_classification_order_with_kinds_and_signs(classification) -> None:  # type: ignore[no-untyped-def]
    profile = rows(
        [
            ("specialist", "e310+3"),
            ("specialist", "d166.21"),
            ("specialist", "b144.1"),
            ("specialist", "b1400.2"),
            ("specialist", "b140.1"),
            ("specialist", "e325.2"),
            ("specialist", "d330.8"),
        ],
        classification,
    )
    assert [r.code for r in profile] == ["b140", "b1400", "b144", "d166", "d330", "e310", "e325"]
    by = {r.code: r for r in profile}
    assert by["b1400"].kind is Kind.IMPAIRMENT and by["b1400"].signed == 2
    assert by["d166"].kind is Kind.LIMITATION and by["d166"].capacity == 1
    assert by["e310"].kind is Kind.FACILITATOR and by["e310"].signed == -3
    assert by["e325"].kind is Kind.BARRIER and by["e325"].signed == 2
    assert by["d330"].value is None and by["d330"].signed is None  # 8: listed, not drawn
    assert by["d166"].title == "Czytanie" and by["d166"].chapter_title.startswith("Uczenie się")


def test_comparing_two_profiles(classification) -> None:  # type: ignore[no-untyped-def]
    before = rows(
        [
            ("specialist", "d166.3"),
            ("specialist", "b1400.1"),
            ("specialist", "e325.2"),
            ("specialist", "d7504.1"),
            ("specialist", "d330.2"),
            ("specialist", "d1720.2"),
        ],
        classification,
    )
    after = rows(
        [
            ("specialist", "d166.1"),
            ("specialist", "b1400.2"),
            ("specialist", "e325+1"),
            ("specialist", "d7504.1"),
            ("specialist", "d330.9"),
            ("specialist", "d140.1"),
        ],
        classification,
    )
    change = {r.code: r for r in compare_profiles(before, after)}
    assert change["d166"].change is Change.IMPROVED and change["d166"].delta == -2
    assert change["b1400"].change is Change.WORSE
    assert change["e325"].change is Change.IMPROVED  # a barrier became a facilitator
    assert change["d7504"].change is Change.UNCHANGED
    assert change["d330"].change is Change.NOT_COMPARABLE
    assert change["d140"].change is Change.NEW
    assert change["d1720"].change is Change.DROPPED


def test_the_profile_module_draws_nothing() -> None:
    """The GUI draws the same rows with Qt: the module needs neither reportlab nor Qt."""
    import ast
    from pathlib import Path

    import app.profile

    tree = ast.parse(Path(app.profile.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if m.split(".")[0] in ("reportlab", "PySide6", "sqlalchemy")}
