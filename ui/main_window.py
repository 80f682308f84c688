"""The kiosk window: welcome → staff sign-in → salesperson form → hand-off → (phone | finish here) → registered.

The screens that ever hold a customer's or salesperson's input are *session screens*: a wipe (idle
customer, signing out, an unexpected error) throws them away and builds new ones, because clearing
a field keeps its undo history. The welcome screen, the info pages and the header hold nothing
personal and stay.
"""

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from kiosk.admin_pin import AdminPinGuard
from kiosk.api_client import ApiClient, BackendUnreachable, Refused
from kiosk.buyer import BuyerDetails, Consents, MarketingChannel, load_checkers, mask_email
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Action, Outbox
from kiosk.password_policy import common_passwords
from kiosk.qr import qr_matrix
from kiosk.qr import warm_up as warm_up_qr
from kiosk.staff import SignIn, SignInResult, StaffRoster
from kiosk.status_follow import follow_invitation
from kiosk.sync import Backoff, Outcome, Result, SyncEvent, SyncState, SyncWorker
from kiosk.wire import (
    DealerInfo,
    ErrorCode,
    InvitationCreate,
    InvitationStatus,
    InvitationView,
    QrLink,
    SalespersonList,
    SelfRegistration,
)
from ui import messages
from ui.background import Background
from ui.i18n import Translations
from ui.idle import IdleWatcher
from ui.resources import resource
from ui.screens.info_pages import AboutIdPage, HowItWorksPage
from ui.screens.welcome import WelcomeScreen
from ui.theme import apply_theme
from ui.widgets.header import Header
from ui.widgets.on_screen_keyboard import OnScreenKeyboard
from ui.widgets.page_stack import PageStack
from ui.widgets.still_there import StillThereOverlay

if TYPE_CHECKING:
    # The session screens are imported where they are first made, after the welcome screen's first
    # frame (see _start): their Qt classes and enums cost ~50 ms to load, which that frame need not wait
    # for. The admin screen and its flow are the largest and least used: imported when opened.
    from kiosk.credentials import Credentials
    from ui.admin_flow import AdminFlow
    from ui.invitations_flow import InvitationsFlow
    from ui.screens.admin import AdminScreen
    from ui.screens.buyer_form import BuyerFormScreen
    from ui.screens.finish_here import FinishHereScreen
    from ui.screens.handoff import HandoffScreen
    from ui.screens.invitations import InvitationsScreen
    from ui.screens.registered import RegisteredScreen
    from ui.screens.self_registration import SelfRegistrationScreen
    from ui.screens.sign_in import SignInScreen
    from ui.screens.verify_code import VerifyCodeScreen

log = logging.getLogger("ui.window")

#: Ask for a new QR link this long before the current one expires, so a phone never scans a dead one.
QR_REFRESH_MARGIN_S = 30
#: How long a salesperson waits to hear "sent" before being told "saved, will be sent later".
SEND_WAIT_MS = 8_000
#: The way into admin: this many taps on the brand name in the header, each within the time of the last.
ADMIN_TAPS = 5
ADMIN_TAP_WINDOW_S = 1.5
#: The same from a keyboard, for a terminal that has one.
ADMIN_SHORTCUT = "Ctrl+Shift+A"
#: The session screens made ahead of use, one per turn of the event loop, in the order a visit needs
#: them. The admin screen (the largest) is made only when an administrator opens it.
PREPARED_SCREENS = ("sign_in", "form", "handoff", "verify", "finish", "registered", "walk_in", "invitations")

ScreenT = TypeVar("ScreenT", bound=QWidget)


class _SessionScreen(Generic[ScreenT]):
    """A session screen as an attribute of the window: made and wired on first use, dropped by a wipe.

    ``window.form`` is then always this session's form: a fresh one after every wipe, made by the
    window's ``_make_form``. A wipe only throws screens away; making them all anew at once would
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
        return cast(ScreenT, window._session_screen(self.name))


@dataclass
class _Awaited:
    """A write saved to the outbox whose first try the screen is waiting for."""

    invitation_id: uuid.UUID
    action: Action
    sent: Callable[[InvitationView], None]
    refused: Callable[[Exception], None]
    #: Not confirmed yet, but safely saved: the screen says it will go when the connection is back.
    saved: Callable[[], None]


class MainWindow(QMainWindow):
    #: An administrator quit the kiosk (the window is closed by then); the application ends on it.
    quitting = Signal()

    sign_in = _SessionScreen["SignInScreen"]()
    form = _SessionScreen["BuyerFormScreen"]()
    handoff = _SessionScreen["HandoffScreen"]()
    verify = _SessionScreen["VerifyCodeScreen"]()
    finish = _SessionScreen["FinishHereScreen"]()
    registered = _SessionScreen["RegisteredScreen"]()
    walk_in = _SessionScreen["SelfRegistrationScreen"]()
    invitations = _SessionScreen["InvitationsScreen"]()
    admin = _SessionScreen["AdminScreen"]()

    def __init__(
        self,
        client: ApiClient,
        *,
        outbox: Outbox,
        settings: KioskSettings | None = None,
        translations: Translations | None = None,
        roster: StaffRoster | None = None,
        sync_backoff: Backoff | None = None,
        config_path: Path | None = None,
        credentials: "Credentials | None" = None,
        parent: QWidget | None = None,
    ) -> None:
        """``config_path`` is the settings file the admin screen saves to (None: the platform's);
        ``credentials`` keep the device token the admin screen's enrolment gets (None: it cannot enrol)."""
        super().__init__(parent)
        self._client = client
        self._config_path = config_path
        self._credentials = credentials
        #: Wrong admin PINs are counted across wipes (a wipe must not reset the lockout).
        self._admin_guard = AdminPinGuard()
        self._admin_taps: list[float] = []
        self._settings = settings = settings or KioskSettings()
        #: None: the caller manages languages (a test); the window then only follows along.
        self._translations = translations
        self._default_language = settings.default_language or Language.EN
        self.language = self._default_language
        #: The language the salesperson signed in with: their screens come back to it.
        self._staff_language = self._default_language
        #: Who may sign in; the list is refreshed from the backend, and the PINs are checked here. The
        #: caller starts it from the list the outbox kept (:func:`ui.app.kept_roster`), so sign-in works
        #: after an offline restart.
        self._roster = roster or StaffRoster()
        #: The salesperson signed in, named on every staff action (None: nobody is).
        self.salesperson_id: int | None = None
        #: In kiosk mode (:meth:`lock_down`) the window cannot be closed until an administrator quits it.
        self._may_close = True
        self._background = Background(self)
        self._stop_following: threading.Event | None = None
        # Every write goes to the outbox first; the sync worker sends it, on its own thread.
        self._outbox = outbox
        self._sync = SyncWorker(
            outbox, client, backoff=sync_backoff or Backoff(), on_event=self._background.channel(self._on_sync_event)
        )
        self._sync_stop: threading.Event | None = None
        self._awaited: _Awaited | None = None
        self._await_timer = QTimer(self)
        self._await_timer.setSingleShot(True)
        self._await_timer.timeout.connect(self._stop_awaiting)
        # Pressing "send" again on the same details (a double press) saves nothing twice; after a
        # refusal, the fixed details replace the refused invitation.
        self._attempt: tuple[BuyerDetails, uuid.UUID] | None = None
        self._refused_id: uuid.UUID | None = None
        self._qr_timer = QTimer(self)
        self._qr_timer.setSingleShot(True)
        self._qr_timer.timeout.connect(self._request_qr_link)

        brand = settings.brand
        self.setWindowTitle(brand)
        self.setWindowIcon(QIcon(str(resource("icons", "kiosk.svg"))))
        self.header = Header(brand, settings.languages)
        self.header.languages.chosen.connect(self.set_language)
        self.header.sync.send_now_requested.connect(self._wake_sync)
        self.header.wordmark.installEventFilter(self)
        QShortcut(QKeySequence(ADMIN_SHORTCUT), self, self.show_admin)
        self.welcome = WelcomeScreen(brand)
        self.welcome.staff_requested.connect(self.show_sign_in)
        self.welcome.create_id_requested.connect(self._show_walk_in)
        #: A walk-in's registration being sent: the same details again reuse its id (no double account).
        self._walk_in_attempt: tuple[tuple[str, str, str, bool, Language], uuid.UUID] | None = None
        self.about_page = AboutIdPage(brand)
        self.how_page = HowItWorksPage(brand)
        self.welcome.about_requested.connect(self._show_about)
        self.welcome.how_requested.connect(self._show_how)
        self.about_page.back_requested.connect(self.show_welcome)
        self.how_page.back_requested.connect(self.show_welcome)
        self.stack = PageStack(self)
        for screen in (self.welcome, self.about_page, self.how_page):
            self.stack.addWidget(screen)
        #: The session screens made since the last wipe, by name (see :class:`_SessionScreen`).
        self._screens: dict[str, QWidget] = {}
        self._invitations_flow: InvitationsFlow | None = None
        self._admin_flow: AdminFlow | None = None
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.setInterval(0)
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
        self.still_there = StillThereOverlay(self)
        self.still_there.still_here.connect(self._still_here)
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleWatcher(app, self)
        self.idle.asking.connect(self.still_there.ask)
        self.idle.tick.connect(self.still_there.count)
        self.idle.answered.connect(self.still_there.hide)
        self.idle.expired.connect(self.wipe)
        self.stack.currentChanged.connect(self._screen_changed)

        self.set_language(self._default_language)
        self.show_welcome()
        self._started = False
        self.header.installEventFilter(self)  # its first paint begins the rest (see _start)
        QTimer.singleShot(0, self, self._start_unless_drawing)

    @Slot()
    def _start_unless_drawing(self) -> None:
        """A window shown before its first turn of the event loop begins the rest after its first
        frame (:meth:`eventFilter`); a window not shown (a test's) has no frame to wait for."""
        if not self.isVisible():
            self._start()

    def _start(self) -> None:
        """What the welcome screen does not need, begun once its first frame is drawn.

        The workers import and read (the sync engine, the e-mail and phone checkers, the QR library,
        the common passwords, the staff list and the dealer's settings from the backend); begun earlier they
        compete with the GUI thread for the interpreter while it draws the first frame. The session
        screens are then made one per turn of the event loop (:meth:`_prepare_next`).
        """
        if self._started:
            return
        self._started = True
        self._sync_stop = self._background.stream(lambda stop, _emit: self._sync.run(stop), lambda _item: None)
        # Read the common-password list and import the e-mail and phone checkers and the QR library
        # now, on workers: the first keystroke or QR code then waits for no disk read or import.
        self._background.run(common_passwords, lambda _list: None, lambda error: log.error("%r", error))
        self._background.run(load_checkers, lambda _: None, lambda error: log.error("%r", error))
        self._background.run(warm_up_qr, lambda _: None, lambda error: log.error("%r", error))
        self.load_staff()
        self.load_dealer()
        self._prepare.start()

    # -- session screens --------------------------------------------------------------------------

    def _session_screen(self, name: str) -> QWidget:
        """The session screen ``name``, made and wired now if this session has not needed it yet."""
        screen = self._screens.get(name)
        if screen is None:
            make: Callable[[], QWidget] = getattr(self, f"_make_{name}")
            screen = self._screens[name] = make()
            self.stack.addWidget(screen)
        return screen

    def _is_screen(self, screen: QWidget | None, *names: str) -> bool:
        """Whether ``screen`` is one of the named session screens (without making any of them)."""
        return screen is not None and any(self._screens.get(name) is screen for name in names)

    def _drop_session_screens(self) -> None:
        """Throw away every session screen made so far; the next use makes a fresh one."""
        screens, self._screens = self._screens, {}
        self._invitations_flow = self._admin_flow = None
        for screen in screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._prepare.start()

    @Slot()
    def _prepare_next(self) -> None:
        """Make one of the screens the next visitor will likely need, then let the event loop run.

        One per turn of the event loop: a wipe (or the start) would otherwise stall the window for
        the time it takes to make them all (~80 ms), and the first use of a screen would pay for it.
        """
        for name in PREPARED_SCREENS:
            if name not in self._screens:
                self._session_screen(name).ensurePolished()
                self._prepare.start()
                return

    @Slot()
    def _wake_sync(self) -> None:
        """Send what waits now. (A slot of the window: PySide keeps a weak reference for every
        connection to a method of a plain Python object such as the worker, and never drops it.)"""
        self._sync.wake()

    def _make_sign_in(self) -> "SignInScreen":
        from ui.screens.sign_in import SignInScreen

        screen = SignInScreen()
        if self._roster.people:
            screen.show_people(self._roster.people)
        screen.sign_in_requested.connect(self._check_pin)
        screen.reload_requested.connect(self.load_staff)
        screen.back_requested.connect(self.show_welcome)
        return screen

    def _make_form(self) -> "BuyerFormScreen":
        from ui.screens.buyer_form import BuyerFormScreen

        screen = BuyerFormScreen(self._default_language, country=self._settings.dealer_country)
        screen.sign_out_requested.connect(self.sign_out)
        screen.submitted.connect(self._send_invitation)
        screen.email_corrected.connect(self._send_corrected_email)
        screen.invitations_requested.connect(self.show_invitations)
        return screen

    def _make_handoff(self) -> "HandoffScreen":
        from ui.screens.handoff import HandoffScreen

        screen = HandoffScreen()
        screen.finish_here_requested.connect(self._open_finish_here)
        screen.new_customer_requested.connect(self.next_customer)
        screen.correct_email_requested.connect(self._correct_email)
        return screen

    def _make_verify(self) -> "VerifyCodeScreen":
        from ui.screens.verify_code import VerifyCodeScreen

        screen = VerifyCodeScreen()
        screen.submitted.connect(self._verify_code)
        screen.new_code_requested.connect(self._send_new_code)
        screen.back_requested.connect(self._back_to_handoff)
        screen.correct_email_requested.connect(self._correct_email)
        screen.salesperson_requested.connect(self._back_to_salesperson)
        return screen

    def _make_finish(self) -> "FinishHereScreen":
        from ui.screens.finish_here import FinishHereScreen

        screen = FinishHereScreen(self._settings.brand)
        screen.submitted.connect(self._complete_here)
        screen.back_requested.connect(self._back_to_handoff)
        screen.correct_email_requested.connect(self._correct_email)
        screen.salesperson_requested.connect(self._back_to_salesperson)
        screen.code_requested.connect(self._reenter_code)
        return screen

    def _make_registered(self) -> "RegisteredScreen":
        from ui.screens.registered import RegisteredScreen

        screen = RegisteredScreen(self._settings.brand)
        screen.next_customer_requested.connect(self.next_customer)
        return screen

    def _make_walk_in(self) -> "SelfRegistrationScreen":
        from ui.screens.self_registration import SelfRegistrationScreen

        screen = SelfRegistrationScreen(self._settings.brand)
        screen.back_requested.connect(self._walk_in_back)
        screen.submitted.connect(self._register_walk_in)
        screen.email_corrected.connect(self._correct_walk_in_email)
        return screen

    def _make_invitations(self) -> "InvitationsScreen":
        from ui.invitations_flow import InvitationsFlow
        from ui.screens.invitations import InvitationsScreen

        screen = InvitationsScreen()
        screen.back_requested.connect(self._back_to_form)
        flow = InvitationsFlow(screen, background=self._background, outbox=self._outbox, client=self._client)
        flow.show_qr.connect(self._show_qr_again)
        flow.correct_email.connect(self._correct_from_list)
        flow.fix_details.connect(self._fix_refused)
        flow.queued.connect(self._wake_sync)
        self._invitations_flow = flow
        return screen

    def _make_admin(self) -> "AdminScreen":
        # The admin screen and what it does (keyring, diagnostics) are the largest part of the window,
        # and the least used: imported at the first use, not at the start of every kiosk.
        from ui.admin_flow import AdminFlow
        from ui.screens.admin import AdminScreen

        screen = AdminScreen()
        flow = AdminFlow(
            screen,
            background=self._background,
            guard=self._admin_guard,
            settings=self._current_settings,
            client=self._client,
            outbox=self._outbox,
            config_path=self._config_path,
            credentials=self._credentials,
        )
        flow.settings_changed.connect(self._apply_settings)
        flow.left.connect(self.wipe)
        flow.quit.connect(self._quit)
        self._admin_flow = flow
        return screen

    @property
    def invitations_flow(self) -> "InvitationsFlow":
        """What the invitations screen does (made with the screen)."""
        self._session_screen("invitations")
        assert self._invitations_flow is not None
        return self._invitations_flow

    @property
    def admin_flow(self) -> "AdminFlow":
        """What the admin screen does (made with the screen)."""
        self._session_screen("admin")
        assert self._admin_flow is not None
        return self._admin_flow

    # -- where the kiosk is -------------------------------------------------------------------

    def _audience(self, screen: QWidget | None) -> str:
        if self._is_screen(screen, "sign_in", "form", "invitations", "admin"):
            return "staff"
        return "customer"

    def _idle_times(self, screen: QWidget | None) -> tuple[float | None, int]:
        """(seconds before asking, seconds of countdown) for ``screen``; a countdown of 0 wipes unasked."""
        settings = self._settings
        if screen is self.welcome and self.language is self._default_language:
            return None, 0  # the idle state itself
        if screen in (self.welcome, self.about_page, self.how_page) or self._is_screen(screen, "sign_in"):
            # Nothing to lose but a language choice or half a PIN: back to the start without asking.
            return settings.customer_idle_s, 0
        if self._is_screen(screen, "form", "invitations", "admin"):
            return settings.staff_idle_s, settings.idle_countdown_s
        return settings.customer_idle_s, settings.idle_countdown_s

    @Slot(int)
    def _screen_changed(self, _index: int) -> None:
        screen = self.stack.currentWidget()
        self.header.set_audience(self._audience(screen))
        self.still_there.hide()
        self.idle.arm(*self._idle_times(screen))

    @Slot()
    def _still_here(self) -> None:
        self.still_there.hide()
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

    @Slot()
    def _show_about(self) -> None:
        self.stack.setCurrentWidget(self.about_page)

    @Slot()
    def _show_how(self) -> None:
        self.stack.setCurrentWidget(self.how_page)

    @Slot()
    def show_sign_in(self) -> None:
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self.load_staff()

    @Slot()
    def wipe(self) -> None:
        """Forget everyone: back to the welcome screen with fresh screens, in the showroom's language."""
        log.info("wiping the kiosk for the next visitor")
        self.still_there.hide()
        self._revoke_qr_link()
        self._stop_awaiting(tell=False)  # still saved, and sent by the sync worker in time
        self._attempt = None
        self._refused_id = None
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is not None:
            log.info("salesperson %d signed out", self.salesperson_id)
        self.salesperson_id = None
        self.stack.setCurrentWidget(self.welcome)
        self._drop_session_screens()
        if self.keyboard is not None:
            self.keyboard.reset()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.set_language(self._default_language)
        self.load_staff()
        self.load_dealer()

    # -- admin ----------------------------------------------------------------------------------

    def _current_settings(self) -> KioskSettings:
        return self._settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Taps on the brand name: the discreet way into admin (see :data:`ADMIN_TAPS`); the
        header's first paint, the window's first frame: the rest begins after it (see :meth:`_start`)."""
        if watched is self.header and event.type() == QEvent.Type.Paint and not self._started:
            QTimer.singleShot(0, self, self._start)
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
        self.admin_flow.open()
        self.stack.setCurrentWidget(self.admin)

    @Slot(object)
    def _apply_settings(self, settings: KioskSettings) -> None:
        """What the admin saved takes effect now."""
        before, self._settings = self._settings, settings
        self.use_keyboard(settings.on_screen_keyboard)
        if settings.default_language is not None:
            self._default_language = settings.default_language
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
    def _quit(self) -> None:
        log.info("an administrator quit the kiosk")
        self.allow_close()
        self.close()
        self.quitting.emit()

    def _revoke_qr_link(self) -> None:
        """The QR code on the screen stops working: a phone that photographed it gets nowhere now.

        Best effort: offline, the link still dies when it expires (minutes); the e-mailed link is untouched.
        """
        if "handoff" not in self._screens:
            return  # not made since the last wipe: no QR code was shown
        handoff = self.handoff
        invitation = handoff.invitation
        if invitation is None or handoff.is_registered():
            return
        client, invitation_id = self._client, invitation.id
        self._background.run(
            lambda: client.revoke_qr_links(invitation_id),
            lambda _: log.info("QR link revoked at the wipe"),
            lambda error: log.warning("QR link not revoked (it expires on its own): %s", type(error).__name__),
        )

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
        self.still_there.setGeometry(self.rect())

    # -- staff --------------------------------------------------------------------------------

    @Slot()
    def load_staff(self) -> None:
        """Fetch the dealer's salespeople; until it answers, sign-in works from the list at hand."""
        self._background.run(self._client.list_salespeople, self._staff_loaded, self._staff_not_loaded)

    def _staff_loaded(self, staff: SalespersonList) -> None:
        self._roster.replace(staff.items)
        self.sign_in.show_people(self._roster.people)
        outbox = self._outbox
        self._background.run(lambda: outbox.save_staff(staff), lambda _: None, lambda e: log.error("%r", e))

    def _staff_not_loaded(self, error: Exception) -> None:
        log.warning("staff list not loaded: %s", type(error).__name__)
        if not self._roster.people:
            self.sign_in.show_load_failed()

    @Slot(int, str)
    def _check_pin(self, salesperson_id: int, pin: str) -> None:
        roster = self._roster
        self._background.run(
            lambda: roster.check_pin(salesperson_id, pin),
            lambda result: self._pin_checked(salesperson_id, result),
            self._pin_check_failed,
        )

    def _pin_checked(self, salesperson_id: int, result: SignInResult) -> None:
        person = self._roster.get(salesperson_id)
        if result.outcome is not SignIn.SIGNED_IN or person is None:
            self.sign_in.show_result(result)
            return
        log.info("salesperson %d signed in", salesperson_id)
        self.salesperson_id = salesperson_id
        self._staff_language = self.language
        self.sign_in.reset()
        self.form.set_salesperson(person.name)
        self.next_customer()

    def _pin_check_failed(self, error: Exception) -> None:
        log.error("PIN check failed: %r", error)
        self.sign_in.show_result(SignInResult(SignIn.UNKNOWN))

    @Slot()
    def sign_out(self) -> None:
        """Back to the welcome screen; everything typed in this session is wiped with it."""
        self.wipe()

    def _staff_refused(self, error: Exception) -> bool:
        """The backend no longer accepts the signed-in salesperson (deactivated): sign them out, say why."""
        if not (isinstance(error, Refused) and error.code is ErrorCode.SALESPERSON_UNKNOWN):
            return False
        self.wipe()
        self.show_sign_in()
        self.sign_in.show_result(SignInResult(SignIn.UNKNOWN))
        return True

    # -- sending ------------------------------------------------------------------------------

    def _on_sync_event(self, event: SyncEvent) -> None:
        state = event if isinstance(event, SyncState) else event.state
        self.header.sync.show_state(state)
        if isinstance(event, Outcome):
            self._settle(event)
            if self._invitations_flow is not None:  # no screen, no action of its own waiting
                self._invitations_flow.on_outcome(event)

    def _save(self, work: Callable[[], None], awaited: _Awaited) -> None:
        """Write to the outbox on a worker; once on disk, wake the sync worker and wait for its word."""

        def saved(_: None) -> None:
            self._awaited = awaited
            self._await_timer.start(SEND_WAIT_MS)
            self._sync.wake()

        def not_saved(error: Exception) -> None:
            # The disk refused (full, broken): nothing is saved, so what was typed stays on screen.
            log.error("could not save to the outbox: %r", error)
            awaited.refused(error)

        self._background.run(work, saved, not_saved)

    def _settle(self, outcome: Outcome) -> None:
        awaited = self._awaited
        if awaited is None:
            return
        ours = outcome.invitation_id == awaited.invitation_id and outcome.action is awaited.action
        if ours and outcome.result is Result.DELIVERED and outcome.answer is not None:
            self._stop_awaiting(tell=False)
            awaited.sent(outcome.answer)
        elif ours and outcome.result is Result.REFUSED and outcome.refusal is not None:
            self._stop_awaiting(tell=False)
            awaited.refused(outcome.refusal)
        elif outcome.result is Result.POSTPONED and (ours or outcome.state.online is False):
            # Ours must wait, or the backend is unreachable for any entry: it will not go now. (Another
            # entry's 503 says nothing of ours, which may be on its way: the timer decides then.)
            self._stop_awaiting()

    @Slot()
    def _stop_awaiting(self, tell: bool = True) -> None:
        awaited, self._awaited = self._awaited, None
        self._await_timer.stop()
        if awaited is not None and tell:
            awaited.saved()

    @Slot(BuyerDetails)
    def _send_invitation(self, details: BuyerDetails) -> None:
        if self._attempt is None or self._attempt[0] != details:
            self._attempt = (details, uuid.uuid4())
        request = InvitationCreate.model_validate({**details.model_dump(), "id": self._attempt[1]})
        who = self.salesperson_id
        if who is None:
            return  # signed out meanwhile
        self.form.set_busy(True)
        outbox, replaces = self._outbox, self._refused_id
        self._save(
            lambda: outbox.capture(request, who, replaces=replaces),
            _Awaited(request.id, Action.CREATE, self._invitation_sent, self._invitation_failed, self._invitation_saved),
        )

    def _invitation_sent(self, invitation: InvitationView) -> None:
        self._attempt = None
        self._refused_id = None
        self.form.set_busy(False)
        if invitation.status is InvitationStatus.EXISTING_ACCOUNT:
            self.registered.show_for(invitation.first_name, existing=True)
            self.stack.setCurrentWidget(self.registered)
            return
        self._hand_over(invitation)

    def _hand_over(self, invitation: InvitationView) -> None:
        """The hand-off for ``invitation``: its status followed, its QR code asked for."""
        self._stop_follow()
        self._qr_timer.stop()
        self.handoff.show_invitation(invitation)
        # From here on the screen is the customer's: in the language chosen for them.
        self.set_language(invitation.language)
        self.stack.setCurrentWidget(self.handoff)
        self._follow(invitation)
        self._request_qr_link()

    def _invitation_saved(self) -> None:
        """Saved, not sent: the form is free for the next customer and says what will happen."""
        self.next_customer()
        self.form.show_notice(messages.saved_for_later())

    def _invitation_failed(self, error: Exception) -> None:
        log.warning("invitation not sent: %s", type(error).__name__)
        self.form.set_busy(False)
        if self._staff_refused(error):
            return
        if self._attempt is not None:
            # Kept on this kiosk as "needs attention" until the salesperson sends the fixed details.
            self._refused_id = self._attempt[1]
            self._attempt = None
        self.form.show_problem(messages.api_error(error))

    # -- status and QR ------------------------------------------------------------------------

    def _follow(self, invitation: InvitationView) -> None:
        self._stop_follow()
        client = self._client

        def work(stop: threading.Event, emit: Any) -> None:
            # One channel for both kinds of news: a new state (InvitationView) or whether the
            # backend is currently heard (bool); _on_status_event tells them apart.
            follow_invitation(client, invitation.id, stop, emit, emit)

        self._stop_following = self._background.stream(work, self._on_status_event)

    def _on_status_event(self, event: InvitationView | bool) -> None:
        current = self.handoff.invitation
        if isinstance(event, bool):
            self.handoff.set_online(event)
            return
        if current is None or event.id != current.id:
            return  # a late update about an earlier customer
        self.handoff.update_status(event)
        if self.handoff.is_undeliverable():
            self.handoff.correct_email.setFocus()
        if self.handoff.is_registered():
            # Finished on the phone: the kiosk shows the same success screen as finishing here.
            self._show_registered(event)

    @Slot()
    def _request_qr_link(self) -> None:
        invitation = self.handoff.invitation
        if invitation is None or self.handoff.is_registered():
            return
        invitation_id, client = invitation.id, self._client

        def link_and_code() -> tuple[QrLink, list[list[bool]]]:
            link = client.create_qr_link(invitation_id)
            return link, qr_matrix(link.url)

        self._background.run(
            link_and_code,
            lambda made: self._qr_link_ready(invitation_id, *made),
            lambda error: self._qr_link_failed(invitation_id, error),
        )

    def _qr_link_ready(self, invitation_id: uuid.UUID, link: QrLink, matrix: list[list[bool]]) -> None:
        current = self.handoff.invitation
        if current is None or current.id != invitation_id or self.handoff.is_registered():
            return
        self.handoff.set_qr_link(link.url, link.match_code, link.expires_at, matrix)
        seconds_left = (link.expires_at - datetime.now(UTC)).total_seconds()
        self._qr_timer.start(int(max(5.0, seconds_left - QR_REFRESH_MARGIN_S) * 1000))

    def _qr_link_failed(self, invitation_id: uuid.UUID, error: Exception) -> None:
        current = self.handoff.invitation
        if current is None or current.id != invitation_id:
            return
        log.warning("no QR link: %s", type(error).__name__)
        self.handoff.set_qr_link(None)
        self._qr_timer.start(10_000)

    def _stop_follow(self) -> None:
        if self._stop_following is not None:
            self._stop_following.set()
            self._stop_following = None

    # -- finishing at the kiosk ---------------------------------------------------------------

    @Slot()
    def _open_finish_here(self) -> None:
        invitation = self.handoff.invitation
        if invitation is None:
            return
        if invitation.email_verified_at is None:
            self.verify.start(invitation)
            self.stack.setCurrentWidget(self.verify)
        else:
            self.finish.start(invitation)
            self.stack.setCurrentWidget(self.finish)

    @Slot(str)
    def _verify_code(self, code: str) -> None:
        invitation = self.handoff.invitation
        if invitation is None:
            return
        self.verify.set_busy(True)
        invitation_id = invitation.id
        self._background.run(
            lambda: self._client.verify_code(invitation_id, code), self._code_verified, self._code_refused
        )

    def _code_verified(self, invitation: InvitationView) -> None:
        self.verify.set_busy(False)
        self.handoff.update_status(invitation)
        self.finish.start(invitation)
        self.stack.setCurrentWidget(self.finish)

    def _code_refused(self, error: Exception) -> None:
        self.verify.set_busy(False)
        if self._staff_refused(error):
            return
        self.verify.show_error(error)

    @Slot()
    def _send_new_code(self) -> None:
        invitation = self.handoff.invitation
        if invitation is None:
            return
        self.verify.set_busy(True)
        invitation_id = invitation.id
        who = self.salesperson_id
        if who is None:
            # A walk-in: straight to the server, as their registration went (nothing of it kept here).
            client = self._client
            self._background.run(lambda: client.resend_walk_in(invitation_id), self._new_code_sent, self._code_refused)
            return
        outbox = self._outbox
        # Asked for by the customer at the kiosk, on behalf of the salesperson who invited them.
        self._save(
            lambda: outbox.request(invitation_id, Action.RESEND, who),
            _Awaited(invitation_id, Action.RESEND, self._new_code_sent, self._code_refused, self._new_code_saved),
        )

    def _new_code_saved(self) -> None:
        self.verify.set_busy(False)
        self.verify.show_problem(None)
        self.verify.show_notice(messages.new_code_saved())

    def _new_code_sent(self, invitation: InvitationView) -> None:
        self.verify.set_busy(False)
        self.verify.show_problem(None)
        self.verify.code.clear()
        self.verify.show_notice(
            self.tr("A new code is on its way to %1. It replaces the old one.").replace(
                "%1", mask_email(invitation.email)
            )
        )

    @Slot()
    def _back_to_handoff(self) -> None:
        self.finish.wipe()
        self.stack.setCurrentWidget(self.handoff)

    @Slot(str, bool)
    def _complete_here(self, password: str, accept_terms: bool) -> None:
        invitation = self.handoff.invitation
        if invitation is None:
            return
        self.finish.set_busy(True)
        invitation_id = invitation.id
        # The customer's own choice of news channels replaces what the salesperson noted.
        marketing = self.finish.marketing_choices()
        self._background.run(
            lambda: self._client.complete_on_kiosk(invitation_id, password, accept_terms, marketing),
            self._completed_here,
            self._completion_failed,
        )

    def _completed_here(self, invitation: InvitationView) -> None:
        self.handoff.update_status(invitation)
        self._show_registered(invitation)

    def _show_registered(self, invitation: InvitationView) -> None:
        self._stop_follow()
        self._qr_timer.stop()
        self.finish.wipe()
        self.registered.show_for(invitation.first_name, email=invitation.email)
        self.stack.setCurrentWidget(self.registered)

    def _completion_failed(self, error: Exception) -> None:
        log.warning("completion at the kiosk failed: %s", type(error).__name__)
        self.finish.set_busy(False)
        # Each problem has its own words and way on; offline, the password is never kept to send later.
        self.finish.show_error(error)

    @Slot()
    def _back_to_salesperson(self) -> None:
        """Expired, withdrawn or already done: the salesperson's form, details kept, to send a new invitation."""
        self._stop_follow()
        self._qr_timer.stop()
        self._attempt = None  # Send makes a new invitation (a new id)
        if self.salesperson_id is None:  # a walk-in: no salesperson here, start again from the welcome
            self.wipe()
            return
        self.set_language(self._staff_language)
        self.stack.setCurrentWidget(self.form)

    @Slot()
    def _reenter_code(self) -> None:
        invitation = self.handoff.invitation
        if invitation is not None:
            self.verify.start(invitation)
            self.stack.setCurrentWidget(self.verify)

    @Slot()
    def _correct_email(self) -> None:
        """Back to the form as it was sent, only the address editable, to fix it.

        A walk-in has no salesperson to do it: they fix it themselves, on the screen they began on.
        """
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is None:
            self.walk_in.set_correcting(True)
            self.stack.setCurrentWidget(self.walk_in)
            self.walk_in.email.edit.setFocus()
            return
        self.form.set_correcting(True)
        self.stack.setCurrentWidget(self.form)

    @Slot(str)
    def _send_corrected_email(self, email: str) -> None:
        invitation = self.handoff.invitation
        who = self.salesperson_id
        if invitation is None or who is None:
            return
        self.form.set_busy(True)
        invitation_id = invitation.id
        outbox = self._outbox
        self._save(
            lambda: outbox.request(invitation_id, Action.CORRECT_EMAIL, who, email=email),
            _Awaited(
                invitation_id,
                Action.CORRECT_EMAIL,
                self._email_corrected,
                self._correction_failed,
                self._correction_saved,
            ),
        )

    def _email_corrected(self, invitation: InvitationView) -> None:
        self.form.set_correcting(False)
        self._invitation_sent(invitation)

    def _correction_failed(self, error: Exception) -> None:
        self.form.set_busy(False)
        if not self._staff_refused(error):
            self.form.show_problem(messages.api_error(error))

    def _correction_saved(self) -> None:
        self.next_customer()
        self.form.show_notice(messages.correction_saved())

    # -- walk-in visitors ---------------------------------------------------------------------

    @Slot()
    def load_dealer(self) -> None:
        """Ask whether this dealer's market lets walk-ins register; until it answers, it does not."""
        self._background.run(self._client.dealer, self._dealer_loaded, self._dealer_not_loaded)

    def _dealer_loaded(self, dealer: DealerInfo) -> None:
        self.welcome.set_self_registration(dealer.self_registration)

    def _dealer_not_loaded(self, error: Exception) -> None:
        log.info("dealer settings not loaded: %s", type(error).__name__)

    @Slot()
    def _show_walk_in(self) -> None:
        self.stack.setCurrentWidget(self.walk_in)
        self.walk_in.first_name.edit.setFocus()

    @Slot(str, str, str, bool)
    def _register_walk_in(self, first_name: str, last_name: str, email: str, news: bool) -> None:
        """Straight to the server (no outbox): nothing of a walk-in is kept on the kiosk to send later."""
        values = (first_name, last_name, email, news, self.language)
        if self._walk_in_attempt is None or self._walk_in_attempt[0] != values:
            self._walk_in_attempt = (values, uuid.uuid4())
        request = SelfRegistration(
            id=self._walk_in_attempt[1],
            first_name=first_name,
            last_name=last_name,
            email=email,
            language=self.language,
            consents=Consents(
                privacy_notice_acknowledged=True,
                marketing=frozenset({MarketingChannel.EMAIL} if news else ()),
            ),
        )
        self.walk_in.set_busy(True)
        client = self._client
        self._background.run(lambda: client.self_register(request), self._walk_in_registered, self._walk_in_refused)

    @Slot()
    def _walk_in_back(self) -> None:
        if not self.walk_in.correcting:
            self.show_welcome()
            return
        self.walk_in.set_correcting(False)
        invitation = self.handoff.invitation
        if invitation is None:
            self.wipe()
            return
        self._hand_over(invitation)  # as it was: the same address, its status followed again

    @Slot(str)
    def _correct_walk_in_email(self, email: str) -> None:
        invitation = self.handoff.invitation
        if invitation is None:
            return
        self.walk_in.set_busy(True)
        invitation_id, client = invitation.id, self._client
        self._background.run(
            lambda: client.correct_walk_in_email(invitation_id, email), self._walk_in_registered, self._walk_in_refused
        )

    def _walk_in_registered(self, invitation: InvitationView) -> None:
        self._walk_in_attempt = None
        self.walk_in.set_correcting(False)
        self.walk_in.set_busy(False)
        self._hand_over(invitation)

    def _walk_in_refused(self, error: Exception) -> None:
        log.warning("self-registration not started: %s", type(error).__name__)
        self.walk_in.set_busy(False)
        if isinstance(error, Refused) and error.code is ErrorCode.SELF_REGISTRATION_UNAVAILABLE:
            self.welcome.set_self_registration(False)
            self.walk_in.show_problem(
                self.tr("This showroom cannot create accounts at the kiosk. Please ask one of our salespeople.")
            )
        elif isinstance(error, BackendUnreachable):
            self.walk_in.show_problem(
                self.tr(
                    "The kiosk cannot reach the server right now, so nothing was sent. Please try again in a "
                    "moment, or ask one of our salespeople."
                )
            )
        else:
            self.walk_in.show_problem(messages.api_error(error))

    # -- the salesperson's invitations --------------------------------------------------------

    @Slot()
    def show_invitations(self) -> None:
        if self.salesperson_id is None:
            return
        self.invitations_flow.open(self.salesperson_id)
        self.stack.setCurrentWidget(self.invitations)
        self.invitations.search.setFocus()

    @Slot()
    def _back_to_form(self) -> None:
        self.stack.setCurrentWidget(self.form)

    @Slot(object)
    def _show_qr_again(self, invitation: InvitationView) -> None:
        """The customer came back to the desk: the phone view for their invitation, a fresh QR code."""
        self._hand_over(invitation)
        self.handoff.show_phone()

    @Slot(object)
    def _correct_from_list(self, invitation: InvitationView) -> None:
        """The form as the invitation was sent (what the backend keeps of it), only the e-mail editable."""
        self.handoff.show_invitation(invitation)  # the one the corrected address is sent for
        self.form.fill(
            BuyerDetails(
                first_name=invitation.first_name,
                last_name=invitation.last_name,
                email=invitation.email,
                language=invitation.language,
                consents=Consents(privacy_notice_acknowledged=True),
            )
        )
        self._correct_email()

    @Slot(object)
    def _fix_refused(self, details: InvitationCreate) -> None:
        """A refused invitation's saved details in the form: sent again, they replace the refused one."""
        self.next_customer()
        self._refused_id = details.id
        self.form.fill(details)
        self.form.show_notice(self.tr("The server refused this invitation. Fix the details, then send it again."))

    # -- next customer ------------------------------------------------------------------------

    @Slot()
    def next_customer(self) -> None:
        self._stop_awaiting(tell=False)  # still saved, and sent by the sync worker in time
        self._attempt = None
        self._refused_id = None
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is None:
            self.wipe()
            return
        self.finish.wipe()
        self.form.reset()
        self.set_language(self._staff_language)
        self.stack.setCurrentWidget(self.form)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            log.info("close ignored: kiosk mode (an administrator can quit)")
            event.ignore()
            return
        self.idle.stop()
        self._stop_follow()
        self._qr_timer.stop()
        self._await_timer.stop()
        self._started = True  # closed before its first turn of the event loop: nothing to begin
        if self._sync_stop is not None:
            self._sync_stop.set()
        self._sync.wake()
        self._background.shutdown()
        super().closeEvent(event)
