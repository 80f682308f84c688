"""The sync worker: sends the outbox to the backend until it is empty, and keeps statuses current.

It runs on its own thread (never the GUI's). One invitation's entries go strictly in the order
they were saved; different invitations go up to ``parallel`` at a time. Each entry goes with the
bytes and idempotency key it was saved with, however often it is tried, so the backend
recognises a retry and answers it with the original result. What a retry can fix (no
connection, time-outs, 408, 429, 5xx) waits with full-jitter backoff, or as long as the
server's ``Retry-After`` asks; a refusal is final: the entry leaves the outbox and its
invitation "needs attention" with the server's reason. Between drains it looks up statuses
missed while nobody listened, and applies the retention window.
"""

import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from kiosk import wire
from kiosk.api_client import ApiClient, ApiError, BackendUnreachable, Refused
from kiosk.outbox import Action, Backlog, Entry, Outbox
from kiosk.retry import can_succeed_later, retry_delay
from kiosk.wire import InvitationView

log = logging.getLogger("kiosk.sync")

_ENDPOINTS = {
    Action.CREATE: wire.CREATE_INVITATION,
    Action.RESEND: wire.RESEND,
    Action.CORRECT_EMAIL: wire.CORRECT_EMAIL,
    Action.CANCEL: wire.CANCEL,
}


@dataclass(frozen=True)
class Backoff:
    #: The first retry waits up to this long; each further one up to twice as long...
    base: float = 1.0
    #: ...but never more than this (a showroom kiosk should notice the network is back soon).
    cap: float = 60.0


@dataclass(frozen=True)
class SyncState:
    """What a sync indicator shows: is the backend heard, and what still waits to go."""

    #: Whether the backend answered the last request (None: nothing sent yet since start).
    online: bool | None
    backlog: Backlog


class Result(StrEnum):
    #: The backend confirmed the write.
    DELIVERED = "delivered"
    #: The backend refused it for good; the invitation needs attention.
    REFUSED = "refused"
    #: It could not go now and will be tried again (the entry stays in the outbox).
    POSTPONED = "postponed"


@dataclass(frozen=True)
class Outcome:
    """What became of one try of one outbox entry."""

    invitation_id: UUID
    action: Action
    result: Result
    state: SyncState
    #: The invitation as the backend now has it (DELIVERED).
    answer: InvitationView | None = None
    #: The backend's answer and reason (REFUSED).
    refusal: Refused | None = None


SyncEvent = SyncState | Outcome


class SyncWorker:
    """Drains an :class:`Outbox` through an :class:`ApiClient`."""

    def __init__(
        self,
        outbox: Outbox,
        client: ApiClient,
        *,
        backoff: Backoff = Backoff(),
        rng: random.Random | None = None,
        on_event: Callable[[SyncEvent], None] = lambda _event: None,
        parallel: int = 4,
        catch_up_every: float = 60.0,
    ) -> None:
        self._outbox = outbox
        self._client = client
        self._backoff = backoff
        self._rng = rng or random.Random()
        self._on_event = on_event
        #: Requests in flight at once while draining a backlog: one at a time, a kiosk back from a
        #: long outage would spend most of its time waiting on round trips, not on the backend.
        self._parallel = parallel
        self._executor: ThreadPoolExecutor | None = None
        #: Statuses of invitations not on screen are looked up this often (and at once when the
        #: backend is heard again after an outage).
        self._catch_up_every = catch_up_every
        self._next_catch_up = 0.0
        self._wake = threading.Event()
        self._probe = False
        #: Whether the backend answered the last request (None: nothing sent yet).
        self.online: bool | None = None

    def wake(self) -> None:
        """Something was just saved: try the oldest entry now, even if its backoff has not run out.

        A salesperson waiting to hear "sent" should not wait out a minute of backoff when the
        network came back meanwhile; one extra try per save costs the backend little.
        """
        self._probe = True
        self._wake.set()

    def state(self) -> SyncState:
        return SyncState(self.online, self._outbox.backlog())

    def run(self, stop: threading.Event) -> None:
        """Send until ``stop`` is set; sleeps while nothing is due and no status catch-up is.

        Whoever sets ``stop`` calls :meth:`wake` too, so the sleep ends at once.
        """
        self._on_event(self.state())  # what was left from before a restart shows at once
        try:
            while not stop.is_set():
                was_online = self.online
                wait = self.drain(stop)
                if self._outbox.purge():  # the retention window runs out here, on this thread, not the GUI's
                    self._on_event(self.state())
                back = was_online is False and self.online is True  # heard again after an outage
                if back or time.monotonic() >= self._next_catch_up:
                    self.catch_up()
                self._wake.wait(timeout=min(wait, max(0.0, self._next_catch_up - time.monotonic())))
                self._wake.clear()
        finally:
            self.close()

    def drain(self, stop: threading.Event | None = None) -> float:
        """Send every entry that is due; return seconds until the next is due (60 if the outbox is empty).

        Up to ``parallel`` requests are in flight, each for a different invitation, and a freed slot
        is filled at once; an invitation's own entries go strictly one after the other, in the
        order they were saved. Once any entry must wait (backend down or overloaded), nothing new
        is started: the whole queue waits, or an outage's backlog would cost one failing request
        per invitation each round.
        """
        flying: dict[Future[float | None], UUID] = {}
        waits: list[float] = []
        wait = 0.0
        try:
            while True:
                if not waits and (stop is None or not stop.is_set()):
                    entries, wait = self._outbox.due(
                        self._parallel - len(flying), probe=self._probe and not flying, busy=set(flying.values())
                    )
                    self._probe = False
                    for entry in entries:
                        flying[self._pool().submit(self._send, entry)] = entry.invitation_id
                if not flying:
                    return min(waits) if waits else wait
                done, _ = futures_wait(flying, return_when=FIRST_COMPLETED)
                for future in done:
                    del flying[future]
                    delay = future.result()  # re-raises a bug in _send
                    if delay is not None:
                        waits.append(delay)
        finally:
            futures_wait(flying)

    def catch_up(self) -> int:
        """Look up every invitation whose status may have moved while nobody was listening; how many changed.

        The screen showing one invitation follows it live; this covers the rest, and whatever the
        kiosk missed while it was offline or closed.
        """
        self._next_catch_up = time.monotonic() + self._catch_up_every
        changed = 0
        for invitation_id in self._outbox.unsettled():
            try:
                view = self._client.get_invitation(invitation_id)
            except ApiError as error:
                self.online = not isinstance(error, BackendUnreachable)
                log.info("status catch-up stopped: %s", type(error).__name__)
                break
            self.online = True
            changed += self._outbox.update_status(view)
        if changed:
            log.info("status catch-up: %d invitations changed", changed)
            self._on_event(self.state())
        return changed

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._parallel, thread_name_prefix="sync")
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _send(self, entry: Entry) -> float | None:
        """Send one entry and record the outcome; the seconds it must wait if it is to be tried again."""
        endpoint = _ENDPOINTS[entry.action]
        try:
            answer = self._client.replay(
                endpoint,
                entry.body,
                salesperson_id=entry.salesperson_id,
                idempotency_key=entry.idempotency_key,
                invitation_id=entry.invitation_id,
            )
        except ApiError as error:
            self.online = not isinstance(error, BackendUnreachable)
            if can_succeed_later(error):
                delay = retry_delay(
                    error, entry.attempts, base=self._backoff.base, cap=self._backoff.cap, rng=self._rng
                )
                log.info(
                    "%s %s: %s; retry %d in %.1f s", entry.action, entry.invitation_id, error, entry.attempts + 1, delay
                )
                self._outbox.postpone(entry, delay, f"{entry.action.value}: {error}")
                self._tell(entry, Result.POSTPONED)
                return delay
            elif isinstance(error, Refused):
                log.warning("%s %s refused: %s", entry.action, entry.invitation_id, error.code)
                self._outbox.refused(entry, error.body)
                self._tell(entry, Result.REFUSED, refusal=error)
            else:
                raise  # an answer no retry can fix and no reason to show (a proxy's 404 page): a setup fault
        else:
            self.online = True
            self._outbox.delivered(entry, answer)
            self._tell(entry, Result.DELIVERED, answer=answer)
        return None

    def _tell(
        self, entry: Entry, result: Result, *, answer: InvitationView | None = None, refusal: Refused | None = None
    ) -> None:
        self._on_event(Outcome(entry.invitation_id, entry.action, result, self.state(), answer, refusal))
