"""Noticing that nobody is at the kiosk any more, so nothing personal is left on screen.

One watcher for the whole application (an event filter on it): any key, tap, click or wheel
counts as someone being there. After the screen's idle time it asks "Are you still there?" and
counts down; when the countdown runs out the window wipes itself.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

#: What counts as someone being there. Not mouse movement: a nudged mouse is nobody.
_PRESENCE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    #: Time to ask whether anyone is still there; carries the seconds the countdown has.
    asking = Signal(int)
    #: One second less in the countdown; carries the seconds left.
    tick = Signal(int)
    #: Someone answered (any input) while being asked.
    answered = Signal()
    #: Nobody answered: wipe.
    expired = Signal()

    def __init__(self, watched: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._ask)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._count)
        self._idle_ms: int | None = None
        self._countdown_s = 15
        self._left = 0
        self._watched = watched

    def watch(self) -> None:
        """Begin noticing input (the timers run from :meth:`arm` on regardless).

        Apart from making the watcher: every event of the application passes through this filter, in
        Python, so a window begins it after its first frame, which it would only slow down.
        """
        self._watched.installEventFilter(self)

    def arm(self, idle_s: float | None, countdown_s: int) -> None:
        """Watch with these times from now on (``None``: this screen is never wiped for idleness)."""
        self._idle_ms = None if idle_s is None else int(idle_s * 1000)
        self._countdown_s = countdown_s
        self._restart()

    @property
    def asking_now(self) -> bool:
        return self._countdown.isActive()

    def stop(self) -> None:
        self._idle.stop()
        self._countdown.stop()
        self._watched.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Input comes from outside the program (spontaneous); most events (timers, layouts, paints) do
        # not, and reading a bool costs less than turning the event's type into a Python enum.
        if event.spontaneous() and event.type() in _PRESENCE:
            if self._countdown.isActive():
                self.answered.emit()
            self._restart()
        return False

    def _restart(self) -> None:
        self._countdown.stop()
        if self._idle_ms is None:
            self._idle.stop()
        else:
            self._idle.start(self._idle_ms)

    @Slot()
    def _ask(self) -> None:
        self._left = self._countdown_s
        self._countdown.start()
        self.asking.emit(self._left)

    @Slot()
    def _count(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.tick.emit(self._left)
            return
        self._countdown.stop()
        self.expired.emit()
