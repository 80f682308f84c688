"""``kiosk``: start the showroom kiosk window; ``kiosk enroll --code``: enrol it once.

``--self-test`` checks that the (frozen) app can start. The device token and the local store's
key live in the OS keyring (:mod:`kiosk.credentials`); without a secure one the kiosk refuses.
"""

import argparse
import gc
import getpass
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

# Only what the welcome screen's first frame needs is imported here: the kiosk's core (keyring,
# pydantic, httpx, cryptography) is loaded on a worker after that frame (kiosk.startup), and the
# other commands import what they use.
from kiosk.config import KioskSettings, default_config_file, load_settings, remember
from kiosk.languages import CODES, Language
from kiosk.logs import FORMAT, MaskingFormatter, log_to_files
from ui import STARTED_AT
from ui.application import build_app
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from kiosk.startup import Core

log = logging.getLogger("ui")
#: What the log says of a start (``make bench`` reads them, too): the welcome screen in use, then the core.
FIRST_FRAME_LOG = "first frame drawn %.0f ms after start"
STARTED_LOG = "core loaded and workers begun %.0f ms after start"


def _log_since_start(message: str) -> Callable[[], None]:
    return lambda: log.info(message, (time.perf_counter() - STARTED_AT) * 1000)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """Flags override the configuration file and the environment; those not given override nothing."""
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__)
    parser.add_argument("--config", type=Path, help=f"settings file (default: {default_config_file()})")
    parser.add_argument("--backend", help="the onboarding API's address")
    parser.add_argument("--enrol-code", help="enrol first, as `kiosk enroll --code` does, then start")
    parser.add_argument("--lang", choices=[language.value for language in Language], help="UI language")
    parser.add_argument("--brand", help="the name of the customer account")
    parser.add_argument("--data-dir", type=Path, help="where the kiosk keeps what it has not sent yet, and its logs")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of kiosk mode")
    parser.add_argument("--touch", action="store_true", help="show an on-screen keyboard (touch-only terminals)")
    parser.add_argument("--self-test", action="store_true", help="build the window offscreen, draw a QR code, exit")
    return parser.parse_args(argv)


def _settings(config: Path | None, **flags: Any) -> KioskSettings | None:
    try:
        return load_settings(config, **flags)
    except (ValueError, OSError) as error:  # SettingsError, a file that is not TOML, or unreadable
        print(f"The kiosk's settings cannot be used: {error}")
        return None


def _qt_messages_to_logging(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _ui_language(choice: str | None) -> Language:
    if choice:
        return Language(choice)
    system = QLocale.system().name().split("_")[0]
    return Language(system) if system in CODES else Language.EN


def self_test() -> int:
    """Offscreen: build the main window, draw a QR code, check the Swedish translation loads."""
    from argon2 import PasswordHasher

    from kiosk.api_client import ApiClient
    from kiosk.credentials import Credentials, MemoryKeyring
    from kiosk.outbox import Outbox
    from kiosk.password_policy import check_password
    from kiosk.sealing import Sealer
    from kiosk.staff import SignIn, StaffRoster
    from kiosk.startup import Core
    from kiosk.wire import SalespersonInfo

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, translations = build_app(Language.EN)
    problems = []
    if not translations.use(Language.SV):
        problems.append("Swedish translation missing")
    elif QCoreApplication.translate("BuyerFormScreen", "Send invitation") == "Send invitation":
        problems.append("Swedish translation loaded but does not translate")
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-self-test-")
    outbox = Outbox(Path(scratch.name) / "outbox.sqlite3", Sealer(os.urandom(32)))
    # As a kiosk starts: the welcome screen first, the core (from kiosk.startup, loaded after the first
    # frame: it must be in the build too) attached after it. Never reached: nothing is sent in a self-test.
    window = MainWindow()
    window.load_core(lambda: Core(ApiClient("http://127.0.0.1:9"), outbox), lambda error: problems.append(repr(error)))
    window.resize(1280, 800)
    window.show()
    window.handoff.set_qr_link("https://kiosk.invalid/r/self-test")
    app.processEvents()
    image = window.handoff.qr.grab().toImage()
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).value() < 128
    )
    if dark == 0:
        problems.append("QR code drew nothing")
    if window.windowIcon().isNull():
        problems.append("window icon missing")
    if not app.styleSheet():
        problems.append("theme missing")
    if check_password("Password1!").ok:
        problems.append("common-password list missing")
    # Staff sign-in checks PINs on the kiosk itself: argon2 must be in the build.
    staff = StaffRoster([SalespersonInfo(id=1, name="Self Test", pin_hash=PasswordHasher().hash("2468"))])
    if staff.check_pin(1, "2468").outcome is not SignIn.SIGNED_IN:
        problems.append("PIN check does not work")
    # The local store seals with AES-GCM, its key from the keyring: both must be in the build.
    sealer = Sealer(Credentials(MemoryKeyring()).store_key())
    if sealer.open_text(sealer.seal_text("Åsa", "self-test"), "self-test") != "Åsa":
        problems.append("sealing does not work")
    window.close()
    outbox.close()
    scratch.cleanup()
    elapsed = (time.perf_counter() - STARTED_AT) * 1000
    if problems:
        print("self-test FAILED: " + "; ".join(problems))
        return 1
    print(
        f"self-test ok: window built, QR drawn ({dark} dark samples), Swedish loaded, PIN checked, sealed,"
        f" {elapsed:.0f} ms"
    )
    return 0


#: How long another Python thread may hold the interpreter while the GUI thread waits for it (Python's
#: default is 5 ms). The GUI thread needs it for every event and signal that reaches Python, so with
#: the sync worker's threads busy it waited that long several times in one turn of its event loop: the
#: stalls ``make bench`` found while a backlog was sent.
SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    """Let the GUI thread have the interpreter within a millisecond whenever it asks for it."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_start_up_objects() -> None:
    """Keep what the start made (modules, classes, Qt wrappers, the window) out of Python's collections.

    A full collection walks every object alive, on whichever thread triggers it, holding the
    interpreter throughout: with the start's objects in it, one on the sync worker stopped the GUI
    thread for 70 to 130 ms (measured by ``make bench`` while 5,000 entries were sent). Frozen, they
    are never walked; what is made later is collected as before. Called once the core is loaded and
    the journey begun (:attr:`MainWindow.started`).
    """
    gc.freeze()


def recover_with(window: MainWindow) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook: an unexpected error must not close a showroom terminal; log it, start over cleanly."""

    def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            window.wipe()
        except Exception:  # the wipe itself failed: nothing safe is left to show, so stop
            log.critical("could not recover; quitting", exc_info=True)
            window.allow_close()
            QApplication.exit(3)

    return on_exception


def _parse_enroll(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk enroll", description="Enrol this kiosk with the onboarding API, once.")
    parser.add_argument("--code", required=True, help="one-time code from `kiosk-backend enrolment-code`")
    parser.add_argument("--backend", help="the onboarding API's address (remembered in the settings file)")
    parser.add_argument("--config", type=Path, help=f"settings file (default: {default_config_file()})")
    return parser.parse_args(argv)


def enroll(backend: str, code: str, config: Path | None) -> int:
    """``kiosk enroll``: exchange the one-time code for this kiosk's device token (kept in the keyring only).

    The backend's address and the dealer's name go into the settings file, so the kiosk starts
    with no flags from then on.
    """
    from kiosk.credentials import Credentials, InsecureKeyring
    from kiosk.enrolment import EnrolmentFailed, enrol

    try:
        result = enrol(backend, code, Credentials.from_system(), config)
    except (InsecureKeyring, EnrolmentFailed) as failure:
        print(failure)
        return 2
    dealer = result.dealer
    print(f"Enrolled at {dealer.name} ({dealer.country}). The device token is in the keyring.")
    return 0


def set_admin_pin(argv: list[str], ask: Callable[[str], str] = getpass.getpass) -> int:
    """``kiosk admin-pin``: set the PIN of the admin screen (typed twice, never echoed, kept as its hash).

    The first PIN has to come from here, at the terminal, by whoever installs the kiosk: the admin
    screen cannot be opened before there is one. Later the admin screen can change it.
    """
    parser = argparse.ArgumentParser(prog="kiosk admin-pin", description=set_admin_pin.__doc__)
    parser.add_argument("--config", type=Path, help=f"settings file (default: {default_config_file()})")
    args = parser.parse_args(argv)
    from kiosk.admin_pin import PIN_LENGTH, WeakAdminPin, hash_admin_pin

    pin = ask(f"New admin PIN ({PIN_LENGTH[0]} to {PIN_LENGTH[1]} digits): ")
    try:
        stored = hash_admin_pin(pin)
    except WeakAdminPin as weak:
        print(f"Not set: {weak}")
        return 2
    if ask("The same PIN again: ") != pin:
        print("Not set: the two PINs differ.")
        return 2
    try:
        remember(args.config, admin_pin_hash=stored)
    except (OSError, ValueError) as error:
        print(f"Not set: the settings file cannot be written ({error}).")
        return 2
    print("Admin PIN set. Open the admin screen with five taps on the brand name, or Ctrl+Shift+A.")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(MaskingFormatter(FORMAT))  # the terminal gets the same masking as the files
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise in a kiosk log
    qInstallMessageHandler(_qt_messages_to_logging)
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["admin-pin"]:
        return set_admin_pin(argv[1:])
    if argv[:1] == ["enroll"]:
        enrolment = _parse_enroll(argv[1:])
        settings = _settings(enrolment.config, backend_url=enrolment.backend)
        if settings is None:
            return 2
        return enroll(settings.backend_url, enrolment.code, enrolment.config)
    args = _parse(argv)
    if args.self_test:
        return self_test()

    settings = _settings(
        args.config,
        backend_url=args.backend,
        default_language=args.lang,
        brand=args.brand,
        data_dir=args.data_dir,
        kiosk_mode=False if args.windowed else None,
        on_screen_keyboard=True if args.touch else None,
    )
    if settings is None:
        return 2
    log_to_files(settings.data_dir / "logs")
    language = settings.default_language or _ui_language(None)
    app, translations = build_app(language, large_text=settings.large_text)
    favour_the_gui_thread()
    window = MainWindow(settings=settings.replace(default_language=language), translations=translations)
    window.quitting.connect(app.quit)
    window.first_frame.connect(_log_since_start(FIRST_FRAME_LOG))
    window.started.connect(_log_since_start(STARTED_LOG))
    window.started.connect(freeze_start_up_objects)

    def open_core() -> "Core":  # on a worker, after the welcome screen's first frame
        from kiosk.startup import open_core

        return open_core(settings, config_path=args.config, enrol_code=args.enrol_code)

    def cannot_start(error: Exception) -> None:
        print(error)  # for whoever installs the kiosk: what is wrong and how to fix it
        window.allow_close()
        window.close()
        app.exit(2)

    window.load_core(open_core, cannot_start)
    sys.excepthook = recover_with(window)
    if settings.kiosk_mode:
        window.lock_down()
    else:
        window.resize(1280, 800)
        window.show()
    return app.exec()
