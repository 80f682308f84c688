"""Real servers for tests: the backend as its own process on a free loopback port."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class BackendProcess:
    url: str
    database_url: str
    log_path: Path
    process: subprocess.Popen[bytes]
    _device_token: str | None = field(default=None, repr=False)

    def device_token(self) -> str:
        """A kiosk enrolled with this backend (once per backend process)."""
        if self._device_token is None:
            from kiosk.api_client import ApiClient

            with ApiClient(self.url) as client:
                self._device_token = client.enrol(self.enrolment_code()).device_token
        return self._device_token

    def salesperson_id(self) -> int:
        """The demo salesperson's id on this backend (each backend numbers its own)."""
        from backend.seed import DEMO_SALESPERSON
        from kiosk.api_client import ApiClient

        with ApiClient(self.url, self.device_token()) as client:
            return next(person.id for person in client.list_salespeople().items if person.name == DEMO_SALESPERSON)

    def enrolment_code(self, dealer: str = "demo-stockholm") -> str:
        """Issue a code the way an operator does: with the backend's own command."""
        return self.operator("enrolment-code", "--dealer", dealer)

    def operator(self, command: str, *args: str, pin: str | None = None) -> str:
        """Run one of the operator's ``kiosk-backend`` commands on this backend's database; its output."""
        result = subprocess.run(
            [sys.executable, "-m", "backend", command, "--database-url", self.database_url, *args],
            check=True,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "KIOSK_BACKEND_PIN": pin} if pin else None,
            timeout=60,
        )
        return result.stdout.strip()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_backend(
    folder: Path,
    smtp_port: int,
    *extra: str,
    database_url: str | None = None,
    port: int | None = None,
    background: bool = False,
) -> BackendProcess:
    """The backend as an operator starts it, on SQLite in ``folder`` unless a database URL is given.

    ``port``: where to listen (default: a free one); the same as before to start a stopped backend again.
    ``background``: run it only on CPU time nothing else wants (Linux's idle scheduling policy, for
    every thread of it): a stand-in for a server on another machine, beside a program being measured.
    """
    port = port or free_port()
    database_url = database_url or f"sqlite:///{folder / 'backend.sqlite'}"
    log_path = folder / "backend.log"
    with log_path.open("ab") as log:  # a restarted backend adds to its log
        process = subprocess.Popen(
            [
                *(["chrt", "--idle", "0"] if background else []),
                sys.executable,
                "-m",
                "backend",
                "serve",
                "--database-url",
                database_url,
                "--port",
                str(port),
                "--smtp-port",
                str(smtp_port),
                "--seed-demo",
                "--mail-retry-first-seconds",
                "0.2",
                *extra,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(process, lambda: answers_health(url), "backend", log_path)
    return BackendProcess(url, database_url, log_path, process)


def answers_health(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


def accepts_connections(port: int) -> bool:
    """Something listens on the loopback ``port`` (a server without a health page: the mail sink)."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def wait_until_serving(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], what: str, log_path: Path | None = None
) -> None:
    """Wait up to 30 s for ``ready()``; fail at once, with the log, if ``process`` dies first."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited during start-up:\n{_read(log_path)}")
        if ready():
            return
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{what} did not start:\n{_read(log_path)}")


def _read(log_path: Path | None) -> str:
    return log_path.read_text() if log_path else "(no log)"
