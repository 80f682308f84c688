"""After sending, the customer's choice: finish here now, scan with a phone, or later from the e-mail.

The phone choice shows a large QR code with the match code beside it and the time it stays valid;
the window fetches a fresh link before the old one expires (the backend revokes the old one) and
moves on to the success screen the moment the phone finishes.
"""

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.masking import mask_email
from kiosk.wire import InvitationStatus, InvitationView
from ui.widgets.keyboard import press_focused_button
from ui.widgets.qr_code import QrCodeWidget

#: The arrow keys that go to the previous and to the next of the three choices.
_BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_ON_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)


class _Choice(QPushButton):
    """A large card-like button: a heading and a line saying what happens."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "choice-card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.heading.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
        self.setMinimumHeight(240)
        self.setMaximumHeight(360)

    def set_texts(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text_label.setText(text)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)


class HandoffScreen(QWidget):
    finish_here_requested = Signal()
    new_customer_requested = Signal()
    #: The mail bounced: back to the form, entries kept, to fix the address and send again.
    correct_email_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._invitation: InvitationView | None = None
        self._qr_state = "loading"  # "loading", "ready" or "unavailable"
        self._match_code = ""
        self._expires_at: datetime | None = None
        self._online = True
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_time_left)

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.sent_to = QLabel(self)
        self.sent_to.setObjectName("sent_to")
        self.sent_to.setWordWrap(True)
        self.views = QStackedWidget(self)

        # The three choices.
        choices = QWidget(self.views)
        self.choose_heading = QLabel(choices)
        self.choose_heading.setProperty("role", "heading")
        self.finish_here = _Choice("finish_here", choices)
        self.finish_here.clicked.connect(self.finish_here_requested)
        self.phone = _Choice("scan_with_phone", choices)
        self.phone.clicked.connect(self.show_phone)
        self.later = _Choice("later_by_email", choices)
        self.later.clicked.connect(self.show_later)
        cards = QHBoxLayout()
        cards.setSpacing(24)
        for card in (self.finish_here, self.phone, self.later):
            cards.addWidget(card, 1)
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.setSpacing(16)
        choices_layout.addWidget(self.choose_heading)
        choices_layout.addLayout(cards, 1)
        choices_layout.addStretch(0)
        self.choices = choices

        # The phone: a large code, and beside it everything about it.
        phone_view = QFrame(self.views)
        phone_view.setProperty("role", "card")
        self.qr = QrCodeWidget(phone_view)
        self.qr.setObjectName("qr_code")
        self.phone_heading = QLabel(phone_view)
        self.phone_heading.setProperty("role", "heading")
        self.qr_note = QLabel(phone_view)
        self.qr_note.setWordWrap(True)
        self.match_code = QLabel(phone_view)
        self.match_code.setObjectName("match_code")
        self.match_code.setProperty("role", "heading")
        self.match_code.setWordWrap(True)
        self.time_left = QLabel(phone_view)
        self.time_left.setObjectName("qr_time_left")
        self.time_left.setProperty("role", "muted")
        self.time_left.setWordWrap(True)
        self.status = QLabel(phone_view)
        self.status.setObjectName("invitation_status")
        self.status.setProperty("role", "status")
        self.status.setWordWrap(True)
        self.back_to_choices = QPushButton(phone_view)
        self.back_to_choices.setObjectName("back_to_choices")
        self.back_to_choices.clicked.connect(self.show_choices)
        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self.phone_heading)
        side.addWidget(self.qr_note)
        side.addWidget(self.match_code)
        side.addWidget(self.time_left)
        side.addStretch(1)
        side.addWidget(self.status)
        side.addWidget(self.back_to_choices, 0, Qt.AlignmentFlag.AlignLeft)
        phone_layout = QHBoxLayout(phone_view)
        phone_layout.setContentsMargins(32, 32, 32, 32)
        phone_layout.setSpacing(40)
        phone_layout.addWidget(self.qr, 0)
        phone_layout.addLayout(side, 1)
        self.qr.setFixedSize(380, 380)
        self.phone_view = phone_view

        # Later: nothing more to do here.
        later_view = QWidget(self.views)
        self.later_heading = QLabel(later_view)
        self.later_heading.setProperty("role", "heading")
        self.later_text = QLabel(later_view)
        self.later_text.setWordWrap(True)
        self.done = QPushButton(later_view)
        self.done.setObjectName("done_later")
        self.done.setProperty("role", "primary")
        self.done.clicked.connect(self.new_customer_requested)
        later_layout = QVBoxLayout(later_view)
        later_layout.setContentsMargins(0, 0, 0, 0)
        later_layout.setSpacing(16)
        later_layout.addWidget(self.later_heading)
        later_layout.addWidget(self.later_text)
        later_layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignLeft)
        later_layout.addStretch(1)
        self.later_view = later_view

        for view in (self.choices, self.phone_view, self.later_view):
            self.views.addWidget(view)

        self.new_customer = QPushButton(self)
        self.new_customer.setObjectName("new_customer")
        self.new_customer.setProperty("role", "link")
        self.new_customer.clicked.connect(self.new_customer_requested)
        self.correct_email = QPushButton(self)
        self.correct_email.setObjectName("correct_email")
        self.correct_email.setProperty("role", "primary")
        self.correct_email.clicked.connect(self.correct_email_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 32)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.sent_to)
        layout.addWidget(self.views, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_email)
        buttons.addStretch(1)
        buttons.addWidget(self.new_customer)
        layout.addLayout(buttons)
        self.retranslate_ui()

    @property
    def invitation(self) -> InvitationView | None:
        return self._invitation

    def show_invitation(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self._qr_state = "loading"
        self._match_code = ""
        self._expires_at = None
        self._online = True
        self.qr.set_text("")
        self.show_choices()

    @Slot()
    def show_choices(self) -> None:
        self.views.setCurrentWidget(self.choices)
        self.retranslate_ui()
        self._focus_start()

    @Slot()
    def show_phone(self) -> None:
        self.views.setCurrentWidget(self.phone_view)
        self.retranslate_ui()
        self._focus_start()

    @Slot()
    def show_later(self) -> None:
        self.views.setCurrentWidget(self.later_view)
        self.retranslate_ui()
        self._focus_start()

    def choice_cards(self) -> list[QPushButton]:
        """The three ways to finish, as they stand from left to right."""
        return [self.finish_here, self.phone, self.later]

    def _focus_start(self) -> None:
        """Where the keyboard is on the view shown: the first choice open, the way back, or "Done".

        Only while the screen is shown (:meth:`showEvent` does it when it appears): focusing a hidden
        widget would take the keyboard away from the screen in use.
        """
        if not self.isVisible():
            return
        view = self.views.currentWidget()
        if self.is_undeliverable():
            self.correct_email.setFocus()
        elif view is self.phone_view:
            self.back_to_choices.setFocus()
        elif view is self.later_view:
            self.done.setFocus()
        else:
            next(card for card in self.choice_cards() if card.isEnabled()).setFocus()

    def _holds_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused) and focused.isVisible()

    def set_qr_link(
        self,
        url: str | None,
        match_code: str = "",
        expires_at: datetime | None = None,
        matrix: list[list[bool]] | None = None,
    ) -> None:
        """Show the phone link's QR code; ``None`` when no link could be had (the e-mail still works).

        ``matrix``: the code's modules, made on a worker (see :meth:`QrCodeWidget.set_text`)."""
        self._qr_state = "ready" if url else "unavailable"
        self._match_code = match_code if url else ""
        self._expires_at = expires_at if url else None
        self.qr.set_text(url or "", matrix if url else None)
        if self._expires_at is not None:
            self._clock.start()
        else:
            self._clock.stop()
        self.retranslate_ui()

    def update_status(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self._online = True
        self.retranslate_ui()

    def set_online(self, online: bool) -> None:
        self._online = online
        self.retranslate_ui()

    def is_registered(self) -> bool:
        return self._invitation is not None and self._invitation.status is InvitationStatus.COMPLETED

    def is_undeliverable(self) -> bool:
        return self._invitation is not None and self._invitation.status is InvitationStatus.DELIVERY_FAILED

    @Slot()
    def _show_time_left(self) -> None:
        if self._expires_at is None or self.views.currentWidget() is not self.phone_view:
            self.time_left.setText("")
            return
        seconds = max(0, int((self._expires_at - datetime.now(UTC)).total_seconds()))
        self.time_left.setText(
            self.tr("Valid for %1 more; a new code follows by itself.").replace(
                "%1", f"{seconds // 60}:{seconds % 60:02d}"
            )
        )

    def retranslate_ui(self) -> None:
        invitation = self._invitation
        done = self.is_registered()
        undeliverable = self.is_undeliverable()
        masked = mask_email(invitation.email) if invitation else ""
        if undeliverable:
            self.title.setText(self.tr("The e-mail could not be delivered"))
            self.sent_to.setText(
                self.tr("No mailbox accepted mail for %1. Please check the address with the customer.").replace(
                    "%1", masked
                )
            )
        else:
            self.title.setText(self.tr("Invitation sent"))
            self.sent_to.setText(self.tr("We sent an e-mail with a registration link to %1.").replace("%1", masked))
        self.views.setVisible(not undeliverable)
        self.correct_email.setVisible(undeliverable)
        self.correct_email.setText(self.tr("Correct the e-mail address"))
        self.correct_email.setAccessibleName(self.tr("Correct the e-mail address"))
        self.correct_email.setAccessibleDescription(
            self.tr("For the salesperson: back to the form to fix the address and send the invitation again")
        )
        self.choose_heading.setText(self.tr("How would you like to finish?"))
        self.finish_here.set_texts(
            self.tr("Finish here now"), self.tr("Enter the code from the e-mail and choose your password here.")
        )
        self.phone.set_texts(
            self.tr("Scan with your phone"), self.tr("Scan a QR code and finish on your phone, at your own pace.")
        )
        self.later.set_texts(
            self.tr("Later, from the e-mail"), self.tr("Open the link in the e-mail whenever it suits you.")
        )
        self.finish_here.setEnabled(not done)
        self.phone_heading.setText(self.tr("Scan with your phone"))
        self.qr_note.setText(
            {
                "loading": self.tr("Preparing the code…"),
                "ready": self.tr("Point your phone's camera at the code and follow the link."),
                "unavailable": self.tr("The code is not available right now. Use the link in the e-mail instead."),
            }[self._qr_state]
        )
        if done:
            self.status.setText(self.tr("Registered"))
        elif not self._online:
            self.status.setText(self.tr("Connection lost, reconnecting…"))
        else:
            self.status.setText(self.tr("Waiting for the customer…"))
        self.status.setProperty("state", "done" if done else "waiting")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setAccessibleName(self.status.text())
        self.qr.setAccessibleName(self.tr("QR code with the registration link"))
        self.qr.setAccessibleDescription(self.tr("Scan it with your phone's camera"))
        self.qr.setVisible(not done)
        self.match_code.setText(self.tr("Your phone will show: %1").replace("%1", self._match_code))
        self.match_code.setVisible(bool(self._match_code) and not done)
        self._show_time_left()
        self.back_to_choices.setText(self.tr("Other ways to finish"))
        self.back_to_choices.setAccessibleName(self.tr("Other ways to finish"))
        self.back_to_choices.setAccessibleDescription(
            self.tr("Back to the choice: finish here, scan with your phone, or later")
        )
        self.later_heading.setText(self.tr("All set"))
        self.later_text.setText(
            self.tr("The e-mail to %1 has your registration link. Open it whenever it suits you.").replace("%1", masked)
        )
        self.done.setText(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done"))
        self.done.setAccessibleDescription(self.tr("Ends here: the kiosk is ready for the next customer"))
        self.new_customer.setText(self.tr("Next customer") if done else self.tr("New customer"))
        self.new_customer.setAccessibleName(self.new_customer.text())
        self.new_customer.setAccessibleDescription(self.tr("For the salesperson: start over with the next customer"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._holds_focus():
            self._focus_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button; the arrow keys go from one choice to the next."""
        if press_focused_button(self, event):
            return
        cards = [card for card in self.choice_cards() if card.isEnabled() and card.isVisible()]
        focused = QApplication.focusWidget()
        step = -1 if event.key() in _BACK_KEYS else 1 if event.key() in _ON_KEYS else 0
        if step and isinstance(focused, QPushButton) and focused in cards:
            cards[max(0, min(len(cards) - 1, cards.index(focused) + step))].setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
