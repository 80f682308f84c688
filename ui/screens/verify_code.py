"""Before finishing at the kiosk, the customer enters the code from the invitation e-mail.

It proves the address is theirs, and catches a mistyped address while the customer is still
here: "Not your e-mail?" sends them to the salesperson, who corrects it.
"""

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.buyer import mask_email
from kiosk.wire import InvitationView
from ui.widgets.layout import form_column


class VerifyCodeScreen(QWidget):
    submitted = Signal(str)
    new_code_requested = Signal()
    correct_email_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._invitation: InvitationView | None = None
        self._busy = False
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setObjectName("code_intro")
        self.intro.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(7)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,7}"), self))
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_label.setBuddy(self.code)
        self.not_yours = QLabel(self)
        self.not_yours.setWordWrap(True)
        self.correct_email = QPushButton(self)
        self.correct_email.setObjectName("correct_email_from_code")
        self.correct_email.clicked.connect(self.correct_email_requested)
        self.problem = QLabel(self)
        self.problem.setObjectName("code_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("code_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.back = QPushButton(self)
        self.new_code = QPushButton(self)
        self.new_code.setObjectName("new_code")
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("confirm_code")
        self.confirm.setProperty("role", "primary")

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.new_code)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        layout = form_column(self)
        layout.setSpacing(12)
        for widget in (self.title, self.intro, self.code_label, self.code, self.problem, self.notice, self.not_yours):
            layout.addWidget(widget)
        layout.addWidget(self.correct_email, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.code.textChanged.connect(self._refresh)
        self.code.returnPressed.connect(self.submit)
        self.confirm.clicked.connect(self.submit)
        self.new_code.clicked.connect(self.new_code_requested)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def start(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self.code.clear()
        self.show_problem(None)
        self.show_notice(None)
        self.set_busy(False)
        self.retranslate_ui()
        self.code.setFocus()

    def digits(self) -> str:
        return "".join(ch for ch in self.code.text() if ch.isdigit())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.new_code.setEnabled(not busy)
        self._refresh()

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    def show_notice(self, message: str | None) -> None:
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    @Slot()
    def _refresh(self) -> None:
        self.confirm.setEnabled(len(self.digits()) == 6 and not self._busy)

    @Slot()
    def submit(self) -> None:
        if self.confirm.isEnabled():
            self.show_problem(None)
            self.submitted.emit(self.digits())

    def retranslate_ui(self) -> None:
        email = mask_email(self._invitation.email) if self._invitation else ""
        self.title.setText(self.tr("Enter your code"))
        self.intro.setText(
            self.tr("We e-mailed a 6-digit code to %1. Enter it here to show the address is yours.").replace(
                "%1", email
            )
        )
        self.code_label.setText(self.tr("&Code from the e-mail"))
        self.code.setAccessibleName(self.tr("Code from the e-mail"))
        self.not_yours.setText(self.tr("Not your e-mail address? Please ask the salesperson to correct it."))
        self.correct_email.setText(self.tr("Correct the e-mail address"))
        self.back.setText(self.tr("Back"))
        self.new_code.setText(self.tr("Send a new code"))
        self.confirm.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
