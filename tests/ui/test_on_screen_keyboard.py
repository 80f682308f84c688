"""The on-screen keyboard of a touch-only terminal: every character is typed by tapping its key.

The last test is a whole visit against the real backend (the salesperson's form, then the
customer's code and password at the kiosk) with taps alone: no key event is sent by the test.
"""

import uuid
from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QLineEdit

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.password_policy import CHECKLIST_RULES
from kiosk.staff import StaffRoster
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_view
from tests.servers import BackendProcess, free_port
from tests.ui.driving import LEFT, sign_in
from tests.ui.test_sign_in import PEOPLE
from ui.application import build_app
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.widgets.on_screen_keyboard import OnScreenKeyboard, Page

TOUCH = KioskSettings(on_screen_keyboard=True)


def _show(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)


@pytest.fixture
def window(qtbot: QtBot, translations: Translations, outbox: Outbox) -> Iterator[MainWindow]:
    """A touch terminal whose backend is down, signed in from the staff list it kept."""
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token", timeout=httpx.Timeout(1.0))
    kiosk = MainWindow(client, outbox=outbox, roster=StaffRoster(PEOPLE), settings=TOUCH, translations=translations)
    _show(qtbot, kiosk)
    yield kiosk
    kiosk.close()
    client.close()
    translations.use(Language.EN)


def keyboard_of(window: MainWindow) -> OnScreenKeyboard:
    assert window.keyboard is not None, "a touch terminal has a keyboard"
    return window.keyboard


def touch(qtbot: QtBot, field: QLineEdit) -> None:
    qtbot.mouseClick(field, LEFT)
    assert QApplication.focusWidget() is field


def _turn_to_page_with(qtbot: QtBot, keyboard: OnScreenKeyboard, character: str) -> None:
    """Look for ``character`` (or its small letter) on the letters, the digits and symbols, the accents."""

    def here() -> bool:
        return character in keyboard.characters or character.lower() in keyboard.characters

    page_keys = {Page.SYMBOLS: keyboard.mode, Page.ACCENTS: keyboard.accents}
    for page in (keyboard.page, Page.LETTERS, Page.SYMBOLS, Page.ACCENTS):
        if here():
            return
        if keyboard.page is not Page.LETTERS:
            qtbot.mouseClick(page_keys[keyboard.page], LEFT)  # its key reads "ABC" there
        if page is not Page.LETTERS:
            qtbot.mouseClick(page_keys[page], LEFT)
    assert here(), f"no key for {character!r}"


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type ``text`` as a person does: find each key, turning to another page or to capitals as needed."""
    specials = {"@": keyboard.at, ".": keyboard.dot, "-": keyboard.dash, " ": keyboard.space}
    for character in text:
        assert keyboard.isVisible(), "the keyboard is there to type on"
        if character in specials:
            qtbot.mouseClick(specials[character], LEFT)
            continue
        _turn_to_page_with(qtbot, keyboard, character)
        if character not in keyboard.characters:
            qtbot.mouseClick(keyboard.shift, LEFT)
            assert keyboard.characters[character.lower()].text() == character, "shift shows the capitals"
            assert keyboard.typed_by(keyboard.characters[character.lower()]) == character
            character = character.lower()
        qtbot.mouseClick(keyboard.characters[character], LEFT)


def test_the_keyboard_comes_with_a_field_and_goes_without_one(qtbot: QtBot, window: MainWindow) -> None:
    keyboard = keyboard_of(window)
    assert not keyboard.isVisible(), "the welcome screen has nothing to type"
    sign_in(qtbot, window, "Erik Lind", "2468")
    assert not keyboard.isVisible() or QApplication.focusWidget() is window.form.first_name.edit
    touch(qtbot, window.form.first_name.edit)
    assert keyboard.isVisible()
    field_bottom = window.form.first_name.edit.mapTo(window, window.form.first_name.edit.rect().bottomLeft()).y()
    assert field_bottom < keyboard.geometry().top(), "the keys never cover the field being typed into"
    qtbot.mouseClick(window.form.privacy, LEFT)  # a check box takes no text
    assert not keyboard.isVisible()


def test_the_pin_pad_is_keyboard_enough(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome.staff, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in)
    qtbot.mouseClick(window.sign_in.names.buttons()[0], LEFT)
    assert QApplication.focusWidget() is window.sign_in.pin
    assert not keyboard_of(window).isVisible(), "the PIN has its own pad beside it"


def test_names_and_addresses_are_typed_with_the_languages_own_letters(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    keyboard = keyboard_of(window)
    window.set_language(Language.SV)
    touch(qtbot, window.form.first_name.edit)
    tap(qtbot, keyboard, "Åsa")
    touch(qtbot, window.form.last_name.edit)
    tap(qtbot, keyboard, "Öberg")
    touch(qtbot, window.form.email.edit)
    tap(qtbot, keyboard, "asa.oberg-1@example.se")
    assert [window.form.first_name.edit.text(), window.form.last_name.edit.text()] == ["Åsa", "Öberg"]
    assert window.form.email.edit.text() == "asa.oberg-1@example.se"
    assert window.form.email.error.isHidden(), "a well-formed address, typed with taps"
    window.set_language(Language.DE)  # the keys change in place; what was typed stays
    assert {"ü", "ö", "ä", "ß"} <= set(keyboard.characters) and "å" not in keyboard.characters
    assert window.form.first_name.edit.text() == "Åsa"
    touch(qtbot, window.form.last_name.edit)
    tap(qtbot, keyboard, "-Hélène")  # a French name on a German keyboard: the accents page
    assert window.form.last_name.edit.text() == "Öberg-Hélène"
    assert keyboard.page is Page.LETTERS, "after one accented letter, back to the letters"
    touch(qtbot, window.form.email.edit)
    qtbot.mouseClick(keyboard.erase, LEFT)
    assert window.form.email.edit.text() == "asa.oberg-1@example.s"


def test_a_code_field_opens_on_the_digits(qtbot: QtBot, window: MainWindow) -> None:
    window.verify.start(invitation_view())
    window.stack.setCurrentWidget(window.verify)
    touch(qtbot, window.verify.code)
    keyboard = keyboard_of(window)
    assert {"1", "0"} <= set(keyboard.characters), "the digits first, for a code"
    tap(qtbot, keyboard, "123456")
    assert window.verify.code.text().replace(" ", "") == "123456"


def test_hidden_by_its_key_it_comes_back_with_a_touch_on_the_field(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    keyboard = keyboard_of(window)
    touch(qtbot, window.form.first_name.edit)
    qtbot.mouseClick(keyboard.hide_key, LEFT)
    assert not keyboard.isVisible()
    assert QApplication.focusWidget() is window.form.first_name.edit, "the field keeps the cursor"
    touch(qtbot, window.form.first_name.edit)
    assert keyboard.isVisible()


def test_the_wipe_leaves_a_fresh_keyboard_and_the_setting_applies_at_once(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    keyboard = keyboard_of(window)
    touch(qtbot, window.form.first_name.edit)
    qtbot.mouseClick(keyboard.mode, LEFT)
    window.wipe()
    assert window.stack.currentWidget() is window.welcome
    assert not keyboard.isVisible() and "q" in keyboard.characters, "hidden, and back on the letters"
    window.use_keyboard(False)
    assert window.keyboard is None
    window.use_keyboard(True)
    assert window.keyboard is not None and not window.keyboard.isVisible()


# -- a whole visit with taps alone, against the real backend ------------------------------------------


@pytest.fixture
def real_window(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    _, translations = build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    settings = TOUCH.replace(dealer_country="SE")
    kiosk = MainWindow(client, outbox=outbox, settings=settings, translations=translations)
    _show(qtbot, kiosk)
    yield kiosk
    kiosk.close()
    client.close()
    translations.use(Language.EN)


def test_a_visit_on_a_touch_terminal_with_taps_alone(
    qtbot: QtBot, real_window: MainWindow, db: Db, mail_sink: MailSink
) -> None:
    window = real_window
    keyboard = keyboard_of(window)
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)
    form = window.form
    email = f"asa.{uuid.uuid4().hex[:8]}@example.se"
    for field, text in ((form.first_name.edit, "Åsa"), (form.last_name.edit, "Öberg"), (form.email.edit, email)):
        touch(qtbot, field)
        tap(qtbot, keyboard, text)
    qtbot.mouseClick(form.privacy, LEFT)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.handoff, timeout=8000)
    stored = db.one("SELECT first_name, last_name FROM invitations WHERE email = :email", email=email)
    assert stored == ("Åsa", "Öberg")

    qtbot.mouseClick(window.handoff.finish_here, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.verify, timeout=5000)
    touch(qtbot, window.verify.code)
    tap(qtbot, keyboard, code_from_mail(mail_sink, email))
    qtbot.mouseClick(keyboard.enter, LEFT)  # Enter on the keyboard does what Enter does
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.finish, timeout=5000)
    finish = window.finish
    password = "Fjord&Lantern#58"
    for field in (finish.password, finish.repeat):
        touch(qtbot, field)
        tap(qtbot, keyboard, password)
    assert finish.password.text() == finish.repeat.text() == password
    assert keyboard.characters["&"].text() == "&&", "shown as & (a lone & would mark a shortcut)"
    assert all(finish.checklist.is_met(rule) for rule in CHECKLIST_RULES), "capital, digit and symbol all typed"
    qtbot.mouseClick(finish.terms, LEFT)
    assert not keyboard.isVisible(), "the keys go when nothing is left to type"
    qtbot.mouseClick(finish.create_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.registered, timeout=8000)
    assert db.one("SELECT status FROM invitations WHERE email = :email", email=email) == ("completed",)
