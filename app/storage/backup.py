"""Backups of the SQLite store: consistent online copies, rotation, verified restore.

A backup is made with SQLite's online backup API (a consistent copy even while the program
writes), checked with `PRAGMA integrity_check`, and only then given its final name. A
restore first checks the chosen file the same way, keeps a backup of the current database,
and replaces the database file atomically. PostgreSQL is backed up with pg_dump (README).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage.database import SQLITE_HEADER, Database
from app.storage.errors import StorageError

#: automatic backups kept per reason (older ones are removed)
KEEP = 10
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created: datetime


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
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        _verify(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError("backup_failed", reason=str(exc)) from exc
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
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def restore_sqlite(db: Database, backup: Path) -> Database:
    """Replace the database with a verified backup; return the reopened database.

    The current database is backed up first ("before-restore"); if anything fails, the
    current database is left as it was.
    """
    target = _require_sqlite(db)
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
    }
    if not backup.is_file():
        raise StorageError("restore_failed", file=str(backup), reason=reasons["missing"])
    try:
        _verify(backup)
        revision = _revision(backup)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError("restore_failed", file=str(backup), reason=reasons["bad"]) from exc
    if revision is None or not db.knows_revision(revision):
        raise StorageError("restore_failed", file=str(backup), reason=reasons["newer"])
    if target.exists():
        backup_sqlite(db, reason="before-restore")
    staged = target.with_name(target.name + ".restoring")
    try:
        with (
            sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as src,
            sqlite3.connect(staged) as dst,
        ):
            src.backup(dst)
        _verify(staged)
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
        raise StorageError("restore_failed", file=str(backup), reason=str(exc)) from exc
    url = db.url
    db.close()
    for extra in ("-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    os.replace(staged, target)
    return type(db).open(url.render_as_string(hide_password=False))


def _revision(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
