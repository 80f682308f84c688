"""Staff sign-in at the kiosk: the PIN is checked here, so it works with the network down."""

from collections.abc import Iterator

import httpx
import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.staff import StaffRoster
from kiosk.startup import kept_roster
from kiosk.wire import SalespersonInfo, SalespersonList
from tests.servers import free_port
from tests.ui.driving import LEFT, open_sign_in, sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow

_HASHER = PasswordHasher()
PEOPLE = [
    SalespersonInfo(id=7, name="Erik Lind", pin_hash=_HASHER.hash("2468")),
    SalespersonInfo(id=9, name="Anna Berg", pin_hash=_HASHER.hash("13579")),
]


@pytest.fixture
def window(qtbot: QtBot, translations: Translations, outbox: Outbox) -> Iterator[MainWindow]:
    """A kiosk whose backend is down, with the staff list it synced earlier."""
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token", timeout=httpx.Timeout(1.0))
    kiosk = MainWindow(client, outbox=outbox, roster=StaffRoster(PEOPLE))
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    open_sign_in(qtbot, kiosk)
    yield kiosk
    kiosk.close()
    client.close()


def _name(window: MainWindow, name: str) -> QAbstractButton:
    return next(button for button in window.sign_in.names.buttons() if button.text() == name)


def _try_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    screen = window.sign_in
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.confirm.text() != "Checking…" and not screen.pin.text(), timeout=5000)


def test_the_staff_entry_opens_sign_in_with_the_staff_by_name(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.sign_in
    assert [button.text() for button in window.sign_in.names.buttons()] == ["Anna Berg", "Erik Lind"]
    assert not window.sign_in.confirm.isEnabled(), "nothing to check before a name and 4 digits"


def test_a_salesperson_signs_in_offline_with_the_pad_and_signs_out_again(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    assert window.salesperson_id == 7
    assert window.form.signed_in_as.text() == "Signed in: Erik Lind"
    qtbot.keyClicks(window.form.first_name.edit, "Åsa")
    qtbot.mouseClick(window.form.sign_out, LEFT)
    assert window.stack.currentWidget() is window.welcome
    assert window.salesperson_id is None
    assert window.form.first_name.edit.text() == "", "the next salesperson does not see this customer"
    assert not window.form.first_name.edit.isUndoAvailable(), "a new form, not an emptied one"
    open_sign_in(qtbot, window)
    assert window.sign_in.chosen is None and window.sign_in.pin.text() == ""


def test_a_wrong_pin_is_explained_and_five_lock_that_salesperson(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sign_in
    qtbot.mouseClick(_name(window, "Anna Berg"), LEFT)
    _try_pin(qtbot, window, "1111")
    assert screen.problem.isVisible()
    assert screen.problem.text() == "That PIN is not right. Please try again."
    for _ in range(3):
        _try_pin(qtbot, window, "1111")
    assert screen.problem.text() == "That PIN is not right. One more wrong PIN locks sign-in for a few minutes."
    _try_pin(qtbot, window, "1111")
    assert screen.problem.text() == "Too many wrong PINs. Sign-in is locked for 5 min."
    _try_pin(qtbot, window, "13579")
    assert window.stack.currentWidget() is window.sign_in, "locked: even the right PIN waits"
    assert window.salesperson_id is None
    sign_in(qtbot, window, "Erik Lind", "2468")  # only Anna is locked
    assert window.salesperson_id == 7


def test_sign_in_works_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.sign_in
    erik = _name(window, "Erik Lind")
    erik.setFocus()
    qtbot.keyClick(erik, Qt.Key.Key_Space)
    assert screen.chosen == 7
    assert screen.pin.hasFocus(), "choosing a name moves on to the PIN"
    qtbot.keyClicks(screen.pin, "2468")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=5000)


def test_a_new_colleague_arriving_while_the_screen_is_open_leaves_the_keyboard_on_the_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.sign_in
    qtbot.waitUntil(_name(window, "Anna Berg").isVisible)
    _name(window, "Anna Berg").setFocus()
    assert QApplication.focusWidget() is _name(window, "Anna Berg")
    newcomer = SalespersonInfo(id=11, name="Bo Ek", pin_hash=_HASHER.hash("9753"))
    screen.show_people(sorted([*PEOPLE, newcomer], key=lambda person: person.name))  # the fresh list comes in
    anna = _name(window, "Anna Berg")
    assert QApplication.focusWidget() is anna, "the keyboard stays on the name it was on"
    qtbot.keyClick(anna, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is _name(window, "Bo Ek"), "the arrow keys go down the new list"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is _name(window, "Erik Lind")


def test_the_sign_in_screen_speaks_the_kiosks_language(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    assert translations.use(Language.SV)
    qtbot.waitUntil(lambda: window.sign_in.title.text() == "Inloggning för personal")
    qtbot.mouseClick(_name(window, "Erik Lind"), LEFT)
    _try_pin(qtbot, window, "1111")
    assert window.sign_in.problem.text() == "Fel PIN-kod. Försök igen."


def test_without_any_staff_list_the_screen_says_why_and_offers_to_try_again(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token", timeout=httpx.Timeout(1.0))
    window = MainWindow(client, outbox=outbox)  # never synced, backend down
    qtbot.addWidget(window)
    window.show()
    open_sign_in(qtbot, window)
    qtbot.waitUntil(window.sign_in.reload.isVisible, timeout=5000)
    assert window.sign_in.status.text() == ("The staff list could not be loaded: the kiosk cannot reach the server.")
    assert window.sign_in.names.buttons() == []
    window.close()
    client.close()


def test_a_kiosk_restarted_offline_signs_in_from_the_staff_list_it_kept(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    outbox.save_staff(SalespersonList(items=PEOPLE))  # kept when the backend last answered
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token", timeout=httpx.Timeout(1.0))
    window = MainWindow(client, outbox=outbox, roster=kept_roster(outbox))  # as the app starts; backend down
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.sign_in.names.buttons()) == 2, timeout=5000)
    sign_in(qtbot, window, "Anna Berg", "13579")
    assert window.salesperson_id == 9
    window.close()
    client.close()
