"""Backups of the SQLite store: consistent online copies, rotation, verified restore.

A backup is made with SQLite's online backup API (a consistent copy even while the program
writes), checked with `PRAGMA integrity_check`, and only then given its final name. A
restore first checks the chosen file the same way, keeps a backup of the current database,
and replaces the database file atomically. PostgreSQL is backed up with pg_dump (README).

An encrypted database gets encrypted backups with the same passphrase (a verified
`sqlcipher_export` copy); an encrypted backup is restored only with its passphrase, and a
plain backup restored into an encrypted store is encrypted on the way in, so that the
records are never put back on disk in clear.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage.database import MIGRATIONS, SQLITE_HEADER, Database, knows_revision
from app.storage.errors import StorageError

#: automatic backups kept per reason (older ones are removed)
KEEP = 10
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created: datetime


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `as_uri` escapes characters such as # ? % in the path."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _copy_database(source: Path, target: Path, *, read_only: bool = False) -> None:
    """A consistent copy with SQLite's online backup API; both connections are closed."""
    with (
        closing(_read_only(source) if read_only else sqlite3.connect(source)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def backup_dir(db: Database) -> Path:
    assert db.path is not None
    return db.path.parent / "backups"


def _require_sqlite(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise StorageError("sqlite_only")
    return db.path


def backup_sqlite(
    db: Database, target: Path | None = None, *, reason: str = "manual", keep: int = KEEP
) -> Path:
    """Copy the database to `target` (or the backups folder); return the backup's path."""
    source = _require_sqlite(db)
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = backup_dir(db) / f"{source.stem}-{reason}-{stamp}{SUFFIX}"
    if target.resolve() == source.resolve():
        raise StorageError(
            "backup_failed",
            reason={
                "pl": "kopii nie można zapisać w miejscu samej bazy danych",
                "en": "the backup cannot be written over the database itself",
            },
        )
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if db.passphrase is not None:
            from app.storage.encryption import export_copy

            export_copy(source, db.passphrase, partial, db.passphrase)  # verifies the copy
        else:
            _copy_database(source, partial)
            _verify(partial)
        os.replace(partial, target)
    except _copy_errors() as exc:
        raise StorageError("backup_failed", reason=str(exc)) from exc
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    if reason != "manual":
        _rotate(target.parent, f"{source.stem}-{reason}-", keep)
    return target


def _rotate(folder: Path, prefix: str, keep: int) -> None:
    backups = sorted(p for p in folder.glob(f"{prefix}*{SUFFIX}"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def list_backups(db: Database) -> list[BackupInfo]:
    _require_sqlite(db)
    folder = backup_dir(db)
    if not folder.exists():
        return []
    items = []
    for path in folder.glob(f"*{SUFFIX}"):
        stat = path.stat()
        items.append(BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    return sorted(items, key=lambda b: (b.created, b.path.name), reverse=True)


def _verify(path: Path) -> None:
    """Raise sqlite3.DatabaseError unless the file is an intact ICF Assess database."""
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise sqlite3.DatabaseError("not an SQLite database")
    connection = _read_only(path)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {result}")
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            raise sqlite3.DatabaseError("not an ICF Assess database")
    finally:
        connection.close()


def _copy_errors() -> tuple[type[Exception], ...]:
    """What a copy or a check can raise: SQLite, SQLCipher (loaded on first use) or the OS."""
    from sqlcipher3 import dbapi2

    return (sqlite3.Error, OSError, dbapi2.Error)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def restore_sqlite(
    target: Path,
    backup: Path,
    *,
    migrations: Path = MIGRATIONS,
    passphrase: str | None = None,
) -> Path | None:
    """Replace the database file `target` with a verified backup. The database must not be
    open. Works also when the current file is damaged (that is when a restore is needed).
    `passphrase` opens an encrypted backup, and the restored database is encrypted with it.

    The current file is kept first as a "before-restore" backup (a consistent copy when it
    is readable, else the raw bytes); if anything fails, the current file is left as it
    was. Returns where the previous state was kept (None when there was no file).
    """
    reasons = {
        "missing": {"pl": "plik nie istnieje", "en": "the file does not exist"},
        "bad": {
            "pl": "to nie jest nienaruszona kopia bazy ICF Assess",
            "en": "it is not an intact ICF Assess database copy",
        },
        "newer": {
            "pl": "kopia pochodzi z nowszej wersji programu",
            "en": "the copy comes from a newer version of the program",
        },
        "same": {"pl": "to jest ta sama baza danych", "en": "it is the database itself"},
        "encrypted": {
            "pl": "kopia jest zaszyfrowana, podaj jej hasło",
            "en": "the copy is encrypted, give its passphrase",
        },
        "passphrase": {
            "pl": "nieprawidłowe hasło kopii albo kopia jest uszkodzona",
            "en": "wrong passphrase for the copy, or the copy is damaged",
        },
    }
    if not backup.is_file():
        raise StorageError("restore_failed", file=str(backup), reason=reasons["missing"])
    if target.exists() and backup.resolve() == target.resolve():
        raise StorageError("restore_failed", file=str(backup), reason=reasons["same"])
    from app.storage import encryption

    backup_key = passphrase if encryption.looks_encrypted(backup) else None
    if encryption.looks_encrypted(backup) and passphrase is None:
        raise StorageError("restore_failed", file=str(backup), reason=reasons["encrypted"])
    if encryption.looks_encrypted(target) and passphrase is not None:
        encryption.check_key(target, passphrase)  # the passphrase of the current store
    try:
        if backup_key is None:
            _verify(backup)
            revision = _revision(backup)
        else:
            encryption.verify(backup, backup_key)
            revision = _revision(backup, backup_key)
    except _copy_errors() as exc:
        reason = reasons["bad"] if backup_key is None else reasons["passphrase"]
        raise StorageError("restore_failed", file=str(backup), reason=reason) from exc
    if revision is None or not knows_revision(revision, migrations):
        raise StorageError("restore_failed", file=str(backup), reason=reasons["newer"])
    kept = _keep_current(target, passphrase) if target.exists() else None
    staged = target.with_name(target.name + ".restoring")
    try:
        if passphrase is None:
            _copy_database(backup, staged, read_only=True)
            _verify(staged)
        else:  # encrypted (again) with the passphrase; verified by export_copy
            encryption.export_copy(backup, backup_key, staged, passphrase)
        for sidecar in _sidecars(target):
            sidecar.unlink(missing_ok=True)
        os.replace(staged, target)
    except _copy_errors() as exc:
        raise StorageError("restore_failed", file=str(backup), reason=str(exc)) from exc
    finally:
        for leftover in (staged, *_sidecars(staged)):
            leftover.unlink(missing_ok=True)
    return kept


def _keep_current(target: Path, passphrase: str | None = None) -> Path:
    from app.storage import encryption

    folder = target.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = folder / f"{target.stem}-before-restore-{stamp}{SUFFIX}"
    try:
        if encryption.looks_encrypted(target):
            encryption.export_copy(target, passphrase, kept, passphrase)
        else:
            _copy_database(target, kept)
            _verify(kept)
    except _copy_errors():
        # damaged: keep its bytes (and its write-ahead log) as they are
        shutil.copy2(target, kept)
        for sidecar, copy in zip(_sidecars(target), _sidecars(kept), strict=True):
            if sidecar.exists():
                shutil.copy2(sidecar, copy)
    return kept


def _revision(path: Path, passphrase: str | None = None) -> str | None:
    if passphrase is not None:
        from app.storage.encryption import connect

        connection = connect(path, passphrase, read_only=True)
    else:
        connection = _read_only(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def auto_backup(db: Database, *, every_hours: float = 24, keep: int = KEEP) -> Path | None:
    """A rotating automatic backup, at most one per `every_hours`; None when not due or when
    the database is not a SQLite file (or is still empty)."""
    if not db.is_sqlite or db.path is None or not db.path.exists():
        return None
    folder = backup_dir(db)
    prefix = f"{db.path.stem}-auto-"
    latest = max((p.stat().st_mtime for p in folder.glob(f"{prefix}*{SUFFIX}")), default=0.0)
    if datetime.now().timestamp() - latest < every_hours * 3600:
        return None
    return backup_sqlite(db, reason="auto", keep=keep)
