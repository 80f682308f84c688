"""Fixtures shared by every layer: a real mail sink, a real backend process, an enrolled client."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.credentials import Credentials, MemoryKeyring
from kiosk.outbox import Outbox
from kiosk.sealing import Sealer
from tests.servers import BackendProcess, start_backend


@pytest.fixture(scope="session")
def mail_sink() -> Iterator[MailSink]:
    sink = MailSink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def backend(tmp_path_factory: pytest.TempPathFactory, mail_sink: MailSink) -> Iterator[BackendProcess]:
    server = start_backend(tmp_path_factory.mktemp("backend"), mail_sink.port)
    yield server
    server.stop()


@pytest.fixture
def device_token(backend: BackendProcess) -> str:
    # Held by the backend process, not cached by pytest: tests/backend runs several backends.
    return backend.device_token()


@pytest.fixture
def client(backend: BackendProcess, device_token: str) -> Iterator[ApiClient]:
    api = ApiClient(backend.url, device_token)
    yield api
    api.close()


@pytest.fixture
def credentials() -> Credentials:
    """The kiosk's secrets, in the named in-memory keyring (CI has no secure keyring to lend)."""
    return Credentials(MemoryKeyring())


@pytest.fixture
def outbox(tmp_path: Path, credentials: Credentials) -> Iterator[Outbox]:
    """The kiosk's local store, a real SQLite file of this test's own, sealed with a key from the keyring."""
    store = Outbox(tmp_path / "kiosk" / "outbox.sqlite3", Sealer(credentials.store_key()))
    yield store
    store.close()


@pytest.fixture
def seller(backend: BackendProcess) -> int:
    """The salesperson signed in at the test kiosk: the demo salesperson of ``backend``."""
    return backend.salesperson_id()


class Db:
    """A look into the backend's real database (SQLite file or PostgreSQL), to check what was stored."""

    def __init__(self, url: str) -> None:
        self._engine = sa.create_engine(url)

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def rows(self, sql: str, **params: object) -> list[tuple[Any, ...]]:
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql), params)]

    def one(self, sql: str, **params: object) -> tuple[Any, ...] | None:
        found = self.rows(sql, **params)
        return found[0] if found else None

    def count(self, table: str, where: str = "1=1", **params: object) -> int:
        return int(self.rows(f"SELECT count(*) FROM {table} WHERE {where}", **params)[0][0])

    def everything(self) -> str:
        """Every value in every table, as text: for "this secret is stored nowhere" checks."""
        with self._engine.connect() as connection:
            tables = sa.inspect(connection).get_table_names()
            return "\n".join(
                repr(tuple(row)) for table in tables for row in connection.execute(sa.text(f'SELECT * FROM "{table}"'))
            )

    def close(self) -> None:
        self._engine.dispose()


@pytest.fixture
def db(backend: BackendProcess) -> Iterator[Db]:
    database = Db(backend.database_url)
    yield database
    database.close()
