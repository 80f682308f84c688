"""The kiosk window: welcome → staff sign-in → salesperson form → hand-off → (phone | finish here) → registered.

The window holds the screens and what every visitor meets first: the header, the welcome screen and
its two info pages, the idle watcher, kiosk mode and the language. What the kiosk *does* (staff,
invitations, QR codes, finishing, admin) is its :class:`ui.journey.Journey`, which needs the kiosk's
core (API client, outbox, sync worker). A kiosk starting up shows the welcome screen first and loads
the core on a worker after that first frame (:meth:`MainWindow.load_core`): the core's libraries
take longer to import than the whole welcome screen takes to draw. Tests hand the core in at once.

The screens that ever hold a customer's or salesperson's input are *session screens*: a wipe (idle
customer, signing out, an unexpected error) throws them away and builds new ones, because clearing
a field keeps its undo history. The welcome screen, the info pages and the header hold nothing
personal and stay.
"""

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from kiosk.config import KioskSettings
from kiosk.languages import Language
from ui.background import Background
from ui.i18n import Translations
from ui.idle import IdleWatcher
from ui.resources import resource
from ui.screens.welcome import WelcomeScreen
from ui.theme import apply_theme
from ui.widgets.header import Header
from ui.widgets.page_stack import PageStack

if TYPE_CHECKING:
    # The journey and the session screens are imported when first needed, after the welcome screen's
    # first frame: the core's libraries, and the screens' Qt classes and enums, cost more to load than
    # that frame. The admin screen, the largest and least used, is imported when opened.
    from kiosk.api_client import ApiClient
    from kiosk.credentials import Credentials
    from kiosk.outbox import Outbox
    from kiosk.staff import StaffRoster
    from kiosk.startup import Core
    from kiosk.sync import Backoff
    from ui.journey import Journey
    from ui.screens.admin import AdminScreen
    from ui.screens.buyer_form import BuyerFormScreen
    from ui.screens.finish_here import FinishHereScreen
    from ui.screens.handoff import HandoffScreen
    from ui.screens.info_pages import InfoPage
    from ui.screens.invitations import InvitationsScreen
    from ui.screens.registered import RegisteredScreen
    from ui.screens.self_registration import SelfRegistrationScreen
    from ui.screens.sign_in import SignInScreen
    from ui.screens.verify_code import VerifyCodeScreen
    from ui.widgets.on_screen_keyboard import OnScreenKeyboard
    from ui.widgets.still_there import StillThereOverlay

log = logging.getLogger("ui.window")

#: The way into admin: this many taps on the brand name in the header, each within the time of the last.
ADMIN_TAPS = 5
ADMIN_TAP_WINDOW_S = 1.5
#: The same from a keyboard, for a terminal that has one.
ADMIN_SHORTCUT = "Ctrl+Shift+A"
#: The session screens made ahead of use, one per turn of the event loop, in the order a visit needs
#: them. The admin screen (the largest) is made only when an administrator opens it.
PREPARED_SCREENS = ("sign_in", "form", "handoff", "verify", "finish", "registered", "walk_in", "invitations")
#: After a wipe, the making of the next visitor's screens waits this long: the wipe's own turn of the event
#: loop (the old screens destroyed, the welcome screen drawn) is work enough for one.
PREPARE_AFTER_WIPE_MS = 50
#: Screens of the salespeople (staff idle time, the header's sync indicator); all others are customers'.
STAFF_SCREENS = ("sign_in", "form", "invitations", "admin")

ScreenT = TypeVar("ScreenT", bound=QWidget)


class _SessionScreen(Generic[ScreenT]):
    """A session screen as an attribute of the window: made and wired on first use, dropped by a wipe.

    ``window.form`` is then always this session's form: a fresh one after every wipe, made by the
    journey's ``make_form``. A wipe only throws screens away; making them all anew at once would
    stall the window (see :meth:`MainWindow._prepare_next`).
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type) -> "_SessionScreen[ScreenT]": ...

    @overload
    def __get__(self, window: "MainWindow", owner: type) -> ScreenT: ...

    def __get__(self, window: "MainWindow | None", owner: type) -> "ScreenT | _SessionScreen[ScreenT]":
        if window is None:
            return self
        return cast(ScreenT, window.session_screen(self.name))


class MainWindow(QMainWindow):
    #: An administrator quit the kiosk (the window is closed by then); the application ends on it.
    quitting = Signal()
    #: The welcome screen's first frame is drawn and the event loop has turned since: visitors can use it.
    first_frame = Signal()
    #: The journey is attached and its workers begun: the kiosk is fully up.
    started = Signal()

    sign_in: "_SessionScreen[SignInScreen]" = _SessionScreen()
    form: "_SessionScreen[BuyerFormScreen]" = _SessionScreen()
    handoff: "_SessionScreen[HandoffScreen]" = _SessionScreen()
    verify: "_SessionScreen[VerifyCodeScreen]" = _SessionScreen()
    finish: "_SessionScreen[FinishHereScreen]" = _SessionScreen()
    registered: "_SessionScreen[RegisteredScreen]" = _SessionScreen()
    walk_in: "_SessionScreen[SelfRegistrationScreen]" = _SessionScreen()
    invitations: "_SessionScreen[InvitationsScreen]" = _SessionScreen()
    admin: "_SessionScreen[AdminScreen]" = _SessionScreen()

    def __init__(
        self,
        client: "ApiClient | None" = None,
        *,
        outbox: "Outbox | None" = None,
        settings: KioskSettings | None = None,
        translations: Translations | None = None,
        roster: "StaffRoster | None" = None,
        sync_backoff: "Backoff | None" = None,
        config_path: Path | None = None,
        credentials: "Credentials | None" = None,
        parent: QWidget | None = None,
    ) -> None:
        """With a ``client`` and ``outbox``, the kiosk's core is attached at once (tests, the self-test);
        without, the window shows its welcome screen and takes the core from :meth:`load_core`."""
        super().__init__(parent)
        self.settings = settings = settings or KioskSettings()
        #: None: the caller manages languages (a test); the window then only follows along.
        self._translations = translations
        self.default_language = settings.default_language or Language.EN
        self.language = self.default_language
        #: In kiosk mode (:meth:`lock_down`) the window cannot be closed until an administrator quits it.
        self._may_close = True
        self._admin_taps: list[float] = []
        #: The one way this window runs blocking work (see :mod:`ui.background`).
        self.background = Background(self)
        self._journey: Journey | None = None
        #: The core being loaded on a worker (see :meth:`load_core`), and how to load it.
        self._loading: Future[Core] | None = None
        self._load: Callable[[], Core] | None = None
        self._load_failed: Callable[[Exception], None] | None = None
        #: What a visitor asked for while the core was still loading: done when it is (see :meth:`_with_journey`).
        self._after_core: Callable[[Journey], None] | None = None
        #: The first frame is drawn (or, for a window never shown, the first turn of the event loop
        #: has come): what waited for it may begin.
        self._begun = False

        brand = settings.brand
        self.setWindowTitle(brand)
        self.setWindowIcon(QIcon(str(resource("icons", "kiosk.svg"))))
        self.header = Header(brand, settings.languages)
        self.header.languages.chosen.connect(self.set_language)
        self.header.wordmark.installEventFilter(self)
        self.welcome = WelcomeScreen(brand)
        self.welcome.staff_requested.connect(self.show_sign_in)
        self.welcome.create_id_requested.connect(self._show_walk_in)
        self.welcome.about_requested.connect(self._show_about)
        self.welcome.how_requested.connect(self._show_how)
        self.stack = PageStack(self)
        self.stack.addWidget(self.welcome)
        #: The welcome screen's two info pages, made when first opened and kept (nothing personal on them).
        self._info_pages: dict[str, InfoPage] = {}
        #: The session screens made, by name (see :class:`_SessionScreen`), and those used since the last wipe.
        self._screens: dict[str, QWidget] = {}
        self._used: set[str] = set()
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_next)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._column = column
        #: Made only on a terminal that needs it (see :meth:`use_keyboard`).
        self.keyboard: OnScreenKeyboard | None = None
        self.use_keyboard(settings.on_screen_keyboard)
        #: "Are you still there?", made the first time the kiosk asks it (see :attr:`still_there`).
        self._still_there: StillThereOverlay | None = None
        self.idle = IdleWatcher(self, self)
        self.idle.asking.connect(self._ask_still_there)
        self.idle.tick.connect(self._count_down)
        self.idle.answered.connect(self._hide_still_there)
        self.idle.expired.connect(self.wipe)
        self.stack.currentChanged.connect(self._screen_changed)

        self.set_language(self.default_language)
        self.show_welcome()
        self.header.installEventFilter(self)  # its first paint begins the rest (see _begin)
        QTimer.singleShot(0, self, self._begin_unless_drawing)
        if client is not None:
            if outbox is None:
                raise TypeError("a client needs an outbox")
            from kiosk import startup

            self.attach(startup.Core(client, outbox, roster, credentials, config_path, sync_backoff))

    # -- the kiosk's core ---------------------------------------------------------------------

    def load_core(self, load: Callable[[], "Core"], failed: Callable[[Exception], None]) -> None:
        """Load the core with ``load`` on a worker once the first frame is drawn, then attach it.

        ``failed(error)`` runs on the GUI thread if ``load`` raised. A visitor who taps through to a
        session screen before the worker is done waits for it there (see :attr:`journey`).
        """
        self._load, self._load_failed = load, failed
        if self._begun:
            self._begin_loading()

    def attach(self, core: "Core") -> None:
        """Work with ``core`` from now on; its workers begin with the first frame."""
        if self._journey is not None:
            return
        from ui.journey import Journey

        self._journey = Journey(self, core)
        if self._begun:
            self._start_journey()

    @property
    def journey(self) -> "Journey":
        """What the kiosk does, with its core; if the core is still loading, this waits for it.

        Not for what a visitor's tap starts: that goes through :meth:`_with_journey`, which does not wait.
        """
        if self._journey is None:
            if self._loading is None:
                if self._load is None:
                    raise RuntimeError("the window has no core to work with (see load_core)")
                self._begin_loading()  # asked for before the first frame was drawn
            assert self._loading is not None
            self.attach(self._loading.result())
        assert self._journey is not None
        return self._journey

    @property
    def salesperson_id(self) -> int | None:
        """The salesperson signed in (None: nobody is)."""
        return self._journey.salesperson_id if self._journey is not None else None

    @Slot()
    def _begin_unless_drawing(self) -> None:
        """A window shown before its first turn of the event loop begins the rest after its first
        frame (:meth:`eventFilter`); a window not shown (a test's) has no frame to wait for."""
        if not self.isVisible():
            self._begin()

    @Slot()
    def _begin(self) -> None:
        """What the welcome screen does not need, begun once its first frame is drawn: loading the core,
        or the journey's workers if the core is here; then the session screens, one per turn of the loop.

        Begun earlier, they would compete with the GUI thread for the interpreter while it draws.
        """
        if self._begun:
            return
        self._begun = True
        self.header.removeEventFilter(self)  # its paints need not pass through Python any more
        if self.isVisible():
            self.first_frame.emit()
        from PySide6.QtGui import QKeySequence, QShortcut  # not for the first frame (see the module's doc)

        QShortcut(QKeySequence(ADMIN_SHORTCUT), self, self.show_admin)
        self.idle.watch()
        if self._journey is not None:
            self._start_journey()
        elif self._load is not None:
            self._begin_loading()

    def _begin_loading(self) -> None:
        if self._loading is not None or self._load is None:
            return
        load, loading = self._load, Future["Core"]()
        self._loading = loading

        def work() -> "Core":  # on a worker
            try:
                core = load()
            except BaseException as error:
                loading.set_exception(error)
                raise
            loading.set_result(core)
            return core

        self.background.run(work, self.attach, self._core_failed)

    def _with_journey(self, action: "Callable[[Journey], None]") -> None:
        """``action(journey)`` now, or once the core is loaded if it still is.

        A visitor who taps the staff entry in the first moments after the welcome screen is drawn
        (the core takes ~200 ms more) is served as soon as it is there, while the window goes on
        answering; waiting for it on the GUI thread would freeze the screen under their finger. A
        later request replaces an earlier one, and one the visitor has moved on from (to an info page)
        is not carried out.
        """
        if self._journey is not None:
            action(self._journey)
        elif self._load is None and self._loading is None:
            raise RuntimeError("the window has no core to work with (see load_core)")
        else:
            self._after_core = action
            self._begin_loading()  # asked for before the first frame was drawn

    def _core_failed(self, error: Exception) -> None:
        log.error("the kiosk's core could not be loaded: %s", error)
        self._after_core = None
        if self._load_failed is not None:
            self._load_failed(error)

    def _start_journey(self) -> None:
        assert self._journey is not None
        self._journey.start()
        self._prepare.start(0)
        self.started.emit()
        if self._after_core is not None:
            # In a turn of its own: the core may have been attached by whoever asked for the journey just
            # now (see :attr:`journey`), in the middle of making a screen the request would show.
            QTimer.singleShot(0, self, self._serve_after_core)

    @Slot()
    def _serve_after_core(self) -> None:
        action, self._after_core = self._after_core, None
        if action is not None and self._journey is not None and self.stack.currentWidget() is self.welcome:
            action(self._journey)

    # -- session screens --------------------------------------------------------------------------

    def session_screen(self, name: str) -> QWidget:
        """The session screen ``name``, made by the journey now if this session has not needed it yet.

        Every use of a session screen comes through here (the window's attributes), and only a screen
        used since the last wipe can hold anything of anyone: it is shown before anyone types in it,
        and filled only by what asks for it here. See :meth:`_drop_session_screens`.
        """
        screen = self._screens.get(name)
        if screen is None:
            make: Callable[[], QWidget] = getattr(self.journey, f"make_{name}")
            screen = self._screens[name] = make()
        if self.stack.indexOf(screen) < 0:  # made ahead, not placed yet (see _prepare_next)
            self.stack.addWidget(screen)
        self._used.add(name)
        return screen

    def was_used(self, name: str) -> bool:
        """Whether the session screen ``name`` was used since the last wipe (without making it)."""
        return name in self._used

    def _is_screen(self, screen: QWidget | None, *names: str) -> bool:
        """Whether ``screen`` is one of the named session screens (without making any of them)."""
        return screen is not None and any(self._screens.get(name) is screen for name in names)

    def _drop_session_screens(self) -> None:
        """Throw away every session screen used since the last wipe; the next use makes a fresh one.

        A screen only made ahead and never used holds nothing of anyone, and is kept: destroying and
        making screens is the largest part of a wipe's work, which the event loop waits for.
        """
        used, self._used = self._used, set()
        if self._journey is not None:
            self._journey.screens_dropped(used)
        for name in used:
            screen = self._screens.pop(name)
            self.stack.removeWidget(screen)
            screen.deleteLater()
        if self._journey is not None and self._begun:
            self._prepare.start(PREPARE_AFTER_WIPE_MS)

    @Slot()
    def _prepare_next(self) -> None:
        """Make one of the screens the next visitor will likely need, or place the one made last, then
        let the event loop run.

        A step per turn of the event loop: a wipe (or the start) would otherwise stall the window for
        the time it takes to make them all (~80 ms), and the first use of a screen would pay for it.
        Making a screen (its widgets) and placing it in the stack (where the theme styles every widget
        of it) are two steps of their own: the buyer form takes ~12 ms for each on a slow terminal.
        """
        for name in PREPARED_SCREENS:
            screen = self._screens.get(name)
            if screen is None:
                self._screens[name] = getattr(self.journey, f"make_{name}")()
            elif self.stack.indexOf(screen) < 0:
                self.stack.addWidget(screen)
            else:
                continue
            self._prepare.start(0)
            return

    # -- where the kiosk is -------------------------------------------------------------------

    def _audience(self, screen: QWidget | None) -> str:
        return "staff" if self._is_screen(screen, *STAFF_SCREENS) else "customer"

    def _idle_times(self, screen: QWidget | None) -> tuple[float | None, int]:
        """(seconds before asking, seconds of countdown) for ``screen``; a countdown of 0 wipes unasked."""
        settings = self.settings
        if screen is self.welcome and self.language is self.default_language:
            return None, 0  # the idle state itself
        info_page = any(screen is page for page in self._info_pages.values())
        if screen is self.welcome or info_page or self._is_screen(screen, "sign_in"):
            # Nothing to lose but a language choice or half a PIN: back to the start without asking.
            return settings.customer_idle_s, 0
        if self._is_screen(screen, "form", "invitations", "admin"):
            return settings.staff_idle_s, settings.idle_countdown_s
        return settings.customer_idle_s, settings.idle_countdown_s

    @Slot(int)
    def _screen_changed(self, _index: int) -> None:
        screen = self.stack.currentWidget()
        self.header.set_audience(self._audience(screen))
        self._hide_still_there()
        self.idle.arm(*self._idle_times(screen))

    @property
    def still_there(self) -> "StillThereOverlay":
        """The "Are you still there?" question over the window (hidden until the kiosk asks it)."""
        if self._still_there is None:
            from ui.widgets.still_there import StillThereOverlay

            self._still_there = StillThereOverlay(self)
            self._still_there.still_here.connect(self._still_here)
        return self._still_there

    @Slot(int)
    def _ask_still_there(self, seconds: int) -> None:
        self.still_there.ask(seconds)

    @Slot(int)
    def _count_down(self, seconds: int) -> None:
        self.still_there.count(seconds)

    @Slot()
    def _hide_still_there(self) -> None:
        if self._still_there is not None:
            self._still_there.hide()

    @Slot()
    def _still_here(self) -> None:
        self._hide_still_there()
        self.idle.arm(*self._idle_times(self.stack.currentWidget()))

    @Slot(object)
    def set_language(self, language: Language) -> None:
        """Show every screen in ``language`` now; what was typed stays where it is."""
        self.language = language
        if self._translations is not None:
            self._translations.use(language)
        self.header.languages.show_current(language)
        if self.keyboard is not None:
            self.keyboard.set_language(language)
        self.idle.arm(*self._idle_times(self.stack.currentWidget()))

    @Slot()
    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)

    @property
    def about_page(self) -> "InfoPage":
        """ "What is a Porsche ID?", in our own words (made when first opened)."""
        return self._info_page("about")

    @property
    def how_page(self) -> "InfoPage":
        """ "How registration works" (made when first opened)."""
        return self._info_page("how")

    def _info_page(self, kind: str) -> "InfoPage":
        page = self._info_pages.get(kind)
        if page is None:
            from ui.screens.info_pages import AboutIdPage, HowItWorksPage

            page = self._info_pages[kind] = (AboutIdPage if kind == "about" else HowItWorksPage)(self.settings.brand)
            page.back_requested.connect(self.show_welcome)
            self.stack.addWidget(page)
        return page

    @Slot()
    def _show_about(self) -> None:
        self.stack.setCurrentWidget(self.about_page)

    @Slot()
    def _show_how(self) -> None:
        self.stack.setCurrentWidget(self.how_page)

    @Slot()
    def show_sign_in(self) -> None:
        self._with_journey(lambda journey: journey.show_sign_in())

    @Slot()
    def _show_walk_in(self) -> None:
        self._with_journey(lambda journey: journey.show_walk_in())

    @Slot()
    def wipe(self) -> None:
        """Forget everyone: back to the welcome screen with fresh screens, in the showroom's language."""
        log.info("wiping the kiosk for the next visitor")
        self._hide_still_there()
        if self._journey is not None:
            self._journey.end_visit()
        self.stack.setCurrentWidget(self.welcome)
        self._drop_session_screens()
        if self.keyboard is not None:
            self.keyboard.reset()
        from PySide6.QtGui import QClipboard  # its enums are not for the first frame (see the module's doc)

        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.set_language(self.default_language)
        if self._journey is not None:
            self._journey.refresh()

    # -- admin ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Taps on the brand name: the discreet way into admin (see :data:`ADMIN_TAPS`); the
        header's first paint, the window's first frame: the rest begins after it (see :meth:`_begin`)."""
        if watched is self.header and event.type() == QEvent.Type.Paint and not self._begun:
            QTimer.singleShot(0, self, self._begin)
        elif watched is self.header.wordmark and event.type() == QEvent.Type.MouseButtonRelease:
            now = time.monotonic()
            if self._admin_taps and now - self._admin_taps[-1] > ADMIN_TAP_WINDOW_S:
                self._admin_taps.clear()
            self._admin_taps.append(now)
            if len(self._admin_taps) >= ADMIN_TAPS:
                self._admin_taps.clear()
                self.show_admin()
        return super().eventFilter(watched, event)

    @Slot()
    def show_admin(self) -> None:
        """The admin screen's PIN step; whoever was signed in is signed out first (their screens wiped)."""
        if self._is_screen(self.stack.currentWidget(), "admin"):
            return
        self.wipe()
        self._with_journey(self._open_admin)

    def _open_admin(self, journey: "Journey") -> None:
        journey.admin_flow.open()
        self.stack.setCurrentWidget(self.admin)

    @Slot(object)
    def apply_settings(self, settings: KioskSettings) -> None:
        """What the admin saved takes effect now."""
        before, self.settings = self.settings, settings
        self._used.update(self._screens)  # made with the settings before: made anew at the next wipe
        self.use_keyboard(settings.on_screen_keyboard)
        if settings.default_language is not None:
            self.default_language = settings.default_language
        if settings.large_text != before.large_text:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, large_text=settings.large_text)
        if settings.kiosk_mode and not before.kiosk_mode:
            self.lock_down()
        elif before.kiosk_mode and not settings.kiosk_mode:
            self._leave_kiosk_mode()
        self.idle.arm(*self._idle_times(self.stack.currentWidget()))

    def use_keyboard(self, wanted: bool) -> None:
        """Show the on-screen keyboard under the screens whenever a field is touched, or no longer."""
        if wanted and self.keyboard is None:
            from ui.widgets.on_screen_keyboard import OnScreenKeyboard  # only touch-only terminals need it

            self.keyboard = OnScreenKeyboard(self)
            self.keyboard.set_language(self.language)
            self._column.addWidget(self.keyboard)
            self.keyboard.show_for(QApplication.focusWidget())
        elif not wanted and self.keyboard is not None:
            self._column.removeWidget(self.keyboard)
            self.keyboard.hide()
            self.keyboard.deleteLater()
            self.keyboard = None

    def _leave_kiosk_mode(self) -> None:
        self.allow_close()
        flags = self.windowFlags() & ~Qt.WindowType.FramelessWindowHint & ~Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)
        self.showNormal()

    @Slot()
    def quit_kiosk(self) -> None:
        """An administrator quits the kiosk: the window closes and the application ends."""
        log.info("an administrator quit the kiosk")
        self.allow_close()
        self.close()
        self.quitting.emit()

    # -- kiosk mode ---------------------------------------------------------------------------

    def lock_down(self) -> None:
        """Kiosk mode: full screen, frameless, on top; closing and Escape are ignored until :meth:`allow_close`."""
        self._may_close = False
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.showFullScreen()

    def allow_close(self) -> None:
        """Let the window close (an administrator quit the kiosk, or the app is shutting down)."""
        self._may_close = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._may_close and event.key() == Qt.Key.Key_Escape:
            event.accept()  # no way out by keyboard in kiosk mode
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._still_there is not None:
            self._still_there.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            log.info("close ignored: kiosk mode (an administrator can quit)")
            event.ignore()
            return
        self.idle.stop()
        self._begun = True  # closed before its first turn of the event loop: nothing to begin
        self._prepare.stop()
        if self._journey is not None:
            self._journey.close()
        self.background.shutdown()
        super().closeEvent(event)
