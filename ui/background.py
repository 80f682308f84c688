"""The one way the GUI runs blocking work: on a thread pool, with results back on the GUI thread.

Like Anki's ``QueryOp``: the work function must not touch widgets (it runs on a worker thread);
the callbacks run on the GUI thread and may. Nothing else in ``ui/`` starts threads.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("ui.background")


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker are queued across to it."""

    item = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay  # held until run() ends, so the signals have a live sender

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what people see
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Background(QObject):
    """Owns the worker threads of one window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # Streams hold a thread each for as long as they run; keep room for short requests.
        self._pool.setMaxThreadCount(8)
        self._stops: set[threading.Event] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on a worker; then ``on_success(result)`` or ``on_failure(error)`` on the GUI thread."""
        relay = _Relay(self)
        relay.succeeded.connect(on_success)
        relay.failed.connect(on_failure)
        relay.succeeded.connect(relay.deleteLater)
        relay.failed.connect(relay.deleteLater)
        self._pool.start(_Job(work, relay))

    def channel(self, on_item: Callable[[Any], None]) -> Callable[[Any], None]:
        """A function any thread may call with ``x``; ``on_item(x)`` then runs on the GUI thread.

        For a worker that is handed its callback before it starts (the sync worker).
        """
        relay = _Relay(self)
        relay.item.connect(on_item)
        return relay.item.emit

    def stream(
        self,
        work: Callable[[threading.Event, Callable[[Any], None]], None],
        on_item: Callable[[Any], None],
    ) -> threading.Event:
        """Run ``work(stop, emit)`` until it returns; each ``emit(x)`` calls ``on_item(x)`` on the GUI thread.

        Returns the event that asks the work to stop; set it when the screen no longer listens.
        """
        stop = threading.Event()
        relay = _Relay(self)
        relay.item.connect(on_item)
        relay.succeeded.connect(relay.deleteLater)
        relay.failed.connect(relay.deleteLater)
        relay.failed.connect(lambda error: log.error("stream failed: %r", error))
        self._stops.add(stop)

        def body() -> None:
            try:
                work(stop, relay.item.emit)
            finally:
                self._stops.discard(stop)

        self._pool.start(_Job(body, relay))
        return stop

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Ask every stream to stop and wait for the workers; True if all finished in time."""
        for stop in list(self._stops):
            stop.set()
        return self._pool.waitForDone(timeout_ms)
