"""User settings, kept as a small JSON file in the user data directory."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.paths import data_dir
from icf.i18n import DEFAULT_LANGUAGE, LANGUAGES

LANGUAGE_ENV = "ICF_ASSESS_LANG"


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    #: None: the SQLite file in the user data directory; else a path or postgresql://… URL
    database_url: str | None = None

    @staticmethod
    def path() -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        settings = cls()
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if isinstance(raw, dict) and raw.get("language") in LANGUAGES:
            settings.language = raw["language"]
        if isinstance(raw, dict) and isinstance(raw.get("database_url"), str):
            settings.database_url = raw["database_url"] or None
        env = os.environ.get(LANGUAGE_ENV)
        if env in LANGUAGES:
            settings.language = env
        return settings

    def save(self) -> None:
        path = self.path()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
