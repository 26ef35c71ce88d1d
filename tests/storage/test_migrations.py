"""Every migration runs from empty to head on SQLite and PostgreSQL and yields the models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.storage.database import MIGRATIONS, Database, head_revision, normalise_url
from app.storage.errors import StorageError
from app.storage.models import Base


def test_migrations_from_empty_to_head_match_the_models(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        assert db.current_revision() == head_revision()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.close()


def test_opening_again_does_not_migrate_or_back_up(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    Database.open(path).close()
    assert not (tmp_path / "backups").exists()


LATER = '''"""a later version adds a column (test only)"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("children") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("children") as batch:
        batch.drop_column("nickname")
'''


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    # the next version of the program brings one more migration
    later = tmp_path / "later-migrations"
    shutil.copytree(MIGRATIONS, later)
    (later / "versions" / "9999_later.py").write_text(LATER.format(head=head_revision()))

    class LaterDatabase(Database):
        migrations = later

    db = LaterDatabase.open(path)
    try:
        assert db.current_revision() == "9999"
        assert "nickname" in {c["name"] for c in inspect(db.engine).get_columns("children")}
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("*before-upgrade*.sqlite3"))
    assert len(backups) == 1
    old = Database.open(backups[0], upgrade=False)
    try:
        assert old.current_revision() == head_revision()
    finally:
        old.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    engine = create_engine(normalise_url(path))
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'abcdef123'")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert "nowszą wersję programu" in caught.value.message("pl")
    assert path.read_bytes() == before


BROKEN = '''"""a migration that fails half-way (test only)"""
import sqlalchemy as sa
from alembic import op

revision = "9998"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("the migration breaks here")


def downgrade() -> None:
    pass
'''


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    Database.open(path).close()
    broken = tmp_path / "broken-migrations"
    shutil.copytree(MIGRATIONS, broken)
    (broken / "versions" / "9998_broken.py").write_text(BROKEN.format(head=head_revision()))

    class BrokenDatabase(Database):
        migrations = broken

    with pytest.raises(RuntimeError):
        BrokenDatabase.open(path)
    db = Database.open(path)  # the program that works still opens it
    try:
        assert db.current_revision() == head_revision()
        assert "half_done" not in inspect(db.engine).get_table_names()
    finally:
        db.close()
