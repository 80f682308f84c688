"""Invitation create on the real backend against a bare FastAPI endpoint, in the same run.

Four servers, each measured with the same closed-loop load (16 concurrent clients, real HTTP over
loopback): the bare endpoint in one and in two processes, the backend on SQLite in one process
(SQLite has one writer) and on PostgreSQL in two. The backend's figures include what each create
really costs: device-token and salesperson checks, idempotency record, invitation, audit row and queued mail in
one transaction, with each process's mail sender working alongside into a local SMTP sink.
"""

import json
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.load import LoadResult, Request, run_load
from kiosk.wire import SALESPERSON_HEADER
from tests.postgres import running_postgres
from tests.servers import (
    BackendProcess,
    accepts_connections,
    answers_health,
    free_port,
    start_backend,
    wait_until_serving,
)

CREATE_PATH = "/api/v1/invitations"


@dataclass(frozen=True)
class Row:
    name: str
    result: LoadResult
    baseline: LoadResult | None = None


def _invitation_body(number: int) -> bytes:
    invitation_id = uuid.uuid4()
    return json.dumps(
        {
            "id": str(invitation_id),
            "first_name": "Åsa",
            "last_name": "Öberg",
            "email": f"bench.{number}.{invitation_id.hex[:8]}@example.se",
            "language": "sv",
            "phone": "+46701234567",
            "consents": {"privacy_notice_acknowledged": True, "marketing": ["email"]},
        }
    ).encode()


def _bare_request(number: int) -> Request:
    return CREATE_PATH, {}, _invitation_body(number)


def backend_request(backend: BackendProcess) -> Callable[[int], Request]:
    """Creates as a kiosk sends them: device token, signed-in salesperson, idempotency key."""
    token = backend.device_token()
    salesperson = str(backend.salesperson_id())

    def make(number: int) -> Request:
        headers = {
            "Authorization": f"Bearer {token}",
            SALESPERSON_HEADER: salesperson,
            "Idempotency-Key": str(uuid.uuid4()),
        }
        return CREATE_PATH, headers, _invitation_body(number)

    return make


@contextmanager
def _bare_servers(processes: int) -> Iterator[list[str]]:
    """The baseline under uvicorn with the backend's settings (log level info, access log)."""
    started: list[subprocess.Popen[bytes]] = []
    urls = []
    try:
        for _ in range(processes):
            port = free_port()
            command = [
                sys.executable,
                "-m",
                "uvicorn",
                "bench.bare_app:app",
                "--port",
                str(port),
                "--log-level",
                "info",
            ]
            started.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            urls.append(f"http://127.0.0.1:{port}")
            wait_until_serving(started[-1], partial(answers_health, urls[-1]), "bare FastAPI")
        yield urls
    finally:
        for process in started:
            process.terminate()
            process.wait(10)


@contextmanager
def mail_sink(folder: Path | None = None) -> Iterator[int]:
    """A local SMTP sink on a free port; ``folder``: where it writes each message as a file (None: nowhere)."""
    port = free_port()
    command = [sys.executable, "-m", "backend", "mail-sink", "--port", str(port)]
    if folder is not None:
        command += ["--dir", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until_serving(process, partial(accepts_connections, port), "mail sink")
    try:
        yield port
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def _backends(folder: Path, smtp_port: int, processes: int, database_url: str | None) -> Iterator[list[BackendProcess]]:
    started: list[BackendProcess] = []
    try:
        for number in range(processes):
            # One after the other: the first migrates and seeds, the others find it done.
            (folder / f"p{number}").mkdir(parents=True)
            started.append(start_backend(folder / f"p{number}", smtp_port, database_url=database_url))
        yield started
    finally:
        for backend in started:
            backend.stop()


def measure(count: int, warm_up: int = 200) -> list[Row]:
    rows = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kiosk-bench-")))
        smtp_port = stack.enter_context(mail_sink())

        with _bare_servers(1) as urls:
            bare_one = run_load(urls, _bare_request, count, warm_up=warm_up, expect=201)
        rows.append(Row("bare FastAPI, 1 process", bare_one))
        with _backends(folder / "sqlite", smtp_port, 1, None) as backends:
            result = run_load([backends[0].url], backend_request(backends[0]), count, warm_up=warm_up, expect=201)
        rows.append(Row("backend on SQLite, 1 process", result, bare_one))

        with _bare_servers(2) as urls:
            bare_two = run_load(urls, _bare_request, count, warm_up=warm_up, expect=201)
        rows.append(Row("bare FastAPI, 2 processes", bare_two))
        postgres = stack.enter_context(running_postgres(durable=True))
        with _backends(folder / "pg", smtp_port, 2, postgres.create_database()) as backends:
            result = run_load(
                [b.url for b in backends], backend_request(backends[0]), count, warm_up=warm_up, expect=201
            )
        rows.append(Row("backend on PostgreSQL, 2 processes", result, bare_two))
    return rows


def report(rows: list[Row]) -> str:
    header = f"{'invitation create':36} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'fails':>5}"
    lines = [header + "   vs bare: req/s   p50   p99"]
    for row in rows:
        r = row.result
        p50, p99 = r.percentile(50), r.percentile(99)
        line = f"{row.name:36} {r.throughput:7.0f} {p50 * 1000:7.1f} {p99 * 1000:7.1f} {r.failures:5d}"
        if row.baseline is not None:
            b = row.baseline
            ratios = (r.throughput / b.throughput, p50 / b.percentile(50), p99 / b.percentile(99))
            line += "            {:5.2f} {:4.1f}x {:4.1f}x".format(*ratios)
        lines.append(line)
    return "\n".join(lines)
