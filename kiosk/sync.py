"""The sync worker: sends the outbox to the backend, in order, until it is empty.

It runs on its own thread (never the GUI's). Each entry goes with the bytes and idempotency key
it was saved with, however often it is tried, so the backend recognises a retry and answers it
with the original result. What a retry can fix (no connection, time-outs, 408, 429, 5xx) waits
with full-jitter backoff, or as long as the server's ``Retry-After`` asks; a refusal is final:
the entry leaves the outbox and its invitation "needs attention" with the server's reason.
"""

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk import wire
from kiosk.api_client import ApiClient, ApiError, BackendUnreachable, Refused
from kiosk.outbox import Action, Entry, Outbox
from kiosk.retry import can_succeed_later, retry_delay

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


class SyncWorker:
    """Drains an :class:`Outbox` through an :class:`ApiClient`."""

    def __init__(
        self,
        outbox: Outbox,
        client: ApiClient,
        *,
        backoff: Backoff = Backoff(),
        rng: random.Random | None = None,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self._outbox = outbox
        self._client = client
        self._backoff = backoff
        self._rng = rng or random.Random()
        self._on_change = on_change
        self._wake = threading.Event()
        #: Whether the backend answered the last request (None: nothing sent yet).
        self.online: bool | None = None

    def wake(self) -> None:
        """Something was saved: look at the outbox now rather than at the next due time."""
        self._wake.set()

    def run(self, stop: threading.Event) -> None:
        """Send until ``stop`` is set; sleeps while the outbox is empty or its head is not due."""
        while not stop.is_set():
            wait = self.drain(stop)
            self._wake.wait(timeout=wait)
            self._wake.clear()

    def drain(self, stop: threading.Event | None = None) -> float:
        """Send every entry that is due, in order; return seconds until the head is due (or 60 if empty)."""
        while stop is None or not stop.is_set():
            entry = self._outbox.head()
            if entry is None:
                return 60.0
            due_in = entry.next_attempt_at - time.time()
            if due_in > 0:
                return due_in
            self._send(entry)
        return 0.0

    def _send(self, entry: Entry) -> None:
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
            elif isinstance(error, Refused):
                log.warning("%s %s refused: %s", entry.action, entry.invitation_id, error.code)
                self._outbox.refused(entry, error.body)
            else:
                raise  # an answer no retry can fix and no reason to show (a proxy's 404 page): a setup fault
        else:
            self.online = True
            self._outbox.delivered(entry, answer)
        self._on_change()
