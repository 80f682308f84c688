"""Driving the kiosk window as a person does: clicks and key presses on its widgets."""

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def open_sign_in(qtbot: QtBot, window: MainWindow) -> None:
    """From the welcome screen, the discreet staff entry."""
    if window.stack.currentWidget() is window.welcome:
        qtbot.mouseClick(window.welcome.staff, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=5000)


def sign_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    """Open staff sign-in, choose ``name``, tap ``pin`` on the pad, sign in; wait for the form."""
    open_sign_in(qtbot, window)
    screen = window.sign_in
    qtbot.waitUntil(lambda: name in [button.text() for button in screen.names.buttons()], timeout=5000)
    button = next(button for button in screen.names.buttons() if button.text() == name)
    if not button.isChecked():
        qtbot.mouseClick(button, LEFT)
    for digit in pin:
        qtbot.mouseClick(screen.digits[int(digit)], LEFT)
    qtbot.mouseClick(screen.confirm, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=5000)


def tap_as_the_screen_does(widget: QWidget) -> None:
    """A tap on ``widget`` as the touch screen delivers it: to its window first, which passes it on.

    (``qtbot.mouseClick`` hands the event to the widget itself, past the window: what the kiosk's
    idle watcher, which listens at the window, never sees from a real screen.)
    """
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None, "the widget's window is shown"
    QTest.mouseClick(handle, LEFT, Qt.KeyboardModifier.NoModifier, widget.mapTo(window, QPoint(4, 4)))


def press_as_the_keyboard_does(widget: QWidget, key: Qt.Key) -> None:
    """``key`` as a keyboard delivers it: to the window, which passes it to the focused widget."""
    handle = widget.window().windowHandle()
    assert handle is not None, "the widget's window is shown"
    QTest.keyClick(handle, key)
