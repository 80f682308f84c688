"""A flaky showroom network: connections drop, stall, or lose the answer after the backend committed.

The kiosk's outbox (a real SQLite file) and sync worker against the real backend process, through
:class:`tests.faultproxy.FaultProxy`, which breaks 30 % of the connections. The retries that
follow a lost answer must be recognised by their idempotency key: 1,000 invitations saved on the
kiosk are exactly 1,000 on the backend, each confirmed on the kiosk.
"""

import os
import threading
import time
import uuid
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import httpx

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.outbox import LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, Outcome, Result, SyncEvent, SyncWorker
from tests.conftest import Db
from tests.factories import invitation_create
from tests.faultproxy import FAULTS, PASS, FaultProxy
from tests.servers import start_backend

#: As the issue asks.
INVITATIONS = 1000
FAULT_RATE = 0.3
#: Each fault at least this often (about 140 each are expected), or the test proved little.
MIN_EACH_FAULT = 50
#: A stalled request costs the client one read time-out (about 140 of them), so it is short; still
#: ten times what the backend takes to answer on a busy 2-core machine.
CLIENT_TIMEOUT = httpx.Timeout(2.0, read=0.5)
#: Far more than the run needs (one to two minutes); a retry loop that never ends fails here instead.
DEADLINE_SECONDS = 300


def test_a_thousand_invitations_through_a_network_that_breaks_30_percent_of_requests_arrive_once(
    tmp_path: Path, mail_sink: MailSink
) -> None:
    (tmp_path / "backend").mkdir()
    with ExitStack() as cleanup:
        backend = start_backend(tmp_path / "backend", mail_sink.port)
        cleanup.callback(backend.stop)
        port = int(backend.url.rsplit(":", 1)[1])
        proxy = cleanup.enter_context(FaultProxy(port, fault_rate=FAULT_RATE, seed=20240611))
        # Keep-alive off: one connection per request, so the proxy's faults are per request.
        no_keep_alive = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        client = cleanup.enter_context(
            ApiClient(proxy.url, backend.device_token(), transport=no_keep_alive, timeout=CLIENT_TIMEOUT)
        )
        outbox = Outbox(tmp_path / "kiosk" / "outbox.sqlite3", Sealer(os.urandom(32)))
        cleanup.callback(outbox.close)
        seller = backend.salesperson_id()
        ids = []
        for _ in range(INVITATIONS):
            invitation = invitation_create()
            outbox.capture(invitation, salesperson_id=seller)
            ids.append(invitation.id)

        tries: list[Result] = []  # appended from the worker's threads (list.append is atomic)

        def tally(event: SyncEvent) -> None:
            if isinstance(event, Outcome):
                tries.append(event.result)

        worker = SyncWorker(outbox, client, backoff=Backoff(base=0.02, cap=0.2), on_event=tally)
        cleanup.callback(worker.close)
        # drain() returns between rounds, but only stops early when told to: the deadline tells it.
        give_up = threading.Event()
        deadline = threading.Timer(DEADLINE_SECONDS, give_up.set)
        deadline.start()
        cleanup.callback(deadline.cancel)
        started = time.perf_counter()
        while outbox.backlog().waiting and not give_up.is_set():
            time.sleep(max(0.0, min(worker.drain(give_up), 0.2)))
        drained = time.perf_counter() - started
        results = Counter(tries)

        print(
            f"\nfault proxy: {INVITATIONS} invitations synced in {drained:.1f} s over {proxy.total} requests"
            f" ({proxy.total / drained:.1f}/s); "
            + ", ".join(f"{name} {count}" for name, count in proxy.counts.items())
            + "; tries "
            + ", ".join(f"{result} {count}" for result, count in results.items())
        )
        assert not give_up.is_set(), f"not drained in {DEADLINE_SECONDS} s: {outbox.backlog()}"
        assert proxy.errors == [], "the proxy itself failed"
        assert outbox.count(LocalState.CONFIRMED) == INVITATIONS
        assert outbox.backlog().needs_attention == 0, outbox.backlog().last_error
        db = Db(backend.database_url)
        try:
            stored = [uuid.UUID(hex=row[0]) for row in db.rows("SELECT id FROM invitations")]
        finally:
            db.close()
        assert len(stored) == len(set(stored)) == INVITATIONS, "none twice"
        assert set(stored) == set(ids), "none lost"
        for fault in FAULTS:
            assert proxy.counts[fault] >= MIN_EACH_FAULT, proxy.counts
        # Each connection is one try: delivered once per invitation, every other try postponed.
        # A fault read as an answer would deliver more; a refused retry would show as REFUSED.
        assert results == {Result.DELIVERED: INVITATIONS, Result.POSTPONED: proxy.total - INVITATIONS}, results
        assert proxy.counts[PASS] >= INVITATIONS
