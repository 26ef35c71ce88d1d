"""The records database from the command line: info, backup, restore, upgrade, --db."""

from __future__ import annotations

from pathlib import Path

from app.services.children import ChildInput, ChildrenService
from app.storage.database import Database
from tests.app.test_cli import cli


def make_records(path: Path, *names: str) -> None:
    db = Database.open(path)
    for name in names:
        ChildrenService(db, "t").create(ChildInput(name, "Kaczmarek", "2012-12-12", "M"))
    db.close()


def test_the_default_database_lives_in_the_user_data_directory(user_data_dir: Path) -> None:
    code, out, _ = cli("db", "info")
    assert code == 0
    assert f"Baza danych: {user_data_dir / 'icf-assess.sqlite3'}" in out
    assert "Dzieci: 0" in out


def test_backup_and_restore_through_the_command_line(tmp_path: Path) -> None:
    records = tmp_path / "records.sqlite3"
    make_records(records, "Piotr")
    copy = tmp_path / "kopia.sqlite3"
    code, out, _ = cli("--db", str(records), "db", "backup", str(copy))
    assert code == 0 and "Kopia zapasowa zapisana" in out and copy.exists()
    make_records(records, "Paweł")
    code, out, _ = cli("--db", str(records), "--lang", "en", "db", "info")
    assert "Children: 2" in out
    code, out, _ = cli("--db", str(records), "db", "restore", str(copy))
    assert code == 0 and "Przywrócono bazę danych" in out
    code, out, _ = cli("--db", str(records), "db", "info")
    assert "Dzieci: 1" in out


def test_restore_of_a_wrong_file_fails_and_keeps_the_database(tmp_path: Path) -> None:
    records = tmp_path / "records.sqlite3"
    make_records(records, "Piotr")
    wrong = tmp_path / "list.sqlite3"
    wrong.write_text("to jest list, nie baza", encoding="utf-8")
    code, _, err = cli("--db", str(records), "db", "restore", str(wrong))
    assert code == 1
    assert "Obecna baza danych pozostała bez zmian" in err
    assert "Dzieci: 1" in cli("--db", str(records), "db", "info")[1]


def test_a_file_that_is_not_a_database_is_refused_by_every_command(tmp_path: Path) -> None:
    wrong = tmp_path / "notatki.txt"
    wrong.write_text("notatki", encoding="utf-8")
    for command in (("db", "info"), ("db", "backup"), ("db", "upgrade")):
        code, _, err = cli("--db", str(wrong), *command)
        assert code == 1
        assert "nie jest bazą danych ICF Assess" in err
    assert wrong.read_text(encoding="utf-8") == "notatki"


def test_team_mode_on_postgresql(postgres_url: str) -> None:
    code, out, _ = cli("--db", postgres_url, "db", "upgrade")
    assert code == 0 and "aktualny" in out
    code, _, err = cli("--db", postgres_url, "db", "backup")
    assert code == 1 and "pg_dump" in err


def test_demo_data_from_the_command_line(tmp_path: Path) -> None:
    records = tmp_path / "demo.sqlite3"
    code, out, _ = cli("--db", str(records), "demo", "--children", "20", "--seed", "3")
    assert code == 0 and "Dodano dane demonstracyjne: dzieci 20" in out
    assert "Dzieci: 20" in cli("--db", str(records), "db", "info")[1]
