"""A walk-in visitor starts their own ID at the kiosk, where the dealer's market allows it.

Only what the ID needs: name, e-mail, the privacy notice read, and whether they want news by e-mail
(other channels need a phone number or an address, which a walk-in is not asked for). The language
is the one the visitor chose on the welcome screen. Then the same path as an invited customer:
the code from the e-mail, a password.

"Not your e-mail?" on the later screens brings a walk-in back here to fix the address themselves
(no salesperson is there to do it): only the address can change then, as in the salesperson's
correction of an invitation.
"""

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.buyer import validate_buyer_fields
from ui import messages
from ui.widgets.check_box import CheckBox
from ui.widgets.email_hint import EmailHint
from ui.widgets.form_field import FormField


class SelfRegistrationScreen(QWidget):
    """Emits :attr:`submitted` with checked details; never lets invalid ones through."""

    #: (first name, last name, e-mail, news by e-mail): the window adds the id and the language.
    submitted = Signal(str, str, str, bool)
    #: In correction mode: the corrected address for the registration already sent.
    email_corrected = Signal(str)
    back_requested = Signal()

    def __init__(self, brand: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brand = brand
        self._privacy_touched = False
        self._correcting = False
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first_name = FormField("walk_in_first_name", self)
        self.last_name = FormField("walk_in_last_name", self)
        self.email = FormField("walk_in_email", self)
        self.email.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.hint = EmailHint(self.email.edit, self)
        self.privacy_text = QLabel(self)
        self.privacy_text.setWordWrap(True)
        self.privacy_text.setProperty("role", "muted")
        self.privacy = CheckBox(self)
        self.privacy.setObjectName("walk_in_privacy")
        self.privacy.toggled.connect(self._revalidate)
        self.privacy_error = QLabel(self)
        self.privacy_error.setProperty("role", "error")
        self.privacy_error.setWordWrap(True)
        self.privacy_error.hide()
        self.news = CheckBox(self)
        self.news.setObjectName("walk_in_news_by_email")
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.back = QPushButton(self)
        self.back.setObjectName("walk_in_back")
        self.back.clicked.connect(self.back_requested)
        self.register = QPushButton(self)
        self.register.setObjectName("walk_in_create")
        self.register.setProperty("role", "primary")
        self.register.setDefault(True)
        self.register.clicked.connect(self.submit)

        for field in self.fields():
            field.edit.editingFinished.connect(self._touch_sender)
            field.edit.textEdited.connect(self._revalidate)
            field.edit.returnPressed.connect(self.submit)

        names = QHBoxLayout()
        names.setSpacing(24)
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.register)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addLayout(names)
        column.addWidget(self.email)
        column.addWidget(self.hint)
        column.addWidget(self.privacy_text)
        column.addWidget(self.privacy)
        column.addWidget(self.privacy_error)
        column.addWidget(self.news)
        column.addWidget(self.problem)
        column.addStretch(1)
        column.addLayout(buttons)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(64, 32, 64, 32)
        centred.addStretch(1)
        centred.addLayout(column, 4)
        centred.addStretch(1)
        self.retranslate_ui()

    def fields(self) -> list[FormField]:
        return [self.first_name, self.last_name, self.email]

    # -- what the window tells it --------------------------------------------------------------

    def set_correcting(self, correcting: bool) -> None:
        """Correction mode: only the e-mail can change; the rest was sent already."""
        self._correcting = correcting
        for field in (self.first_name, self.last_name):
            field.edit.setReadOnly(correcting)
        for widget in (self.privacy_text, self.privacy, self.news):
            widget.setVisible(not correcting)
        self.show_problem(None)
        self.retranslate_ui()
        if correcting:
            self.email.edit.setFocus()
            self.email.edit.selectAll()

    @property
    def correcting(self) -> bool:
        return self._correcting

    def set_busy(self, busy: bool) -> None:
        self.register.setEnabled(not busy)
        if busy:
            self.register.setText(self.tr("Sending…"))
        elif self._correcting:
            self.register.setText(self.tr("Send to this address"))
        else:
            self.register.setText(self.tr("Create my %1").replace("%1", self._brand))

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    # -- the visitor -----------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        return {
            "first_name": self.first_name.edit.text(),
            "last_name": self.last_name.edit.text(),
            "email": self.email.edit.text(),
        }

    @Slot()
    def _touch_sender(self) -> None:
        for field in self.fields():
            if field.edit is self.sender():
                field.note_left()
        self._revalidate()

    @Slot()
    def _revalidate(self) -> None:
        errors = validate_buyer_fields(self._values())
        for field, name in zip(self.fields(), ("first_name", "last_name", "email"), strict=True):
            code = errors.get(name)
            field.show_error(messages.field_error(code, name) if code else None)
        missing = self._privacy_touched and not self.privacy.isChecked() and not self._correcting
        self.privacy_error.setText(self.tr("Please read the privacy notice above, then tick this box."))
        self.privacy_error.setVisible(missing)

    @Slot()
    def submit(self) -> None:
        if not self.register.isEnabled():
            return  # already sending: a second Enter must not register twice
        for field in self.fields():
            field.touched = True
        self._privacy_touched = True
        self._revalidate()
        values = self._values()
        errors = validate_buyer_fields(values)
        if errors:
            next(field for field, name in zip(self.fields(), values, strict=True) if name in errors).edit.setFocus()
            return
        self.show_problem(None)
        if self._correcting:
            self.email_corrected.emit(values["email"])
            return
        if not self.privacy.isChecked():
            self.privacy.setFocus()
            return
        self.submitted.emit(values["first_name"], values["last_name"], values["email"], self.news.isChecked())

    # -- language ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        brand = self._brand
        if self._correcting:
            self.title.setText(self.tr("Correct your e-mail address"))
            self.intro.setText(
                self.tr(
                    "Only the e-mail address can change. We send a new code to the corrected address; the code "
                    "sent before stops working."
                )
            )
        else:
            self.title.setText(self.tr("Create your %1").replace("%1", brand))
            self.intro.setText(
                self.tr(
                    "Your e-mail address becomes your user name. We send you a code to confirm it; then you "
                    "choose a password here, or finish on your phone."
                )
            )
        self.first_name.set_texts(self.tr("&First name"), self.tr("Your first name, as on your ID card"))
        self.last_name.set_texts(self.tr("&Last name"), self.tr("Your last name, as on your ID card"))
        self.email.set_texts(self.tr("&E-mail address"), self.tr("Becomes your user name; it cannot be changed later"))
        self.privacy_text.setText(
            self.tr(
                "This showroom keeps your name and e-mail address to create your account and to help you with "
                "your car. You can ask the staff for the full privacy notice at any time."
            )
        )
        self.privacy.setText(self.tr("I have read how my details are used"))
        self.privacy.setAccessibleName(self.privacy.text())
        self.privacy.setAccessibleDescription(self.tr("Required to create the account"))
        self.news.setText(self.tr("Send me news and offers by e-mail (you can stop them at any time)"))
        self.news.setAccessibleName(self.news.text())
        self.news.setAccessibleDescription(self.tr("Optional"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.back.text())
        if self._correcting:
            self.back.setAccessibleDescription(self.tr("Returns to the choice of how to finish; nothing is changed"))
            self.register.setAccessibleName(self.tr("Send to this address"))
            self.register.setAccessibleDescription(
                self.tr("Sends a new code to the corrected address; the old code stops working")
            )
        else:
            self.back.setAccessibleDescription(self.tr("Returns to the welcome screen; nothing is sent"))
            self.register.setAccessibleName(self.tr("Create my %1").replace("%1", brand))
            self.register.setAccessibleDescription(self.tr("Sends you an e-mail with a code to confirm your address"))
        self.set_busy(not self.register.isEnabled())
        self._revalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
