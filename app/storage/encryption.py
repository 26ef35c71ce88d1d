"""Encryption at rest of the SQLite store with SQLCipher (AES-256, the `sqlcipher3` wheel).

The passphrase reaches `Database.open(..., passphrase=…)` from the GUI's prompt, from the
command line (`--passphrase-file`) or, for scripts and tests, from `ICF_ASSESS_PASSPHRASE`.
SQLCipher derives the key from it (PBKDF2-SHA512, 256,000 iterations, a random salt in the
file); the passphrase itself is kept only in memory.

Every change of encryption (converting a plain file, changing the passphrase, writing a
backup) writes a complete copy with `sqlcipher_export`, checks the copy (it opens with the
new key, `PRAGMA integrity_check` is ok and every table holds as many rows as the source)
and only then puts it in place with an atomic rename. A crash at any moment leaves either
the old file or the new one, never half of each. The bytes of a replaced plain file are
overwritten with zeros before it is let go (as far as the file system allows: copies an SSD
or a snapshot keeps are out of a program's reach).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.storage.privacy_errors import PrivacyError

PASSPHRASE_ENV = "ICF_ASSESS_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_LENGTH = 10
#: page cache of an encrypted connection, in KiB
CACHE_KIB = 32 * 1024

#: passphrases too common to protect anything, whatever their length
_COMMON = {
    "1234567890",
    "12345678901",
    "123456789012",
    "qwertyuiop",
    "password123",
    "haslo12345",
    "hasło12345",
    "zaq12wsxcde",
    "poradnia123",
    "icfassess123",
}


def password_problem(text: str | None) -> dict[str, str] | None:
    """Why a passphrase or password is too weak to protect children's records ({pl, en}),
    or None when it will do."""
    text = text or ""
    if not text.strip():
        return {"pl": "hasło jest puste", "en": "it is empty"}
    if text != text.strip():
        return {
            "pl": "hasło zaczyna się lub kończy spacją (łatwo o pomyłkę)",
            "en": "it starts or ends with a space (easy to mistype)",
        }
    if len(text) < MIN_LENGTH:
        return {
            "pl": f"hasło ma {len(text)} znaków, a potrzeba co najmniej {MIN_LENGTH}",
            "en": f"it has {len(text)} characters, at least {MIN_LENGTH} are needed",
        }
    if len(set(text)) < 5:
        return {
            "pl": "hasło składa się z kilku powtarzających się znaków",
            "en": "it repeats a few characters",
        }
    if text.lower() in _COMMON or re.fullmatch(r"\d+", text):
        return {
            "pl": "to hasło jest zbyt popularne albo składa się z samych cyfr",
            "en": "it is too common or consists of digits only",
        }
    return None


def check_passphrase(passphrase: str | None) -> str:
    """The passphrase if it is fit to protect the records, else PrivacyError with the reason."""
    problem = password_problem(passphrase)
    if problem is not None:
        raise PrivacyError("weak_passphrase", reason=problem)
    return passphrase or ""


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def read_passphrase_file(path: Path) -> str:
    """The first line of a file (a trailing newline is not part of the passphrase)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PrivacyError("passphrase_file", file=str(path), reason=str(exc)) from exc
    return text.splitlines()[0] if text else ""


def looks_encrypted(path: Path) -> bool:
    """A file without SQLite's header whose size is whole pages: an SQLCipher database (or
    damage that only the key can tell apart)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return False
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header != SQLITE_HEADER and size % 512 == 0


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(
    target: str | Path, passphrase: str | None, *, read_only: bool = False, **kwargs: Any
) -> Any:
    """A SQLCipher connection with the key applied first (an empty key: a plain file).

    SQLCipher's own error log (to stderr) is switched off: it would only repeat what the
    exception says.
    """
    if read_only:
        uri = f"{Path(target).resolve().as_uri()}?mode=ro"
        connection = sqlcipher.connect(uri, uri=True, **kwargs)
    else:
        connection = sqlcipher.connect(str(target), **kwargs)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase:
            connection.execute(f"PRAGMA key = {_quote(passphrase)}")
            # temporary tables and sort files stay in memory, never on disk
            connection.execute("PRAGMA temp_store = MEMORY")
            # decrypting is the cost of encryption: keep more decrypted pages in memory
            # (32 MB instead of SQLite's 2 MB), so that repeated scans do not pay it again
            connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(path: Path, passphrase: str | None) -> None:
    """Raise PrivacyError("wrong_passphrase") unless `passphrase` opens the file. Reads only
    (the file's bytes stay as they are)."""
    try:
        with closing(connect(path, passphrase, read_only=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise PrivacyError("wrong_passphrase", file=str(path)) from exc


def table_counts(connection: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def verify(path: Path, passphrase: str | None) -> dict[str, int]:
    """Check a database file: the key opens it, it is intact, it is ours. Returns the number
    of rows per table. Raises sqlcipher DatabaseError otherwise."""
    with closing(connect(path, passphrase, read_only=True)) as connection:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlcipher.DatabaseError(f"integrity check: {result}")
        counts = table_counts(connection)
    if "alembic_version" not in counts:
        raise sqlcipher.DatabaseError("not an ICF Assess database")
    return counts


def export_copy(
    source: Path, source_key: str | None, target: Path, target_key: str | None
) -> dict[str, int]:
    """Write a consistent copy of `source` to `target` (which must not exist) encrypted with
    `target_key` (None: plain), verify it, and return the rows per table. The copy is read in
    one transaction, so it is consistent even while the program writes."""
    if target.exists():
        target.unlink()
    with closing(connect(source, source_key, isolation_level=None)) as connection:
        connection.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), target_key or ""))
        try:
            connection.execute("BEGIN")
            try:
                counts = table_counts(connection)
                connection.execute("SELECT sqlcipher_export('copy')")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE copy")
    _fsync(target)
    copied = verify(target, target_key)
    if copied != counts:
        raise sqlcipher.DatabaseError("the copy does not hold every record")
    return counts


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def settle(path: Path, passphrase: str | None) -> None:
    """Fold the write-ahead log into the file and leave rollback-journal mode, so that no
    `-wal` file of the old content can be applied to a new file of the same name."""
    with closing(connect(path, passphrase, isolation_level=None)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    for sidecar in sidecars(path):
        if sidecar.exists() and sidecar.stat().st_size == 0:
            sidecar.unlink()


def replace_shredding(staged: Path, target: Path) -> None:
    """Put `staged` in place of `target` atomically, then overwrite the old bytes with zeros
    (through a handle opened before the rename, so a crash never loses both)."""
    handle = target.open("rb+") if target.exists() else None
    try:
        os.replace(staged, target)
        _fsync_dir(target.parent)
        if handle is not None:
            size = os.fstat(handle.fileno()).st_size
            handle.seek(0)
            chunk = b"\x00" * (1 << 20)
            left = size
            while left > 0:
                handle.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        if handle is not None:
            handle.close()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def reencrypt_file(path: Path, old_key: str | None, new_key: str | None) -> dict[str, int]:
    """Re-write one closed database file with another key (None: plain); returns the rows
    per table. On any failure the file is left as it was."""
    staged = path.with_name(path.name + ".reencrypting")
    try:
        settle(path, old_key)
        counts = export_copy(path, old_key, staged, new_key)
        replace_shredding(staged, path)
        return counts
    except (sqlcipher.Error, OSError) as exc:
        raise PrivacyError("encryption_failed", reason=str(exc)) from exc
    finally:
        for leftover in (staged, *sidecars(staged)):
            if leftover.is_file():
                leftover.unlink()


def encrypt_database(path: Path, passphrase: str, backups: Iterable[Path] = ()) -> list[Path]:
    """Convert a plain database file (closed) into an encrypted one, and its backups too.
    Returns the backups that could not be converted (damaged copies), which stay as they are."""
    check_passphrase(passphrase)
    if looks_encrypted(path):
        raise PrivacyError("already_encrypted", file=str(path))
    reencrypt_file(path, None, passphrase)
    return _convert_backups(backups, None, passphrase)


def rekey_database(path: Path, old: str, new: str, backups: Iterable[Path] = ()) -> list[Path]:
    """Change the passphrase of an encrypted database file (closed) and of its backups."""
    if not looks_encrypted(path):
        raise PrivacyError("not_encrypted", file=str(path))
    check_key(path, old)
    check_passphrase(new)
    reencrypt_file(path, old, new)
    return _convert_backups(backups, old, new)


def _convert_backups(backups: Iterable[Path], old: str | None, new: str) -> list[Path]:
    left: list[Path] = []
    for backup in backups:
        try:
            if old is None and looks_encrypted(backup):
                continue  # already encrypted by an earlier, interrupted conversion
            reencrypt_file(backup, old, new)
        except PrivacyError:
            left.append(backup)
    return left
