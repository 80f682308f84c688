"""The outbox and sync worker under any mix of saves, crashes, outages and server trouble (hypothesis).

A stateful test: hypothesis picks sequences of steps (save, crash and restart, network down and
up, server 500, 429 with Retry-After, an answer lost after the server committed, a request
delivered twice, a drain) and checks after every step that nothing the salesperson was told was
saved has been lost or created twice. At the end the network heals and everything must arrive.

The backend here is a scripted stand-in (one piece under test); the same guarantees are checked
against the real backend by tests/e2e/test_crash.py, test_fault_proxy.py and test_offline_sync.py.
"""

import json
import os
import uuid
from pathlib import Path
from tempfile import TemporaryDirectory

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from kiosk import wire
from kiosk.api_client import ApiClient
from kiosk.outbox import LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, SyncWorker
from kiosk.wire import ErrorBody, ErrorCode
from tests.factories import invitation_create, invitation_view


class FlakyBackend:
    """Creates invitations idempotently, like the real one, and misbehaves on request."""

    def __init__(self) -> None:
        self.created: dict[uuid.UUID, int] = {}  # id -> how many times it was created (must stay 1)
        self.down = False
        self.failures: list[str] = []  # what the next requests suffer: "500", "429", "cut", "twice"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network down")
        trouble = self.failures.pop(0) if self.failures else None
        if trouble == "500":
            return httpx.Response(500, content=b"oops")
        if trouble == "429":
            body = ErrorBody(error=ErrorCode.RATE_LIMITED, retry_after_seconds=1).model_dump_json()
            return httpx.Response(429, content=body, headers={"Retry-After": "1"})
        answer = self._create(request)
        if trouble == "twice":
            answer = self._create(request)  # the same request arrived again (a retransmission)
        if trouble == "cut":
            raise httpx.ReadError("connection cut after the server committed")
        return answer

    def _create(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == wire.CREATE_INVITATION.path
        invitation_id = uuid.UUID(json.loads(request.content)["id"])
        assert request.headers[wire.IDEMPOTENCY_HEADER] == f"create-{invitation_id}"
        if invitation_id not in self.created:
            self.created[invitation_id] = 1
            status = 201
        else:
            status = 200  # a retry: answered with what exists, nothing created again
        return httpx.Response(status, content=invitation_view(id=invitation_id).model_dump_json())


class OutboxMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = TemporaryDirectory(prefix="outbox-machine-")
        self.key = os.urandom(32)
        self.backend = FlakyBackend()
        self.client = ApiClient("http://backend.test", "token", transport=httpx.MockTransport(self.backend))
        self.told_saved: list[uuid.UUID] = []
        self._open()

    def _open(self) -> None:
        self.outbox = Outbox(Path(self.folder.name) / "outbox.sqlite3", Sealer(self.key))
        self.worker = SyncWorker(self.outbox, self.client, backoff=Backoff(base=0.001, cap=0.01), parallel=3)

    def _drain_now(self) -> None:
        """Run the worker with every backoff and Retry-After already run out (time travel, not sleep)."""
        with self.outbox._lock:
            self.outbox._db.execute("UPDATE outbox SET next_attempt_at = 0")
        self.worker.drain()

    @rule(count=st.integers(min_value=1, max_value=4))
    def save(self, count: int) -> None:
        for _ in range(count):
            invitation = invitation_create()
            self.outbox.capture(invitation, salesperson_id=7)
            self.told_saved.append(invitation.id)  # capture() returned: the salesperson is told "saved"

    @rule()
    def crash_and_restart(self) -> None:
        self.worker.close()
        self.outbox.close()
        self._open()

    @rule()
    def network_down(self) -> None:
        self.backend.down = True

    @rule()
    def network_up(self) -> None:
        self.backend.down = False

    @rule(trouble=st.lists(st.sampled_from(["500", "429", "cut", "twice"]), min_size=1, max_size=5))
    def server_trouble(self, trouble: list[str]) -> None:
        self.backend.failures.extend(trouble)

    @precondition(lambda self: self.outbox.backlog().waiting > 0)
    @rule()
    def drain(self) -> None:
        self._drain_now()

    @invariant()
    def nothing_created_twice(self) -> None:
        assert all(times == 1 for times in self.backend.created.values())

    @invariant()
    def nothing_told_saved_is_lost(self) -> None:
        for invitation_id in self.told_saved:
            local = self.outbox.invitation(invitation_id)
            assert local is not None, "saved, then gone from the kiosk"
            assert local.state is not LocalState.NEEDS_ATTENTION, "no refusal was staged"
            if local.state is LocalState.CONFIRMED:
                assert invitation_id in self.backend.created, "confirmed, but the backend has no such invitation"
            else:
                assert self.outbox.details(invitation_id) is not None, "waiting, and still sendable"

    def teardown(self) -> None:
        # The network heals: everything saved must arrive, once.
        self.backend.down = False
        self.backend.failures.clear()
        for _ in range(5):
            if not self.outbox.backlog().waiting:
                break
            self._drain_now()
        assert self.outbox.backlog().waiting == 0
        assert set(self.backend.created) == set(self.told_saved)
        assert all(times == 1 for times in self.backend.created.values())
        self.worker.close()
        self.outbox.close()
        self.client.close()
        self.folder.cleanup()


OutboxMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_outbox_under_crashes_outages_and_server_trouble = OutboxMachine.TestCase
