"""The one way the GUI runs blocking work: on worker threads, with results back on the GUI thread.

Like Anki's ``QueryOp``: the work function must not touch widgets (it runs on a worker thread);
the callbacks run on the GUI thread and may. Nothing else in ``ui/`` starts threads.

Why results travel through one application-wide dispatcher rather than a small QObject per job
(as this module once did): a callback is often a lambda that holds the window. A per-job object
was a child of the window and was deleted with ``deleteLater``; when its deletion let go of the
last reference to the window, the window was destroyed *from inside* the destruction of its own
descendant, which then was deleted a second time. That corrupted the heap now and then, in tests
that drop a window. The dispatcher belongs to no window, and every reference a job holds (work,
callbacks, result) is let go on the GUI thread, after the callback, never inside a widget's
destructor and never on a worker thread.

Short jobs run on a thread pool; a stream (the sync worker, a status subscription) runs for as long
as its screen listens, on a daemon thread of its own. A stream left running by a process on its way
out (an error before the window closed) must not keep it from exiting: the pool's destructor, run
as Qt tears the application down, waits for its threads without end, and a kiosk stuck half-exited
is neither working nor restarted by its supervisor.
"""

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

log = logging.getLogger("ui.background")


class _Delivery(NamedTuple):
    """What a worker hands to the GUI thread: call ``callback(payload)``, then let go of ``keep`` too."""

    callback: Callable[[Any], None]
    payload: Any
    keep: object = None


class _Dispatcher(QObject):
    """Lives on the GUI thread for the application's lifetime; a signal from a worker is queued to it."""

    delivered = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.delivered.connect(self._deliver)

    @Slot(object)
    def _deliver(self, delivery: _Delivery) -> None:
        delivery.callback(delivery.payload)


_dispatcher: _Dispatcher | None = None


def _gui_dispatcher() -> _Dispatcher:
    """The dispatcher, made on first use (on the GUI thread, by ``Background()``), a child of the application."""
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Background needs a QApplication")
        _dispatcher = _Dispatcher(app)
    return _dispatcher


def _send(dispatcher: _Dispatcher, delivery: _Delivery) -> None:
    """Queue ``delivery`` for the GUI thread; if the application is gone, nobody is listening any more."""
    try:
        dispatcher.delivered.emit(delivery)
    except RuntimeError:  # the application (and with it the dispatcher) was deleted while the job ran
        log.debug("a result arrived after the application closed; dropped")


def _job(
    dispatcher: _Dispatcher,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> Callable[[], None]:
    """A function for the pool that runs ``work`` once and hands every reference it holds to the GUI thread.

    A plain function rather than a QRunnable subclass: PySide kept some finished subclass
    instances alive (with whatever they still held), a few per hundred jobs, without end.
    """
    parts: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]]] = [
        (work, on_success, on_failure)
    ]
    del work, on_success, on_failure

    def run() -> None:
        held = parts.pop()
        try:
            result = held[0]()
        except Exception as error:  # handed to the GUI thread, which decides what people see
            delivery = _Delivery(held[2], error, held)
        else:
            delivery = _Delivery(held[1], result, held)
        del held
        _send(dispatcher, delivery)

    return run


class Background(QObject):
    """Owns the worker threads of one window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dispatcher = _gui_dispatcher()
        self._pool = QThreadPool(self)
        # Streams hold a thread each for as long as they run; keep room for short requests.
        self._pool.setMaxThreadCount(8)
        #: Each running stream's stop event, and its thread.
        self._streams: dict[threading.Event, threading.Thread] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on a worker; then ``on_success(result)`` or ``on_failure(error)`` on the GUI thread."""
        self._pool.start(_job(self._dispatcher, work, on_success, on_failure))

    def channel(self, on_item: Callable[[Any], None]) -> Callable[[Any], None]:
        """A function any thread may call with ``x``; ``on_item(x)`` then runs on the GUI thread.

        For a worker that is handed its callback before it starts (the sync worker).
        """
        dispatcher = self._dispatcher

        def emit(item: Any) -> None:
            _send(dispatcher, _Delivery(on_item, item))

        return emit

    def stream(
        self,
        work: Callable[[threading.Event, Callable[[Any], None]], None],
        on_item: Callable[[Any], None],
    ) -> threading.Event:
        """Run ``work(stop, emit)`` until it returns; each ``emit(x)`` calls ``on_item(x)`` on the GUI thread.

        Returns the event that asks the work to stop; set it when the screen no longer listens. From
        then on nothing more reaches ``on_item``, not even what the worker sent just before and was
        still on its way: a busy kiosk once showed the next customer "Registered" that way, when the
        previous customer's status arrived after the salesperson had moved on.
        """
        stop = threading.Event()

        def deliver(item: Any) -> None:  # on the GUI thread, where stop is set
            if not stop.is_set():
                on_item(item)

        emit = self.channel(deliver)
        streams = self._streams

        def body() -> None:
            try:
                work(stop, emit)
            finally:
                streams.pop(stop, None)

        thread = threading.Thread(
            target=_job(self._dispatcher, body, _ignore, _stream_failed), name="stream", daemon=True
        )
        streams[stop] = thread
        thread.start()
        return stop

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Ask every stream to stop and wait for the workers; True if all finished in time."""
        deadline = time.monotonic() + timeout_ms / 1000
        running = list(self._streams.items())
        for stop, _thread in running:
            stop.set()
        for _stop, thread in running:
            thread.join(max(0.0, deadline - time.monotonic()))
        left_ms = max(0, int((deadline - time.monotonic()) * 1000))
        return self._pool.waitForDone(left_ms) and not any(thread.is_alive() for _stop, thread in running)


def _stream_failed(error: Exception) -> None:
    log.error("stream failed: %r", error)


def _ignore(_result: object) -> None:
    """A stream's result is its items; the end itself needs no callback."""
