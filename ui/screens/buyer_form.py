"""The salesperson's form: who is being invited, how to reach them, their car, and what they agreed to.

Two columns so the whole form fits a 1280×800 screen without scrolling: the customer on the left,
the vehicle and consents on the right. Tab goes down the left column, then the right; Enter in
any text field sends.
"""

from collections.abc import Hashable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.buyer import (
    BuyerDetails,
    Consents,
    MarketingChannel,
    Salutation,
    Vehicle,
    clean_phone,
    example_mobile,
    salutations_for,
    validate_buyer_fields,
)
from kiosk.languages import Language
from ui import messages
from ui.widgets.check_box import CheckBox
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.email_hint import EmailHint
from ui.widgets.forget import forget
from ui.widgets.form_field import FormField
from ui.widgets.keyboard import is_enter, press_focused_button


class BuyerFormScreen(QWidget):
    """Emits :attr:`submitted` with valid details; never lets invalid ones through."""

    submitted = Signal(BuyerDetails)
    #: In correction mode: the corrected address for the invitation already sent.
    email_corrected = Signal(str)
    sign_out_requested = Signal()
    invitations_requested = Signal()

    def __init__(
        self, default_language: Language = Language.EN, *, country: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._default_language = default_language
        #: The dealer's country: which salutations to offer, and how a phone number without "+" is read.
        self._country = country
        self._correcting = False
        self._salesperson: str | None = None
        self.signed_in_as = QLabel(self)
        self.signed_in_as.setObjectName("signed_in_as")
        self.signed_in_as.setProperty("role", "muted")
        self.invitations = QPushButton(self)
        self.invitations.setObjectName("open_invitations")
        self.invitations.setProperty("role", "link")
        self.invitations.clicked.connect(self.invitations_requested)
        self.sign_out = QPushButton(self)
        self.sign_out.setObjectName("sign_out")
        self.sign_out.setProperty("role", "link")
        self.sign_out.clicked.connect(self.sign_out_requested)
        for button in (self.invitations, self.sign_out):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        #: Good news about the customer before (e.g. "saved, will be sent"): shown until the next send.
        self.notice = QLabel(self)
        self.notice.setObjectName("form_notice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        # Left column: the customer. Created in Tab order.
        self.customer_heading = QLabel(self)
        self.customer_heading.setProperty("role", "heading")
        self.salutation_label = QLabel(self)
        self._salutations = salutations_for(country)
        self.salutation = ChoiceRow("salutation", [Salutation.NONE, *self._salutations], self)
        self.salutation_label.setBuddy(self.salutation)
        self.first_name = FormField("first_name", self)
        self.last_name = FormField("last_name", self)
        self.email = FormField("email", self)
        self.email.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        # Not while correcting an address nobody has touched yet: it was checked when it was sent.
        self.hint = EmailHint(
            self.email.edit, self, wanted=lambda: not (self._correcting and not self.email.edit.isModified())
        )
        self.email_hint, self.use_suggestion = self.hint.label, self.hint.use
        self.phone = FormField("phone", self)
        self.phone.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.language_label = QLabel(self)
        self.language = ChoiceRow("customer_language", list(Language), self)
        # Not translated: "Svenska" is what the customer recognises, whatever language the form is in.
        self.language.set_labels({language: language.endonym for language in Language})
        self.language_label.setBuddy(self.language)

        # Right column: the car (all optional), then consents.
        self.vehicle_heading = QLabel(self)
        self.vehicle_heading.setProperty("role", "heading")
        self.model = FormField("model", self)
        self.model.edit.setMaxLength(80)
        self.commission_number = FormField("commission_number", self)
        self.vin = FormField("vin", self)
        self.vin.edit.setMaxLength(17 + 4)  # a VIN, perhaps typed in groups with spaces
        self.consents_heading = QLabel(self)
        self.consents_heading.setProperty("role", "heading")
        self.privacy = CheckBox(self)
        self.privacy.setObjectName("privacy_notice")
        self.privacy.toggled.connect(self._revalidate)
        self.privacy_error = QLabel(self)
        self.privacy_error.setObjectName("privacy_notice_error")
        self.privacy_error.setProperty("role", "error")
        self.privacy_error.setWordWrap(True)
        self.privacy_error.hide()
        self._privacy_touched = False
        self.marketing_label = QLabel(self)
        self.marketing_label.setWordWrap(True)
        self.marketing: dict[MarketingChannel, CheckBox] = {}
        for channel in MarketingChannel:
            box = CheckBox(self)
            box.setObjectName(f"marketing_{channel.value}")
            self.marketing[channel] = box

        self.status = QLabel(self)
        self.status.setObjectName("form_status")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        self.send = QPushButton(self)
        self.send.setObjectName("send")
        self.send.setProperty("role", "primary")
        self.send.clicked.connect(self.submit)

        staff_bar = QHBoxLayout()
        staff_bar.setSpacing(8)
        staff_bar.addWidget(self.signed_in_as, 1)
        staff_bar.addWidget(self.invitations)
        staff_bar.addWidget(self.sign_out)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.customer_heading)
        salutation_row = QVBoxLayout()
        salutation_row.setSpacing(4)
        salutation_row.addWidget(self.salutation_label)
        salutation_row.addWidget(self.salutation)
        left.addLayout(salutation_row)
        names = QHBoxLayout()
        names.setSpacing(16)
        names.addWidget(self.first_name, 1, Qt.AlignmentFlag.AlignTop)
        names.addWidget(self.last_name, 1, Qt.AlignmentFlag.AlignTop)
        left.addLayout(names)
        left.addWidget(self.email)
        left.addWidget(self.hint)
        left.addWidget(self.phone)
        language_row = QVBoxLayout()
        language_row.setSpacing(4)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        left.addLayout(language_row)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.vehicle_heading)
        right.addWidget(self.model)
        car_ids = QHBoxLayout()
        car_ids.setSpacing(16)
        car_ids.addWidget(self.commission_number, 2, Qt.AlignmentFlag.AlignTop)
        car_ids.addWidget(self.vin, 3, Qt.AlignmentFlag.AlignTop)
        right.addLayout(car_ids)
        right.addSpacing(12)
        right.addWidget(self.consents_heading)
        right.addWidget(self.privacy)
        right.addWidget(self.privacy_error)
        right.addWidget(self.marketing_label)
        channels = QGridLayout()
        channels.setHorizontalSpacing(24)
        channels.setVerticalSpacing(0)
        for index, box in enumerate(self.marketing.values()):
            channels.addWidget(box, index // 2, index % 2)
        right.addLayout(channels)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.send, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.status, 1)
        actions.addStretch(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 8, 64, 24)
        layout.setSpacing(10)
        layout.addLayout(staff_bar)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        layout.addLayout(actions)

        for field in self.fields():
            field.edit.textChanged.connect(self._revalidate)
            field.edit.editingFinished.connect(self._touch_sender)
            field.edit.returnPressed.connect(self.submit)
        self.reset()
        self.retranslate_ui()

    def fields(self) -> list[FormField]:
        """Every text field, in Tab order."""
        return [self.first_name, self.last_name, self.email, self.phone, self.model, self.commission_number, self.vin]

    def reset(self) -> None:
        """Empty the form for the next buyer."""
        # Focus first: a field losing focus counts as "touched", and would then show its error.
        self._focus_start()
        for field in self.fields():
            forget(field.edit)
            field.touched = False
            field.show_error(None)
        self.salutation.choose(Salutation.NONE)
        self.language.choose(self._default_language)
        self.set_correcting(False)
        self.privacy.setChecked(False)
        for box in self.marketing.values():
            box.setChecked(False)
        self._privacy_touched = False
        self._show_privacy_error()
        self.set_busy(False)
        self.show_problem(None)
        self._focus_start()

    def _focus_start(self) -> None:
        """Where the keyboard starts: the first name, or the e-mail when correcting it.

        Only while the form is shown (:meth:`showEvent` does it when it appears): focusing a hidden
        widget would take the keyboard away from the screen in use.
        """
        if not self.isVisible():
            return
        if self._correcting:
            self.email.edit.setFocus()
        else:
            self.first_name.edit.setFocus()

    def _holds_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused) and focused.isVisible()

    def set_salesperson(self, name: str | None) -> None:
        """Whose invitations these are; shown above the form with the way to sign out."""
        self._salesperson = name
        self.retranslate_ui()

    def fill(self, details: BuyerDetails) -> None:
        """Show ``details`` as entered before: to correct the e-mail of, or to fix, an earlier invitation."""
        self.reset()
        vehicle = details.vehicle
        texts = {
            self.first_name: details.first_name,
            self.last_name: details.last_name,
            self.email: details.email,
            self.phone: details.phone or "",
            self.model: (vehicle.model if vehicle else None) or "",
            self.commission_number: (vehicle.commission_number if vehicle else None) or "",
            self.vin: (vehicle.vin if vehicle else None) or "",
        }
        for field, text in texts.items():
            field.edit.setText(text)
            field.touched = True
        self.salutation.choose(details.salutation)  # (one this market does not offer stays "none")
        if details.language is not None:
            self.language.choose(details.language)
        self.privacy.setChecked(details.consents.privacy_notice_acknowledged)
        for channel, box in self.marketing.items():
            box.setChecked(channel in details.consents.marketing)
        self._revalidate()

    def set_correcting(self, correcting: bool) -> None:
        """Correction mode: only the e-mail can change; everything else was sent already."""
        if correcting != self._correcting:  # (each next customer's reset asks for the mode it is mostly in)
            self._correcting = correcting
            for field in self.fields():
                if field is not self.email:
                    field.edit.setReadOnly(correcting)
            for widget in (self.language, self.salutation, self.privacy, *self.marketing.values()):
                widget.setEnabled(not correcting)
            self.invitations.setEnabled(not correcting)
            self.hint.refresh()
            self.retranslate_ui()
        if correcting:
            self.privacy.setChecked(True)  # given with the invitation being corrected
            self._focus_start()
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
                field.note_left()
        self._revalidate()

    @Slot()
    def _revalidate(self) -> None:
        errors = validate_buyer_fields(self._values(), self._country)
        example = example_mobile(self._country)
        for field in self.fields():
            code = errors.get(field.name)
            field.show_error(messages.field_error(code, field.name, example) if code else None)
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
        values = self._values()
        errors = validate_buyer_fields(values, self._country)
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
        vehicle = Vehicle(
            model=values["model"].strip() or None,
            commission_number=values["commission_number"] or None,
            vin=values["vin"] or None,
        )
        salutation = self.salutation.value()
        language = self.language.value()
        self.submitted.emit(
            BuyerDetails(
                first_name=values["first_name"],
                last_name=values["last_name"],
                email=values["email"],
                language=language if isinstance(language, Language) else None,
                salutation=salutation if isinstance(salutation, Salutation) else Salutation.NONE,
                phone=clean_phone(values["phone"], self._country) if values["phone"].strip() else None,
                vehicle=vehicle if vehicle != Vehicle() else None,
                consents=Consents(
                    privacy_notice_acknowledged=True,
                    marketing=frozenset(channel for channel, box in self.marketing.items() if box.isChecked()),
                ),
            )
        )

    def retranslate_ui(self) -> None:
        self.signed_in_as.setText(self.tr("Signed in: %1").replace("%1", self._salesperson or ""))
        self.signed_in_as.setVisible(self._salesperson is not None)
        self.invitations.setText(self.tr("Invitations"))
        self.invitations.setAccessibleName(self.tr("Invitations"))
        self.invitations.setAccessibleDescription(self.tr("This showroom's invitations and how far they got"))
        self.invitations.setVisible(self._salesperson is not None)
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setAccessibleName(self.tr("Sign out"))
        self.sign_out.setAccessibleDescription(self.tr("Locks the kiosk and returns to the welcome screen"))
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
                self.tr("The customer receives an e-mail and finishes registering here at the kiosk or on their phone.")
            )
        self.customer_heading.setText(self.tr("Customer"))
        self.salutation_label.setText(self.tr("&Salutation"))
        self.salutation.set_description(self.tr("Salutation"), self.tr("How the e-mail addresses the customer"))
        names: dict[Hashable, str] = {
            Salutation.NONE: self.tr("(none)"),
            Salutation.MS: self.tr("Ms"),
            Salutation.MR: self.tr("Mr"),
        }
        self.salutation.set_labels(names)
        self.salutation.setVisible(bool(self._salutations))
        self.salutation_label.setVisible(bool(self._salutations))
        self.first_name.set_texts(self.tr("&First name"), self.tr("The customer's first name, as in the e-mail"))
        self.last_name.set_texts(self.tr("&Last name"), self.tr("The customer's last name"))
        self.email.set_texts(
            self.tr("&E-mail address"),
            self.tr("The customer's e-mail address becomes their user name and cannot be changed later."),
        )
        self.phone.set_texts(
            self.tr("&Mobile phone (optional)"),
            self.tr("Without a country code, the number is read as one from this showroom's country."),
        )
        self.phone.edit.setPlaceholderText(example_mobile(self._country))
        self.language_label.setText(self.tr("Customer's &language"))
        self.language.set_description(
            self.tr("Customer's language"), self.tr("The language of the e-mail and of the customer's screens")
        )
        self.vehicle_heading.setText(self.tr("Vehicle (optional)"))
        self.model.set_texts(self.tr("M&odel"), self.tr("Optional: the car the customer bought, e.g. Taycan 4S"))
        self.model.edit.setPlaceholderText(self.tr("e.g. Taycan 4S"))
        self.commission_number.set_texts(
            self.tr("&Commission number"), self.tr("Optional: the order's commission number")
        )
        self.vin.set_texts(self.tr("&VIN"), self.tr("The vehicle identification number: 17 letters and digits"))
        self.consents_heading.setText(self.tr("Consents"))
        self.privacy.setText(self.tr("The customer has been given the &privacy notice"))
        self.privacy.setAccessibleName(self.privacy.text().replace("&", ""))
        self.privacy.setAccessibleDescription(self.tr("Required before the invitation can be sent"))
        self.marketing_label.setText(self.tr("The customer would like news and offers by:"))
        channel_names = {
            MarketingChannel.EMAIL: self.tr("E-mail"),
            MarketingChannel.SMS: self.tr("Text message"),
            MarketingChannel.PHONE: self.tr("Phone call"),
            MarketingChannel.POST: self.tr("Post"),
        }
        for channel, box in self.marketing.items():
            box.setText(channel_names[channel])
            box.setAccessibleName(self.tr("Marketing by %1").replace("%1", channel_names[channel]))
            box.setAccessibleDescription(self.tr("Optional: only if the customer asked for it"))
        self.send.setAccessibleName(self.tr("Send invitation"))
        self.send.setAccessibleDescription(
            self.tr("Sends the customer an e-mail with a registration link and a code; Enter does the same")
        )
        self.set_busy(not self.send.isEnabled())
        self._revalidate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._holds_focus():
            self._focus_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button it is on; anywhere else in the form it sends, as the send button does.

        A text field sends by itself (``returnPressed``) and passes Enter on: not sent twice.
        """
        focused = QApplication.focusWidget()
        if is_enter(event) and (self.salutation.holds(focused) or self.language.holds(focused)):
            self.submit()  # an option is chosen by tapping it, Space or the arrows; Enter sends, as in a field
            event.accept()
            return
        if press_focused_button(self, event):
            return
        if is_enter(event) and focused is not None and self.isAncestorOf(focused):
            if not isinstance(focused, QLineEdit):
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
