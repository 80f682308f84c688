"""After sending: the customer scans the QR code with a phone, or finishes here at the kiosk."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.buyer import mask_email
from kiosk.wire import InvitationStatus, InvitationView
from ui.widgets.qr_code import QrCodeWidget


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
        self._online = True

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.sent_to = QLabel(self)
        self.sent_to.setObjectName("sent_to")
        self.sent_to.setWordWrap(True)

        phone = QFrame(self)
        phone.setProperty("role", "card")
        self._phone_card = phone
        self.phone_heading = QLabel(phone)
        self.phone_heading.setProperty("role", "heading")
        self.qr = QrCodeWidget(phone)
        self.qr.setObjectName("qr_code")
        self.match_code = QLabel(phone)
        self.match_code.setObjectName("match_code")
        self.match_code.setProperty("role", "heading")
        self.qr_note = QLabel(phone)
        self.qr_note.setWordWrap(True)
        self.status = QLabel(phone)
        self.status.setObjectName("invitation_status")
        self.status.setProperty("role", "status")
        phone_layout = QVBoxLayout(phone)
        phone_layout.setContentsMargins(24, 24, 24, 24)
        phone_layout.addWidget(self.phone_heading)
        phone_layout.addWidget(self.qr, 1)
        phone_layout.addWidget(self.match_code)
        phone_layout.addWidget(self.qr_note)
        phone_layout.addWidget(self.status)

        here = QFrame(self)
        here.setProperty("role", "card")
        self._here_card = here
        self.here_heading = QLabel(here)
        self.here_heading.setProperty("role", "heading")
        self.here_text = QLabel(here)
        self.here_text.setWordWrap(True)
        self.finish_here = QPushButton(here)
        self.finish_here.setObjectName("finish_here")
        self.finish_here.setProperty("role", "primary")
        self.finish_here.clicked.connect(self.finish_here_requested)
        here_layout = QVBoxLayout(here)
        here_layout.setContentsMargins(24, 24, 24, 24)
        here_layout.addWidget(self.here_heading)
        here_layout.addWidget(self.here_text)
        here_layout.addStretch(1)
        here_layout.addWidget(self.finish_here)

        self.new_customer = QPushButton(self)
        self.new_customer.setObjectName("new_customer")
        self.new_customer.clicked.connect(self.new_customer_requested)
        self.correct_email = QPushButton(self)
        self.correct_email.setObjectName("correct_email")
        self.correct_email.setProperty("role", "primary")
        self.correct_email.clicked.connect(self.correct_email_requested)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(phone, 3)
        columns.addWidget(here, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.sent_to)
        layout.addLayout(columns, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_email)
        buttons.addWidget(self.new_customer)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    @property
    def invitation(self) -> InvitationView | None:
        return self._invitation

    def show_invitation(self, invitation: InvitationView) -> None:
        self._invitation = invitation
        self._qr_state = "loading"
        self._match_code = ""
        self._online = True
        self.qr.set_text("")
        self.retranslate_ui()

    def set_qr_link(self, url: str | None, match_code: str = "") -> None:
        """Show the phone link's QR code; ``None`` when no link could be had (the e-mail still works)."""
        self._qr_state = "ready" if url else "unavailable"
        self._match_code = match_code if url else ""
        self.qr.set_text(url or "")
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
        self._phone_card.setVisible(not undeliverable)
        self._here_card.setVisible(not undeliverable)
        self.correct_email.setVisible(undeliverable)
        self.correct_email.setText(self.tr("Correct the e-mail address"))
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
        self.qr.setVisible(not done)
        self.qr_note.setVisible(not done)
        self.match_code.setText(self.tr("Your phone will show: %1").replace("%1", self._match_code))
        self.match_code.setVisible(bool(self._match_code) and not done)
        self.here_heading.setText(self.tr("Finish here"))
        self.here_text.setText(self.tr("Choose your password now, here at the kiosk."))
        self.finish_here.setText(self.tr("Finish here"))
        self.finish_here.setEnabled(not done)
        self.new_customer.setText(self.tr("Next customer") if done else self.tr("New customer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
