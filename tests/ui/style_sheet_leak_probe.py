"""Run alone (``python -m tests.ui.style_sheet_leak_probe``): bytes of C heap that making, showing
and deleting each kind of widget leaves behind under the kiosk's style sheet, as JSON.

Qt's style-sheet style keeps a cache entry for a widget it cannot style directly (a scroll area's
viewport, a combo box's pop-up) after the widget is gone; see ``ui/widgets/viewport.py``. This is
C++ memory: Python's tracemalloc does not see it, glibc's ``mallinfo2`` does.
"""

import ctypes
import gc
import json
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QListView, QVBoxLayout, QWidget

from kiosk.wire import SalespersonInfo
from ui.screens.sign_in import SignInScreen
from ui.theme import apply_theme
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.page_stack import PageStack
from ui.widgets.viewport import forgettable_viewport

ROUNDS = 2000


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks")
    ] + [("keepcost", ctypes.c_size_t)]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _MallInfo2


def _heap_in_use() -> int:
    gc.collect()
    return int(_libc.mallinfo2().uordblks)


class Stage:
    """A shown window under the kiosk's style sheet: a column to add widgets to, and the kiosk's page stack."""

    def __init__(self) -> None:
        self.window = QWidget()
        self.window.resize(1280, 800)
        self.column = QVBoxLayout(self.window)
        self.stack = PageStack(self.window)
        self.column.addWidget(self.stack)
        self.window.show()

    def add(self, widget: QWidget) -> Callable[[], None]:
        """Put ``widget`` in the column; returns what takes it out and deletes it."""
        self.column.addWidget(widget)
        widget.show()

        def gone() -> None:
            widget.setParent(None)
            widget.deleteLater()

        return gone


def kept_per_round(stage: Stage, make: Callable[[Stage], Callable[[], None]], rounds: int = ROUNDS) -> float:
    """C heap still in use per round of: ``make`` a widget, paint the window, call what ``make`` returned."""

    def once() -> None:
        gone = make(stage)
        stage.window.repaint()
        QCoreApplication.processEvents()
        gone()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for _ in range(100):
        once()
    before = _heap_in_use()
    for _ in range(rounds):
        once()
    return (_heap_in_use() - before) / rounds


def list_view(stage: Stage) -> Callable[[], None]:
    """A list, as the invitations screen's: its viewport shows, and is painted."""
    view = QListView(stage.window)
    view.setModel(QStringListModel(["Åsa Öberg", "Jan de Vries"], view))
    forgettable_viewport(view)
    return stage.add(view)


def list_view_as_before(stage: Stage) -> Callable[[], None]:
    """The same, without the workaround of ``ui/widgets/viewport.py``."""
    view = QListView(stage.window)
    view.setModel(QStringListModel(["Åsa Öberg", "Jan de Vries"], view))
    return stage.add(view)


def combo_box(stage: Stage) -> Callable[[], None]:
    combo = QComboBox(stage.window)
    combo.addItems(["Ms", "Mr"])
    return stage.add(combo)


def choice_row(stage: Stage) -> Callable[[], None]:
    """What the buyer form has in place of a combo box (and a flow layout, which wraps it)."""
    row = ChoiceRow("salutation", ["ms", "mr"], stage.window)
    row.set_labels({"ms": "Ms", "mr": "Mr"})
    return stage.add(row)


def sign_in_screen(stage: Stage) -> Callable[[], None]:
    """The salesperson sign-in as the kiosk shows it, made anew for every customer: a name tapped, a PIN."""
    screen = SignInScreen()
    screen.show_people([SalespersonInfo(id=n, name=name, pin_hash="-") for n, name in enumerate(NAMES, 1)])
    stage.stack.addWidget(screen)
    stage.stack.setCurrentWidget(screen)
    QCoreApplication.processEvents()
    for button in (screen.names.buttons()[0], *(screen.digits[n] for n in (2, 4, 6, 8)), screen.confirm):
        QTest.mousePress(button, Qt.MouseButton.LeftButton)
        QTest.mouseRelease(button, Qt.MouseButton.LeftButton)
    return lambda: stage.stack.removeWidget(screen)


NAMES = ("Erik Lind", "Sanne de Vries", "Maximilian Schönberger-Hausmann")
KINDS = (list_view, list_view_as_before, combo_box, choice_row, sign_in_screen)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    apply_theme(app)
    stage = Stage()
    # Every kind once first: Qt's caches grow to their size (and keep it) in whichever comes first.
    for make in KINDS:
        kept_per_round(stage, make, rounds=100)
    kept = {make.__name__: kept_per_round(stage, make) for make in KINDS}
    print(json.dumps(kept))


if __name__ == "__main__":
    main()
