"""The idle state: what a visitor sees on the showroom floor before anyone touches the kiosk."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.flow_layout import FlowLayout
from ui.widgets.keyboard import press_focused_button


class WelcomeScreen(QWidget):
    """Customer-facing. Walk-ins may start their own ID only where the dealer's market allows it."""

    create_id_requested = Signal()
    about_requested = Signal()
    how_requested = Signal()
    staff_requested = Signal()

    def __init__(self, brand: str, *, self_registration: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self.title = QLabel(self)
        self.title.setObjectName("welcome_title")
        self.title.setProperty("role", "display")
        self.lead = QLabel(self)
        self.lead.setObjectName("welcome_lead")
        self.lead.setProperty("role", "lead")
        self.lead.setWordWrap(True)
        self.create_id = QPushButton(self)
        self.create_id.setObjectName("create_id")
        self.create_id.setProperty("role", "primary")
        self.create_id.clicked.connect(self.create_id_requested)
        self.about = QPushButton(self)
        self.about.setObjectName("about_id")
        self.about.clicked.connect(self.about_requested)
        self.how = QPushButton(self)
        self.how.setObjectName("how_it_works")
        self.how.clicked.connect(self.how_requested)
        self.ask_staff = QLabel(self)
        self.ask_staff.setObjectName("ask_staff")
        self.ask_staff.setProperty("role", "muted")
        self.ask_staff.setWordWrap(True)
        # Discreet: a salesperson knows where it is; a visitor has no reason to look for it.
        self.staff = QPushButton(self)
        self.staff.setObjectName("staff_entry")
        self.staff.setProperty("role", "link")
        self.staff.clicked.connect(self.staff_requested)

        self.steps_card = QFrame(self)
        self.steps_card.setProperty("role", "card")
        self.steps_heading = QLabel(self.steps_card)
        self.steps_heading.setProperty("role", "heading")
        self.step_texts = [QLabel(self.steps_card) for _ in range(3)]
        steps = QGridLayout()
        steps.setHorizontalSpacing(16)
        steps.setVerticalSpacing(20)
        for row, text in enumerate(self.step_texts):
            number = QLabel(str(row + 1), self.steps_card)
            number.setProperty("role", "step-number")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setFixedSize(40, 40)
            text.setWordWrap(True)
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, row, 1)
        steps.setColumnStretch(1, 1)
        card = QVBoxLayout(self.steps_card)
        card.setContentsMargins(32, 32, 32, 32)
        card.setSpacing(24)
        card.addWidget(self.steps_heading)
        card.addLayout(steps)
        card.addStretch(1)

        actions = FlowLayout(spacing=12)  # side by side, or one under the other with large text
        actions.addWidget(self.about)
        actions.addWidget(self.how)
        left = QVBoxLayout()
        left.setSpacing(24)
        left.addStretch(1)
        left.addWidget(self.title)
        left.addWidget(self.lead)
        left.addSpacing(8)
        left.addWidget(self.create_id, alignment=Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.ask_staff)
        left.addLayout(actions)
        left.addStretch(2)
        columns = QHBoxLayout()
        columns.setSpacing(64)
        columns.addLayout(left, 3)
        # The card as tall as its steps need at its width (they wrap), centred as the left column is.
        right = QVBoxLayout()
        right.addStretch(1)
        right.addWidget(self.steps_card)
        right.addStretch(2)
        columns.addLayout(right, 2)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 24)
        layout.setSpacing(16)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)
        self.set_self_registration(self_registration)

    def set_self_registration(self, allowed: bool) -> None:
        """Offer "Create your ID" to walk-ins, or tell them a salesperson will help."""
        self._self_registration = allowed
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        brand = self._brand
        self.title.setText(self.tr("Welcome"))
        self.lead.setText(
            self.tr("Your %1 is your personal account for Porsche's services and apps, for you and your car.").replace(
                "%1", brand
            )
        )
        self.create_id.setText(self.tr("Create your %1").replace("%1", brand))
        self.create_id.setAccessibleName(self.create_id.text())
        self.create_id.setAccessibleDescription(self.tr("Register here at the kiosk, without a salesperson"))
        self.create_id.setVisible(self._self_registration)
        self.ask_staff.setText(self.tr("To create your %1, please ask one of our salespeople.").replace("%1", brand))
        self.ask_staff.setVisible(not self._self_registration)
        self.about.setText(self.tr("What is a %1?").replace("%1", brand))
        self.about.setAccessibleName(self.about.text())
        self.about.setAccessibleDescription(self.tr("A short explanation of the account"))
        self.how.setText(self.tr("How registration works"))
        self.how.setAccessibleName(self.how.text())
        self.how.setAccessibleDescription(self.tr("The steps from invitation to password"))
        self.staff.setText(self.tr("Staff"))
        self.staff.setAccessibleName(self.tr("Staff sign-in"))
        self.staff.setAccessibleDescription(self.tr("For salespeople of this showroom"))
        self.steps_heading.setText(self.tr("Three steps"))
        steps = [
            self.tr("You receive an e-mail from us with a 6-digit code."),
            self.tr("Finish here with the code, or scan a QR code and finish on your phone."),
            self.tr("Choose your password. Your e-mail address is your user name."),
        ]
        for label, text in zip(self.step_texts, steps, strict=True):
            label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
