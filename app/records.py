"""Opening the user's records: which database, upgraded and backed up on open, and who acts.

The database is chosen by, in this order: the `--db` option, the `ICF_ASSESS_DB`
environment variable, the `database_url` setting, else the SQLite file in the user data
directory. Opening upgrades the schema (a SQLite file is backed up first) and makes the
daily rotating backup of a SQLite store.

An encrypted SQLite file needs its passphrase: given by the caller (the GUI's prompt, the
command line's `--passphrase-file`) or, for scripts and tests, in `ICF_ASSESS_PASSPHRASE`.
Who acts is the signed-in user once someone signed in (`set_current_actor`), else the
computer's login name (enough while the database has no user accounts).
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

from app.settings import Settings

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when the records are opened
    from app.services.access import Actor
    from app.storage.database import Database

DB_ENV = "ICF_ASSESS_DB"


def database_url(explicit: str | None = None) -> str:
    from app.storage.database import default_url

    return explicit or os.environ.get(DB_ENV) or Settings.load().database_url or default_url()


def open_records(
    explicit: str | None = None, passphrase: str | None = None, *, daily_backup: bool = True
) -> Database:
    """The records, upgraded (an encrypted store with the passphrase given, the one the
    unlock dialog or the command line set, or ICF_ASSESS_PASSPHRASE); with `daily_backup`,
    also the day's rotating copy (which takes seconds on a large file: the window makes it
    once, in a worker thread, at start)."""
    from app.storage.backup import auto_backup
    from app.storage.database import Database
    from app.storage.encryption import passphrase_from_env
    from app.storage.errors import StorageError

    key = passphrase or _passphrase or passphrase_from_env()
    db = Database.open(database_url(explicit), passphrase=key)
    if daily_backup:
        try:
            auto_backup(db)
        except StorageError:
            pass  # the daily copy is a convenience: a full disk must not lock the records away
    return db


_signed_in: Actor | None = None
#: the passphrase the user typed at start (memory only), for every later open_records()
_passphrase: str | None = None


def set_passphrase(passphrase: str | None) -> None:
    global _passphrase
    _passphrase = passphrase


def restore_passphrase() -> str | None:
    """The passphrase a restore uses (to open an encrypted backup and to encrypt the
    restored store): the one set at start, else ICF_ASSESS_PASSPHRASE."""
    from app.storage.encryption import passphrase_from_env

    return _passphrase or passphrase_from_env()


def set_current_actor(actor: Actor | None) -> None:
    """The signed-in user from now on (None: signed out)."""
    global _signed_in
    _signed_in = actor


def current_actor() -> str | Actor:
    """Who is acting: the signed-in user, else the login name (until accounts exist)."""
    if _signed_in is not None:
        return _signed_in
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"
