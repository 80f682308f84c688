"""Keyboard use the screens share, beyond what Qt's widgets do by themselves."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_enter(event: QKeyEvent) -> bool:
    """Return or Enter (the keypad's too), pressed on its own."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier


def press_focused_button(screen: QWidget, event: QKeyEvent) -> bool:
    """Enter on a push button of ``screen`` that has the focus presses it, as Space does; True if it did.

    Outside a dialog Qt's push buttons let Enter pass to their parents (only a dialog's default
    button takes it), so the screen calls this from its ``keyPressEvent``. On a kiosk keyboard
    Enter is the key people press to go on.
    """
    if not is_enter(event):
        return False
    focused = QApplication.focusWidget()
    if not isinstance(focused, QPushButton) or not screen.isAncestorOf(focused):
        return False
    if focused.isEnabled() and focused.isVisible():
        focused.click()
    event.accept()
    return True
