"""Run alone (``python -m tests.ui.qt_leak_probe``): bytes of Python memory each way of making and
deleting widgets leaves behind, as JSON. Its own process, so no earlier test's objects blur it."""

import gc
import json
import os
import tracemalloc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from ui.widgets.pin_pad import PinPad

ROUNDS = 1600


def kept_per_round(make: Callable[[QWidget], object]) -> float:
    """Bytes still allocated per call of ``make`` after the widgets it made are deleted."""

    def once() -> None:
        holder = QWidget()
        make(holder)
        holder.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for _ in range(50):
        once()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(ROUNDS):
            once()
        gc.collect()
        return (tracemalloc.get_traced_memory()[0] - before) / ROUNDS
    finally:
        tracemalloc.stop()


def to_qt_method(holder: QWidget) -> None:
    edit = QLineEdit(holder)
    QPushButton(holder).clicked.connect(edit.backspace)


def to_lambda(holder: QWidget) -> None:
    edit = QLineEdit(holder)
    QPushButton(holder).clicked.connect(lambda: edit.backspace())


def pin_pad(holder: QWidget) -> None:
    PinPad(QLineEdit(holder), "pin_", holder)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    # Each in a fresh state would be best; in this order, the leaky one last, none blurs another.
    kept = {name: kept_per_round(make) for name, make in (("lambda", to_lambda), ("pin_pad", pin_pad))}
    kept["qt_method"] = kept_per_round(to_qt_method)
    print(json.dumps(kept))
    del app


if __name__ == "__main__":
    main()
