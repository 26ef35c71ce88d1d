"""Opening the user's records: which database, upgraded and backed up on open, and who acts.

The database is chosen by, in this order: the `--db` option, the `ICF_ASSESS_DB`
environment variable, the `database_url` setting, else the SQLite file in the user data
directory. Opening upgrades the schema (a SQLite file is backed up first) and makes the
daily rotating backup of a SQLite store.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

from app.settings import Settings

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when the records are opened
    from app.storage.database import Database

DB_ENV = "ICF_ASSESS_DB"


def database_url(explicit: str | None = None) -> str:
    from app.storage.database import default_url

    return explicit or os.environ.get(DB_ENV) or Settings.load().database_url or default_url()


def open_records(explicit: str | None = None, *, daily_backup: bool = True) -> Database:
    """The records, upgraded; with `daily_backup`, also the day's rotating copy (which takes
    seconds on a large file: the window makes it once, in a worker thread, at start)."""
    from app.storage.backup import auto_backup
    from app.storage.database import Database
    from app.storage.errors import StorageError

    db = Database.open(database_url(explicit))
    if daily_backup:
        try:
            auto_backup(db)
        except StorageError:
            pass  # the daily copy is a convenience: a full disk must not lock the records away
    return db


def current_actor() -> str:
    """Who is acting, for the audit trail (the login name until accounts exist)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"
