"""Wakes the events streams the moment an invitation changes, in this process or any other.

On PostgreSQL a trigger (migration 0008) calls ``pg_notify('invitation_changed', id)`` on every
change to an invitation row, whoever makes it; one listener connection per process hears it and
wakes exactly the streams that follow that invitation. SQLite has no such channel: its streams
look at the database every ``status_poll_interval`` instead (it is the single-process default).
"""

import asyncio
import logging
import threading
import uuid
from collections import defaultdict

from sqlalchemy import make_url

log = logging.getLogger("backend.status_bus")

CHANNEL = "invitation_changed"
#: With a listener, streams still look now and then: a notice sent while it reconnected is not lost.
SAFETY_INTERVAL = 5.0


class StatusBus:
    def __init__(self, database_url: str) -> None:
        url = make_url(database_url)
        self._conninfo = (
            url.set(drivername="postgresql").render_as_string(hide_password=False)
            if url.get_backend_name() == "postgresql"
            else None
        )
        self._lock = threading.Lock()
        self._waiting: dict[uuid.UUID, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = defaultdict(set)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()

    @property
    def pushes(self) -> bool:
        """True when changes arrive as notices (PostgreSQL), not only by looking."""
        return self._conninfo is not None

    def start(self) -> None:
        if self._conninfo is not None:
            self._thread = threading.Thread(target=self._listen, name="status-bus", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def subscribe(self, invitation_id: uuid.UUID) -> asyncio.Event:
        event = asyncio.Event()
        with self._lock:
            self._waiting[invitation_id].add((asyncio.get_running_loop(), event))
        return event

    def unsubscribe(self, invitation_id: uuid.UUID, event: asyncio.Event) -> None:
        with self._lock:
            waiting = self._waiting.get(invitation_id, set())
            waiting.difference_update({entry for entry in waiting if entry[1] is event})
            if not waiting:
                self._waiting.pop(invitation_id, None)

    def wake(self, invitation_id: uuid.UUID) -> None:
        with self._lock:
            waiting = list(self._waiting.get(invitation_id, ()))
        for loop, event in waiting:
            loop.call_soon_threadsafe(event.set)

    def _listen(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as connection:  # type: ignore[arg-type]
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=1.0):
                            try:
                                self.wake(uuid.UUID(notice.payload))
                            except ValueError:
                                log.warning("notice with a payload that is no invitation id")
            except Exception as error:  # the database went away: listen again shortly
                self.listening.clear()
                log.warning("status listener lost its connection (%s); reconnecting", type(error).__name__)
                self._stop.wait(1.0)
