"""What happens with files that are not what they should be: each gets a clear message and
nothing is changed. Backups and restores of the SQLite store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services.children import ChildInput, ChildrenService
from app.storage.backup import auto_backup, backup_sqlite, list_backups, restore_sqlite
from app.storage.database import Database
from app.storage.errors import StorageError


def child(n: int = 0) -> ChildInput:
    return ChildInput(f"Zosia{n}", "Wiśniewska", "2016-06-01", "F")


def test_a_text_file_is_not_a_database_and_stays_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Notatki z rozmowy z mamą Zosi\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert "nie jest bazą danych ICF Assess" in caught.value.message("pl")
    assert "is not an ICF Assess database" in caught.value.message("en")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('x')")
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert "nie jest bazą danych ICF Assess" in caught.value.message("pl")
    assert path.read_bytes() == before


def test_a_truncated_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    ChildrenService(db, "t").create(child())
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3] + b"\x00" * 100)
    with pytest.raises(StorageError) as caught:
        db = Database.open(path)
        ChildrenService(db, "t").search()
    assert "uszkodzony" in caught.value.message("pl") or "nie jest bazą" in caught.value.message(
        "pl"
    )


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        Database.open(tmp_path)


def test_a_read_only_database_refuses_writes_clearly(tmp_path: Path) -> None:
    # tests run as root, which ignores permission bits: open the file read-only in SQLite
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    db = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true", upgrade=False)
    try:
        with pytest.raises(StorageError) as caught:
            ChildrenService(db, "t").create(child())
        assert "tylko do odczytu" in caught.value.message("pl")
    finally:
        db.close()


def test_a_locked_database_gives_a_clear_message_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path, busy_timeout_ms=200)
    children = ChildrenService(db, "t")
    children.create(child(1))
    blocker = sqlite3.connect(path, timeout=0)  # another program holds the write lock
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            children.create(child(2))
        assert "zajęta" in caught.value.message("pl")
    finally:
        blocker.rollback()
        blocker.close()
    assert [c.given_names for c in children.search().items] == ["Zosia1"]
    children.create(child(3))  # works again once the other program lets go
    assert children.count() == 2
    db.close()


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    children = ChildrenService(db, "t")
    children.create(child(1))
    copy = backup_sqlite(db, tmp_path / "copy.sqlite3")
    children.create(child(2))
    assert children.count() == 2
    db.close()
    restore_sqlite(path, copy)
    db = Database.open(path)
    try:
        assert [c.given_names for c in ChildrenService(db, "t").search().items] == ["Zosia1"]
        # the state before the restore was kept as a backup too
        assert any("before-restore" in b.path.name for b in list_backups(db))
    finally:
        db.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_restoring_a_bad_file_changes_nothing(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    ChildrenService(db, "t").create(child(1))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    db.close()
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        restore_sqlite(path, bad)
    assert "Obecna baza danych pozostała bez zmian" in caught.value.message("pl")
    assert path.read_bytes() == before
    db = Database.open(path)
    assert ChildrenService(db, "t").count() == 1
    db.close()


def test_a_damaged_database_can_be_restored_from_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = Database.open(path)
    ChildrenService(db, "t").create(child(1))
    copy = backup_sqlite(db, tmp_path / "copy.sqlite3")
    db.close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    path.write_bytes(damaged)
    kept = restore_sqlite(path, copy)
    db = Database.open(path)
    try:
        assert ChildrenService(db, "t").count() == 1
    finally:
        db.close()
    assert kept is not None and kept.read_bytes() == damaged  # the damaged file is kept too
    leftovers = [p.name for p in (tmp_path / "backups").iterdir() if p.suffix != ".sqlite3"]
    assert leftovers == []


def test_restoring_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        restore_sqlite(tmp_path / "records.sqlite3", tmp_path / "nope.sqlite3")
    assert "plik nie istnieje" in caught.value.message("pl")


def test_automatic_backups_rotate(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "records.sqlite3")
    ChildrenService(db, "t").create(child(1))
    first = auto_backup(db)
    assert first is not None and first.exists()
    assert auto_backup(db) is None  # not due yet
    for _ in range(5):
        auto_backup(db, every_hours=0, keep=3)
    autos = [b for b in list_backups(db) if "-auto-" in b.path.name]
    assert len(autos) == 3
    # no write-ahead logs or half-written copies are left behind
    assert sorted(p.suffix for p in (tmp_path / "backups").iterdir()) == [".sqlite3"] * 3
    db.close()


def test_postgresql_has_no_file_backup(postgres_url: str) -> None:
    db = Database.open(postgres_url)
    try:
        with pytest.raises(StorageError) as caught:
            backup_sqlite(db)
        assert "pg_dump" in caught.value.message("pl")
    finally:
        db.close()


def test_an_unreachable_server_gives_a_clear_message() -> None:
    with pytest.raises(StorageError) as caught:
        Database.open("postgresql://nobody:secret@127.0.0.1:1/nothing")
    message = caught.value.message("pl")
    assert "Nie można połączyć się z serwerem" in message
    assert "secret" not in message
