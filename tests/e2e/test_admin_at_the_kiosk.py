"""The showroom's administrator at the real window: the way in, the PIN, settings that apply at once,
the connection test and enrolment against the real backend, the log export, and quitting."""

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.admin_pin import hash_admin_pin
from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings, load_settings
from kiosk.credentials import Credentials
from kiosk.languages import Language
from kiosk.outbox import Outbox
from tests.servers import BackendProcess
from tests.ui.driving import LEFT
from ui.app import set_admin_pin
from ui.application import build_app
from ui.main_window import ADMIN_TAPS, MainWindow
from ui.screens.admin import Section
from ui.theme import LARGE_TEXT, TOKENS, apply_theme, stylesheet

PIN = "482916"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'admin_pin_hash = "{hash_admin_pin(PIN)}"\n')
    return path


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    backend: BackendProcess,
    device_token: str,
    outbox: Outbox,
    config: Path,
    credentials: Credentials,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    app, translations = build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    settings = load_settings(config, backend_url=backend.url, data_dir=tmp_path / "data", kiosk_mode=False)
    window = MainWindow(
        client, outbox=outbox, settings=settings, translations=translations, config_path=config, credentials=credentials
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.first_frame, timeout=5000):  # the shortcut and the workers come after it
        window.show()
    yield window
    window.close()
    client.close()
    apply_theme(app)  # a test may have switched to large text, or the language
    translations.use(Language.EN)


def _open_admin(qtbot: QtBot, kiosk: MainWindow, pin: str = PIN) -> None:
    for _ in range(ADMIN_TAPS):
        qtbot.mouseClick(kiosk.header.wordmark, LEFT)
    assert kiosk.stack.currentWidget() is kiosk.admin
    qtbot.keyClicks(kiosk.admin.pin, pin)
    qtbot.mouseClick(kiosk.admin.open, LEFT)
    qtbot.waitUntil(
        lambda: kiosk.admin.steps.currentWidget() is not kiosk.admin.pin_step or bool(kiosk.admin.pin_problem.text()),
        timeout=5000,
    )


def test_five_taps_on_the_brand_open_the_pin_step_and_fewer_do_not(qtbot: QtBot, kiosk: MainWindow) -> None:
    for _ in range(ADMIN_TAPS - 1):
        qtbot.mouseClick(kiosk.header.wordmark, LEFT)
    assert kiosk.stack.currentWidget() is kiosk.welcome
    qtbot.mouseClick(kiosk.header.wordmark, LEFT)
    assert kiosk.stack.currentWidget() is kiosk.admin
    assert kiosk.admin.steps.currentWidget() is kiosk.admin.pin_step


def test_the_keyboard_shortcut_opens_admin_too(qtbot: QtBot, kiosk: MainWindow) -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.stack.currentWidget() is kiosk.admin


def test_a_wrong_pin_keeps_admin_shut_and_says_so(qtbot: QtBot, kiosk: MainWindow) -> None:
    _open_admin(qtbot, kiosk, "731902")
    assert kiosk.admin.steps.currentWidget() is kiosk.admin.pin_step
    assert kiosk.admin.pin_problem.text() == "That PIN is not right. Please try again."


def test_saved_kiosk_settings_apply_at_once_and_are_in_the_file(qtbot: QtBot, kiosk: MainWindow, config: Path) -> None:
    _open_admin(qtbot, kiosk)
    screen = kiosk.admin
    screen.show_section(Section.KIOSK)
    screen.default_language.setCurrentIndex(screen.default_language.findData("de"))
    screen.seconds["customer_idle_s"].setValue(45)
    screen.large_text.setChecked(True)
    qtbot.mouseClick(screen.save_button, LEFT)
    qtbot.waitUntil(lambda: load_settings(config).customer_idle_s == 45, timeout=5000)
    qtbot.waitUntil(lambda: kiosk.settings.customer_idle_s == 45, timeout=5000)
    stored = load_settings(config)
    assert (stored.default_language, stored.large_text) == (Language.DE, True)
    assert os.stat(config).st_mode & 0o777 == 0o600, "the PIN's hash is for the kiosk's user only"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == stylesheet(TOKENS.scaled(LARGE_TEXT)), "large text at once, no restart"
    qtbot.mouseClick(screen.leave_button, LEFT)
    assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.language is Language.DE, "the welcome screen now greets in the showroom's new language"


def test_the_connection_test_reaches_the_real_server_and_accepts_the_kiosk(
    qtbot: QtBot, kiosk: MainWindow, backend: BackendProcess
) -> None:
    _open_admin(qtbot, kiosk)
    qtbot.mouseClick(kiosk.admin.test_button, LEFT)
    qtbot.waitUntil(kiosk.admin.result_card.isVisible, timeout=8000)
    assert kiosk.admin.result_headline.text() == "Connected: the server answers and accepts this kiosk."


def test_enrolment_with_a_fresh_code_switches_the_running_kiosk_to_its_new_token(
    qtbot: QtBot, kiosk: MainWindow, backend: BackendProcess, credentials: Credentials, config: Path
) -> None:
    code = backend.enrolment_code()
    _open_admin(qtbot, kiosk)
    screen = kiosk.admin
    screen.show_section(Section.ENROLMENT)
    qtbot.keyClicks(screen.enrolment_code.edit, code)
    qtbot.mouseClick(screen.enrol_button, LEFT)
    qtbot.waitUntil(lambda: credentials.device_token is not None, timeout=8000)
    qtbot.waitUntil(lambda: kiosk.journey.client.device_token == credentials.device_token, timeout=5000)
    assert load_settings(config).dealer is not None
    assert kiosk.journey.client.list_salespeople().items, "the running client talks with the new token"


def test_the_log_export_writes_a_zip_on_the_kiosk(qtbot: QtBot, kiosk: MainWindow, tmp_path: Path) -> None:
    _open_admin(qtbot, kiosk)
    kiosk.admin.show_section(Section.DIAGNOSTICS)
    qtbot.mouseClick(kiosk.admin.export_button, LEFT)
    qtbot.waitUntil(lambda: any((tmp_path / "data" / "diagnostics").glob("*.zip")), timeout=8000)
    [exported] = (tmp_path / "data" / "diagnostics").glob("*.zip")
    assert "diagnostics.txt" in zipfile.ZipFile(exported).namelist()


def test_quit_needs_two_presses_and_then_closes_the_kiosk(qtbot: QtBot, kiosk: MainWindow) -> None:
    kiosk.lock_down()
    kiosk.close()
    assert kiosk.isVisible(), "kiosk mode ignores closing"
    _open_admin(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.quitting, timeout=5000):
        qtbot.mouseClick(kiosk.admin.quit_button, LEFT)
        qtbot.mouseClick(kiosk.admin.quit_button, LEFT)
    assert not kiosk.isVisible()


def test_the_first_admin_pin_is_set_from_the_command_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    typed = iter(["123456"])
    assert set_admin_pin(["--config", str(config)], ask=lambda _prompt: next(typed)) == 2, "too easy a PIN"
    assert not config.exists()
    typed = iter(["482916", "482961"])
    assert set_admin_pin(["--config", str(config)], ask=lambda _prompt: next(typed)) == 2, "the two differ"
    typed = iter(["482916", "482916"])
    assert set_admin_pin(["--config", str(config)], ask=lambda _prompt: next(typed)) == 0
    stored = load_settings(config)
    assert stored.admin_pin_hash is not None and "482916" not in config.read_text()
    assert KioskSettings().admin_pin_hash is None
