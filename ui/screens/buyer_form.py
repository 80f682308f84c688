"""The salesperson's form: who is being invited, and in which language."""

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.buyer import BuyerDetails, Consents, validate_buyer_fields
from kiosk.languages import Language
from ui import messages
from ui.widgets.form_field import FormField
from ui.widgets.layout import form_column
from ui.widgets.sync_indicator import SyncIndicator


class BuyerFormScreen(QWidget):
    """Emits :attr:`submitted` with valid details; never lets invalid ones through."""

    submitted = Signal(BuyerDetails)
    #: In correction mode: the corrected address for the invitation already sent.
    email_corrected = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, default_language: Language = Language.EN, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_language = default_language
        self._correcting = False
        self._salesperson: str | None = None
        self.signed_in_as = QLabel(self)
        self.signed_in_as.setObjectName("signed_in_as")
        self.signed_in_as.setProperty("role", "muted")
        self.sign_out = QPushButton(self)
        self.sign_out.setObjectName("sign_out")
        self.sign_out.setProperty("role", "link")
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.sign_out.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sync = SyncIndicator(self)
        self.sync.setWordWrap(True)  # a long state in German wraps rather than squeezing "Sign out"
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first_name = FormField("first_name", self)
        self.last_name = FormField("last_name", self)
        self.email = FormField("email", self)
        self.email.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for language in Language:
            self.language.addItem(language.endonym, language)
        self.language_label.setBuddy(self.language)
        self.privacy = QCheckBox(self)
        self.privacy.setObjectName("privacy_notice")
        self.privacy.toggled.connect(self._revalidate)
        self.privacy_error = QLabel(self)
        self.privacy_error.setObjectName("privacy_notice_error")
        self.privacy_error.setProperty("role", "error")
        self.privacy_error.setWordWrap(True)
        self.privacy_error.hide()
        self._privacy_touched = False
        self.status = QLabel(self)
        self.status.setObjectName("form_status")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        #: Good news about the customer before (e.g. "saved, will be sent"): shown until the next send.
        self.notice = QLabel(self)
        self.notice.setObjectName("form_notice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.send = QPushButton(self)
        self.send.setObjectName("send")
        self.send.setProperty("role", "primary")
        self.send.clicked.connect(self.submit)

        layout = form_column(self)
        layout.setSpacing(12)
        # Who is signed in and how sending goes, in two small lines beside "Sign out": the form
        # below must still fit a 1280×800 screen.
        staff_lines = QVBoxLayout()
        staff_lines.setSpacing(2)
        staff_lines.addWidget(self.signed_in_as)
        staff_lines.addWidget(self.sync)
        staff_bar = QHBoxLayout()
        staff_bar.setSpacing(16)
        staff_bar.addLayout(staff_lines, 1)
        staff_bar.addWidget(self.sign_out, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(staff_bar)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        for field in self.fields():
            layout.addWidget(field)
            field.edit.textChanged.connect(self._revalidate)
            field.edit.editingFinished.connect(self._touch_sender)
            field.edit.returnPressed.connect(self.submit)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addWidget(self.privacy)
        layout.addWidget(self.privacy_error)
        layout.addWidget(self.status)
        layout.addWidget(self.send, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.reset()
        self.retranslate_ui()

    def fields(self) -> list[FormField]:
        return [self.first_name, self.last_name, self.email]

    def reset(self) -> None:
        """Empty the form for the next buyer."""
        # Focus first: a field losing focus counts as "touched", and would then show its error.
        self.first_name.edit.setFocus()
        for field in self.fields():
            field.edit.clear()
            field.touched = False
            field.show_error(None)
        self.language.setCurrentIndex(self.language.findData(self._default_language))
        self.set_correcting(False)
        self.privacy.setChecked(False)
        self._privacy_touched = False
        self._show_privacy_error()
        self.set_busy(False)
        self.show_problem(None)
        self.first_name.edit.setFocus()

    def set_salesperson(self, name: str | None) -> None:
        """Whose invitations these are; shown above the form with the way to sign out."""
        self._salesperson = name
        self.retranslate_ui()

    def set_correcting(self, correcting: bool) -> None:
        """Correction mode: only the e-mail can change; everything else was sent already."""
        self._correcting = correcting
        for field in (self.first_name, self.last_name):
            field.edit.setReadOnly(correcting)
        self.language.setEnabled(not correcting)
        if correcting:
            self.privacy.setChecked(True)  # given with the invitation being corrected
        self.privacy.setEnabled(not correcting)
        self.retranslate_ui()
        if correcting:
            self.email.edit.setFocus()
            self.email.edit.selectAll()

    def set_busy(self, busy: bool) -> None:
        self.send.setEnabled(not busy)
        if busy:
            self.send.setText(self.tr("Sending…"))
        elif self._correcting:
            self.send.setText(self.tr("Send to the corrected address"))
        else:
            self.send.setText(self.tr("Send invitation"))

    def show_problem(self, message: str | None) -> None:
        self.status.setText(message or "")
        self.status.setVisible(bool(message))

    def show_notice(self, message: str | None) -> None:
        """Shown in place of the introduction, which the salesperson has read by then."""
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))
        self.intro.setVisible(not message)

    def _values(self) -> dict[str, str]:
        return {field.name: field.edit.text() for field in self.fields()}

    @Slot()
    def _touch_sender(self) -> None:
        for field in self.fields():
            if field.edit is self.sender():
                field.touched = True
        self._revalidate()

    @Slot()
    def _revalidate(self) -> None:
        errors = validate_buyer_fields(self._values())
        for field in self.fields():
            code = errors.get(field.name)
            field.show_error(messages.field_error(code, field.name) if code else None)
        self._show_privacy_error()

    def _show_privacy_error(self) -> None:
        missing = self._privacy_touched and not self.privacy.isChecked()
        self.privacy_error.setText(self.tr("Please give the customer the privacy notice, then tick this box."))
        self.privacy_error.setVisible(missing)

    @Slot()
    def submit(self) -> None:
        if not self.send.isEnabled():
            return  # already sending: Enter pressed twice must not invite twice
        for field in self.fields():
            field.touched = True
        self._privacy_touched = True
        self._revalidate()
        errors = validate_buyer_fields(self._values())
        if errors:
            first_bad = next(field for field in self.fields() if field.name in errors)
            first_bad.edit.setFocus()
            return
        if not self.privacy.isChecked():
            self.privacy.setFocus()
            return
        self.show_problem(None)
        self.show_notice(None)
        if self._correcting:
            self.email_corrected.emit(self.email.edit.text())
            return
        self.submitted.emit(
            BuyerDetails(
                **self._values(),
                language=self.language.currentData(),
                consents=Consents(privacy_notice_acknowledged=True),
            )
        )

    def retranslate_ui(self) -> None:
        self.signed_in_as.setText(self.tr("Signed in: %1").replace("%1", self._salesperson or ""))
        self.signed_in_as.setVisible(self._salesperson is not None)
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setVisible(self._salesperson is not None)
        self.title.setText(self.tr("Correct the e-mail address") if self._correcting else self.tr("Invite a customer"))
        if self._correcting:
            self.intro.setText(
                self.tr(
                    "Only the e-mail address can change. The invitation goes to the corrected address; "
                    "the old link and code stop working."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "The customer receives an e-mail and can finish registering here at the kiosk or on their phone."
                )
            )
        self.first_name.set_texts(self.tr("&First name"))
        self.last_name.set_texts(self.tr("&Last name"))
        self.email.set_texts(
            self.tr("&E-mail address"), self.tr("The customer's e-mail address becomes their user name.")
        )
        self.language_label.setText(self.tr("Customer's &language"))
        self.language.setAccessibleName(self.tr("Customer's language"))
        self.privacy.setText(self.tr("The customer has been given the privacy notice"))
        self.send.setAccessibleName(self.tr("Send invitation"))
        self.set_busy(not self.send.isEnabled())
        self._revalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
