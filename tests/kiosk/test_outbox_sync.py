"""The outbox and its sync worker, one piece at a time: a real SQLite file, a scripted backend.

The scripted backend (httpx.MockTransport) stands in for the network so each failure can be
staged exactly; tests/e2e/test_offline_sync.py runs the same worker against the real backend.
"""

import json
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from kiosk import wire
from kiosk.api_client import ApiClient, BackendUnreachable, Refused, ServerError, parse_retry_after
from kiosk.outbox import Action, LocalState, Outbox
from kiosk.retry import backoff_delay, can_succeed_later
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, Outcome, Result, SyncEvent, SyncState, SyncWorker
from kiosk.wire import ErrorBody, ErrorCode, InvitationStatus
from tests.factories import invitation_create, invitation_view

Handler = Callable[[httpx.Request], httpx.Response]


class ScriptedBackend:
    """Answers each request with the next scripted reply, and keeps every request it saw."""

    def __init__(self) -> None:
        self.replies: list[Handler | Exception] = []
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        reply = self.replies.pop(0) if self.replies else _accepted
        if isinstance(reply, Exception):
            raise reply
        return reply(request)


def _accepted(request: httpx.Request) -> httpx.Response:
    invitation_id = request.url.path.split("/")[4] if request.url.path.count("/") > 3 else None
    if invitation_id is None:
        invitation_id = json.loads(request.content)["id"]
    view = invitation_view(id=uuid.UUID(invitation_id))
    return httpx.Response(201, content=view.model_dump_json())


def _status(code: int, headers: dict[str, str] | None = None, error: ErrorCode | None = None) -> Handler:
    body = ErrorBody(error=error).model_dump_json() if error else "upstream trouble"
    return lambda _request: httpx.Response(code, content=body, headers=headers)


@pytest.fixture
def backend() -> ScriptedBackend:
    return ScriptedBackend()


@pytest.fixture
def worker(outbox: Outbox, backend: ScriptedBackend) -> Iterator[SyncWorker]:
    client = ApiClient("http://backend.test", "token", transport=httpx.MockTransport(backend))
    sync = SyncWorker(outbox, client, backoff=Backoff(base=1.0, cap=60.0), rng=random.Random(7))
    yield sync
    sync.close()
    client.close()


def _make_due(outbox: Outbox) -> None:
    """Skip the wait the worker chose (the test checks it separately)."""
    head = outbox.head()
    assert head is not None
    with outbox._transaction() as db:
        db.execute("UPDATE outbox SET next_attempt_at = 0 WHERE seq = ?", (head.seq,))


def test_a_saved_invitation_is_sent_once_with_its_key_and_salesperson(
    outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend
) -> None:
    invitation = invitation_create()
    outbox.capture(invitation, salesperson_id=7)
    outbox.capture(invitation, salesperson_id=7)  # a double-clicked "send"
    assert outbox.invitation(invitation.id).state is LocalState.WAITING  # type: ignore[union-attr]
    assert outbox.backlog().waiting == 1
    worker.drain()
    (request,) = backend.seen
    assert request.url.path == wire.CREATE_INVITATION.path
    assert request.headers[wire.IDEMPOTENCY_HEADER] == f"create-{invitation.id}"
    assert request.headers[wire.SALESPERSON_HEADER] == "7"
    assert json.loads(request.content)["email"] == invitation.email
    local = outbox.invitation(invitation.id)
    assert local is not None and (local.state, local.status) == (LocalState.CONFIRMED, InvitationStatus.SENT)
    assert outbox.backlog().waiting == 0 and outbox.backlog().last_success_at is not None


def test_every_retry_sends_the_same_bytes_and_key_until_one_gets_through(
    outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend
) -> None:
    outbox.capture(invitation_create(), salesperson_id=7)
    backend.replies = [
        httpx.ConnectError("no route"),
        httpx.ReadTimeout("stalled"),
        _status(503),
        _status(408),
        _status(429, {"Retry-After": "1"}, ErrorCode.RATE_LIMITED),
    ]
    for _ in range(5):
        worker.drain()
        assert outbox.backlog().waiting == 1, "kept for the next try"
        _make_due(outbox)
    worker.drain()
    assert outbox.backlog().waiting == 0
    assert len(backend.seen) == 6
    assert len({request.content for request in backend.seen}) == 1
    assert len({request.headers[wire.IDEMPOTENCY_HEADER] for request in backend.seen}) == 1


def test_waits_grow_with_full_jitter_and_retry_after_is_honoured(
    outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend
) -> None:
    outbox.capture(invitation_create(), salesperson_id=7)
    backend.replies = [httpx.ConnectError("down")]
    before = time.time()
    worker.drain()
    head = outbox.head()
    assert head is not None and head.attempts == 1
    assert before <= head.next_attempt_at <= time.time() + 1.0, "the first retry waits at most the base"
    _make_due(outbox)
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    backend.replies = [_status(503, {"Retry-After": later})]
    worker.drain()
    head = outbox.head()
    assert head is not None and head.next_attempt_at >= time.time() + 110, "the server asked for two minutes"
    assert worker.drain() > 100, "nothing is sent before then"
    assert len(backend.seen) == 2


def test_a_refusal_is_not_retried_and_the_invitation_needs_attention_with_the_reason(
    outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend
) -> None:
    refused, fine = invitation_create(), invitation_create()
    outbox.capture(refused, salesperson_id=7)
    outbox.capture(fine, salesperson_id=7)
    backend.replies = [
        lambda _r: httpx.Response(
            422,
            content=ErrorBody(error=ErrorCode.VALIDATION_FAILED, fields={"email": "email_invalid"}).model_dump_json(),
        )
    ]
    worker.drain()
    local = outbox.invitation(refused.id)
    assert local is not None and local.state is LocalState.NEEDS_ATTENTION
    assert local.problem is not None and local.problem.fields == {"email": "email_invalid"}
    assert outbox.invitation(fine.id).state is LocalState.CONFIRMED  # type: ignore[union-attr]
    assert len(backend.seen) == 2, "the refused one was sent once, and the queue went on"
    assert "refused" in (outbox.backlog().last_error or "")


def test_entries_go_in_the_order_they_were_saved(outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend) -> None:
    first = invitation_create()
    outbox.capture(first, salesperson_id=7)
    outbox.request(first.id, Action.CORRECT_EMAIL, 7, email="fixed@example.se")
    outbox.request(first.id, Action.RESEND, 7)
    outbox.request(first.id, Action.CANCEL, 7)
    backend.replies = [httpx.ConnectError("down")]
    worker.drain()
    assert len(backend.seen) == 1, "a waiting head holds back what was saved after it"
    _make_due(outbox)
    worker.drain()
    paths = [request.url.path.rsplit("/", 1)[-1] for request in backend.seen]
    assert paths == ["invitations", "invitations", "correct-email", "resend", "cancel"]
    assert json.loads(backend.seen[2].content) == {"email": "fixed@example.se"}
    assert outbox.invitation(first.id).masked_email == "f***@example.se"  # type: ignore[union-attr]


def test_each_try_is_reported_with_the_backlog_for_the_screen(outbox: Outbox, backend: ScriptedBackend) -> None:
    events: list[SyncEvent] = []
    client = ApiClient("http://backend.test", "token", transport=httpx.MockTransport(backend))
    worker = SyncWorker(outbox, client, rng=random.Random(7), on_event=events.append)
    invitation = invitation_create()
    outbox.capture(invitation, salesperson_id=7)
    backend.replies = [httpx.ConnectError("down")]
    worker.drain()
    (postponed,) = events
    assert isinstance(postponed, Outcome) and postponed.result is Result.POSTPONED
    assert postponed.state == SyncState(False, outbox.backlog())
    assert postponed.state.backlog.waiting == 1
    # A new save wakes the worker: the waiting head is tried at once, not after its backoff.
    worker.wake()
    worker.drain()
    delivered = events[-1]
    assert isinstance(delivered, Outcome) and delivered.result is Result.DELIVERED
    assert delivered.answer is not None and delivered.answer.id == invitation.id
    assert delivered.state.online is True and delivered.state.backlog.waiting == 0
    client.close()


def test_fixed_details_replace_the_refused_invitation_in_one_step(outbox: Outbox, worker: SyncWorker) -> None:
    refused = invitation_create()
    outbox.capture(refused, salesperson_id=7)
    head = outbox.head()
    assert head is not None
    outbox.refused(head, ErrorBody(error=ErrorCode.VALIDATION_FAILED))
    assert outbox.backlog().needs_attention == 1
    fixed = invitation_create()
    outbox.capture(fixed, salesperson_id=7, replaces=refused.id)
    assert outbox.invitation(refused.id) is None
    assert outbox.backlog().needs_attention == 0 and outbox.backlog().waiting == 1
    # Only a refused invitation can be replaced: one the backend has is never dropped this way.
    worker.drain()
    outbox.capture(invitation_create(), salesperson_id=7, replaces=fixed.id)
    assert outbox.invitation(fixed.id) is not None


def test_one_invitation_waiting_out_its_backoff_does_not_hold_back_the_others(
    outbox: Outbox, worker: SyncWorker, backend: ScriptedBackend
) -> None:
    stuck, other = invitation_create(), invitation_create()
    outbox.capture(stuck, salesperson_id=7)
    outbox.request(stuck.id, Action.CORRECT_EMAIL, 7, email="fixed@example.se")
    outbox.capture(other, salesperson_id=7)
    backend.replies = [_status(503)]  # only the first request fails
    worker.drain()
    sent = [(request.url.path, request.headers[wire.IDEMPOTENCY_HEADER]) for request in backend.seen]
    assert sent[0] == (wire.CREATE_INVITATION.path, f"create-{stuck.id}")
    assert (wire.CREATE_INVITATION.path, f"create-{other.id}") in sent[1:], "the other went ahead"
    assert not any(path.endswith("correct-email") for path, _ in sent), "never before its own create"
    assert outbox.invitation(other.id).state is LocalState.CONFIRMED  # type: ignore[union-attr]
    _make_due(outbox)
    worker.drain()
    assert [request.url.path.rsplit("/", 1)[-1] for request in backend.seen[-2:]] == ["invitations", "correct-email"]


def test_a_backlog_is_sent_with_several_requests_in_flight(outbox: Outbox, backend: ScriptedBackend) -> None:
    in_flight, most = 0, 0
    guard = threading.Lock()

    def slow_accept(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        with guard:
            in_flight += 1
            most = max(most, in_flight)
        time.sleep(0.02)
        with guard:
            in_flight -= 1
        return _accepted(request)

    client = ApiClient("http://backend.test", "token", transport=httpx.MockTransport(slow_accept))
    worker = SyncWorker(outbox, client, parallel=4)
    for _ in range(40):
        outbox.capture(invitation_create(), salesperson_id=7)
    worker.drain()
    worker.close()
    client.close()
    assert outbox.count(LocalState.CONFIRMED) == 40
    assert most == 4


def test_statuses_missed_while_offline_are_caught_up(outbox: Outbox, backend: ScriptedBackend) -> None:
    opened, registered = invitation_create(), invitation_create()
    for invitation in (opened, registered):
        outbox.capture(invitation, salesperson_id=7)
    client = ApiClient("http://backend.test", "token", transport=httpx.MockTransport(backend))
    worker = SyncWorker(outbox, client)
    worker.drain()  # both confirmed as SENT
    assert set(outbox.unsettled()) == {opened.id, registered.id}
    now = {opened.id: InvitationStatus.OPENED, registered.id: InvitationStatus.COMPLETED}
    backend.replies = [
        lambda r: httpx.Response(
            200,
            content=invitation_view(
                id=uuid.UUID(r.url.path.split("/")[4]), status=now[uuid.UUID(r.url.path.split("/")[4])]
            ).model_dump_json(),
        )
    ] * 2
    assert worker.catch_up() == 2
    assert outbox.invitation(opened.id).status is InvitationStatus.OPENED  # type: ignore[union-attr]
    assert outbox.invitation(registered.id).status is InvitationStatus.COMPLETED  # type: ignore[union-attr]
    assert outbox.unsettled() == [opened.id], "a completed one is settled: not looked up again"
    backend.replies = [httpx.ConnectError("down")]
    assert worker.catch_up() == 0 and worker.online is False
    worker.close()
    client.close()


def test_what_was_saved_survives_closing_the_kiosk(tmp_path: Path) -> None:
    invitation = invitation_create()
    key = os.urandom(32)
    box = Outbox(tmp_path / "kiosk.sqlite", Sealer(key))
    box.capture(invitation, salesperson_id=7)
    box.close()
    again = Outbox(tmp_path / "kiosk.sqlite", Sealer(key))
    head = again.head()
    assert head is not None and head.invitation_id == invitation.id
    assert again.invitation(invitation.id) is not None
    journal = again._db.execute("PRAGMA journal_mode").fetchone()[0]
    synchronous = again._db.execute("PRAGMA synchronous").fetchone()[0]
    assert (journal, synchronous) == ("wal", 2)  # 2 = FULL
    again.close()


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (BackendUnreachable("ConnectError"), True),
        (ServerError(500), True),
        (ServerError(502), True),
        (ServerError(408, "4xx without an error body"), True),
        (Refused(429, ErrorBody(error=ErrorCode.RATE_LIMITED)), True),
        (Refused(422, ErrorBody(error=ErrorCode.VALIDATION_FAILED)), False),
        (Refused(409, ErrorBody(error=ErrorCode.INVITATION_CLOSED)), False),
        (Refused(403, ErrorBody(error=ErrorCode.SALESPERSON_UNKNOWN)), False),
        (Refused(401, ErrorBody(error=ErrorCode.UNAUTHORIZED)), False),
    ],
)
def test_only_what_can_succeed_later_is_retried(error: Exception, retry: bool) -> None:
    assert can_succeed_later(error) is retry


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Sat, 21 Nov 2026 12:01:30 GMT", now) == 90
    assert parse_retry_after("Sat, 21 Nov 2026 11:00:00 GMT", now) == 0, "a date in the past: now"
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_backoff_is_full_jitter_under_a_cap() -> None:
    rng = random.Random(1)
    for attempt, ceiling in [(0, 1), (1, 2), (3, 8), (10, 60), (500, 60)]:
        delays = [backoff_delay(attempt, base=1, cap=60, rng=rng) for _ in range(200)]
        assert min(delays) >= 0 and max(delays) <= ceiling
        assert max(delays) > ceiling * 0.8, "spread over the whole range, not bunched"
