"""The customer sets a password at the kiosk, with the rules checked live as they type.

The password lives only in the two line edits and in the one request that sends it; both edits
are emptied when the screen is left.
"""

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.buyer import mask_email
from kiosk.password_policy import check_password
from kiosk.wire import InvitationView
from ui.widgets.layout import form_column
from ui.widgets.password_checklist import PasswordChecklist


class FinishHereScreen(QWidget):
    #: (password, terms accepted) — emitted only when every rule is met and both entries match.
    submitted = Signal(str, bool)
    back_requested = Signal()

    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self._invitation: InvitationView | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.user_name = QLabel(self)
        self.user_name.setObjectName("user_name")
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.show_password = QPushButton(self)
        self.show_password.setObjectName("show_password")
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_visibility)
        self.checklist = PasswordChecklist(self)
        self.repeat_label = QLabel(self)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label.setBuddy(self.repeat)
        self.match = QLabel(self)
        self.match.setObjectName("password_match")
        self.terms = QCheckBox(self)
        self.terms.setObjectName("accept_terms")
        self.problem = QLabel(self)
        self.problem.setObjectName("finish_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_id")
        self.create_button.setProperty("role", "primary")
        self.back = QPushButton(self)
        self.back.setObjectName("back")

        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = form_column(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.user_name)
        layout.addWidget(self.password_label)
        layout.addLayout(password_row)
        layout.addWidget(self.checklist)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.repeat)
        layout.addWidget(self.match)
        layout.addWidget(self.terms)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.password.textChanged.connect(self._refresh)
        self.repeat.textChanged.connect(self._refresh)
        self.terms.toggled.connect(self._refresh)
        self.password.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submit)
        self.create_button.clicked.connect(self.submit)
        self.back.clicked.connect(self.back_requested)
        self._busy = False
        self.retranslate_ui()

    def start(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self.wipe()
        self.retranslate_ui()
        self.password.setFocus()

    def wipe(self) -> None:
        """Forget everything typed here (called whenever the screen is left)."""
        self.password.clear()
        self.repeat.clear()
        self.terms.setChecked(False)
        self.show_password.setChecked(False)
        self.show_problem(None)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.back.setEnabled(not busy)
        self._refresh()

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    def _ready(self) -> bool:
        password = self.password.text()
        return check_password(password).ok and password == self.repeat.text() and self.terms.isChecked()

    @Slot()
    def _refresh(self) -> None:
        self.checklist.update_for(self.password.text())
        if self.repeat.text():
            same = self.repeat.text() == self.password.text()
            verdict = self.tr("The passwords match") if same else self.tr("The passwords do not match")
            self.match.setText(("✓  " if same else "✗  ") + verdict)
        else:
            self.match.setText("")
        self.create_button.setEnabled(self._ready() and not self._busy)
        self.create_button.setText(
            self.tr("Creating your ID…") if self._busy else self.tr("Create my %1").replace("%1", self._brand)
        )

    @Slot(bool)
    def _toggle_visibility(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)
        self.show_password.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.show_password.setAccessibleName(self.tr("Hide password") if visible else self.tr("Show password"))

    @Slot()
    def submit(self) -> None:
        if self._ready() and not self._busy:
            self.show_problem(None)
            self.submitted.emit(self.password.text(), self.terms.isChecked())

    def retranslate_ui(self) -> None:
        first_name = self._invitation.first_name if self._invitation else ""
        email = mask_email(self._invitation.email) if self._invitation else ""
        self.title.setText(self.tr("Welcome, %1").replace("%1", first_name))
        self.user_name.setText(self.tr("Your user name is your e-mail address: %1").replace("%1", email))
        self.password_label.setText(self.tr("Choose a &password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(self.tr("The rules below show which requirements are met."))
        self.repeat_label.setText(self.tr("&Repeat the password"))
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.terms.setText(self.tr("I accept the terms of use"))
        self.back.setText(self.tr("Back"))
        self._toggle_visibility(self.show_password.isChecked())
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
