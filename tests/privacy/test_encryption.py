"""Encryption at rest: real SQLCipher files whose bytes are searched for the test child's
data; wrong passphrases, weak ones, damaged files, rekeying, conversion and backups."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.children import ChildInput, ChildrenService
from app.storage.backup import backup_sqlite, restore_sqlite
from app.storage.database import Database
from app.storage.encryption import encrypt_database, looks_encrypted, rekey_database, verify
from app.storage.errors import StorageError
from app.storage.models import Child, Rating
from app.storage.privacy_errors import PrivacyError
from tests.privacy.conftest import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    SURNAME,
    add_sample,
    files_bytes,
    leaks,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count(Child.id))) or 0,
            session.scalar(select(func.count(Rating.id))) or 0,
        )


def sidecar_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def test_the_encrypted_file_its_log_and_its_backup_hold_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    add_sample(db)
    # while open: the database file and its write-ahead log
    assert leaks(files_bytes(*sidecar_files(path))) == []
    backup = backup_sqlite(db, tmp_path / "kopia.sqlite3")
    assert counts(db) == (1, 3)
    db.close()
    assert looks_encrypted(path) and looks_encrypted(backup)
    assert leaks(files_bytes(*sidecar_files(path), backup)) == []
    # the same records in a plain file do show: the search above can find them
    plain = Database.open(tmp_path / "plain.sqlite3")
    add_sample(plain)
    plain.close()
    assert SURNAME in leaks(files_bytes(*sidecar_files(tmp_path / "plain.sqlite3")))


def test_the_encrypted_database_keeps_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "records.sqlite3", passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA cipher_version").scalar()
        assert db.encrypted
    finally:
        db.close()


def test_a_wrong_or_missing_passphrase_opens_nothing_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    add_sample(db)
    db.close()
    before = digest(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(PrivacyError) as wrong:
        Database.open(path, passphrase=OTHER_PASSPHRASE)
    assert "Nieprawidłowe hasło" in wrong.value.message("pl")
    assert "Wrong passphrase" in wrong.value.message("en")
    with pytest.raises(PrivacyError) as missing:
        Database.open(path)
    assert "jest zaszyfrowana" in missing.value.message("pl")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    db = Database.open(path, passphrase=PASSPHRASE)
    assert counts(db) == (1, 3)
    db.close()


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "hasło jest puste"),
        ("     ", "hasło jest puste"),
        ("kotek", "co najmniej 10"),
        (" spacja na początku ", "spacją"),
        ("abababababab", "powtarzających"),
        ("20150309123456", "samych cyfr"),
    ],
)
def test_empty_or_weak_passphrases_are_refused_with_the_reason(
    tmp_path: Path, passphrase: str, reason: str
) -> None:
    path = tmp_path / "records.sqlite3"
    with pytest.raises(PrivacyError) as caught:
        Database.open(path, passphrase=passphrase)
    assert reason in caught.value.message("pl")
    assert "refused" in caught.value.message("en")
    assert not path.exists()


def test_rekey_keeps_every_record_and_retires_the_old_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    sample = add_sample(db)
    backup = backup_sqlite(db, tmp_path / "backups" / "kopia.sqlite3")
    before = counts(db)
    db.close()
    left = rekey_database(path, PASSPHRASE, OTHER_PASSPHRASE, [backup])
    assert left == []
    with pytest.raises(PrivacyError):
        Database.open(path, passphrase=PASSPHRASE)
    db = Database.open(path, passphrase=OTHER_PASSPHRASE)
    assert counts(db) == before
    assert ChildrenService(db, "t").get(sample.child_id).child.surname == SURNAME
    db.close()
    assert verify(backup, OTHER_PASSPHRASE)["children"] == 1  # the backup follows
    with pytest.raises(PrivacyError):
        rekey_database(path, PASSPHRASE, "Inne dobre hasło 99")  # the old one no longer works
    with pytest.raises(PrivacyError) as weak:
        rekey_database(path, OTHER_PASSPHRASE, "krótkie")
    assert "co najmniej" in weak.value.message("pl")


def test_converting_a_plain_database_keeps_every_record_and_leaves_no_clear_bytes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    sample = add_sample(db)
    backup = backup_sqlite(db, tmp_path / "backups" / "kopia.sqlite3")
    before = counts(db)
    db.close()
    assert leaks(files_bytes(path, backup))  # plain before
    left = encrypt_database(path, PASSPHRASE, [backup])
    assert left == []
    assert leaks(files_bytes(*sidecar_files(path), backup)) == []
    assert not Path(f"{path}-wal").exists()
    db = Database.open(path, passphrase=PASSPHRASE)
    assert counts(db) == before
    assert ChildrenService(db, "t").get(sample.child_id).guardians
    db.close()
    with pytest.raises(PrivacyError) as again:
        encrypt_database(path, PASSPHRASE)
    assert "już zaszyfrowana" in again.value.message("pl")


def test_an_interrupted_conversion_leaves_the_original_openable(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    add_sample(db)
    before = counts(db)
    db.close()
    # the conversion cannot write its copy (a folder stands where the copy goes)
    blocker = tmp_path / "records.sqlite3.reencrypting"
    blocker.mkdir()
    with pytest.raises(PrivacyError) as caught:
        encrypt_database(path, PASSPHRASE)
    assert "pozostał bez zmian" in caught.value.message("pl")
    blocker.rmdir()
    db = Database.open(path)  # still the plain original, every record there
    assert counts(db) == before and not db.encrypted
    db.close()
    # a half-written copy left by a killed conversion is not mistaken for the database
    blocker.write_bytes(b"\x13" * 4096)
    encrypt_database(path, PASSPHRASE)
    assert not blocker.exists()
    db = Database.open(path, passphrase=PASSPHRASE)
    assert counts(db) == before
    db.close()


def test_a_damaged_encrypted_file_gets_a_clear_message_and_stays_as_it_was(
    tmp_path: Path,
) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    add_sample(db)
    db.close()
    data = bytearray(path.read_bytes())
    data[20:4096] = b"\x00" * (4096 - 20)  # the first page (salt kept, the rest destroyed)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(PrivacyError) as caught:
        Database.open(path, passphrase=PASSPHRASE)
    assert "uszkodzony" in caught.value.message("pl")
    assert digest(path) == before


def test_encrypted_backups_restore_only_with_their_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    add_sample(db)
    backup = backup_sqlite(db, tmp_path / "kopia.sqlite3")
    ChildrenService(db, "t").create(ChildInput("Adam", "Nowy", "2016-01-01", "M"))
    db.close()
    before = digest(path)
    with pytest.raises(StorageError) as unknown:
        restore_sqlite(path, backup)
    assert "zaszyfrowana" in unknown.value.message("pl")
    with pytest.raises((StorageError, PrivacyError)) as wrong:
        restore_sqlite(path, backup, passphrase=OTHER_PASSPHRASE)
    assert "hasło" in wrong.value.message("pl")
    assert digest(path) == before
    kept = restore_sqlite(path, backup, passphrase=PASSPHRASE)
    assert kept is not None and looks_encrypted(kept) and leaks(kept.read_bytes()) == []
    db = Database.open(path, passphrase=PASSPHRASE)
    assert counts(db) == (1, 3)
    db.close()
    assert looks_encrypted(path)


def test_a_plain_backup_restored_into_an_encrypted_store_is_encrypted(tmp_path: Path) -> None:
    plain = Database.open(tmp_path / "old.sqlite3")
    add_sample(plain)
    plain_backup = backup_sqlite(plain, tmp_path / "stara-kopia.sqlite3")
    plain.close()
    path = tmp_path / "records.sqlite3"
    Database.open(path, passphrase=PASSPHRASE).close()
    restore_sqlite(path, plain_backup, passphrase=PASSPHRASE)
    assert looks_encrypted(path) and leaks(files_bytes(*sidecar_files(path))) == []
    db = Database.open(path, passphrase=PASSPHRASE)
    assert counts(db) == (1, 3)
    db.close()
