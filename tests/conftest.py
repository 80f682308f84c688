"""Fixtures shared by every layer: a real mail sink, a real backend process, an enrolled client."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
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


@pytest.fixture(scope="session")
def device_token(backend: BackendProcess) -> str:
    with ApiClient(backend.url) as client:
        return client.enrol(backend.enrolment_code()).device_token


@pytest.fixture
def client(backend: BackendProcess, device_token: str) -> Iterator[ApiClient]:
    api = ApiClient(backend.url, device_token)
    yield api
    api.close()


@pytest.fixture
def db(backend: BackendProcess) -> Iterator[sqlite3.Connection]:
    """Read-only look into the backend's real SQLite file, to check what was (not) stored."""
    connection = sqlite3.connect(f"file:{Path(backend.db_path)}?mode=ro", uri=True)
    yield connection
    connection.close()


def count(db: sqlite3.Connection, table: str, where: str = "1", *args: object) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}", args).fetchone()[0])
