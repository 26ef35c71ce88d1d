"""Every user-visible string of the GUI has a finished Polish translation, compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"


def _lupdate() -> str:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    return str(exe) if exe.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def test_every_gui_string_has_a_finished_polish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "gui").glob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    shipped = ET.parse(I18N / "icf_assess_pl.ts").getroot()
    translated = {
        m.findtext("source")
        for m in shipped.iter("message")
        if m.find("translation") is not None
        and m.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    }
    missing = sorted(s for s in in_code - translated if s)
    assert not missing, f"untranslated GUI strings (run scripts/update-translations.sh): {missing}"


def test_shipped_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = _lupdate().replace("lupdate", "lrelease")
    for lang in ("pl", "en"):
        ts, qm = I18N / f"icf_assess_{lang}.ts", I18N / f"icf_assess_{lang}.qm"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert qm.read_bytes() == fresh.read_bytes(), (
            f"{qm.name} is out of date: run scripts/update-translations.sh"
        )


def test_polish_translations_use_polish_letters() -> None:
    text = (I18N / "icf_assess_pl.ts").read_text(encoding="utf-8")
    assert "Szukaj po kodzie lub słowach" in text
    assert "Niczego nie zaimportowano; klasyfikacja pozostała bez zmian." in text
