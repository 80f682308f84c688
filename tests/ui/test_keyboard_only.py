"""The whole salesperson flow and the whole customer flow with the keyboard alone, against the real backend.

Every step is a key press sent where a real keyboard sends it, to the widget that has the focus
(Tab, Shift+Tab, the arrow keys, Space, Enter, and typing): no click, and no call that skips the
keys. The helpers only look at where the focus is, as a person looks at the focus ring.
"""

import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QWidget

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.buyer import Salutation
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from tests.conftest import Db
from tests.factories import code_from_mail
from tests.servers import BackendProcess
from ui.application import build_app
from ui.main_window import MainWindow

PASSWORD = "Fjord#Lantern58"


@pytest.fixture
def window(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    _, translations = build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    settings = KioskSettings().replace(dealer_country="DE")  # a market with salutations
    kiosk = MainWindow(client, outbox=outbox, settings=settings, translations=translations)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.activateWindow()
    qtbot.waitActive(kiosk)
    yield kiosk
    kiosk.close()
    client.close()
    translations.use(Language.EN)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    assert widget.isVisible(), f"the focus is on {widget.objectName() or widget}, which is not shown"
    return widget


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.objectName() or text or type(widget).__name__


def press(qtbot: QtBot, key: Qt.Key, times: int = 1, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget, *, backwards: bool = False, limit: int = 40) -> list[str]:
    """Tab (or Shift+Tab) until ``target`` has the focus; the names of the controls passed on the way."""
    passed: list[str] = []
    for _ in range(limit):
        if focused() is target:
            return passed
        passed.append(_name(focused()))
        press(qtbot, Qt.Key.Key_Tab, shift=backwards)
    raise AssertionError(f"Tab never reached {_name(target)}; it went round {passed}")


def _sign_in(qtbot: QtBot, window: MainWindow) -> None:
    """From the welcome screen to the form: the staff entry, a name, the PIN."""
    assert window.stack.currentWidget() is window.welcome
    tab_to(qtbot, window.welcome.staff)
    press(qtbot, Qt.Key.Key_Return)
    screen = window.sign_in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    qtbot.waitUntil(lambda: DEMO_SALESPERSON in [b.text() for b in screen.names.buttons()], timeout=5000)
    # The arrow keys go down the names; Space chooses one, which moves on to the PIN.
    for _ in range(len(screen.names.buttons()) + 1):
        if focused() is screen.pin and screen.names.checkedButton() is not None:
            break
        here = focused()
        assert isinstance(here, QAbstractButton) and here in screen.names.buttons(), (
            f"the keyboard starts on a name, not on {_name(here)}"
        )
        press(qtbot, Qt.Key.Key_Space if here.text() == DEMO_SALESPERSON else Qt.Key.Key_Down)
    chosen = screen.names.checkedButton()
    assert chosen is not None and chosen.text() == DEMO_SALESPERSON
    type_text(qtbot, DEMO_PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=5000)


def _fill_and_send(qtbot: QtBot, window: MainWindow, email: str, *, send_with_enter_on_the_box: bool) -> None:
    form = window.form
    assert focused() is form.first_name.edit, "the form starts at the first name"
    tab_to(qtbot, form.salutation.buttons()[0], backwards=True)  # Shift+Tab reaches the row at its choice, "(none)"
    press(qtbot, Qt.Key.Key_Right)  # the arrow keys move the choice along the row
    assert form.salutation.value() is not Salutation.NONE and focused() in form.salutation.buttons()
    press(qtbot, Qt.Key.Key_Tab)  # and Tab leaves it: the other options are no stops of their own
    for text in ("Ingrid", "Tangen", email):
        assert focused() in (form.first_name.edit, form.last_name.edit, form.email.edit)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    passed = tab_to(qtbot, form.privacy)
    language = f"customer_language_{form.language.value()}"  # one stop: the customer's language as chosen
    assert passed == ["phone", language, "model", "commission_number", "vin"], "Tab follows the form"
    press(qtbot, Qt.Key.Key_Space)
    assert form.privacy.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # news by e-mail
    assert form.marketing[next(iter(form.marketing))].isChecked()
    if send_with_enter_on_the_box:
        press(qtbot, Qt.Key.Key_Return)  # Enter anywhere in the form sends
    else:
        assert tab_to(qtbot, form.send) == [f"marketing_{channel.value}" for channel in form.marketing]
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.handoff, timeout=8000)


def test_the_salesperson_flow_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow, db: Db) -> None:
    _sign_in(qtbot, window)
    email = f"tangen.{uuid.uuid4().hex[:8]}@example.se"
    _fill_and_send(qtbot, window, email, send_with_enter_on_the_box=True)
    stored = db.one("SELECT salutation, first_name, last_name FROM invitations WHERE email = :email", email=email)
    assert stored is not None and stored[1:] == ("Ingrid", "Tangen")
    assert stored[0] != "none", "the salutation chosen with the arrow key went with it"
    handoff = window.handoff
    assert focused() is handoff.finish_here, "the hand-off starts on its first choice"
    press(qtbot, Qt.Key.Key_Right, times=2)  # the arrow keys go along the choices
    assert focused() is handoff.later
    press(qtbot, Qt.Key.Key_Return)
    assert handoff.views.currentWidget() is handoff.later_view
    assert focused() is handoff.done
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.form, "ready for the next customer"
    assert focused() is window.form.first_name.edit
    assert [field.edit.text() for field in window.form.fields()] == [""] * len(window.form.fields())


def test_the_customer_flow_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, db: Db, mail_sink: MailSink
) -> None:
    _sign_in(qtbot, window)
    email = f"tangen.{uuid.uuid4().hex[:8]}@example.se"
    _fill_and_send(qtbot, window, email, send_with_enter_on_the_box=False)
    assert focused() is window.handoff.finish_here
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.verify, timeout=5000)
    code = code_from_mail(mail_sink, email)
    assert focused() is window.verify.code, "the code screen starts at the code"
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.finish, timeout=5000)
    finish = window.finish
    assert focused() is finish.password, "the password screen starts at the password"
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)  # on to the repetition
    assert focused() is finish.repeat
    type_text(qtbot, PASSWORD)
    tab_to(qtbot, finish.terms)
    assert isinstance(focused(), QCheckBox)
    press(qtbot, Qt.Key.Key_Space)
    assert finish.terms.isChecked()
    tab_to(qtbot, finish.create_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.registered, timeout=8000)
    assert db.one("SELECT status FROM invitations WHERE email = :email", email=email) == ("completed",)
    assert focused() is window.registered.next_customer
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.form
