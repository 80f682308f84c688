"""Staff sign-in: choose your name, enter your PIN (on the pad or the keyboard).

The PIN is checked on the kiosk against the hash the backend sent (``kiosk.staff``), so signing
in works while the network is down; the screen only asks and shows the answer.
"""

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff import SignIn, SignInResult
from kiosk.wire import SalespersonInfo
from ui.widgets.forget import forget
from ui.widgets.keyboard import press_focused_button
from ui.widgets.pin_pad import PinPad
from ui.widgets.viewport import forgettable_viewport

#: The backend allows PINs of 4 to 8 digits.
PIN_LENGTH = (4, 8)
#: The PIN column: three keys a thumb hits easily, and the spacing between them.
ENTRY_WIDTH = 3 * 136 + 2 * 8


class SignInScreen(QWidget):
    #: (salesperson id, PIN)
    sign_in_requested = Signal(int, str)
    reload_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = True
        self._load_failed = False
        self._result: SignInResult | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.names_label = QLabel(self)
        self.names_label.setProperty("role", "heading")
        self.names = QButtonGroup(self)
        self.names.setExclusive(True)
        self.names.idToggled.connect(self._name_toggled)
        # Choosing the name already chosen (Space or Enter on it) also moves on to the PIN.
        self.names.idClicked.connect(self._name_clicked)
        self._names_box = QWidget(self)
        self._names_layout = QVBoxLayout(self._names_box)
        self._names_layout.setContentsMargins(0, 0, 8, 0)
        self._names_layout.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setWidget(self._names_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the names take focus, the list around them not
        forgettable_viewport(scroll)  # painted under a name as it is tapped (see the module)
        self.status = QLabel(self)
        self.status.setObjectName("staff_status")
        self.status.setWordWrap(True)
        self.reload = QPushButton(self)
        self.reload.setObjectName("reload_staff")
        self.reload.clicked.connect(self.reload_requested)
        self.reload.hide()

        self.pin_label = QLabel(self)
        self.pin_label.setProperty("role", "heading")
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH[1])
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), self))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.pin.textChanged.connect(self._refresh)
        self.pin.returnPressed.connect(self.submit)
        self.pin_label.setBuddy(self.pin)
        self.problem = QLabel(self)
        self.problem.setObjectName("pin_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.pad = PinPad(self.pin, "pin_", self)
        self.digits, self.erase = self.pad.digits, self.pad.erase
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("sign_in")
        self.confirm.setProperty("role", "primary")
        self.confirm.clicked.connect(self.submit)
        self.back = QPushButton(self)
        self.back.setObjectName("sign_in_back")
        self.back.clicked.connect(self.back_requested)

        people = QVBoxLayout()
        people.setSpacing(16)  # else it inherits the columns' wide spacing
        people.addWidget(self.names_label)
        people.addWidget(self.status)
        people.addWidget(self.reload, alignment=Qt.AlignmentFlag.AlignLeft)
        people.addWidget(scroll, 1)
        # A fixed width: the pad looks the same on every screen, and the wrapped message below the
        # PIN is measured at the width it is shown at (else the screen asks for more height).
        entry_column = QWidget(self)
        entry_column.setFixedWidth(ENTRY_WIDTH)
        entry = QVBoxLayout(entry_column)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(12)
        entry.addWidget(self.pin_label)
        entry.addWidget(self.pin)
        entry.addWidget(self.problem)
        entry.addWidget(self.pad)
        entry.addSpacing(8)
        entry.addWidget(self.confirm)
        entry.addWidget(self.back)
        entry.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(64)
        columns.addLayout(people, 1)
        columns.addWidget(entry_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 32)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        self.retranslate_ui()

    # -- what the window tells it --------------------------------------------------------------

    def show_people(self, people: list[SalespersonInfo]) -> None:
        """The names to choose from (keeps the choice if that person is still there).

        The list is fetched again each time the screen opens: when nobody was added or left, the
        buttons stay as they are, so a name someone is about to choose does not move under them.
        """
        self._loading = False
        self._load_failed = False
        shown = [(self.names.id(button), button.text()) for button in self.names.buttons()]
        if shown != [(person.id, person.name) for person in people]:
            self._rebuild_names(people)
        self.retranslate_ui()

    def _rebuild_names(self, people: list[SalespersonInfo]) -> None:
        chosen = self.names.checkedId()
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self._names_box.isAncestorOf(focused)
        focused_id = self.names.id(focused) if isinstance(focused, QPushButton) else -1
        for button in self.names.buttons():
            self.names.removeButton(button)
        while (item := self._names_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        for person in people:
            button = QPushButton(person.name, self._names_box)
            button.setObjectName(f"salesperson_{person.id}")
            button.setProperty("role", "choice")
            button.setCheckable(True)
            self.names.addButton(button, person.id)
            self._names_layout.addWidget(button)
            # A layout shows a child added to a shown parent only one turn later, and the keyboard
            # cannot be put on a hidden button: a list that changed while the screen was open (a new
            # colleague) left the focus on "Back" and the arrow keys with nowhere to go.
            if self._names_box.isVisible():
                button.show()  # (hiding it otherwise would keep it hidden when the screen appears)
        self._names_layout.addStretch(1)
        if self.names.button(chosen) is not None:
            self.names.button(chosen).setChecked(True)
        elif len(people) == 1:
            self.names.button(people[0].id).setChecked(True)
        self._retranslate_names()
        # Focus back on the same name (the old button is gone), or where a keyboard starts here.
        if self.names.button(focused_id) is not None and self.isVisible():
            self.names.button(focused_id).setFocus()
        elif had_focus or not self._holds_focus() or QApplication.focusWidget() in (self.back, self.reload):
            # Sitting on "Back" or "Try again" only because no names had come yet: start on a name now.
            self._focus_start()

    def show_load_failed(self) -> None:
        """The list could not be fetched: if none is known either, say so and offer to try again."""
        if self.names.buttons():
            return  # the names at hand still work (the PINs are checked here)
        self._loading = False
        self._load_failed = True
        self.retranslate_ui()

    def show_result(self, result: SignInResult | None) -> None:
        """The answer to the last PIN (None: clear it). A wrong PIN is emptied for the next try."""
        self._result = result
        self.set_busy(False)
        if result is not None and result.outcome is not SignIn.SIGNED_IN:
            forget(self.pin)
            if self.isVisible():
                self.pin.setFocus()
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.confirm.setProperty("busy", busy)
        self._refresh()

    def reset(self) -> None:
        """Ready for the next salesperson: no name chosen (unless there is only one), no PIN, no message."""
        forget(self.pin)
        self._result = None
        checked = self.names.checkedButton()
        if checked is not None and len(self.names.buttons()) > 1:
            self.names.setExclusive(False)
            checked.setChecked(False)
            self.names.setExclusive(True)
        self.set_busy(False)
        self.retranslate_ui()
        self._focus_start()

    def _focus_start(self) -> None:
        """Where the keyboard starts: the PIN once a name is chosen, else the first name (or a way on).

        Only while the screen is shown: focusing a hidden widget would take the keyboard away from the
        screen in use (the staff list is also refreshed while the form is open). :meth:`showEvent`
        does it when the screen appears.
        """
        if not self.isVisible():
            return
        buttons = self.names.buttons()
        if self.names.checkedButton() is not None:
            self.pin.setFocus()
        elif buttons:
            buttons[0].setFocus()
        elif self.reload.isVisible():
            self.reload.setFocus()
        else:
            self.back.setFocus()

    def _holds_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused) and focused.isVisible()

    @property
    def chosen(self) -> int | None:
        chosen = self.names.checkedId()
        return chosen if chosen != -1 else None

    # -- user actions -------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        if not self.confirm.isEnabled() or self.chosen is None:
            return
        self.set_busy(True)
        self.sign_in_requested.emit(self.chosen, self.pin.text())

    @Slot(int, bool)
    def _name_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._result = None
            forget(self.pin)
            self.retranslate_ui()
            if self.isVisible():  # not while hidden: that would take the focus from the screen in use
                self.pin.setFocus()
        self._refresh()

    @Slot(int)
    def _name_clicked(self, _id: int) -> None:
        self.pin.setFocus()

    @Slot()
    def _refresh(self) -> None:
        busy = bool(self.confirm.property("busy"))
        ready = self.chosen is not None and len(self.pin.text()) >= PIN_LENGTH[0]
        self.confirm.setEnabled(ready and not busy)
        self.confirm.setText(self.tr("Checking…") if busy else self.tr("Sign in"))
        self.confirm.setAccessibleName(self.tr("Sign in"))
        self.confirm.setAccessibleDescription(self.tr("Checks your PIN and opens the form for inviting a customer"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Staff sign-in"))
        self.names_label.setText(self.tr("Who are you?"))
        self.pin_label.setText(self.tr("Your &PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setAccessibleDescription(self.tr("Your PIN of 4 to 8 digits; Enter signs you in"))
        if self._loading:
            status = self.tr("Loading the staff list…")
        elif self._load_failed:
            status = self.tr("The staff list could not be loaded: the kiosk cannot reach the server.")
        elif not self.names.buttons():
            status = self.tr("No salespeople are set up for this showroom yet. Please ask your administrator.")
        else:
            status = ""
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.reload.setText(self.tr("Try again"))
        self.reload.setAccessibleName(self.tr("Try again"))
        self.reload.setAccessibleDescription(self.tr("Loads the staff list again"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Back to the welcome screen"))
        self.reload.setVisible(self._load_failed)
        self.problem.setText(self._problem_text())
        self.problem.setVisible(bool(self.problem.text()))
        self._retranslate_names()
        self._refresh()

    def _retranslate_names(self) -> None:
        for button in self.names.buttons():
            button.setAccessibleName(button.text())  # a person's name: the same in every language
            button.setAccessibleDescription(self.tr("Choose your name, then enter your PIN"))

    def _problem_text(self) -> str:
        result = self._result
        if result is None or result.outcome is SignIn.SIGNED_IN:
            return ""
        if result.outcome is SignIn.WRONG_PIN:
            if result.attempts_left == 1:
                return self.tr("That PIN is not right. One more wrong PIN locks sign-in for a few minutes.")
            return self.tr("That PIN is not right. Please try again.")
        if result.outcome is SignIn.LOCKED:
            minutes = max(1, round(result.locked_for / 60))
            # "min" rather than a plural: the source language has no .qm to pick plural forms from.
            return self.tr("Too many wrong PINs. Sign-in is locked for %1 min.").replace("%1", str(minutes))
        return self.tr("You can no longer sign in at this showroom. Please ask your administrator.")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._holds_focus():
            self._focus_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
