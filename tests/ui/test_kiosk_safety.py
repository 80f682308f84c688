"""Kiosk mode, the welcome screen and its pages, switching language in place, and recovering from errors."""

import logging
from collections.abc import Iterator

import httpx
import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.staff import StaffRoster
from kiosk.wire import SalespersonInfo
from tests.factories import quick_idle
from tests.servers import free_port
from tests.ui.driving import LEFT, press_as_the_keyboard_does, sign_in, tap_as_the_screen_does
from ui.app import recover_with
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.buyer_form import BuyerFormScreen
from ui.screens.self_registration import SelfRegistrationScreen

ROSTER = [SalespersonInfo(id=7, name="Erik Lind", pin_hash=PasswordHasher().hash("2468"))]


@pytest.fixture
def window(qtbot: QtBot, translations: Translations, outbox: Outbox) -> Iterator[MainWindow]:
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token", timeout=httpx.Timeout(1.0))
    settings = quick_idle(KioskSettings(default_language=Language.EN), customer_idle_s=1)
    kiosk = MainWindow(client, outbox=outbox, settings=settings, translations=translations, roster=StaffRoster(ROSTER))
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    yield kiosk
    kiosk.allow_close()
    kiosk.close()
    client.close()


def test_in_kiosk_mode_close_and_escape_do_nothing_until_an_administrator_quits(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.lock_down()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close(), "Alt+F4 asks the window to close: refused"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    window.allow_close()
    assert window.close()


def test_the_welcome_screen_offers_the_pages_and_the_staff_entry(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert not window.welcome.create_id.isVisible(), "this market has no self-registration"
    assert window.welcome.ask_staff.isVisible()
    qtbot.mouseClick(window.welcome.about, LEFT)
    assert window.stack.currentWidget() is window.about_page
    assert window.about_page.title.text() == "What is a Porsche ID?"
    qtbot.mouseClick(window.about_page.back, LEFT)
    qtbot.mouseClick(window.welcome.how, LEFT)
    assert window.stack.currentWidget() is window.how_page
    # A visitor who walks away from a page: back to the start, without a question (nothing personal here).
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=3000)
    qtbot.mouseClick(window.welcome.staff, LEFT)
    assert window.stack.currentWidget() is window.sign_in


def test_someone_using_a_page_keeps_it_and_nobody_there_sends_it_back_to_the_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A page left alone for its idle time (here 1 s) goes back to the welcome screen; keys and taps keep it."""
    with qtbot.waitSignal(window.first_frame, timeout=5000):
        pass  # the idle watcher listens from the first frame on
    tap_as_the_screen_does(window.welcome.how)
    assert window.stack.currentWidget() is window.how_page
    for _ in range(6):  # 2.4 s of someone reading and tabbing through, more than the idle time
        qtbot.wait(400)
        press_as_the_keyboard_does(window, Qt.Key.Key_Tab)
        assert window.stack.currentWidget() is window.how_page
    tap_as_the_screen_does(window.how_page)
    assert window.stack.currentWidget() is window.how_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=3000)


def test_language_buttons_are_in_their_own_language_and_switch_everything_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.header.languages
    assert [button.text() for button in bar.buttons.values()] == ["Svenska", "Nederlands", "Deutsch", "English"]
    qtbot.mouseClick(bar.buttons[Language.SV], LEFT)
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Välkommen", timeout=2000)
    assert window.about_page.title.text() == "Vad är ett Porsche ID?", "screens not shown are switched too"
    assert window.sign_in.title.text() == "Inloggning för personal"
    assert bar.buttons[Language.SV].isChecked()
    # A visitor leaves it in Swedish; the next one finds the showroom's own language again.
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Welcome", timeout=3000)
    assert window.language is Language.EN


def test_switching_language_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    qtbot.keyClicks(window.form.first_name.edit, "Åsa")
    qtbot.keyClicks(window.form.email.edit, "asa@gmial.com")
    window.set_language(Language.SV)
    qtbot.waitUntil(lambda: window.form.title.text() == "Bjud in en kund", timeout=2000)
    assert window.form.first_name.edit.text() == "Åsa"
    assert window.form.email.edit.text() == "asa@gmial.com"
    assert window.form.email_hint.text() == "Menade du asa@gmail.com?"


def test_an_unexpected_error_returns_to_the_welcome_screen_instead_of_closing(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    sign_in(qtbot, window, "Erik Lind", "2468")
    qtbot.keyClicks(window.form.first_name.edit, "Åsa")
    hook = recover_with(window)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="ui"):
            hook(RuntimeError, error, error.__traceback__)
    assert window.stack.currentWidget() is window.welcome
    assert window.isVisible()
    assert window.salesperson_id is None
    assert window.form.first_name.edit.text() == ""
    assert "unexpected error" in caplog.text and "a bug" in caplog.text


def _screens_in(window: MainWindow, kind: type[QWidget]) -> list[QWidget]:
    return [screen for i in range(window.stack.count()) if isinstance(screen := window.stack.widget(i), kind)]


def test_a_wipe_makes_anew_every_screen_someone_used_and_keeps_those_nobody_did(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: len(_screens_in(window, SelfRegistrationScreen)) == 1, timeout=10_000)  # made ahead
    [walk_in] = _screens_in(window, SelfRegistrationScreen)
    sign_in(qtbot, window, "Erik Lind", "2468")
    used_form = window.form
    qtbot.keyClicks(used_form.first_name.edit, "Zelmira")
    window.wipe()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(used_form), "the form someone typed in is destroyed, undo history and all"
    assert _screens_in(window, SelfRegistrationScreen) == [walk_in], "nobody used it: kept as it was made"
    qtbot.waitUntil(lambda: len(_screens_in(window, BuyerFormScreen)) == 1, timeout=10_000)  # a fresh one
    assert window.form.first_name.edit.text() == "" and not window.form.first_name.edit.isUndoAvailable()
