"""The database: one SQLite file in the user data directory by default, or a team's
PostgreSQL server; sessions as units of work; schema upgrades on open.

SQLite runs with WAL, foreign keys on, a busy timeout and synchronous=FULL, so that a
committed change survives the program or the machine dying. Given a passphrase, the SQLite
file is encrypted with SQLCipher (`app.storage.encryption`): a new file is created
encrypted, an encrypted one opens only with its passphrase (checked read-only first, so a
wrong one changes nothing). Errors the user can meet (a file
that is not a database, a locked or read-only file, an unreachable server, a conflicting
concurrent change) become `StorageError`s with a clear message; the transaction is rolled
back and nothing is half-written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.paths import data_dir
from app.storage.errors import StorageError

DEFAULT_FILE = "icf-assess.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

_RECORD = {"pl": "ten rekord", "en": "this record"}


def default_url() -> str:
    return f"sqlite:///{data_dir() / DEFAULT_FILE}"


def normalise_url(url: str | Path) -> URL:
    """Accept a path, `sqlite:///…` or `postgresql://…` (psycopg 3 is used for PostgreSQL)."""
    text = str(url)
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    parsed = make_url(text)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def alembic_config(migrations: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision(migrations: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(alembic_config(migrations)).get_current_head()
    assert head is not None
    return head


def knows_revision(revision: str, migrations: Path = MIGRATIONS) -> bool:
    script = ScriptDirectory.from_config(alembic_config(migrations))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def sqlite_file(url: str | Path) -> Path:
    """The file of a SQLite database URL or path; PostgreSQL has none (StorageError)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise StorageError("sqlite_only")
    return _sqlite_path(parsed)


class Database:
    """An open database. Use `session()` for each unit of work."""

    #: the Alembic scripts this program version brings
    migrations: Path = MIGRATIONS

    def __init__(self, url: URL, engine: Engine, passphrase: str | None = None) -> None:
        self.url = url
        self.engine = engine
        #: the SQLCipher passphrase of an encrypted SQLite file (kept in memory only: backups
        #: are encrypted with it); None for a plain file or PostgreSQL
        self.passphrase = passphrase
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        url: str | Path | None = None,
        *,
        upgrade: bool = True,
        backup_before_upgrade: bool = True,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        passphrase: str | None = None,
    ) -> Database:
        """Open (creating when missing) and upgrade the database. `passphrase` opens an
        encrypted SQLite file, or creates a new file encrypted; a plain file opens without
        it (`db encrypt` converts it). PostgreSQL ignores it (the server protects its data)."""
        try:
            parsed = normalise_url(url or default_url())
        except Exception as exc:  # ArgumentError and friends on a mistyped address
            raise StorageError("cannot_open", reason=str(url)) from exc
        backend = parsed.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise StorageError(
                "cannot_open",
                reason={
                    "pl": f"nieobsługiwany rodzaj bazy „{backend}” (obsługiwane: "
                    "plik SQLite albo postgresql://…)",
                    "en": f"unsupported database “{backend}” (supported: a SQLite "
                    "file or postgresql://…)",
                },
            )
        try:
            return cls._open(parsed, upgrade, backup_before_upgrade, busy_timeout_ms, passphrase)
        except OSError as exc:
            where = exc.filename or parsed.database
            raise StorageError(
                "cannot_open",
                reason={
                    "pl": f"nie można utworzyć ani otworzyć „{where}” ({exc.strerror})",
                    "en": f"cannot create or open “{where}” ({exc.strerror})",
                },
            ) from exc

    @classmethod
    def _open(
        cls,
        parsed: URL,
        upgrade: bool,
        backup_before_upgrade: bool,
        busy_timeout_ms: int,
        passphrase: str | None = None,
    ) -> Database:
        key: str | None = None
        if parsed.get_backend_name() == "sqlite":
            path = _sqlite_path(parsed)
            key = _sqlite_key(path, passphrase)
            if key is None:
                _check_sqlite_file(path)
            if not (parsed.database or "").startswith("file:"):
                path.parent.mkdir(parents=True, exist_ok=True)
            if key is None:
                engine = create_engine(parsed, connect_args={"timeout": busy_timeout_ms / 1000})
            else:
                from app.storage import encryption

                def keyed() -> Any:
                    return encryption.connect(
                        path, key, timeout=busy_timeout_ms / 1000, check_same_thread=False
                    )

                engine = create_engine(parsed, creator=keyed, module=encryption.sqlcipher)

            def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
                _configure_sqlite(dbapi_connection, busy_timeout_ms)
                # let SQLAlchemy, not the driver, open transactions: the driver would commit
                # DDL on its own, so a failed schema upgrade would stay half-applied
                dbapi_connection.isolation_level = None

            def begin(connection: Any) -> None:
                connection.exec_driver_sql("BEGIN")

            event.listen(engine, "connect", configure)
            event.listen(engine, "begin", begin)
        else:
            # short OLTP queries: JIT compilation only adds latency
            engine = create_engine(
                parsed, pool_pre_ping=True, connect_args={"options": "-c jit=off"}
            )
        db = cls(parsed, engine, key)
        try:
            db._check_connection()
            if upgrade:
                db.upgrade(backup=backup_before_upgrade)
        except BaseException:
            engine.dispose()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return _sqlite_path(self.url) if self.is_sqlite else None

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def display_name(self) -> str:
        if self.is_sqlite:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def _check_connection(self) -> None:
        try:
            with self.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
        except SQLAlchemyError as exc:
            raise self.translate(exc) from exc
        if self.is_sqlite and tables and "alembic_version" not in tables:
            # a SQLite file of some other program: do not touch it
            raise StorageError("not_a_database", file=self.display_name)
        if self.is_sqlite:
            self._use_wal()

    def _use_wal(self) -> None:
        """Write-ahead logging (stored in the file): readers never block the writer and a
        crash never leaves a half-written page. Only on our own files, never on others'."""
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.dbapi_connection  # outside any transaction
                assert raw is not None
                mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    raw.execute("PRAGMA journal_mode = WAL")
        except Exception:  # SQLite or SQLCipher errors alike
            pass  # a read-only file or folder: reads still work, writes get a clear error

    # --- schema -------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def needs_upgrade(self) -> bool:
        return self.current_revision() != head_revision(self.migrations)

    def knows_revision(self, revision: str) -> bool:
        """Whether this program's migrations include `revision` (else a newer program made it)."""
        return knows_revision(revision, self.migrations)

    def upgrade(self, *, backup: bool = True) -> None:
        """Bring the schema to the newest revision (a backup of a SQLite file is made first)."""
        try:
            current = self.current_revision()
        except SQLAlchemyError as exc:
            raise self.translate(exc) from exc
        head = head_revision(self.migrations)
        if current == head:
            return
        if current is not None and not self.knows_revision(current):
            raise StorageError("newer_schema", revision=current)
        if backup and current is not None and self.is_sqlite:
            from app.storage.backup import backup_sqlite

            backup_sqlite(self, reason="before-upgrade")
        config = alembic_config(self.migrations)
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise self.translate(exc) from exc

    # --- units of work ------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StorageError("conflict", what=_RECORD) from exc
        except SQLAlchemyError as exc:
            session.rollback()
            raise self.translate(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def translate(self, exc: BaseException) -> StorageError:
        """A database error as a message the user can act on."""
        original: Any = getattr(exc, "orig", exc)
        text = str(original).lower()
        name = self.display_name
        if isinstance(exc, IntegrityError):
            return StorageError("conflict", what=_RECORD)
        if "file is not a database" in text or "malformed" in text or "not a database" in text:
            return StorageError("not_a_database", file=name)
        if "locked" in text or "busy" in text:
            return StorageError("locked")
        if "readonly" in text or "read-only" in text or "read only" in text:
            return StorageError("read_only", file=name)
        if "unable to open database file" in text:
            return StorageError("read_only", file=name)
        if not self.is_sqlite and isinstance(exc, OperationalError | DBAPIError):
            if "connection" in text or "could not" in text or "password" in text:
                return StorageError("server_unreachable", server=name)
        return StorageError("cannot_open", reason=str(original).splitlines()[0][:300])


def _configure_sqlite(dbapi_connection: sqlite3.Connection, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous = FULL")
        # deleted records are overwritten, not left in free pages (GDPR erasure)
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _sqlite_key(path: Path, passphrase: str | None) -> str | None:
    """The key to open `path` with: None for a plain file; the passphrase for an encrypted
    file (checked read-only first) or a new one (checked for strength first)."""
    from app.storage.encryption import check_key, check_passphrase, looks_encrypted
    from app.storage.privacy_errors import PrivacyError

    exists = path.is_file() and path.stat().st_size > 0
    if exists and looks_encrypted(path):
        if passphrase is None:
            raise PrivacyError("passphrase_required", file=str(path))
        check_key(path, passphrase)
        return passphrase
    if exists or passphrase is None:
        return None  # a plain file opens as it is (`db encrypt` converts it)
    return check_passphrase(passphrase)


def _sqlite_path(url: URL) -> Path:
    """The file of a SQLite URL, also in SQLite's URI form (`file:/path?mode=ro`)."""
    database = url.database or ""
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it."""
    if path.is_dir():
        raise StorageError("not_a_database", file=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError("cannot_open", reason=str(exc)) from exc
    if header != SQLITE_HEADER:
        raise StorageError("not_a_database", file=str(path))
