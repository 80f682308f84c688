"""Before finishing at the kiosk, the customer enters the code from the invitation e-mail.

It proves the address is theirs, and catches a mistyped address while the customer is still
here: "Not your e-mail?" calls the salesperson, who corrects it.

When the code is refused, :meth:`VerifyCodeScreen.show_error` says why in plain words and offers
the way forward that fits: try the code again, ask for a new code, finish on the phone or later
from the e-mail, or go back to the salesperson (an expired invitation needs a new one).
"""

from enum import Enum, auto
from itertools import pairwise

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.api_client import ApiError, BackendUnreachable, Refused
from kiosk.masking import mask_email
from kiosk.wire import ErrorCode, InvitationStatus, InvitationView
from ui import messages
from ui.widgets.forget import forget
from ui.widgets.layout import form_column

#: Wide enough for "123 456" in a large font; a code is no sentence.
CODE_FIELD_WIDTH = 280


class CodeProblem(Enum):
    """What went wrong with the code, as far as the customer needs to know."""

    WRONG = auto()
    DEAD = auto()
    RATE_LIMITED = auto()
    CLOSED = auto()
    UNKNOWN_INVITATION = auto()
    ALREADY_COMPLETE = auto()
    UNREACHABLE = auto()
    SERVER = auto()
    NOT_ENROLLED = auto()
    NOT_SAVED = auto()
    OTHER = auto()


def code_problem_for(error: Exception) -> CodeProblem:
    """Sort a refused code (or a refused request for a new one) into the problems the screen tells apart."""
    if isinstance(error, BackendUnreachable):
        return CodeProblem.UNREACHABLE
    if isinstance(error, Refused):
        return {
            ErrorCode.CODE_WRONG: CodeProblem.WRONG,
            ErrorCode.CODE_DEAD: CodeProblem.DEAD,
            ErrorCode.RATE_LIMITED: CodeProblem.RATE_LIMITED,
            ErrorCode.INVITATION_CLOSED: CodeProblem.CLOSED,
            ErrorCode.NOT_FOUND: CodeProblem.UNKNOWN_INVITATION,
            ErrorCode.ALREADY_COMPLETED: CodeProblem.ALREADY_COMPLETE,
            ErrorCode.UNAUTHORIZED: CodeProblem.NOT_ENROLLED,
        }.get(error.code, CodeProblem.OTHER)
    if isinstance(error, ApiError):
        return CodeProblem.SERVER
    if isinstance(error, OSError):
        return CodeProblem.NOT_SAVED  # the kiosk's own store refused the request for a new code
    return CodeProblem.OTHER


_FOR_THE_SALESPERSON = {CodeProblem.CLOSED, CodeProblem.UNKNOWN_INVITATION, CodeProblem.ALREADY_COMPLETE}
_TRY_AGAIN = {CodeProblem.UNREACHABLE, CodeProblem.SERVER, CodeProblem.OTHER}


class VerifyCodeScreen(QWidget):
    submitted = Signal(str)
    new_code_requested = Signal()
    #: "Not your e-mail?": the salesperson corrects the address.
    correct_email_requested = Signal()
    #: Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work.
    back_requested = Signal()
    #: The customer cannot finish through this invitation (expired, withdrawn, already done): back to
    #: the salesperson, who can send a new one.
    salesperson_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._invitation: InvitationView | None = None
        self._busy = False
        self._problem: CodeProblem | None = None
        self._attempts_left: int | None = None
        self._retry_after_s: int | None = None
        self._error: Exception | None = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setObjectName("code_intro")
        self.intro.setWordWrap(True)
        self.sent_to = QLabel(self)
        self.sent_to.setObjectName("code_sent_to")
        self.correct_email = QPushButton(self)
        self.correct_email.setObjectName("correct_email_from_code")
        self.correct_email.setProperty("role", "link")
        self.correct_email.clicked.connect(self.correct_email_requested)
        #: The same button under the name the issue gives it.
        self.not_yours = self.correct_email
        self.code_label = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(7)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,7}"), self))
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code.setMaximumWidth(CODE_FIELD_WIDTH)
        self.code_label.setBuddy(self.code)
        self.problem = QLabel(self)
        self.problem.setObjectName("code_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.try_again = QPushButton(self)
        self.try_again.setObjectName("code_try_again")
        self.try_again.clicked.connect(self.submit)
        self.ask_new_code = QPushButton(self)
        self.ask_new_code.setObjectName("code_ask_new_code")
        self.ask_new_code.setProperty("role", "primary")
        self.ask_new_code.clicked.connect(self.new_code_requested)
        self.other_way = QPushButton(self)
        self.other_way.setObjectName("code_other_way")
        self.other_way.clicked.connect(self.back_requested)
        self.to_salesperson = QPushButton(self)
        self.to_salesperson.setObjectName("code_to_salesperson")
        self.to_salesperson.setProperty("role", "primary")
        self.to_salesperson.clicked.connect(self.salesperson_requested)
        self._ways = (self.try_again, self.ask_new_code, self.other_way, self.to_salesperson)
        for way in self._ways:
            way.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("code_notice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.back = QPushButton(self)
        self.back.setObjectName("code_back")
        self.new_code = QPushButton(self)
        self.new_code.setObjectName("new_code")
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("confirm_code")
        self.confirm.setProperty("role", "primary")

        ways = QHBoxLayout()
        ways.setSpacing(12)
        for way in self._ways:
            ways.addWidget(way)
        ways.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.new_code)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        layout = form_column(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        sent_to_row = QHBoxLayout()
        sent_to_row.setSpacing(4)  # the link's own padding makes the gap
        # The sentence wraps, the link keeps its whole text: in German it is the longer of the two.
        self.sent_to.setWordWrap(True)
        self.correct_email.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sent_to_row.addWidget(self.sent_to, 1)
        sent_to_row.addWidget(self.correct_email, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(sent_to_row)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code)
        layout.addWidget(self.problem)
        layout.addLayout(ways)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.correct_email,
            self.code,
            *self._ways,
            self.back,
            self.new_code,
            self.confirm,
        ]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)

        self.code.textChanged.connect(self._refresh)
        self.code.returnPressed.connect(self.submit)
        self.confirm.clicked.connect(self.submit)
        self.new_code.clicked.connect(self.new_code_requested)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def start(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        forget(self.code)
        self.show_problem(None)
        self.show_notice(None)
        self.set_busy(False)
        self.retranslate_ui()
        if invitation.status in (InvitationStatus.EXPIRED, InvitationStatus.CANCELLED):
            self._show(CodeProblem.CLOSED)  # over already: said at once, with the way back
            self.to_salesperson.setFocus()
        else:
            self.code.setFocus()

    def digits(self) -> str:
        return "".join(ch for ch in self.code.text() if ch.isdigit())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.correct_email.setEnabled(not busy)
        self.back.setEnabled(not busy)
        self.new_code.setEnabled(not busy and not self._blocked())
        self.ask_new_code.setEnabled(not busy)
        self._refresh()

    def show_problem(self, message: str | None) -> None:
        """Show ``message`` as it is (no way forward but the screen's own buttons); None hides it."""
        self._problem = None
        for way in self._ways:
            way.hide()
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        self.new_code.show()
        self.new_code.setEnabled(not self._busy)
        self._refresh()

    def show_notice(self, message: str | None) -> None:
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    def show_error(self, error: Exception) -> None:
        """The code (or a new one) was refused: say why in plain words, and offer the way forward that fits."""
        self._error = error
        body = error.body if isinstance(error, Refused) else None
        self._attempts_left = body.attempts_left if body else None
        self._retry_after_s = body.retry_after_seconds if body else None
        problem = code_problem_for(error)
        self.show_notice(None)
        self._show(problem)
        if problem is CodeProblem.WRONG:
            # Try again: the wrong code stays, selected, so typing replaces it.
            self.code.setFocus()
            self.code.selectAll()
        elif problem is CodeProblem.RATE_LIMITED:
            self.code.setFocus()
        else:
            if problem is CodeProblem.DEAD:
                forget(self.code)
            for way in self._ways:
                if way.isVisibleTo(self):
                    way.setFocus()
                    break

    # -- inside -------------------------------------------------------------------------------

    def _show(self, problem: CodeProblem) -> None:
        self._problem = problem
        self.try_again.setVisible(problem in _TRY_AGAIN)
        self.ask_new_code.setVisible(problem is CodeProblem.DEAD)
        self.other_way.setVisible(problem in _TRY_AGAIN or problem in (CodeProblem.NOT_ENROLLED, CodeProblem.NOT_SAVED))
        self.to_salesperson.setVisible(problem in _FOR_THE_SALESPERSON)
        # One button for a new code at a time: beside the message when that is the way forward.
        self.new_code.setVisible(problem is not CodeProblem.DEAD)
        self.new_code.setEnabled(not self._busy and not self._blocked())
        self.problem.show()
        self._describe_problem()
        self._refresh()

    def _describe_problem(self) -> None:
        problem = self._problem
        if problem is None:
            return
        if problem is CodeProblem.WRONG:
            if self._attempts_left is None:
                text = self.tr("That code is not right. Please check it and try again.")
            else:
                assert self._error is not None
                text = messages.api_error(self._error)  # "That code is not right. Tries left: 4."
        elif problem is CodeProblem.RATE_LIMITED:
            minutes = max(1, -(-(self._retry_after_s or 60) // 60))
            text = self.tr(
                "Several new codes were sent already. Please enter the code from the newest e-mail, or ask for "
                "another one in %1 minutes."
            ).replace("%1", str(minutes))
        else:
            text = {
                CodeProblem.DEAD: lambda: self.tr(
                    "This code can no longer be used: it was typed wrong too often, or a newer one was sent. "
                    "Please ask for a new code."
                ),
                CodeProblem.CLOSED: lambda: self.tr(
                    "This invitation has expired or was withdrawn, so it can no longer be used. Please ask the "
                    "salesperson to send you a new one."
                ),
                CodeProblem.UNKNOWN_INVITATION: lambda: self.tr(
                    "The server does not know this invitation. Please ask the salesperson to send you a new one."
                ),
                CodeProblem.ALREADY_COMPLETE: lambda: self.tr(
                    "This registration is already complete. Sign in with your e-mail address and the password "
                    "you chose."
                ),
                CodeProblem.UNREACHABLE: lambda: self.tr(
                    "The kiosk cannot reach the server right now, so the code cannot be checked. Please try again "
                    "in a moment, or finish on your phone or later with the link in the e-mail."
                ),
                CodeProblem.SERVER: lambda: self.tr(
                    "The server had a problem checking the code. Please try again in a moment, or finish on your "
                    "phone or later with the link in the e-mail."
                ),
                CodeProblem.NOT_ENROLLED: lambda: self.tr(
                    "This kiosk cannot check codes right now. Please finish on your phone or later with the link "
                    "in the e-mail."
                ),
                CodeProblem.NOT_SAVED: lambda: self.tr(
                    "This kiosk could not ask for a new code. Please finish on your phone or later with the link "
                    "in the e-mail."
                ),
                CodeProblem.OTHER: lambda: self.tr(
                    "Something went wrong. Please try again, or finish on your phone or later with the link in "
                    "the e-mail."
                ),
            }[problem]()
        self.problem.setText(text)

    def _blocked(self) -> bool:
        """Nothing more to do with a code here: the invitation is over."""
        return self._problem in _FOR_THE_SALESPERSON

    @Slot()
    def _refresh(self) -> None:
        ready = len(self.digits()) == 6 and not self._busy and not self._blocked()
        self.confirm.setEnabled(ready)
        self.try_again.setEnabled(ready)
        self.confirm.setText(self.tr("Checking…") if self._busy else self.tr("Continue"))
        self.confirm.setAccessibleName(self.confirm.text())

    @Slot()
    def submit(self) -> None:
        if self.confirm.isEnabled():
            self.show_problem(None)
            self.submitted.emit(self.digits())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            if focused.isEnabled():
                focused.click()  # Enter presses the focused button, as Space does
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        email = mask_email(self._invitation.email) if self._invitation else ""
        self.title.setText(self.tr("Enter your code"))
        self.sent_to.setText(self.tr("We e-mailed a 6-digit code to %1.").replace("%1", email))
        self.intro.setText(self.tr("Enter it here to show the address is yours."))
        self.correct_email.setText(self.tr("Not your e-mail?"))
        self.correct_email.setAccessibleName(self.tr("Not your e-mail?"))
        if self._invitation is not None and self._invitation.walk_in:  # no salesperson: they fix it themselves
            self.correct_email.setAccessibleDescription(
                self.tr("Lets you correct your e-mail address; a new code is sent.")
            )
        else:
            self.correct_email.setAccessibleDescription(
                self.tr("Calls the salesperson, who corrects the e-mail address.")
            )
        self.code_label.setText(self.tr("&Code from the e-mail"))
        self.code.setAccessibleName(self.tr("Code from the e-mail"))
        self.code.setAccessibleDescription(self.tr("6 digits; a space in the middle is fine."))
        self.code.setPlaceholderText(self.tr("123 456"))
        self.try_again.setText(self.tr("Try again"))
        self.try_again.setAccessibleName(self.tr("Try again"))
        self.try_again.setAccessibleDescription(self.tr("Checks the same code again."))
        self.ask_new_code.setText(self.tr("Send me a new code"))
        self.ask_new_code.setAccessibleName(self.tr("Send me a new code"))
        self.ask_new_code.setAccessibleDescription(self.tr("E-mails a new code; the old one stops working."))
        self.other_way.setText(self.tr("Use my phone or finish later"))
        self.other_way.setAccessibleName(self.tr("Use my phone or finish later"))
        self.other_way.setAccessibleDescription(
            self.tr("Back to the choices: scan a QR code with your phone, or use the link in the e-mail later.")
        )
        self.to_salesperson.setText(self.tr("Back to the salesperson"))
        self.to_salesperson.setAccessibleName(self.tr("Back to the salesperson"))
        self.to_salesperson.setAccessibleDescription(
            self.tr("Hands the kiosk back to the salesperson, who can send a new invitation.")
        )
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Back to the choices: here, on your phone, or later."))
        self.new_code.setText(self.tr("Send a new code"))
        self.new_code.setAccessibleName(self.tr("Send a new code"))
        self.new_code.setAccessibleDescription(self.tr("E-mails a new code; the old one stops working."))
        self.confirm.setAccessibleDescription(self.tr("Checks the code and goes on to choosing a password."))
        self._describe_problem()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
