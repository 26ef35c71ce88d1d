"""The layers of DESIGN.md hold: icf imports neither forms nor app, forms never imports app,
and only app/gui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def offenders(folder: str, forbidden: set[str], skip: str | None = None) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        if skip and skip in path.parts:
            continue
        bad = imports(path) & forbidden
        if bad:
            found.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    return found


def test_the_classification_engine_stands_alone() -> None:
    assert offenders("icf", {"app", "forms", "PySide6", "sqlalchemy"}) == []


def test_forms_build_on_the_engine_only() -> None:
    assert offenders("forms", {"app", "PySide6", "sqlalchemy"}) == []


def test_only_the_gui_imports_qt() -> None:
    assert offenders("app", {"PySide6"}, skip="gui") == []


def test_plans_build_on_the_engine_only() -> None:
    assert offenders("plans", {"app", "PySide6", "sqlalchemy"}) == []
