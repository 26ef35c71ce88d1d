"""The plan, directory and review commands on a real SQLite file: what a specialist types
and reads."""

from __future__ import annotations

import io
from pathlib import Path

from app.cli import run
from app.storage.database import Database
from tests.conftest import ROOT
from tests.plans.vignettes import ZOSIA
from tests.storage.plan_helpers import child_with_assessment

EXAMPLE = ROOT / "resources" / "directory" / "przyklad-siec-wsparcia.csv"


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_suggest_create_show_and_review_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    _, assessment = child_with_assessment(db, ZOSIA)
    db.close()
    code, out, _ = call("--db", str(path), "plan", "suggest", "--assessment", str(assessment))
    assert code == 0
    assert "Sugerowana intensywność wsparcia: ukierunkowane" in out
    assert "zajęcia korekcyjno-kompensacyjne: Zajęcia korekcyjno-kompensacyjne" in out
    assert "powód: d166.32 (ocena: specjalista): d166 >= 2" in out
    assert "cel d166: poziom wyjściowy 3 → docelowy 2" in out

    code, out, _ = call(
        "--db", str(path), "plan", "create", "--assessment", str(assessment),
        "--start", "2025-10-01", "--accept-all",
    )  # fmt: skip
    assert code == 0 and "Utworzono plan 1 (ipet)" in out
    assert "2026-01-31, 2026-06-15" in out
    code, out, _ = call("--db", str(path), "plan", "show", "1")
    assert "Zakres i sposób dostosowania wymagań edukacyjnych" in out
    assert "przyjęte: Uczeń czyta głośno" in out
    assert "d166: 3 → 2, termin 2026-03-01" in out
    code, out, _ = call("--db", str(path), "plan", "history", "1")
    assert "Przyjęto wszystkie oczekujące propozycje" in out

    code, out, _ = call("--db", str(path), "--lang", "en", "review", "record", "1",
                        "--date", "2026-01-30", "--level", "1=0", "--level", "2=1")  # fmt: skip
    # levels 0 and +1: T = 50 + 10·1/√(0.7·2 + 0.3·4) = 50 + 10/√2.6 = 56.2
    assert code == 0 and "goal attainment T-score: 56.2" in out
    code, out, _ = call("--db", str(path), "review", "summary", "1")
    assert "Wynik T osiągnięcia celów (ostatni przegląd): 56.2" in out
    assert "przekroczony" in out
    code, out, err = call("--db", str(path), "review", "record", "1", "--date", "2026-02-01",
                          "--level", "1=5")  # fmt: skip
    assert code == 1 and "od −2 do +2" in err


def test_directory_import_match_and_export(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    code, out, _ = call("--db", str(path), "directory", "import", str(EXAMPLE))
    assert code == 0 and "nowe 14" in out
    code, out, _ = call("--db", str(path), "directory", "match", "--need", "b230", "--age", "7")
    assert code == 0 and out.splitlines()[0].endswith("wiek 0–18 lat")
    assert "Poradnia Audiologiczna" in out.splitlines()[0]
    code, out, _ = call("--db", str(path), "directory", "match", "--need", "b230", "--age", "30")
    assert code == 1 and "Brak pasujących instytucji" in out
    export = tmp_path / "siec.xlsx"
    code, out, _ = call("--db", str(path), "directory", "export", str(export))
    assert code == 0 and export.exists()
    bad = tmp_path / "zla.csv"
    bad.write_text("Nazwa;Sektor\nX;oświata\n", encoding="utf-8")
    code, _, err = call("--db", str(path), "directory", "import", str(bad))
    assert code == 1 and "brak kolumn: Rola w sieci, Adres, Obszar działania, Kody ICF" in err
