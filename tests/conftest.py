"""Shared fixtures: every test gets its own user data directory and Polish messages."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import DATA_DIR_ENV
from icf.i18n import set_language
from tests.pg_server import postgres_server, postgres_url  # noqa: F401 - shared fixtures

ROOT = Path(__file__).resolve().parent.parent
#: screenshots and other files for people to look at after a test run
OUTPUT = ROOT / "test-output"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    monkeypatch.delenv("ICF_ASSESS_LANG", raising=False)
    set_language("pl")
    yield data
    set_language("pl")


@pytest.fixture
def output_dir(request: pytest.FixtureRequest) -> Path:
    """A folder under test-output/ named after the test, for screenshots."""
    path = OUTPUT / request.node.name
    path.mkdir(parents=True, exist_ok=True)
    return path
