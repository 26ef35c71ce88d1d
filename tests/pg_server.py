"""A throwaway PostgreSQL server for the tests, started and removed by the fixtures.

Tests never touch an existing server: `PostgresServer` runs ``initdb`` in a fresh temporary
directory, starts the server on 127.0.0.1 on a free port (trust authentication, fsync off)
and deletes everything when stopped. PostgreSQL refuses to run as root, so when the tests run
as root the server runs as the unprivileged ``postgres`` user (created by Debian's package).

Fixtures (import them into a conftest):

* ``postgres_server`` (session): the running server; skipped when PostgreSQL is not installed,
  a failure instead when the environment variable CI is "true".
* ``postgres_url`` (function): a SQLAlchemy URL of a new, empty database for one test.
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

import pytest

#: a directory with initdb and pg_ctl, tried before everything else
PG_BIN_ENV = "ICF_TEST_PG_BIN"
RUN_AS_USER = "postgres"
START_TIMEOUT = 60  # seconds


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed or cannot be run here."""


def _version_key(path: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,); "9.6" -> (9, 6); unknown names sort first
    numbers = re.findall(r"\d+", path.parent.name)
    return tuple(int(number) for number in numbers) if numbers else (-1,)


def _is_pg_bin(directory: Path) -> bool:
    return all((directory / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres"))


def find_pg_bin() -> Path | None:
    """The directory with the PostgreSQL server programs (highest version), or None."""
    override = os.environ.get(PG_BIN_ENV)
    if override and _is_pg_bin(Path(override)):
        return Path(override)
    candidates = [path for path in Path("/usr/lib/postgresql").glob("*/bin") if _is_pg_bin(path)]
    if candidates:
        return max(candidates, key=_version_key)
    initdb = shutil.which("initdb")
    if initdb and _is_pg_bin(Path(initdb).resolve().parent):
        return Path(initdb).resolve().parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """The environment without PG* variables (PGDATA, PGPORT… would redirect the tools)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


class PostgresServer:
    """A private PostgreSQL server in a temporary directory; use start()/stop() or `with`."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_pg_bin()
        self.port: int | None = None
        self.root: Path | None = None
        self._run_as: str | None = None  # user to switch to (we are root), else None
        self._names = itertools.count(1)

    # --- running programs -------------------------------------------------------------

    def _command(self, args: Sequence[str]) -> list[str]:
        if self._run_as is None:
            return list(args)
        if shutil.which("runuser"):
            return ["runuser", "-u", self._run_as, "--", *args]
        return ["su", self._run_as, "-s", "/bin/sh", "-c", shlex.join(args)]

    def _run(self, tool: str, *args: str, timeout: float = START_TIMEOUT) -> str:
        assert self.bin_dir is not None and self.root is not None
        command = self._command([str(self.bin_dir / tool), *args])
        result = subprocess.run(
            command,
            cwd=self.root,  # the server user may not be allowed into our working directory
            env=_clean_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{shlex.join(command)} failed ({result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}\n{self._log_tail()}"
            )
        return result.stdout

    def _log_tail(self) -> str:
        log = self.root / "server.log" if self.root else None
        if log and log.is_file():
            return "server log:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        return ""

    # --- life cycle ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.port is not None

    def start(self) -> PostgresServer:
        if self.running:
            return self
        if self.bin_dir is None:
            raise PostgresUnavailable(
                "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin or "
                f"on PATH; set {PG_BIN_ENV} to its bin directory)"
            )
        self._prepare_dir()
        assert self.root is not None
        try:
            self._run(
                "initdb", "-D", str(self.root / "data"), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync",
            )  # fmt: skip
            self._start_on_free_port()
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _prepare_dir(self) -> None:
        # /tmp rather than the default temp dir: the server user must reach it
        self.root = Path(tempfile.mkdtemp(prefix="icf-test-pg-", dir="/tmp"))
        (self.root / "socket").mkdir()
        if os.name == "posix" and os.geteuid() == 0:
            import pwd

            try:
                user = pwd.getpwnam(RUN_AS_USER)
            except KeyError:
                shutil.rmtree(self.root, ignore_errors=True)
                self.root = None
                raise PostgresUnavailable(
                    f"the tests run as root, which PostgreSQL refuses, and there is no "
                    f"'{RUN_AS_USER}' user to run it as"
                ) from None
            for path in (self.root, self.root / "socket"):
                os.chown(path, user.pw_uid, user.pw_gid)
            self.root.chmod(0o700)
            self._run_as = RUN_AS_USER

    def _start_on_free_port(self, attempts: int = 5) -> None:
        assert self.root is not None
        for attempt in range(attempts):
            port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {port} -k {self.root / 'socket'} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                self._run(
                    "pg_ctl", "start", "-D", str(self.root / "data"), "-w",
                    "-t", str(START_TIMEOUT), "-l", str(self.root / "server.log"), "-o", options,
                )  # fmt: skip
            except RuntimeError:
                # someone else took the port between our check and the server's bind
                if attempt == attempts - 1:
                    raise
                continue
            self.port = port
            return

    def _wait_until_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                psycopg.connect(self._dsn("postgres"), connect_timeout=5).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (immediately: nothing in it is worth keeping) and delete its files."""
        if self.root is None:
            return
        if (self.root / "data" / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "stop", "-D", str(self.root / "data"), "-m", "immediate", "-w")
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None
        self.port = None

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # --- databases -----------------------------------------------------------------------

    def _dsn(self, dbname: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"

    def url(self, dbname: str = "postgres") -> str:
        """The SQLAlchemy URL of a database on this server."""
        if not self.running:
            raise RuntimeError("the PostgreSQL test server is not running")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database (a fresh name when none is given); returns its URL."""
        import psycopg
        from psycopg import sql

        name = name or f"test_{next(self._names)}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected to it."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


# --- pytest fixtures --------------------------------------------------------------------

# One server for the whole run, even if these fixtures are imported into several modules.
_shared: PostgresServer | None = None
_users = 0
_unique = itertools.count(1)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run on CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the test session."""
    global _shared, _users
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install 'psycopg[binary]')")
    if _shared is None:
        try:
            _shared = PostgresServer().start()
        except PostgresUnavailable as exc:
            _unavailable(str(exc))
    server = _shared
    assert server is not None
    _users += 1
    try:
        yield server
    finally:
        _users -= 1
        if _users == 0:
            server.stop()
            _shared = None


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database for this test (dropped afterwards)."""
    test = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")
    name = f"t{next(_unique)}_{test}"[:63].rstrip("_")
    url = postgres_server.create_database(name)
    yield url
    try:
        postgres_server.drop_database(name)
    except Exception:  # noqa: BLE001 - a database left behind goes away with the server
        pass
