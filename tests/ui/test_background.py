"""Background work: answers come back on the GUI thread, and dropping a window mid-work is safe."""

import threading
import weakref
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from ui.background import Background


def _start(answers: list[tuple[str, int, bool]]) -> Callable[[], QWidget | None]:
    """A window whose only owner, once this returns, is the lambda waiting for its job's answer."""
    window = QWidget()
    window.setObjectName("kiosk")
    Background(window).run(
        lambda: 42,
        lambda result: answers.append(
            (window.objectName(), result, threading.current_thread() is threading.main_thread())
        ),
        lambda error: None,
    )
    return weakref.ref(window)


def test_a_window_dropped_while_its_work_runs_gets_the_answer_and_is_then_freed(qtbot: QtBot) -> None:
    """The crash this guards against: the per-job relay was a child of the window, and deleting it
    released the window's last reference, so the window was destroyed inside its own descendant's
    destructor and the relay freed twice. Each round did it; 200 rounds crashed every run."""
    for _ in range(200):
        _one_round(qtbot)


def _one_round(qtbot: QtBot) -> None:
    answers: list[tuple[str, int, bool]] = []
    alive = _start(answers)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [("kiosk", 42, True)]
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)


def test_a_failure_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    window = QWidget()
    failures: list[tuple[Exception, bool]] = []

    def work() -> None:
        raise OSError("disk gone")

    Background(window).run(
        work,
        lambda _: None,
        lambda error: failures.append((error, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0][0]) == "disk gone" and failures[0][1]


def test_a_stream_delivers_each_item_in_order_until_asked_to_stop(qtbot: QtBot) -> None:
    window = QWidget()
    background = Background(window)
    items: list[int] = []

    def count(stop: threading.Event, emit: Callable[[Any], None]) -> None:
        number = 0
        while not stop.is_set():
            emit(number)
            number += 1
            stop.wait(0.005)

    stop = background.stream(count, items.append)
    qtbot.waitUntil(lambda: len(items) >= 5, timeout=5000)
    stop.set()
    assert background.shutdown(5000)
    qtbot.wait(50)
    assert items == list(range(len(items)))


def test_nothing_a_stream_sent_arrives_after_it_was_asked_to_stop(qtbot: QtBot) -> None:
    """The item sent just before the stop, still on its way to the GUI thread, is dropped: the
    screen that listened has moved on (the next customer must not see the last one's news)."""
    window = QWidget()
    background = Background(window)
    sent, items = threading.Event(), []

    def once(stop: threading.Event, emit: Callable[[Any], None]) -> None:
        emit("previous customer registered")
        sent.set()

    stop = background.stream(once, items.append)
    assert sent.wait(5)  # sent, not yet delivered: the GUI thread has not run its event loop since
    stop.set()
    assert background.shutdown(5000)
    qtbot.wait(50)
    assert items == []
