import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from kiosk.buyer import BuyerDetails, Consents, Salutation
from kiosk.languages import Language
from ui.i18n import Translations
from ui.screens.buyer_form import BuyerFormScreen


@pytest.fixture
def form(qtbot: QtBot, translations: Translations) -> BuyerFormScreen:
    screen = BuyerFormScreen(Language.SV)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    return screen


def _fill(qtbot: QtBot, form: BuyerFormScreen, first: str, last: str, email: str) -> None:
    for field, text in ((form.first_name, first), (form.last_name, last), (form.email, email)):
        field.edit.clear()
        qtbot.keyClicks(field.edit, text)


def test_valid_details_are_submitted_with_enter(qtbot: QtBot, form: BuyerFormScreen) -> None:
    _fill(qtbot, form, "Åsa", "van der Berg", "asa@example.se")
    form.privacy.setChecked(True)
    with qtbot.waitSignal(form.submitted) as sent:
        qtbot.keyClick(form.email.edit, Qt.Key.Key_Return)
    assert sent.args == [
        BuyerDetails(
            first_name="Åsa",
            last_name="van der Berg",
            email="asa@example.se",
            language="sv",
            consents=Consents(privacy_notice_acknowledged=True),
        )
    ]


def test_nothing_is_sent_before_the_privacy_notice_is_given(qtbot: QtBot, form: BuyerFormScreen) -> None:
    _fill(qtbot, form, "Åsa", "Öberg", "asa@example.se")
    with qtbot.assertNotEmitted(form.submitted):
        form.send.click()
    assert form.privacy_error.isVisible()
    assert form.privacy_error.text() == "Please give the customer the privacy notice, then tick this box."
    assert form.focusWidget() is form.privacy
    form.privacy.setChecked(True)
    assert not form.privacy_error.isVisible()
    with qtbot.waitSignal(form.submitted):
        form.send.click()


@pytest.mark.parametrize(
    ("first", "last", "email", "field", "message"),
    [
        ("", "Öberg", "asa@example.se", "first_name", "Please enter the first name."),
        ("Åsa", "", "asa@example.se", "last_name", "Please enter the last name."),
        ("Åsa", "Öberg", "asa@example", "email", "This is not a valid e-mail address, e.g. name@example.com."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_sent(
    qtbot: QtBot, form: BuyerFormScreen, first: str, last: str, email: str, field: str, message: str
) -> None:
    _fill(qtbot, form, first, last, email)
    form.privacy.setChecked(True)
    with qtbot.assertNotEmitted(form.submitted):
        form.send.click()
    errors = {f.name: f.error.text() for f in form.fields() if f.error.isVisible()}
    assert errors == {field: message}
    assert form.focusWidget() is getattr(form, field).edit, "focus goes to the field to fix"


def test_errors_wait_until_a_field_is_left(qtbot: QtBot, form: BuyerFormScreen) -> None:
    form.email.edit.setFocus()
    qtbot.keyClicks(form.email.edit, "asa@")
    assert not form.email.error.isVisible()
    qtbot.keyClick(form.email.edit, Qt.Key.Key_Tab)
    assert form.email.error.isVisible()
    qtbot.keyClicks(form.email.edit, "example.se")
    assert not form.email.error.isVisible(), "the error clears as soon as the address is right"


def test_the_form_speaks_swedish_when_the_kiosk_does(
    qtbot: QtBot, form: BuyerFormScreen, translations: Translations
) -> None:
    form.send.click()
    assert translations.use(Language.SV)
    # Qt posts LanguageChange; the screen re-translates in place, errors included.
    qtbot.waitUntil(lambda: form.send.text() == "Skicka inbjudan")
    assert form.first_name.error.text() == "Ange förnamnet."
    translations.use(Language.EN)
    qtbot.waitUntil(lambda: form.send.text() == "Send invitation")
    assert form.first_name.error.text() == "Please enter the first name."


def test_the_next_customers_form_holds_nothing_of_the_last_one_not_even_for_undo(
    qtbot: QtBot, form: BuyerFormScreen
) -> None:
    _fill(qtbot, form, "Åsa", "Öberg", "asa@example.se")
    form.reset()
    for field in form.fields():
        qtbot.keyClick(field.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert field.edit.text() == ""


def test_for_the_next_customer_a_field_passed_by_is_not_scolded_one_typed_in_is(
    qtbot: QtBot, form: BuyerFormScreen
) -> None:
    _fill(qtbot, form, "Åsa", "Öberg", "asa@example.se")
    form.reset()  # the keyboard starts in the first name
    qtbot.mouseClick(form.email.edit, Qt.MouseButton.LeftButton)
    assert not form.first_name.error.isVisible(), "passed by, not touched"
    qtbot.keyClicks(form.email.edit, "asa@")
    qtbot.keyClick(form.email.edit, Qt.Key.Key_Tab)
    assert form.email.error.isVisible(), "typed in and left"


def test_salutation_and_language_are_one_tap_each_and_go_with_the_invitation(
    qtbot: QtBot, translations: Translations
) -> None:
    form = BuyerFormScreen(Language.SV, country="DE")  # a market with salutations
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    assert [b.text() for b in form.salutation.buttons()] == ["(none)", "Ms", "Mr"]
    assert [b.text() for b in form.language.buttons()] == ["Svenska", "Nederlands", "Deutsch", "English"]
    assert form.language.value() is Language.SV, "the showroom's language until the salesperson says otherwise"
    qtbot.mouseClick(form.salutation.buttons()[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.language.buttons()[2], Qt.MouseButton.LeftButton)
    assert form.language.buttons()[2].isChecked() and not form.language.buttons()[0].isChecked()
    _fill(qtbot, form, "Åsa", "Öberg", "asa@example.se")
    form.privacy.setChecked(True)
    form.language.buttons()[2].setFocus()
    with qtbot.waitSignal(form.submitted) as sent:
        qtbot.keyClick(form.language.buttons()[2], Qt.Key.Key_Return)  # Enter on an option sends, as in a field
    details = sent.args[0]
    assert (details.salutation, details.language) == (Salutation.MS, Language.DE)
    assert form.language.value() is Language.DE, "Enter chose nothing else"

    form.reset()
    assert (form.salutation.value(), form.language.value()) == (Salutation.NONE, Language.SV)


def test_while_correcting_an_e_mail_the_choices_show_but_cannot_change(qtbot: QtBot, form: BuyerFormScreen) -> None:
    form.fill(
        BuyerDetails(
            first_name="Åsa",
            last_name="Öberg",
            email="asa@gmial.com",
            language=Language.NL,
            consents=Consents(privacy_notice_acknowledged=True),
        )
    )
    form.set_correcting(True)
    assert form.language.value() is Language.NL
    qtbot.mouseClick(form.language.buttons()[0], Qt.MouseButton.LeftButton)
    assert form.language.value() is Language.NL
    assert not any(button.isEnabled() for button in form.language.buttons())
