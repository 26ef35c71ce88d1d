"""The plan, review, directory, report, export and statistics commands sign in with `--user`
and get exactly what the services allow that user (a real SQLite file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.accounts import AccountsService
from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from tests.app.test_cli import cli
from tests.privacy.test_roles_plans import (
    EXAMPLE,
    PASSWORD,
    SCHOOL,
    SURNAME,
    assess,
    assessed_child,
)

OTHER = "Bartkowiak"


@pytest.fixture
def records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int, int]:
    """Accounts ewa (administrator and specialist), anna and bartek (specialists), kasia
    (coordinator); Anna's child and Bartek's child (same school) with final assessments."""
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    accounts = AccountsService(db)
    ewa = accounts.create_first("ewa", PASSWORD)
    accounts.add_user(ewa, "anna", PASSWORD, ["specialist"])
    accounts.add_user(ewa, "bartek", PASSWORD, ["specialist"])
    accounts.add_user(ewa, "kasia", PASSWORD, ["coordinator"])
    _, assessment_id = assessed_child(db, accounts.login("anna", PASSWORD), date(2025, 10, 1))
    bartek = accounts.login("bartek", PASSWORD)
    child = ChildrenService(db, bartek).create(
        ChildInput("Tomek", OTHER, "2015-06-01", "M", school=SCHOOL, class_name="4a")
    )
    other_id = assess(db, bartek, child.id, date(2025, 10, 3))
    db.close()
    monkeypatch.setenv("ICF_ASSESS_PASSWORD", PASSWORD)
    return path, assessment_id, other_id


def test_plans_and_reviews_from_the_command_line_follow_the_roles(
    records: tuple[Path, int, int],
) -> None:
    path, assessment, _ = records
    db = ["--db", str(path)]
    code, _, err = cli(*db, "plan", "suggest", "--assessment", str(assessment))
    assert code == 1 and "zaloguj się" in err
    anna, bartek, kasia = ([*db, "--user", name] for name in ("anna", "bartek", "kasia"))
    code, out, err = cli(*anna, "plan", "create", "--assessment", str(assessment),
                         "--start", "2025-10-06", "--accept-all")  # fmt: skip
    assert code == 0 and "Utworzono plan 1 (ipet)" in out, err
    code, out, _ = cli(*anna, "plan", "show", "1")
    assert code == 0 and "Uczeń czyta głośno" in out
    code, out, err = cli(*bartek, "plan", "show", "1")
    assert code == 1 and out == "" and "Brak uprawnień" in err
    code, _, err = cli(*kasia, "--lang", "en", "plan", "history", "1")
    assert code == 1 and "Not permitted: children's records are only for specialists" in err

    code, out, _ = cli(*anna, "review", "due", "--within", "400")
    assert code == 0 and SURNAME in out
    code, out, _ = cli(*bartek, "review", "due", "--within", "400")
    assert code == 0 and SURNAME not in out and "Brak przeglądów do wykonania" in out

    code, _, err = cli(*anna, "directory", "import", str(EXAMPLE))
    assert code == 1 and "katalog sieci wsparcia zmienia koordynator" in err
    code, out, err = cli(*kasia, "directory", "import", str(EXAMPLE))
    assert code == 0 and "nowe 14" in out, err
    code, out, _ = cli(*anna, "directory", "match", "--need", "b230", "--age", "7")
    assert code == 0 and "Poradnia Audiologiczna" in out


def test_documents_and_statistics_from_the_command_line_follow_the_roles(
    records: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, assessment, bartek_s = records
    db = ["--db", str(path)]
    anna, bartek, kasia = ([*db, "--user", name] for name in ("anna", "bartek", "kasia"))
    mine = tmp_path / "ocena.pdf"
    code, out, err = cli(*anna, "report", "assessment", "--assessment", str(assessment),
                         "--out", str(mine))  # fmt: skip
    assert code == 0 and mine.stat().st_size > 1000, err
    for who in (bartek, kasia, db):
        target = tmp_path / "cudza.pdf"
        code, _, err = cli(*who, "report", "assessment", "--assessment", str(assessment),
                           "--out", str(target))  # fmt: skip
        assert code == 1 and not target.exists()
        assert "Brak uprawnień" in err or "zaloguj się" in err
    # her own and Bartek's at once: refused before the first file is written
    folder = tmp_path / "teczka"
    folder.mkdir()
    code, _, err = cli(*anna, "report", "assessment", "--assessment", str(assessment),
                       str(bartek_s), "--out", str(folder))  # fmt: skip
    assert code == 1 and "Brak uprawnień" in err and list(folder.iterdir()) == []
    # a school's children: each specialist gets only hers or his
    code, out, err = cli(*bartek, "report", "assessment", "--school", "Brzozowie",
                         "--out", str(folder))  # fmt: skip
    assert code == 0 and [f.name for f in folder.iterdir()] == [
        f"ocena-{bartek_s}-2025-10-03.pdf"
    ], err
    code, _, err = cli(*kasia, "report", "assessment", "--school", "Brzozowie",
                       "--out", str(folder))  # fmt: skip
    assert code == 1 and "Brak uprawnień" in err
    code, out, _ = cli(*anna, "export", "worksheet", "--school", "Brzozowie",
                       "--csv", str(tmp_path / "klasa.csv"))  # fmt: skip
    sheet = (tmp_path / "klasa.csv").read_text(encoding="utf-8-sig")
    assert code == 0 and SURNAME in sheet and OTHER not in sheet
    code, _, err = cli(*bartek, "export", "worksheet", "--assessment", str(assessment),
                       "--csv", str(tmp_path / "cudza.csv"))  # fmt: skip
    assert code == 1 and not (tmp_path / "cudza.csv").exists() and "Brak uprawnień" in err
    code, _, err = cli(*kasia, "export", "assessment", "--assessment", str(assessment),
                       "--xlsx", str(tmp_path / "cudza.xlsx"))  # fmt: skip
    assert code == 1 and not (tmp_path / "cudza.xlsx").exists()

    # anonymous statistics: every signed-in role, no one signed out
    for who in (kasia, bartek, anna):
        out_file = tmp_path / "statystyka.xlsx"
        code, out, err = cli(*who, "stats", "--out", str(out_file))
        assert code == 0 and "(<5 dzieci)" in out and out_file.exists(), err
        out_file.unlink()
    code, _, err = cli(*db, "stats", "--out", str(tmp_path / "s.xlsx"))
    assert code == 1 and "zaloguj się" in err and not (tmp_path / "s.xlsx").exists()
