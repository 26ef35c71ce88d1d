"""The privacy commands end to end through the command line, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.encryption import looks_encrypted
from tests.app.test_cli import cli
from tests.privacy.conftest import OTHER_PASSPHRASE, PASSPHRASE, SURNAME, add_sample, leaks

PASSWORD = "Hasło do poradni 2026"


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    add_sample(db)
    db.close()
    return path


def secret_file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_encrypt_rekey_and_info(records: Path, tmp_path: Path) -> None:
    key = secret_file(tmp_path, "haslo.txt", PASSPHRASE)
    code, out, err = cli("--db", str(records), "--passphrase-file", key, "db", "encrypt")
    assert code == 0, err
    assert "jest teraz zaszyfrowana" in out and looks_encrypted(records)
    assert leaks(records.read_bytes()) == []
    code, _, err = cli("--db", str(records), "db", "info")
    assert code == 1 and "jest zaszyfrowana" in err
    code, out, _ = cli("--db", str(records), "--passphrase-file", key, "db", "info")
    assert code == 0 and "Szyfrowanie: tak" in out and "Dzieci: 1" in out

    new = secret_file(tmp_path, "nowe.txt", OTHER_PASSPHRASE)
    code, out, err = cli(
        "--db", str(records), "--passphrase-file", key, "db", "rekey", "--new-passphrase-file", new
    )
    assert code == 0, err
    code, _, err = cli("--db", str(records), "--passphrase-file", key, "db", "info")
    assert code == 1 and "Nieprawidłowe hasło" in err
    code, out, _ = cli("--db", str(records), "--passphrase-file", new, "--lang", "en", "db", "info")
    assert "Encryption: yes" in out and "Children: 1" in out

    weak = secret_file(tmp_path, "slabe.txt", "1234")
    code, _, err = cli(
        "--db", str(records), "--passphrase-file", new, "db", "rekey", "--new-passphrase-file", weak
    )
    assert code == 1 and "Hasło odrzucone" in err


def test_users_audit_and_gdpr_commands(
    records: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(records)]
    monkeypatch.setenv("ICF_ASSESS_NEW_PASSWORD", PASSWORD)
    code, out, err = cli(
        *db, "user", "add", "ewa", "--role", "administrator", "--role", "specialist"
    )
    assert code == 0, err
    assert "Dodano użytkownika ewa" in out
    # accounts exist: anonymous commands are refused
    code, _, err = cli(*db, "audit", "verify")
    assert code == 1 and "zaloguj się" in err
    monkeypatch.setenv("ICF_ASSESS_PASSWORD", "złe hasło 123456")
    code, _, err = cli(*db, "--user", "ewa", "audit", "verify")
    assert code == 1 and "Nieprawidłowa nazwa użytkownika lub hasło" in err
    monkeypatch.setenv("ICF_ASSESS_PASSWORD", PASSWORD)
    ewa = [*db, "--user", "ewa"]
    code, out, _ = cli(*ewa, "audit", "verify")
    assert code == 0 and "nienaruszony" in out
    code, out, err = cli(*ewa, "user", "add", "kasia", "--role", "coordinator")
    assert code == 0, err
    code, out, _ = cli(*ewa, "user", "list")
    assert "kasia" in out and "coordinator" in out and "ewa" in out

    code, out, _ = cli(*ewa, "gdpr", "export", "1", str(tmp_path / "dziecko.json"))
    assert code == 0 and SURNAME in (tmp_path / "dziecko.json").read_text(encoding="utf-8")
    code, out, _ = cli(*ewa, "gdpr", "pseudonymise", str(tmp_path / "badania.csv"))
    assert code == 0 and "(3 wierszy)" in out
    assert SURNAME not in (tmp_path / "badania.csv").read_text(encoding="utf-8-sig")
    code, out, _ = cli(*ewa, "gdpr", "retention", "--set-years", "5")
    assert code == 0 and "5 lat" in out and "Do przeglądu: 0" in out
    code, _, err = cli(*ewa, "gdpr", "erase", "1")
    assert code == 1 and "--yes" in err
    code, out, _ = cli(*ewa, "gdpr", "erase", "1", "--yes")
    assert code == 0 and "Usunięto dane dziecka nr 1" in out
    assert leaks(records.read_bytes()) == []
    code, out, _ = cli(*ewa, "audit", "export", str(tmp_path / "log.csv"), "--action", "erase")
    assert code == 0
    lines = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and ";erase;child;1;" in lines[1]

    # demo data is written only by a signed-in specialist
    code, _, err = cli(*db, "demo", "--children", "2")
    assert code == 1 and "zaloguj się" in err
    code, out, _ = cli(*ewa, "demo", "--children", "2")
    assert code == 0 and "dzieci 2" in out

    # the coordinator gets statistics but cannot open the audit log
    monkeypatch.setenv("ICF_ASSESS_NEW_PASSWORD", PASSWORD)
    code, out, _ = cli(*db, "--user", "kasia", "gdpr", "statistics")
    assert code == 0 and "children_by_age_band_and_sex" in json.loads(out)
    code, _, err = cli(*db, "--user", "kasia", "audit", "verify")
    assert code == 1 and "Brak uprawnień" in err
