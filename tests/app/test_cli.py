"""The command line: search, show, check and import, with exit codes and messages."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from app.cli import run
from tests.conftest import ROOT


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_search_lists_codes_with_titles_in_polish_by_default() -> None:
    code, out, _ = cli("icf", "search", "czytanie")
    assert code == 0
    assert "d166" in out and "Czytanie" in out


def test_search_in_english_without_diacritics() -> None:
    code, out, _ = cli("--lang", "en", "icf", "search", "czytanie")
    assert code == 0
    assert "d166" in out and "Reading" in out


def test_search_with_no_results_exits_non_zero() -> None:
    code, out, err = cli("icf", "search", "qqqzzz")
    assert code == 1 and out == ""
    assert "Brak wyników" in err


def test_show_prints_titles_hierarchy_and_qualifiers() -> None:
    code, out, _ = cli("icf", "show", "d166")
    assert code == 0
    assert out.startswith("d166  Czytanie")
    assert "(Reading)" in out
    assert "d1 Uczenie się i stosowanie wiedzy" in out
    assert "Wykonanie, zdolność bez pomocy" in out and "umiarkowana trudność (25–49%)" in out


def test_show_an_environmental_factor_lists_barriers_and_facilitators() -> None:
    code, out, _ = cli("--lang", "en", "icf", "show", "e310")
    assert code == 0
    assert "Barrier" in out and "Facilitator" in out and "substantial facilitator" in out


def test_show_unknown_code_fails_clearly() -> None:
    code, out, err = cli("icf", "show", "b999")
    assert code == 1
    assert "takiej kategorii nie ma" in err


def test_check_reports_one_line_per_item() -> None:
    code, out, _ = cli("icf", "check", "d166.21 e310+3 b1400.7")
    lines = out.strip().splitlines()
    assert code == 1  # one invalid item
    assert len(lines) == 3
    assert lines[0].startswith("d166.21\tpoprawny: Czytanie")
    assert "zdolność bez pomocy: niewielka trudność" in lines[0]
    assert lines[1].startswith("e310+3\tpoprawny:") and "znaczny czynnik ułatwiający" in lines[1]
    assert (
        lines[2].startswith("b1400.7\tbłędny:") and "„7” nie jest dozwoloną wartością" in lines[2]
    )


def test_check_refuses_a_well_formed_code_that_does_not_exist() -> None:
    code, out, _ = cli("--lang", "en", "icf", "check", "b999.1")
    assert code == 1
    assert "no such category" in out


def test_check_all_valid_exits_zero() -> None:
    code, out, _ = cli("icf", "check", "b1400.2,", "e310.2;", "d166.2_1")
    assert code == 0
    assert out.count("poprawny") == 3


def test_import_of_a_missing_file_fails_and_stores_nothing(user_data_dir: Path) -> None:
    code, _, err = cli("icf", "import-claml", str(user_data_dir / "nope.xml"))
    assert code == 1
    assert "Nie można zaimportować" in err
    assert not (user_data_dir / "classification" / "imported.jsonl").exists()


def test_console_entry_point_runs_as_a_process(user_data_dir: Path) -> None:
    env = {**os.environ, "ICF_ASSESS_DATA_DIR": str(user_data_dir)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "icf", "search", "d16"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("d160")
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "icf", "check", "d166+2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert bad.returncode == 1
    assert "czynników środowiskowych" in bad.stdout
    assert "Traceback" not in bad.stderr
