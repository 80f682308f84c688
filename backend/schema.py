"""The database schema's version, managed by Alembic migrations in backend/migrations/."""

import logging
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

log = logging.getLogger("backend.schema")

#: The first revision: the walking skeleton's tables, which it created without Alembic.
BASELINE = "0001"
#: Any constant: serialises migrations when several backend processes start at once on PostgreSQL.
_LOCK_KEY = 0x6B696F736B


class SchemaOutdated(RuntimeError):
    pass


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("backend") / "migrations"))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (creating it if empty). Safe to run concurrently."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it; with foreign keys enforced, dropping the old copy
            # would break every row that refers to it. Off for the migration, checked afterwards.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                _upgrade(connection)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                connection.commit()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} rows pointing nowhere: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    config = _config(connection)
    if MigrationContext.configure(connection).get_current_revision() is None and inspect(connection).has_table(
        "invitations"
    ):
        log.info("database made before migrations existed: marking it as %s", BASELINE)
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")


def require_current(engine: Engine) -> None:
    found, wanted = current(engine), head()
    if found != wanted:
        raise SchemaOutdated(
            f"the database schema is at {found or 'nothing'}, this backend needs {wanted}: run `kiosk-backend migrate`"
        )
