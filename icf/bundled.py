"""The classification shipped with the program (`resources/icf/*.jsonl`)."""

from __future__ import annotations

from pathlib import Path

from icf.classification import Classification, load_jsonl

DATA_DIR = Path(__file__).resolve().parent.parent / "resources" / "icf"
BUNDLED_FILES = ("b.jsonl", "s.jsonl", "d.jsonl", "e.jsonl")


def bundled_paths() -> list[Path]:
    return [p for p in (DATA_DIR / name for name in BUNDLED_FILES) if p.exists()]


def load_bundled() -> Classification:
    return load_jsonl(bundled_paths())
