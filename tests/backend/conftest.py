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


DATABASES = ["sqlite", "postgresql"]


def start_backend_on(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, mail_sink: MailSink, name: str
) -> BackendProcess:
    """A backend of its own on the database ``request.param`` names (PostgreSQL: a fresh database)."""
    database_url = None
    if request.param == "postgresql":
        database_url = request.getfixturevalue("postgres").create_database()
    folder = tmp_path_factory.mktemp(f"{name}-{request.param}")
    return start_backend(folder, mail_sink.port, database_url=database_url)


@pytest.fixture(scope="session", params=DATABASES)
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, mail_sink: MailSink
) -> Iterator[BackendProcess]:
    server = start_backend_on(request, tmp_path_factory, mail_sink, "backend")
    yield server
    server.stop()
