"""Migrations build exactly the schema the models describe, on both databases, and upgrade old ones."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from backend import schema
from backend.db import Base, make_engine
from backend.settings import sqlite_url
from tests.postgres import PostgresServer


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "db.sqlite")
    else:
        postgres: PostgresServer = request.getfixturevalue("postgres")
        yield postgres.create_database()


def test_migrations_build_the_schema_the_models_describe(empty_database: str) -> None:
    engine = make_engine(empty_database)
    schema.upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrading_twice_changes_nothing(empty_database: str) -> None:
    engine = make_engine(empty_database)
    schema.upgrade(engine)
    schema.upgrade(engine)
    assert schema.current(engine) == schema.head()
    engine.dispose()


def test_a_database_made_by_the_walking_skeleton_is_adopted_with_its_data(tmp_path: Path) -> None:
    """The skeleton created its tables without Alembic: they are recognised as revision 0001 and
    upgraded with every row kept, rows that refer to each other included."""
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    with engine.begin() as connection:
        command.upgrade(schema._config(connection), schema.BASELINE)
        connection.execute(sa.text("DROP TABLE alembic_version"))  # as the skeleton left it
        for statement in (
            "INSERT INTO dealers VALUES ('d', 'Dealer', 'SE', 'sv', 0)",
            "INSERT INTO kiosks (id, dealer_id, token_hash, enrolled_at) VALUES (1, 'd', 'h', '2026-11-01')",
            "INSERT INTO accounts (id, email, first_name, last_name, country, language, password_hash, "
            "created_at, terms_accepted_at) VALUES (1, 'a@example.se', 'Åsa', 'Öberg', 'SE', 'sv', 'x', "
            "'2026-11-01', '2026-11-01')",
            "INSERT INTO invitations (id, dealer_id, kiosk_id, first_name, last_name, email, language, status, "
            "created_at, account_id) VALUES ('00000000000000000000000000000001', 'd', 1, 'Åsa', 'Öberg', "
            "'a@example.se', 'sv', 'completed', '2026-11-01', 1)",
            "INSERT INTO link_tokens (invitation_id, kind, token_hash, created_at, expires_at) VALUES "
            "('00000000000000000000000000000001', 'email', 't', '2026-11-01', '2026-11-08')",
        ):
            connection.execute(sa.text(statement))
    schema.upgrade(engine)
    assert schema.current(engine) == schema.head()
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT first_name, status FROM invitations")).one() == ("Åsa", "completed")
        assert connection.execute(sa.text("SELECT count(*) FROM link_tokens")).scalar() == 1
        assert connection.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1, "enforced again afterwards"
    engine.dispose()


def test_serve_refuses_an_old_schema_when_told_not_to_migrate(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backend", "serve", "--db", str(tmp_path / "new.sqlite"), "--no-migrate"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "run `kiosk-backend migrate`" in result.stderr


def test_several_processes_may_migrate_one_postgresql_at_once(postgres: PostgresServer) -> None:
    url = postgres.create_database()
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "backend", "migrate", "--database-url", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    engine = make_engine(url)
    assert schema.current(engine) == schema.head()
    engine.dispose()
