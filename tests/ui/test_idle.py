"""The idle watcher notices people by what reaches the kiosk's windows from the screen and keyboard."""

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from tests.ui.driving import press_as_the_keyboard_does, tap_as_the_screen_does
from ui.idle import IdleWatcher


def _window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QComboBox]:
    window = QWidget()
    qtbot.addWidget(window)
    field, choice = QLineEdit(window), QComboBox(window)
    choice.addItems([f"Choice {number}" for number in range(1, 30)])
    column = QVBoxLayout(window)
    column.addWidget(field)
    column.addWidget(choice)
    window.show()
    qtbot.waitExposed(window)
    return window, field, choice


def _watching(window: QWidget, idle_s: float) -> tuple[IdleWatcher, list[int]]:
    """A watcher on ``window`` asking after ``idle_s`` (3 s of countdown), and the questions it asked."""
    watcher = IdleWatcher(window, window)
    asked: list[int] = []
    watcher.asking.connect(asked.append)
    watcher.watch()
    watcher.arm(idle_s, 3)
    return watcher, asked


def test_typing_and_tapping_keep_the_question_away_and_stopping_brings_it(qtbot: QtBot) -> None:
    window, field, _choice = _window(qtbot)
    watcher, asked = _watching(window, 0.5)
    field.setFocus()
    for _ in range(5):  # 1.25 s of someone typing and tapping: more than the idle time
        qtbot.wait(250)
        press_as_the_keyboard_does(field, Qt.Key.Key_A)
        tap_as_the_screen_does(field)
    assert field.text() == "aaaaa", "the keys reached the field through the window"
    assert asked == []
    qtbot.waitUntil(lambda: asked == [3], timeout=2000)
    press_as_the_keyboard_does(field, Qt.Key.Key_B)  # someone answers by touching anything
    assert not watcher.asking_now


# What the offscreen platform of the tests says when a drop-down list opens (a screen's does both).
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_browsing_a_drop_down_list_counts_as_someone_there(qtbot: QtBot) -> None:
    """The list of a drop-down is a window of its own, opened by a tap: the watcher follows it there."""
    window, _field, choice = _window(qtbot)
    _watcher, asked = _watching(window, 0.5)
    tap_as_the_screen_does(choice)
    qtbot.waitUntil(choice.view().isVisible, timeout=2000)
    drop_down = choice.view().window()  # held: a wrapper gone would take its window's with it
    popup = drop_down.windowHandle()
    assert popup is not None and popup is not window.windowHandle()
    for _ in range(5):
        qtbot.wait(250)
        QTest.keyClick(popup, Qt.Key.Key_Down)
    assert asked == []
    assert choice.view().currentIndex().row() >= 4, "the keys moved through the list"
    choice.hidePopup()


def test_a_stopped_watcher_notices_nothing_and_asks_nothing(qtbot: QtBot) -> None:
    window, field, _choice = _window(qtbot)
    watcher, asked = _watching(window, 0.3)
    watcher.stop()
    qtbot.wait(500)
    press_as_the_keyboard_does(field, Qt.Key.Key_A)
    assert asked == [] and not watcher.asking_now
