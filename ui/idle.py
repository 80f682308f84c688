"""Noticing that nobody is at the kiosk any more, so nothing personal is left on screen.

Any key, tap, click or wheel counts as someone being there. After the screen's idle time the
watcher asks "Are you still there?" and counts down; when the countdown runs out the window wipes
itself.

It watches the window's own platform windows (the kiosk's and the pop-ups it opens, such as a
list's drop-down), not the application: every key and touch reaches a window there, on its way to
the widget under it, and nothing else does but the window's few frame events. An event filter on
the application, in Python, saw every event of every widget instead (~650 while the buyer form is
made alone) and wrapped each in a Python object on the way: making, styling and showing a screen
took a third to a half longer with it (measured: the buyer form made in 11.4 ms instead of 7.5,
placed in 10.0 instead of 5.3), which a 16 ms frame cannot spare.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

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

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._ask)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._count)
        #: After a press, a look for pop-ups it opened (they are windows of their own).
        self._look_again = QTimer(self)
        self._look_again.setSingleShot(True)
        self._look_again.timeout.connect(self._watch_windows)
        self._idle_ms: int | None = None
        self._countdown_s = 15
        self._left = 0
        self._window = window
        self._watching = False

    def watch(self) -> None:
        """Begin noticing input (the timers run from :meth:`arm` on regardless).

        A window calls this after its first frame: until then it has no platform window to watch.
        """
        self._watching = True
        self._watch_windows()

    def arm(self, idle_s: float | None, countdown_s: int) -> None:
        """Watch with these times from now on (``None``: this screen is never wiped for idleness)."""
        self._idle_ms = None if idle_s is None else int(idle_s * 1000)
        self._countdown_s = countdown_s
        self._restart()
        if self._watching:
            self._watch_windows()

    @property
    def asking_now(self) -> bool:
        return self._countdown.isActive()

    def stop(self) -> None:
        self._watching = False
        self._idle.stop()
        self._countdown.stop()
        self._look_again.stop()
        for window in self._windows():
            window.removeEventFilter(self)

    @Slot()
    def _watch_windows(self) -> None:
        # Installing a filter already installed only moves it to the front: no window is watched twice.
        for window in self._windows():
            window.installEventFilter(self)

    def _windows(self) -> list[QWindow]:
        """The kiosk window's platform window and those that belong to it (pop-ups, by their parent)."""
        own = self._window.windowHandle()
        if own is None:
            return []
        found = [own]
        for window in QGuiApplication.topLevelWindows():
            if not shiboken6.isValid(window):  # a wrapper PySide already let go of: nothing to watch through it
                continue
            parent = window.transientParent()
            while parent is not None and parent is not own:
                parent = parent.transientParent()
            if parent is own:
                found.append(window)
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Input comes from outside the program (spontaneous); most events (timers, layouts, paints) do
        # not, and reading a bool costs less than turning the event's type into a Python enum.
        if event.spontaneous() and event.type() in _PRESENCE:
            if self._countdown.isActive():
                self.answered.emit()
            self._restart()
            self._look_again.start(0)
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
