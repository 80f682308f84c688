"""Two short pages a visitor can read while waiting, written in our own words.

They state only what the product guarantees (see the developers' guide): the user name is the
verified e-mail address and cannot change later, the password rules, reset by e-mail.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.keyboard import press_focused_button
from ui.widgets.layout import FORM_MAX_WIDTH


class InfoPage(QWidget):
    """A title, a few short paragraphs and the way back; subclasses supply the words."""

    back_requested = Signal()

    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.paragraphs: list[QLabel] = []
        self.back = QPushButton(self)
        self.back.setObjectName("info_back")
        self.back.setProperty("role", "primary")
        self.back.clicked.connect(self.back_requested)
        self._text = QVBoxLayout()
        self._text.setSpacing(16)
        column = QWidget(self)
        column.setMaximumWidth(FORM_MAX_WIDTH + 80)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addLayout(self._text)
        inner.addSpacing(8)
        inner.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(64, 32, 64, 32)
        outer.addWidget(column, 1)
        outer.addStretch(0)

    def _show(self, title: str, paragraphs: list[str], back: str, back_description: str) -> None:
        while len(self.paragraphs) < len(paragraphs):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setProperty("role", "body")
            self.paragraphs.append(label)
            self._text.addWidget(label)
        self.title.setText(title)
        for label, text in zip(self.paragraphs, paragraphs, strict=True):
            label.setText(text.replace("%1", self._brand))
        self.back.setText(back)
        self.back.setAccessibleName(back)
        self.back.setAccessibleDescription(back_description)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class AboutIdPage(InfoPage):
    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(brand, parent)
        self.setObjectName("about_id_page")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show(
            self.tr("What is a %1?").replace("%1", self._brand),
            [
                self.tr("Your %1 is one personal account for Porsche's online services and apps."),
                self.tr(
                    "Your user name is your e-mail address. We check it is yours by sending you a code, "
                    "and it cannot be changed later: please use an address you will keep."
                ),
                self.tr(
                    "Your %1 is registered in the country of the Porsche Center that invites you, "
                    "and you decide which news you would like to receive."
                ),
                self.tr("Forgot your password? You can set a new one at any time with a link we e-mail to you."),
            ],
            self.tr("Back"),
            self.tr("Back to the welcome screen"),
        )


class HowItWorksPage(InfoPage):
    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(brand, parent)
        self.setObjectName("how_it_works_page")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show(
            self.tr("How registration works"),
            [
                self.tr(
                    "1. Your salesperson enters your name and e-mail address. You receive an e-mail with a "
                    "registration link and a 6-digit code."
                ),
                self.tr(
                    "2. Finish here at the kiosk with the code, or scan the QR code on the screen and finish "
                    "on your phone. You can also use the link in the e-mail later."
                ),
                self.tr(
                    "3. Choose a password with at least 8 characters, including an uppercase letter, a digit "
                    "and a special character such as ! or ?."
                ),
                self.tr("4. That is all: sign in with your e-mail address and your new password."),
            ],
            self.tr("Back"),
            self.tr("Back to the welcome screen"),
        )
