"""Where the application keeps its files: the shipped resources and the user's data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "icf-assess"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"

#: Overrides the user data directory (tests, portable installs, several profiles).
DATA_DIR_ENV = "ICF_ASSESS_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory (created on demand): settings, imports, databases."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
