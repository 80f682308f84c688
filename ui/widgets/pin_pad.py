"""The PIN pad: ten digit keys and an erase key that type into a PIN field (staff sign-in, admin)."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from ui.widgets.on_screen_keyboard import OWN_KEYS


class PinPad(QWidget):
    """Keys never take focus: the keyboard keeps typing into the PIN field itself."""

    def __init__(self, target: QLineEdit, name_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name_prefix}pad")
        target.setProperty(OWN_KEYS, True)  # the on-screen keyboard stays away: these keys are enough
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.digits: list[QPushButton] = []
        for digit in range(10):
            button = QPushButton(str(digit), self)
            button.setObjectName(f"{name_prefix}digit_{digit}")
            button.setProperty("role", "key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, d=str(digit): target.insert(d))
            self.digits.append(button)
            row, column = divmod(digit - 1, 3) if digit else (3, 1)
            grid.addWidget(button, row, column)
        self.erase = QPushButton("⌫", self)
        self.erase.setObjectName(f"{name_prefix}erase")
        self.erase.setProperty("role", "key")
        self.erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A lambda, not target.backspace itself: PySide6 6.11 never frees a connection to a Qt method of
        # another object, and each sign-in screen made would leave ~150 bytes behind for good.
        self.erase.clicked.connect(lambda _checked=False: target.backspace())
        grid.addWidget(self.erase, 3, 0)
        self.retranslate_ui()

    def set_keys_enabled(self, enabled: bool) -> None:
        for key in [*self.digits, self.erase]:
            key.setEnabled(enabled)

    def retranslate_ui(self) -> None:
        for button in self.digits:
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Type this digit into the PIN"))
        self.erase.setAccessibleName(self.tr("Delete last digit"))
        self.erase.setAccessibleDescription(self.tr("Removes the last digit of the PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
