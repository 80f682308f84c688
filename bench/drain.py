"""The kiosk's outbox draining a long outage's backlog, against the backend's own best create rate.

Two fresh backends on SQLite, configured alike, in the same run: the first is driven as hard as it
goes (16 concurrent clients, closed loop); the second is stopped while a kiosk saves ``count``
invitations, then started again on the same address, and the kiosk's sync worker sends the
backlog. The ratio of the two rates is the figure (goal: at least 0.8). Peak memory is the kiosk
process's resident set while it drains.
"""

import os
import threading
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

from bench.backend import backend_request, mail_sink
from bench.load import run_load
from kiosk.api_client import ApiClient
from kiosk.outbox import LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, SyncWorker
from kiosk.wire import InvitationCreate
from tests.servers import start_backend


@dataclass(frozen=True)
class DrainResult:
    queued: int
    backend_rate: float
    drain_seconds: float
    rss_before: int
    rss_peak: int
    parallel: int

    @property
    def drain_rate(self) -> float:
        return self.queued / self.drain_seconds

    @property
    def ratio(self) -> float:
        return self.drain_rate / self.backend_rate


def _rss() -> int:
    """This process's resident set in bytes (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


class _PeakRss:
    def __init__(self) -> None:
        self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, _rss())

    def __enter__(self) -> "_PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())


def invitation(number: int) -> InvitationCreate:
    """A queued buyer: unique address, Swedish, privacy notice given (also the kiosk-window benchmark's)."""
    return InvitationCreate.model_validate(
        {
            "id": uuid.uuid4(),
            "first_name": "Åsa",
            "last_name": "Öberg",
            "email": f"drain.{number}.{uuid.uuid4().hex[:8]}@example.se",
            "language": "sv",
            "phone": "+46701234567",
            "consents": {"privacy_notice_acknowledged": True, "marketing": ["email"]},
        }
    )


def measure(count: int, warm_up: int = 200, parallel: int = 4) -> DrainResult:
    with ExitStack() as stack:
        folder = Path(stack.enter_context(TemporaryDirectory(prefix="kiosk-bench-drain-")))
        smtp_port = stack.enter_context(mail_sink())

        (folder / "best").mkdir()
        best = start_backend(folder / "best", smtp_port)
        try:
            backend_rate = run_load([best.url], backend_request(best), count, warm_up=warm_up, expect=201).throughput
        finally:
            best.stop()

        (folder / "outage").mkdir()
        backend = start_backend(folder / "outage", smtp_port)
        token, seller = backend.device_token(), backend.salesperson_id()
        port = int(backend.url.rsplit(":", 1)[1])
        backend.stop()  # the outage

        outbox = Outbox(folder / "kiosk" / "outbox.sqlite3", Sealer(os.urandom(32)))
        client = ApiClient(backend.url, token)
        worker = SyncWorker(outbox, client, backoff=Backoff(base=0.05, cap=0.5), parallel=parallel)
        stack.callback(outbox.close)
        stack.callback(client.close)
        stack.callback(worker.close)
        for number in range(count):
            outbox.capture(invitation(number), salesperson_id=seller)
        worker.drain()  # finds the backend gone: everything waits

        backend = start_backend(folder / "outage", smtp_port, port=port)
        stack.callback(backend.stop)
        rss_before = _rss()
        with _PeakRss() as memory:
            started = time.perf_counter()
            while outbox.backlog().waiting:
                time.sleep(min(worker.drain(), 0.05))
            seconds = time.perf_counter() - started
        if outbox.count(LocalState.CONFIRMED) != count:
            raise RuntimeError(f"drain incomplete: {outbox.count(LocalState.CONFIRMED)} of {count} confirmed")
        return DrainResult(count, backend_rate, seconds, rss_before, memory.peak, parallel)


def report(result: DrainResult) -> str:
    mib = 1024 * 1024
    return "\n".join(
        [
            f"{'outbox drain after an outage':36} {'req/s':>7}   vs backend's best",
            f"{'backend on SQLite, best create rate':36} {result.backend_rate:7.0f}",
            f"{f'kiosk draining {result.queued} ({result.parallel} in flight)':36} {result.drain_rate:7.0f}"
            f"   {result.ratio:5.2f}  (goal >= 0.80)",
            f"{'kiosk peak memory while draining':36} {result.rss_peak / mib:7.1f} MiB"
            f"   (+{(result.rss_peak - result.rss_before) / mib:.1f} MiB over before)",
        ]
    )
