"""What the kiosk-UI benchmarks share inside their child process: a window, a driver, counts, mail codes.

Imported only by :mod:`bench.ui_child` (it needs a QApplication); the parent side is :mod:`bench.ui`.
The driver acts as tests/ui/driving.py does (clicks and key presses on the window's own widgets),
without pytest: each action is one synthetic input event handled on the GUI thread, and waiting
runs the event loop, so timers (the heartbeat among them) run while the benchmark waits.
"""

import contextlib
import ctypes
import email
import email.policy
import gc
import os
import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.sealing import Sealer
from kiosk.staff import StaffRoster
from kiosk.startup import kept_roster
from ui.app import favour_the_gui_thread, freeze_start_up_objects
from ui.application import build_app
from ui.i18n import Translations
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def rss_bytes() -> int:
    """This process's resident set now (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


@dataclass
class Kiosk:
    """A MainWindow as ``ui.app.main`` builds it, with what it needs kept alive beside it."""

    window: MainWindow
    client: ApiClient
    outbox: Outbox
    translations: Translations

    def close(self) -> None:
        self.window.allow_close()
        self.window.close()
        self.client.close()
        self.outbox.close()


def open_outbox(folder: Path, key: bytes) -> Outbox:
    return Outbox(folder / "outbox.sqlite3", Sealer(key))


def build_kiosk(backend_url: str, token: str, folder: Path, key: bytes, *, roster: StaffRoster | None = None) -> Kiosk:
    """The window as ``ui.app.main`` makes it (windowed, 1280×800), shown on the welcome screen."""
    outbox = open_outbox(folder, key)
    client = ApiClient(backend_url, token)
    _app, translations = build_app(Language.EN)
    settings = KioskSettings(
        backend_url=backend_url,
        dealer_country="SE",
        default_language=Language.EN,
        kiosk_mode=False,
        data_dir=folder,
    )
    window = MainWindow(
        client,
        outbox=outbox,
        roster=roster if roster is not None else kept_roster(outbox),
        settings=settings,
        translations=translations,
    )
    favour_the_gui_thread()
    window.started.connect(freeze_start_up_objects)
    window.resize(1280, 800)
    window.show()
    return Kiosk(window, client, outbox, translations)


class Driver:
    """Clicks, key presses and waits on the GUI thread; ``pause_ms`` of event loop after each action."""

    def __init__(self, pause_ms: int = 0, key_ms: int = 0) -> None:
        #: After each click: a person takes at least this long before the next one.
        self.pause_ms = pause_ms
        #: Between key presses when typing (0: a whole string in one go, as qtbot.keyClicks does).
        self.key_ms = key_ms
        # One loop and one timer for every wait: a QTimer.singleShot per wait left ~50 bytes behind
        # in PySide each time (thousands per customer, as `until` polls), which the census counted
        # as the kiosk's growth.
        self._loop = QEventLoop()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._loop.quit)

    def wait(self, ms: int) -> None:
        """Run the event loop for ``ms``: a real one, blocking in the OS until something is due.

        (Not ``QTest.qWait``: it sleeps up to 10 ms at a time between turns of the loop, which a
        1 ms heartbeat would count as stalls of the kiosk's.)
        """
        self._timer.start(max(0, ms))
        self._loop.exec()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def until(self, ready: Callable[[], bool], timeout_s: float, what: str) -> None:
        """Run the event loop until ``ready()`` (looked at every 2 ms), or raise TimeoutError."""
        deadline = time.monotonic() + timeout_s
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
            self.wait(2)

    def until_or_timeout(self, ready: Callable[[], bool], timeout_s: float) -> bool:
        """Like :meth:`until`, but only says whether it happened in time."""
        try:
            self.until(ready, timeout_s, "")
        except TimeoutError:
            return False
        return True

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, LEFT)
        self._pause()

    def type(self, widget: QWidget, text: str) -> None:
        if self.key_ms <= 0:
            QTest.keyClicks(widget, text)
        else:
            for char in text:
                QTest.keyClicks(widget, char)
                self.wait(self.key_ms)
        self._pause()

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)
        self._pause()

    def _pause(self) -> None:
        if self.pause_ms > 0:
            self.wait(self.pause_ms)


def screen_name(window: MainWindow) -> str:
    current = window.stack.currentWidget()
    return type(current).__name__ if current is not None else "none"


def sign_in(driver: Driver, window: MainWindow, name: str, pin: str, timeout_s: float = 15) -> None:
    """From wherever: the staff entry on the welcome screen, the name, the PIN on the pad, sign in."""
    if window.stack.currentWidget() is window.welcome:
        driver.click(window.welcome.staff)
    driver.until(lambda: window.stack.currentWidget() is window.sign_in, timeout_s, "the sign-in screen")
    screen = window.sign_in
    driver.until(lambda: name in [b.text() for b in screen.names.buttons()], timeout_s, f"{name} in the staff list")
    button = next(b for b in screen.names.buttons() if b.text() == name)
    if not button.isChecked():
        driver.click(button)
    for digit in pin:
        driver.click(screen.digits[int(digit)])
    driver.click(screen.confirm)
    driver.until(lambda: window.stack.currentWidget() is window.form, timeout_s, "the buyer form after sign-in")


def fill_form(
    driver: Driver, window: MainWindow, first: str, last: str, address: str, language: int | None = None
) -> None:
    """Names, address, privacy notice given; ``language``: which option of the customer's language row."""
    form = window.form
    driver.type(form.first_name.edit, first)
    driver.type(form.last_name.edit, last)
    driver.type(form.email.edit, address)
    if language is not None:
        options = form.language.buttons()
        driver.click(options[language % len(options)])  # a tap, as the salesperson does
    if not form.privacy.isChecked():
        driver.click(form.privacy)


def settle() -> None:
    """Let deferred deletions happen and the collector run, so counts show what is really alive.

    The standard library's bounded caches are emptied first: reading the test mails (``email``
    compiles a pattern per multipart boundary) fills ``re``'s cache in this process, which is the
    benchmark's doing, not the kiosk's, and a bounded cache is no leak anyway. So is Qt's pixmap
    cache, where the style keeps what it drew (up to 10 MiB): emptied, the heap in use grows ~1/3
    less per customer (measured with mallinfo2 over 200 customers).
    """
    re.purge()
    urllib.parse.clear_cache()  # type: ignore[attr-defined]  # not in the stubs
    QPixmapCache.clear()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


@dataclass(frozen=True)
class Census:
    """What is alive in the kiosk process at one moment (after :func:`settle`)."""

    rss: int
    #: QApplication.allWidgets(): every widget that exists on the C++ side, whoever owns it.
    widgets: int
    #: Every QObject in the object trees: the application's descendants, plus each top-level widget and
    #: its descendants (parentless non-widget QObjects outside these trees are not seen here).
    qobjects: int
    #: Python wrappers of C++ objects that shiboken6 knows to be alive (getAllValidWrappers).
    wrappers: int
    #: Objects the Python garbage collector tracks (a leak of Python-side state shows here).
    python_objects: int


def _trim_heap() -> None:
    """Give the heap's free pages back to the system (glibc), so resident memory counts what is alive.

    Without it, memory freed by a wipe stays resident until the allocator happens to reuse it, and
    the census would read the allocator's caching as growth (measured: ~2 MiB of 150 at a census).
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the figure includes the allocator's cache
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _tree_size(root: QObject) -> int:
    """``root`` and every QObject under it, walked by ``children()``.

    Not ``findChildren``: PySide6 makes each object it finds a Python child of the object searched
    from, here the application, which outlives them all; the wrappers stay after the objects are
    destroyed. Counted that way, every census left the wrappers of the screens' scroll bars and
    viewports behind for good (~20 Python objects per census: the growth the census reported as
    the kiosk's).
    """
    return 1 + sum(_tree_size(child) for child in root.children())


def census() -> Census:
    settle()
    wrappers = len(shiboken6.getAllValidWrappers())  # first: the walks below make wrappers of their own
    python_objects = len(gc.get_objects())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    qobjects = _tree_size(app)
    for top in app.topLevelWidgets():
        qobjects += _tree_size(top)
    widgets = len(app.allWidgets())
    gc.collect()
    _trim_heap()
    return Census(rss_bytes(), widgets, qobjects, wrappers, python_objects)


class MailCodes:
    """The 6-digit codes from the invitation mails the mail sink writes as ``.eml`` files to a folder.

    Files are read once and deleted; the codes are kept only until taken, so 1,000 customers leave
    nothing behind in the kiosk process that would look like the kiosk's own growth.
    """

    _CODE = re.compile(r"^\s+(\d{3}) (\d{3})\s*$", re.M)

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._codes: dict[str, str] = {}

    def _read(self) -> None:
        for path in sorted(self._folder.glob("*.eml")):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            body = message.get_body(("plain",)) if isinstance(message, email.message.EmailMessage) else None
            found = self._CODE.search(body.get_content()) if body is not None else None
            if found:
                self._codes[str(message["To"])] = found.group(1) + found.group(2)
                path.unlink()
            elif time.time() - path.stat().st_mtime > 2:  # not an invitation (a welcome mail), or never whole
                path.unlink()

    def take(self, driver: Driver, address: str, timeout_s: float = 15) -> str:
        def arrived() -> bool:
            self._read()
            return address in self._codes

        driver.until(arrived, timeout_s, f"the invitation mail to {address}")
        return self._codes.pop(address)
