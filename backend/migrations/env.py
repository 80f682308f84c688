"""Alembic environment: runs on the connection backend.schema hands in (never reads alembic.ini)."""

from typing import Any, Literal

from alembic import context

from backend import models  # noqa: F401  (registers the tables)
from backend.db import Base, UTCDateTime


def _render_item(kind: str, item: Any, _autogen_context: Any) -> str | Literal[False]:
    # Migrations name the storage type; the UTC conversion lives in the models.
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
