"""The kiosk draws its welcome screen first and loads its core after that frame, without a visitor noticing."""

import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.staff import StaffRoster
from kiosk.startup import Core, CoreUnavailable
from kiosk.wire import SalespersonInfo
from tests.servers import free_port
from tests.ui.driving import LEFT
from ui.i18n import Translations
from ui.main_window import MainWindow

ROSTER = [SalespersonInfo(id=7, name="Erik Lind", pin_hash=PasswordHasher().hash("2468"))]

#: Libraries of the kiosk's core (and what they pull in): none of them is needed for the welcome screen.
CORE_LIBRARIES = ("pydantic", "keyring", "httpx", "cryptography", "argon2", "sqlite3", "kiosk.wire", "qrcode")


def test_the_window_module_and_the_start_import_nothing_of_the_core() -> None:
    """What the first frame waits for: ``ui.app`` with the window, but none of the core's libraries."""
    probe = f"import sys, ui.app; print([m for m in {CORE_LIBRARIES!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert loaded.stdout.strip() == "[]"


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds the core's loading until the test lets it go (set at the end, so no worker waits for ever)."""
    event = threading.Event()
    yield event
    event.set()


def _core(outbox: Outbox) -> Core:
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "token")  # nothing listens: the kept list serves
    return Core(client, outbox, StaffRoster(ROSTER))


def _shown_while_loading(qtbot: QtBot, translations: Translations, outbox: Outbox, gate: threading.Event) -> MainWindow:
    """A window on its welcome screen, its first frame drawn, whose core loads once ``gate`` is set."""
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    window.load_core(lambda: gate.wait(10) and _core(outbox), lambda error: None)
    with qtbot.waitSignal(window.first_frame, timeout=5000):
        window.show()
    return window


def test_the_welcome_screen_is_up_and_answers_while_the_core_is_still_loading(
    qtbot: QtBot, translations: Translations, outbox: Outbox, gate: threading.Event
) -> None:
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    failures: list[Exception] = []
    window.load_core(lambda: gate.wait(10) and _core(outbox), failures.append)
    with qtbot.waitSignal(window.first_frame, timeout=5000):
        window.show()
    assert window.stack.currentWidget() is window.welcome
    # A visitor reads the info pages meanwhile: they need nothing of the core.
    qtbot.mouseClick(window.welcome.about, LEFT)
    assert window.stack.currentWidget() is window.about_page
    qtbot.mouseClick(window.about_page.back, LEFT)
    assert window.stack.currentWidget() is window.welcome
    assert window.salesperson_id is None
    with qtbot.waitSignal(window.started, timeout=10_000):
        gate.set()
    assert failures == []
    qtbot.mouseClick(window.welcome.staff, LEFT)
    assert window.stack.currentWidget() is window.sign_in
    assert [button.text() for button in window.sign_in.names.buttons()] == ["Erik Lind"]


def test_staff_tapped_before_the_core_is_loaded_is_served_when_it_is_and_the_screen_answers_meanwhile(
    qtbot: QtBot, translations: Translations, outbox: Outbox, gate: threading.Event
) -> None:
    window = _shown_while_loading(qtbot, translations, outbox, gate)
    qtbot.mouseClick(window.welcome.staff, LEFT)  # the core is not there yet
    # The window goes on answering: a language chosen now switches the screen at once.
    qtbot.mouseClick(window.header.languages.buttons[Language.DE], LEFT)
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Willkommen", timeout=2000)
    assert window.stack.currentWidget() is window.welcome
    gate.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=10_000)  # the tap is not lost
    assert [button.text() for button in window.sign_in.names.buttons()] == ["Erik Lind"]
    assert window.sign_in.title.text() == "Anmeldung für Mitarbeiter"


def test_a_tap_the_visitor_moved_on_from_is_not_carried_out_when_the_core_arrives(
    qtbot: QtBot, translations: Translations, outbox: Outbox, gate: threading.Event
) -> None:
    window = _shown_while_loading(qtbot, translations, outbox, gate)
    qtbot.mouseClick(window.welcome.staff, LEFT)
    qtbot.mouseClick(window.welcome.about, LEFT)  # and then reads about the ID instead
    with qtbot.waitSignal(window.started, timeout=10_000):
        gate.set()
    assert window.stack.currentWidget() is window.about_page


def test_a_core_that_cannot_be_loaded_is_reported_once_and_the_welcome_screen_stays(
    qtbot: QtBot, translations: Translations
) -> None:
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    failures: list[Exception] = []

    def not_enrolled() -> Core:
        raise CoreUnavailable("This kiosk is not enrolled.")

    window.load_core(not_enrolled, failures.append)
    window.show()
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert isinstance(failures[0], CoreUnavailable)
    assert window.stack.currentWidget() is window.welcome
