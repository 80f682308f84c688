"""The kiosk draws its welcome screen first and loads its core after that frame, without a visitor noticing."""

import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from kiosk.api_client import ApiClient
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


def test_staff_tapped_before_the_core_is_loaded_waits_for_it_and_signs_in(
    qtbot: QtBot, translations: Translations, outbox: Outbox, gate: threading.Event
) -> None:
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    window.load_core(lambda: gate.wait(10) and _core(outbox), lambda error: None)
    with qtbot.waitSignal(window.first_frame, timeout=5000):
        window.show()
    threading.Timer(0.3, gate.set).start()  # the core arrives while the tap waits for it
    qtbot.mouseClick(window.welcome.staff, LEFT)
    assert window.stack.currentWidget() is window.sign_in, "the tap is not lost"
    assert [button.text() for button in window.sign_in.names.buttons()] == ["Erik Lind"]


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
