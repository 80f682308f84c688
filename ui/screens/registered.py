"""The success screen: the customer's ID exists."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.masking import mask_email


class RegisteredScreen(QWidget):
    next_customer_requested = Signal()

    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self._first_name = ""
        self._existing = False
        self._email = ""
        self.mark = QLabel("✓", self)
        self.mark.setProperty("role", "success-mark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("registered_title")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(720)  # a readable line length on wide showroom screens
        self.user_name = QLabel(self)
        self.user_name.setObjectName("registered_user_name")
        self.user_name.setProperty("role", "lead")
        self.user_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_name.hide()
        self.next_customer = QPushButton(self)
        self.next_customer.setObjectName("next_customer")
        self.next_customer.setProperty("role", "primary")
        self.next_customer.clicked.connect(self.next_customer_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addStretch(1)
        layout.addWidget(self.mark)
        layout.addWidget(self.title)
        # Centred by stretches, not by an alignment flag: a word-wrapped label given an alignment
        # loses its height-for-width and gets clipped.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text, 100)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(8)
        layout.addWidget(self.user_name)
        layout.addSpacing(24)
        layout.addWidget(self.next_customer, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_for(self, first_name: str, existing: bool = False, email: str = "") -> None:
        """Show the success; ``existing`` when the customer turned out to have an ID already.

        ``email``, when given, is shown masked as the user name to sign in with.
        """
        self._first_name = first_name
        self._existing = existing
        self._email = mask_email(email) if email else ""
        self.retranslate_ui()
        self.next_customer.setFocus()

    def retranslate_ui(self) -> None:
        if self._existing:
            self.title.setText(self.tr("Already registered"))
            text = self.tr(
                "%1 already has a %2 with this e-mail address, so no new one is needed. "
                "We have let them know by e-mail."
            )
        else:
            self.title.setText(self.tr("Registered"))
            text = self.tr("Thank you, %1. Your %2 is ready: sign in with your e-mail address and your new password.")
        self.text.setText(text.replace("%1", self._first_name).replace("%2", self._brand))
        self.user_name.setText(self.tr("Your user name: %1").replace("%1", self._email))
        self.user_name.setVisible(bool(self._email) and not self._existing)
        self.mark.setAccessibleName(self.tr("Success"))
        self.next_customer.setText(self.tr("Next customer"))
        self.next_customer.setAccessibleName(self.tr("Next customer"))
        self.next_customer.setAccessibleDescription(self.tr("Hands the kiosk back to the salesperson."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
