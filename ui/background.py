"""The one way the GUI runs blocking work: on a thread pool, with results back on the GUI thread.

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
"""

import logging
import threading
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
        self._stops: set[threading.Event] = set()

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

        Returns the event that asks the work to stop; set it when the screen no longer listens.
        """
        stop = threading.Event()
        emit = self.channel(on_item)
        self._stops.add(stop)
        stops = self._stops

        def body() -> None:
            try:
                work(stop, emit)
            finally:
                stops.discard(stop)

        def failed(error: Exception) -> None:
            log.error("stream failed: %r", error)

        self._pool.start(_job(self._dispatcher, body, _ignore, failed))
        return stop

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Ask every stream to stop and wait for the workers; True if all finished in time."""
        for stop in list(self._stops):
            stop.set()
        return self._pool.waitForDone(timeout_ms)


def _ignore(_result: object) -> None:
    """A stream's result is its items; the end itself needs no callback."""
