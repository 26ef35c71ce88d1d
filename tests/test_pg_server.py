"""The throwaway PostgreSQL server the storage tests run against."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select, text

from tests.pg_server import PostgresServer, find_pg_bin, postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]  # fixtures used below

metadata = MetaData()
notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("body", String(200), nullable=False),
)


def test_finds_the_server_programs() -> None:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed")
    assert (bin_dir / "initdb").is_file()
    assert (bin_dir / "pg_ctl").is_file()


def test_server_is_private_and_local(postgres_server: PostgresServer) -> None:
    assert postgres_server.running
    assert postgres_server.root is not None and postgres_server.root.is_dir()
    engine = create_engine(postgres_server.url())
    try:
        with engine.connect() as conn:
            settings: dict[str, str] = dict(
                conn.execute(
                    text(
                        "SELECT name, setting FROM pg_settings "
                        "WHERE name IN ('listen_addresses', 'port', 'fsync', 'data_directory')"
                    )
                ).all()
            )
            assert settings["listen_addresses"] == "127.0.0.1"
            assert int(settings["port"]) == postgres_server.port
            assert settings["fsync"] == "off"
            assert Path(settings["data_directory"]).is_relative_to(postgres_server.root)
            # never the superuser's own process: the server does not run as root
            assert conn.execute(text("SELECT current_user")).scalar_one() == "postgres"
    finally:
        engine.dispose()


def test_write_and_read_back(postgres_url: str) -> None:
    assert postgres_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    engine = create_engine(postgres_url)
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(insert(notes), [{"body": "zażółć gęślą jaźń"}, {"body": "second"}])
        with engine.connect() as conn:
            rows = conn.execute(select(notes.c.body).order_by(notes.c.id)).scalars().all()
        assert rows == ["zażółć gęślą jaźń", "second"]
    finally:
        engine.dispose()


def test_each_test_gets_an_empty_database(postgres_url: str) -> None:
    # the previous test created `notes` in its own database, not in this one
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
        assert tables == 0
    finally:
        engine.dispose()


def test_databases_are_independent(postgres_server: PostgresServer) -> None:
    first = create_engine(postgres_server.create_database("independent_a"))
    second = create_engine(postgres_server.create_database("independent_b"))
    try:
        metadata.create_all(first)
        metadata.create_all(second)
        with first.begin() as conn:
            conn.execute(insert(notes), [{"body": "only in A"}])
        with first.connect() as conn:
            assert conn.execute(select(notes.c.body)).scalars().all() == ["only in A"]
        with second.connect() as conn:
            assert conn.execute(select(notes.c.body)).scalars().all() == []
    finally:
        first.dispose()
        second.dispose()
        postgres_server.drop_database("independent_a")
        postgres_server.drop_database("independent_b")


def test_stop_removes_everything() -> None:
    if find_pg_bin() is None:
        pytest.skip("PostgreSQL is not installed")
    server = PostgresServer()
    with server:
        root = server.root
        assert root is not None
        url = server.create_database()
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT 1")).scalar_one() == 1
        finally:
            engine.dispose()
    assert not server.running
    assert not root.exists()


def test_missing_postgres_is_reported() -> None:
    server = PostgresServer()
    server.bin_dir = None
    with pytest.raises(RuntimeError, match="not installed"):
        server.start()


def test_ci_makes_a_missing_postgres_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import pg_server

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run on CI"):
        pg_server._unavailable("not installed")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="skipped"):
        pg_server._unavailable("not installed")
    assert os.environ["CI"] == "false"
