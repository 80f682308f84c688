"""The backend's tests run twice: on the embedded SQLite default and on PostgreSQL."""

from collections.abc import Iterator

import pytest

from backend.devmail import MailSink
from tests.postgres import PostgresServer, running_postgres
from tests.servers import BackendProcess, start_backend


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    with running_postgres() as server:
        yield server


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, mail_sink: MailSink
) -> Iterator[BackendProcess]:
    database_url = None
    if request.param == "postgresql":
        database_url = request.getfixturevalue("postgres").create_database()
    server = start_backend(
        tmp_path_factory.mktemp(f"backend-{request.param}"), mail_sink.port, database_url=database_url
    )
    yield server
    server.stop()
