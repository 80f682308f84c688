"""The customer sets a password at the kiosk, with the rules checked live as they type.

The password lives only in the two line edits and in the one request that sends it; both edits
are emptied when the screen is left (hidden), whichever way that happens.

When the request is refused, :meth:`FinishHereScreen.show_error` says why in plain words and offers
the way forward that fits: try again, choose another password, enter the code, finish on the phone
or later from the e-mail, or go back to the salesperson (an expired invitation needs a new one).
"""

from enum import Enum, auto
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.api_client import ApiError, BackendUnreachable, Refused
from kiosk.buyer import MarketingChannel, offered_channels
from kiosk.masking import mask_email
from kiosk.password_policy import MAX_LENGTH, PasswordRule, check_password
from kiosk.wire import ErrorCode, InvitationStatus, InvitationView
from ui import messages
from ui.widgets.check_box import CheckBox
from ui.widgets.forget import forget
from ui.widgets.password_checklist import PasswordChecklist

#: The password and the choices side by side: each column a readable width at 1280 px.
COLUMN_MAX_WIDTH = 560
#: What went wrong reads as a paragraph, not as one line across both columns.
PROBLEM_MAX_WIDTH = 800
PASSWORD_INPUT_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
    | Qt.InputMethodHint.ImhHiddenText
)


class Problem(Enum):
    """What went wrong, as far as the customer needs to know; each has its own words and way forward."""

    UNREACHABLE = auto()
    SERVER = auto()
    CLOSED = auto()
    UNKNOWN_INVITATION = auto()
    ALREADY_COMPLETE = auto()
    ACCOUNT_EXISTS = auto()
    COMMON_PASSWORD = auto()
    WEAK_PASSWORD = auto()
    TERMS = auto()
    CODE_FIRST = auto()
    NOT_ENROLLED = auto()
    OTHER = auto()


def problem_for(error: Exception) -> Problem:
    """Sort a failed completion into the problems the screen tells apart."""
    if isinstance(error, BackendUnreachable):
        return Problem.UNREACHABLE
    if isinstance(error, Refused):
        if error.code is ErrorCode.PASSWORD_POLICY:
            common = PasswordRule.NOT_COMMON in error.body.failed_rules
            return Problem.COMMON_PASSWORD if common else Problem.WEAK_PASSWORD
        return {
            ErrorCode.INVITATION_CLOSED: Problem.CLOSED,
            ErrorCode.NOT_FOUND: Problem.UNKNOWN_INVITATION,
            ErrorCode.ALREADY_COMPLETED: Problem.ALREADY_COMPLETE,
            ErrorCode.ACCOUNT_EXISTS: Problem.ACCOUNT_EXISTS,
            ErrorCode.TERMS_NOT_ACCEPTED: Problem.TERMS,
            ErrorCode.EMAIL_NOT_VERIFIED: Problem.CODE_FIRST,
            ErrorCode.UNAUTHORIZED: Problem.NOT_ENROLLED,
        }.get(error.code, Problem.OTHER)
    if isinstance(error, ApiError):
        return Problem.SERVER
    return Problem.OTHER


#: The problems the customer cannot get past here: the salesperson takes over.
_FOR_THE_SALESPERSON = {Problem.CLOSED, Problem.UNKNOWN_INVITATION, Problem.ALREADY_COMPLETE, Problem.ACCOUNT_EXISTS}
#: The problems that may be gone in a moment: the same request again, or finish another way.
_TRY_AGAIN = {Problem.UNREACHABLE, Problem.SERVER, Problem.OTHER}


class FinishHereScreen(QWidget):
    #: (password, terms accepted) — emitted only when every rule is met and both entries match.
    submitted = Signal(str, bool)
    #: Back to the hand-off, whose other ways to finish (phone, later from the e-mail) still work.
    back_requested = Signal()
    #: "Not your e-mail?": the salesperson corrects the address.
    correct_email_requested = Signal()
    #: The customer cannot finish through this invitation (expired, withdrawn, already done): back to
    #: the salesperson, who can send a new one.
    salesperson_requested = Signal()
    #: The backend wants the code from the e-mail first.
    code_requested = Signal()

    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self._invitation: InvitationView | None = None
        self._problem: Problem | None = None
        self._busy = False

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.user_name = QLabel(self)
        self.user_name.setObjectName("user_name")
        self.not_yours = QPushButton(self)
        self.not_yours.setObjectName("not_your_email")
        self.not_yours.setProperty("role", "link")
        self.not_yours.clicked.connect(self._not_yours)

        # Left: the password, its rules, and the repeat.
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password_label.setBuddy(self.password)
        self.show_password = QPushButton(self)
        self.show_password.setObjectName("show_password")
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_visibility)
        self.checklist = PasswordChecklist(self)
        self.repeat_label = QLabel(self)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("password_repeat")
        self.repeat_label.setBuddy(self.repeat)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_LENGTH)
            edit.setInputMethodHints(PASSWORD_INPUT_HINTS)
        self.match = QLabel(self)
        self.match.setObjectName("password_match")

        # Right: the terms, and news by the channels the customer picks (none unless they pick one).
        self.choices_heading = QLabel(self)
        self.choices_heading.setProperty("role", "heading")
        self.terms = CheckBox(self)
        self.terms.setObjectName("accept_terms")
        self.marketing_label = QLabel(self)
        self.marketing_label.setObjectName("marketing_label")
        self.marketing_label.setWordWrap(True)
        self.marketing: dict[MarketingChannel, QCheckBox] = {}
        for channel in MarketingChannel:
            box = CheckBox(self)
            box.setObjectName(f"finish_marketing_{channel.value}")
            self.marketing[channel] = box

        # Under both: what went wrong, and the ways forward.
        self.problem = QLabel(self)
        self.problem.setObjectName("finish_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.setMaximumWidth(PROBLEM_MAX_WIDTH)  # a readable line; no alignment flag (see registered)
        self.problem.hide()
        self.try_again = QPushButton(self)
        self.try_again.setObjectName("finish_try_again")
        self.try_again.clicked.connect(self.submit)
        self.other_way = QPushButton(self)
        self.other_way.setObjectName("finish_other_way")
        self.other_way.clicked.connect(self.back_requested)
        self.to_salesperson = QPushButton(self)
        self.to_salesperson.setObjectName("finish_to_salesperson")
        self.to_salesperson.setProperty("role", "primary")
        self.to_salesperson.clicked.connect(self.salesperson_requested)
        self.enter_code = QPushButton(self)
        self.enter_code.setObjectName("finish_enter_code")
        self.enter_code.setProperty("role", "primary")
        self.enter_code.clicked.connect(self.code_requested)
        self._ways = (self.try_again, self.other_way, self.to_salesperson, self.enter_code)
        for way in self._ways:
            way.hide()

        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_id")
        self.create_button.setProperty("role", "primary")
        self.back = QPushButton(self)
        self.back.setObjectName("back")

        self._lay_out()
        self.setTabOrder(self.not_yours, self.password)
        chain: list[QWidget] = [
            self.password,
            self.show_password,
            self.repeat,
            self.terms,
            *self.marketing.values(),
            *self._ways,
            self.back,
            self.create_button,
        ]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)

        self.password.textChanged.connect(self._refresh)
        self.repeat.textChanged.connect(self._refresh)
        self.terms.toggled.connect(self._refresh)
        self.password.returnPressed.connect(self._to_repeat)
        self.repeat.returnPressed.connect(self.submit)
        self.create_button.clicked.connect(self.submit)
        self.back.clicked.connect(self.back_requested)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        user_row = QHBoxLayout()
        user_row.setSpacing(4)  # the link's own padding makes the gap
        user_row.addWidget(self.user_name)
        user_row.addWidget(self.not_yours)
        user_row.addStretch(1)

        password_row = QHBoxLayout()
        password_row.setSpacing(12)
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.password_label)
        left.addLayout(password_row)
        left.addSpacing(4)
        left.addWidget(self.checklist)
        left.addSpacing(12)
        left.addWidget(self.repeat_label)
        left.addWidget(self.repeat)
        left.addWidget(self.match)
        left.addStretch(1)

        channels = QGridLayout()
        channels.setHorizontalSpacing(24)
        channels.setVerticalSpacing(0)
        for index, box in enumerate(self.marketing.values()):
            channels.addWidget(box, index // 2, index % 2)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.choices_heading)
        right.addWidget(self.terms)
        right.addSpacing(8)
        right.addWidget(self.marketing_label)
        right.addLayout(channels)
        right.addStretch(1)

        left_column = QWidget(self)
        left_column.setMaximumWidth(COLUMN_MAX_WIDTH)
        left_column.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        right_column = QWidget(self)
        right_column.setMaximumWidth(COLUMN_MAX_WIDTH)
        right_column.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addWidget(left_column, 1)
        columns.addWidget(right_column, 1)

        ways = QHBoxLayout()
        ways.setSpacing(12)
        for way in self._ways:
            ways.addWidget(way)
        ways.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 32)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(user_row)
        layout.addSpacing(8)
        layout.addLayout(columns)
        layout.addSpacing(8)
        layout.addWidget(self.problem)
        layout.addLayout(ways)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- what the window calls ----------------------------------------------------------------

    def start(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self.wipe()
        self._offer_channels(invitation)
        self.retranslate_ui()
        if invitation.status in (InvitationStatus.EXPIRED, InvitationStatus.CANCELLED):
            self._show(Problem.CLOSED)  # over already: said at once, with the way back
            self.to_salesperson.setFocus()
        else:
            self.password.setFocus()

    def wipe(self) -> None:
        """Forget everything typed and chosen here (done whenever the screen is left)."""
        forget(self.password, self.repeat)
        self.terms.setChecked(False)
        for box in self.marketing.values():
            box.setChecked(False)
        self.show_password.setChecked(False)
        self.show_problem(None)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.back.setEnabled(not busy)
        self.not_yours.setEnabled(not busy)
        self._refresh()

    def show_problem(self, message: str | None) -> None:
        """Show ``message`` as it is (no way forward but the screen's own buttons); None hides it."""
        self._problem = None
        for way in self._ways:
            way.hide()
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        self._refresh()

    def show_error(self, error: Exception) -> None:
        """The completion failed: say why in plain words, and offer the way forward that fits."""
        problem = problem_for(error)
        self._show(problem)
        if problem in (Problem.COMMON_PASSWORD, Problem.WEAK_PASSWORD):
            # Nothing of the refused password is worth keeping: start the choice again.
            forget(self.password, self.repeat)
            self.password.setFocus()
        elif problem is Problem.TERMS:
            self.terms.setChecked(False)
            self.terms.setFocus()
        else:
            for way in self._ways:
                if way.isVisibleTo(self):
                    way.setFocus()
                    break

    def marketing_choices(self) -> frozenset[MarketingChannel]:
        """The channels the customer left ticked for news and offers: their own choice, sent as they finish."""
        return frozenset(channel for channel, box in self.marketing.items() if box.isChecked() and not box.isHidden())

    def _offer_channels(self, invitation: InvitationView) -> None:
        """The channels this customer can be reached by, ticked as the salesperson noted them: the
        customer sees what was recorded and has the last word (a walk-in gave only an e-mail address)."""
        offered = offered_channels(invitation.walk_in)
        for channel, box in self.marketing.items():
            box.setHidden(channel not in offered)
            box.setChecked(channel in offered and channel in invitation.marketing)

    # -- inside -------------------------------------------------------------------------------

    def _show(self, problem: Problem) -> None:
        self._problem = problem
        self.try_again.setVisible(problem in _TRY_AGAIN)
        self.other_way.setVisible(problem in _TRY_AGAIN or problem is Problem.NOT_ENROLLED)
        self.to_salesperson.setVisible(problem in _FOR_THE_SALESPERSON)
        self.enter_code.setVisible(problem is Problem.CODE_FIRST)
        self.problem.show()
        if self._blocked():
            # A password for an invitation that cannot be finished here is of no use: forget it now.
            forget(self.password, self.repeat)
            for box in (self.terms, *self.marketing.values()):
                box.setChecked(False)
        self._describe_problem()
        self._refresh()

    def _describe_problem(self) -> None:
        if self._problem is None:
            return
        texts = {
            Problem.UNREACHABLE: messages.cannot_finish_offline,
            Problem.SERVER: lambda: self.tr(
                "The server had a problem, so your ID was not created yet. Please try again in a moment, or "
                "finish on your phone or later with the link in the e-mail."
            ),
            Problem.CLOSED: lambda: self.tr(
                "This invitation has expired or was withdrawn, so it can no longer be used. Please ask the "
                "salesperson to send you a new one."
            ),
            Problem.UNKNOWN_INVITATION: lambda: self.tr(
                "The server does not know this invitation. Please ask the salesperson to send you a new one."
            ),
            Problem.ALREADY_COMPLETE: lambda: self.tr(
                "This registration is already complete: your %1 exists. Sign in with your e-mail address and "
                "the password you chose."
            ).replace("%1", self._brand),
            Problem.ACCOUNT_EXISTS: lambda: self.tr(
                "This e-mail address already has a %1, so no new one is needed. Please sign in with it; the "
                "salesperson can help if you have forgotten the password."
            ).replace("%1", self._brand),
            Problem.COMMON_PASSWORD: lambda: messages.password_rule(PasswordRule.NOT_COMMON),
            Problem.WEAK_PASSWORD: lambda: self.tr(
                "The password does not meet all the rules. Please choose another one."
            ),
            Problem.TERMS: lambda: self.tr("Please accept the terms of use to create your ID."),
            Problem.CODE_FIRST: lambda: self.tr("Please enter the code from the e-mail first."),
            Problem.NOT_ENROLLED: lambda: self.tr(
                "This kiosk cannot create IDs right now. Please finish on your phone or later with the link "
                "in the e-mail."
            ),
            Problem.OTHER: lambda: self.tr(
                "Something went wrong, so your ID was not created yet. Please try again, or finish on your "
                "phone or later with the link in the e-mail."
            ),
        }
        self.problem.setText(texts[self._problem]())

    def _ready(self) -> bool:
        password = self.password.text()
        return check_password(password).ok and password == self.repeat.text() and self.terms.isChecked()

    def _blocked(self) -> bool:
        """The invitation cannot be finished here any more: nothing to submit."""
        return self._problem in _FOR_THE_SALESPERSON or self._problem in (Problem.CODE_FIRST, Problem.NOT_ENROLLED)

    @Slot()
    def _refresh(self) -> None:
        self.checklist.update_for(self.password.text())
        if self.repeat.text():
            same = self.repeat.text() == self.password.text()
            verdict = self.tr("The passwords match") if same else self.tr("The passwords do not match")
            self.match.setText(("✓  " if same else "✗  ") + verdict)
            self.match.setProperty("met", same)
        else:
            self.match.setText("")
            self.match.setProperty("met", None)
        self.match.style().unpolish(self.match)
        self.match.style().polish(self.match)
        blocked = self._blocked()
        # Nothing to type or choose while this invitation cannot be finished here.
        for edit in (self.password, self.repeat):
            edit.setReadOnly(blocked)  # drawn as read-only by the theme
        for button in (self.show_password, self.terms, *self.marketing.values()):
            button.setEnabled(not blocked)
        ready = self._ready() and not self._busy and not blocked
        self.create_button.setEnabled(ready)
        self.try_again.setEnabled(ready)
        self.create_button.setText(
            self.tr("Creating your ID…") if self._busy else self.tr("Create my %1").replace("%1", self._brand)
        )
        self.create_button.setAccessibleName(self.create_button.text())

    @Slot(bool)
    def _toggle_visibility(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)
        # The words say what a press does; the description says how things are now.
        self.show_password.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.show_password.setAccessibleName(self.tr("Hide password") if visible else self.tr("Show password"))
        self.show_password.setAccessibleDescription(
            self.tr("The password is shown in both fields.")
            if visible
            else self.tr("The password is hidden in both fields.")
        )

    @Slot()
    def _not_yours(self) -> None:
        self.wipe()
        self.correct_email_requested.emit()

    @Slot()
    def submit(self) -> None:
        if self._ready() and not self._busy and not self._blocked():
            self.show_problem(None)
            self.submitted.emit(self.password.text(), self.terms.isChecked())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QCheckBox):
                self.submit()  # Enter on the last choice sends, as in any form
                return
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()  # Enter presses the focused button, as Space does
                return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.wipe()  # left by whatever way: the password does not wait on a hidden screen
        super().hideEvent(event)

    @Slot()
    def _to_repeat(self) -> None:
        """Enter in the password goes on to the repeat. (A method of this screen, not ``repeat.setFocus``
        connected directly: PySide kept ~50 bytes for that connection after the screen was gone.)"""
        self.repeat.setFocus()

    def retranslate_ui(self) -> None:
        first_name = self._invitation.first_name if self._invitation else ""
        email = mask_email(self._invitation.email) if self._invitation else ""
        self.title.setText(self.tr("Welcome, %1").replace("%1", first_name))
        self.user_name.setText(self.tr("Your user name is your e-mail address: %1").replace("%1", email))
        self.not_yours.setText(self.tr("Not your e-mail?"))
        self.not_yours.setAccessibleName(self.tr("Not your e-mail?"))
        if self._invitation is not None and self._invitation.walk_in:  # no salesperson: they fix it themselves
            self.not_yours.setAccessibleDescription(
                self.tr("Lets you correct your e-mail address; a new code is sent. Nothing typed here is kept.")
            )
        else:
            self.not_yours.setAccessibleDescription(
                self.tr("Calls the salesperson, who corrects the e-mail address. Nothing typed here is kept.")
            )
        self.password_label.setText(self.tr("Choose a &password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(self.tr("The rules below show which requirements are met."))
        self.repeat_label.setText(self.tr("&Repeat the password"))
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.repeat.setAccessibleDescription(self.tr("Type the same password again, to be sure of it."))
        self.choices_heading.setText(self.tr("Terms and news"))
        self.terms.setText(self.tr("I accept the terms of use"))
        self.terms.setAccessibleName(self.tr("I accept the terms of use"))
        self.terms.setAccessibleDescription(self.tr("Required to create your ID."))
        self.marketing_label.setText(self.tr("I would like news and offers by (optional):"))
        channel_names = {
            MarketingChannel.EMAIL: self.tr("E-mail"),
            MarketingChannel.SMS: self.tr("Text message"),
            MarketingChannel.PHONE: self.tr("Phone call"),
            MarketingChannel.POST: self.tr("Post"),
        }
        for channel, box in self.marketing.items():
            box.setText(channel_names[channel])
            box.setAccessibleName(self.tr("News and offers by %1").replace("%1", channel_names[channel]))
            box.setAccessibleDescription(self.tr("Optional. You can change this later in your account."))
        self.try_again.setText(self.tr("Try again"))
        self.try_again.setAccessibleName(self.tr("Try again"))
        self.try_again.setAccessibleDescription(self.tr("Sends the same password again."))
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
        self.enter_code.setText(self.tr("Enter the code"))
        self.enter_code.setAccessibleName(self.tr("Enter the code"))
        self.enter_code.setAccessibleDescription(self.tr("Back to the code from the e-mail."))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Back to the choices. Nothing typed here is kept."))
        self.create_button.setAccessibleDescription(
            self.tr("Creates your ID once every rule is met, both passwords match and the terms are accepted.")
        )
        self._toggle_visibility(self.show_password.isChecked())
        self._describe_problem()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
