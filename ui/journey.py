"""What the kiosk does for the people at it, once its core is loaded: the showroom journey.

Staff sign-in, the invitation (saved to the outbox, then awaited), the hand-off with its QR code and
live status, finishing at the kiosk, walk-ins, the salesperson's invitations and the admin screen.
The window (:mod:`ui.main_window`) holds the screens and what every visitor sees first; this holds
the kiosk's core (API client, outbox, sync worker, staff list) and makes and wires the session
screens for the window when it first needs each.

Apart from the window because everything here needs the core, and the core (pydantic, httpx, the
keyring, SQLite) takes longer to load than the whole welcome screen: the window draws that screen
first and attaches a journey once the core is loaded on a worker (:meth:`MainWindow.load_core`,
:func:`kiosk.startup.open_core`).
"""

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.admin_pin import AdminPinGuard
from kiosk.api_client import ApiClient, BackendUnreachable, Refused
from kiosk.buyer import BuyerDetails, Consents, MarketingChannel, load_checkers
from kiosk.languages import Language
from kiosk.masking import mask_email
from kiosk.outbox import Action
from kiosk.password_policy import common_passwords
from kiosk.qr import qr_matrix
from kiosk.qr import warm_up as warm_up_qr
from kiosk.staff import SignIn, SignInResult, StaffRoster
from kiosk.startup import Core
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
from ui.widgets.forget import forget

if TYPE_CHECKING:
    from ui.admin_flow import AdminFlow
    from ui.invitations_flow import InvitationsFlow
    from ui.main_window import MainWindow
    from ui.screens.admin import AdminScreen
    from ui.screens.buyer_form import BuyerFormScreen
    from ui.screens.finish_here import FinishHereScreen
    from ui.screens.handoff import HandoffScreen
    from ui.screens.invitations import InvitationsScreen
    from ui.screens.registered import RegisteredScreen
    from ui.screens.self_registration import SelfRegistrationScreen
    from ui.screens.sign_in import SignInScreen
    from ui.screens.verify_code import VerifyCodeScreen

log = logging.getLogger("ui.journey")

AnswerT = TypeVar("AnswerT")

#: Ask for a new QR link this long before the current one expires, so a phone never scans a dead one.
QR_REFRESH_MARGIN_S = 30
#: How long a salesperson waits to hear "sent" before being told "saved, will be sent later".
SEND_WAIT_MS = 8_000


@dataclass
class _Awaited:
    """A write saved to the outbox whose first try the screen is waiting for."""

    invitation_id: uuid.UUID
    action: Action
    sent: Callable[[InvitationView], None]
    refused: Callable[[Exception], None]
    #: Not confirmed yet, but safely saved: the screen says it will go when the connection is back.
    saved: Callable[[], None]


class Journey(QObject):
    """The kiosk's work behind the window's screens; a child of the window, alive as long as it."""

    def __init__(self, window: "MainWindow", core: Core) -> None:
        super().__init__(window)
        self._window = window
        self._background = window.background
        self._client = core.client
        self._outbox = core.outbox
        self._roster = core.roster or StaffRoster()
        self._credentials = core.credentials
        self._config_path = core.config_path
        #: Wrong admin PINs are counted across wipes (a wipe must not reset the lockout).
        self._admin_guard = AdminPinGuard()
        #: The salesperson signed in, named on every staff action (None: nobody is).
        self.salesperson_id: int | None = None
        #: The language the salesperson signed in with: their screens come back to it.
        self._staff_language = window.default_language
        self._stop_following: threading.Event | None = None
        # Every write goes to the outbox first; the sync worker sends it, on its own thread.
        self._sync = SyncWorker(
            core.outbox,
            core.client,
            backoff=core.sync_backoff or Backoff(),
            on_event=self._background.channel(self._on_sync_event),
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
        #: A walk-in's registration being sent: the same details again reuse its id (no double account).
        self._walk_in_attempt: tuple[tuple[str, str, str, bool, Language], uuid.UUID] | None = None
        self._qr_timer = QTimer(self)
        self._qr_timer.setSingleShot(True)
        self._qr_timer.timeout.connect(self._request_qr_link)
        self._invitations_flow: InvitationsFlow | None = None
        #: The customer being served, counted: a new one after "next customer" and at every wipe. An answer
        #: the backend gives for an earlier one is dropped (see :meth:`_for_this_customer`).
        self._customer = 0
        self._admin_flow: AdminFlow | None = None
        window.header.sync.send_now_requested.connect(self._wake_sync)

    def start(self) -> None:
        """Begin the workers (after the welcome screen's first frame: see :meth:`MainWindow.load_core`).

        The sync engine, the e-mail and phone checkers, the QR library and the common passwords, read
        and imported now so the first keystroke or QR code waits for no disk read or import; the staff
        list and the dealer's settings from the backend.
        """
        self._sync_stop = self._background.stream(lambda stop, _emit: self._sync.run(stop), lambda _item: None)
        self._background.run(common_passwords, lambda _list: None, lambda error: log.error("%r", error))
        self._background.run(load_checkers, lambda _: None, lambda error: log.error("%r", error))
        self._background.run(warm_up_qr, lambda _: None, lambda error: log.error("%r", error))
        self.refresh()

    def refresh(self) -> None:
        """Ask the backend again who may sign in and what this dealer allows (at start and after a wipe)."""
        self.load_staff()
        self.load_dealer()

    def end_visit(self) -> None:
        """Forget this visit before the window drops its screens: the QR code dies, nobody is signed in."""
        self._customer += 1
        self._revoke_qr_link()
        self._stop_awaiting(tell=False)  # still saved, and sent by the sync worker in time
        self._attempt = None
        self._refused_id = None
        self._walk_in_attempt = None
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is not None:
            log.info("salesperson %d signed out", self.salesperson_id)
        self.salesperson_id = None

    def screens_dropped(self, names: set[str]) -> None:
        """The window threw these session screens away; their flows went with them."""
        if "invitations" in names:
            self._invitations_flow = None
        if "admin" in names:
            self._admin_flow = None

    def _forget_password(self) -> None:
        """The finish-here screen forgets what was typed (if it was used: otherwise nothing was)."""
        if self._window.was_used("finish"):
            self._window.finish.wipe()

    def close(self) -> None:
        """The window closes: stop following, stop the sync worker (the window shuts the workers down)."""
        self._stop_follow()
        self._qr_timer.stop()
        self._await_timer.stop()
        if self._sync_stop is not None:
            self._sync_stop.set()
        self._sync.wake()

    @property
    def client(self) -> ApiClient:
        return self._client

    @Slot()
    def _wake_sync(self) -> None:
        """Send what waits now. (A slot of this QObject: PySide keeps a weak reference for every
        connection to a method of a plain Python object such as the worker, and never drops it.)"""
        self._sync.wake()

    def make_sign_in(self) -> "SignInScreen":
        from ui.screens.sign_in import SignInScreen

        screen = SignInScreen()
        if self._roster.people:
            screen.show_people(self._roster.people)
        screen.sign_in_requested.connect(self._check_pin)
        screen.reload_requested.connect(self.load_staff)
        screen.back_requested.connect(self._window.show_welcome)
        return screen

    def make_form(self) -> "BuyerFormScreen":
        from ui.screens.buyer_form import BuyerFormScreen

        screen = BuyerFormScreen(self._window.default_language, country=self._window.settings.dealer_country)
        screen.sign_out_requested.connect(self._window.wipe)
        screen.submitted.connect(self._send_invitation)
        screen.email_corrected.connect(self._send_corrected_email)
        screen.invitations_requested.connect(self.show_invitations)
        return screen

    def make_handoff(self) -> "HandoffScreen":
        from ui.screens.handoff import HandoffScreen

        screen = HandoffScreen()
        screen.finish_here_requested.connect(self._open_finish_here)
        screen.new_customer_requested.connect(self.next_customer)
        screen.correct_email_requested.connect(self._correct_email)
        return screen

    def make_verify(self) -> "VerifyCodeScreen":
        from ui.screens.verify_code import VerifyCodeScreen

        screen = VerifyCodeScreen()
        screen.submitted.connect(self._verify_code)
        screen.new_code_requested.connect(self._send_new_code)
        screen.back_requested.connect(self._back_to_handoff)
        screen.correct_email_requested.connect(self._correct_email)
        screen.salesperson_requested.connect(self._back_to_salesperson)
        return screen

    def make_finish(self) -> "FinishHereScreen":
        from ui.screens.finish_here import FinishHereScreen

        screen = FinishHereScreen(self._window.settings.brand)
        screen.submitted.connect(self._complete_here)
        screen.back_requested.connect(self._back_to_handoff)
        screen.correct_email_requested.connect(self._correct_email)
        screen.salesperson_requested.connect(self._back_to_salesperson)
        screen.code_requested.connect(self._reenter_code)
        return screen

    def make_registered(self) -> "RegisteredScreen":
        from ui.screens.registered import RegisteredScreen

        screen = RegisteredScreen(self._window.settings.brand)
        screen.next_customer_requested.connect(self.next_customer)
        return screen

    def make_walk_in(self) -> "SelfRegistrationScreen":
        from ui.screens.self_registration import SelfRegistrationScreen

        screen = SelfRegistrationScreen(self._window.settings.brand)
        screen.back_requested.connect(self._walk_in_back)
        screen.submitted.connect(self._register_walk_in)
        screen.email_corrected.connect(self._correct_walk_in_email)
        return screen

    def make_invitations(self) -> "InvitationsScreen":
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

    def make_admin(self) -> "AdminScreen":
        # The admin screen and what it does (keyring, diagnostics) are the largest part of the window,
        # and the least used: imported at the first use, not at the start of every kiosk.
        from ui.admin_flow import AdminFlow
        from ui.screens.admin import AdminScreen

        window = self._window
        screen = AdminScreen()
        flow = AdminFlow(
            screen,
            background=self._background,
            guard=self._admin_guard,
            settings=lambda: window.settings,
            client=self._client,
            outbox=self._outbox,
            config_path=self._config_path,
            credentials=self._credentials,
        )
        flow.settings_changed.connect(window.apply_settings)
        flow.left.connect(window.wipe)
        flow.quit.connect(window.quit_kiosk)
        self._admin_flow = flow
        return screen

    @property
    def invitations_flow(self) -> "InvitationsFlow":
        """What the invitations screen does (made with the screen)."""
        self._window.session_screen("invitations")
        assert self._invitations_flow is not None
        return self._invitations_flow

    @property
    def admin_flow(self) -> "AdminFlow":
        """What the admin screen does (made with the screen)."""
        self._window.session_screen("admin")
        assert self._admin_flow is not None
        return self._admin_flow

    def _revoke_qr_link(self) -> None:
        """The QR code on the screen stops working: a phone that photographed it gets nowhere now.

        Best effort: offline, the link still dies when it expires (minutes); the e-mailed link is untouched.
        """
        if not self._window.was_used("handoff"):
            return  # not used since the last wipe: no QR code was shown
        handoff = self._window.handoff
        invitation = handoff.invitation
        if invitation is None or handoff.is_registered():
            return
        client, invitation_id = self._client, invitation.id
        self._background.run(
            lambda: client.revoke_qr_links(invitation_id),
            lambda _: log.info("QR link revoked at the wipe"),
            lambda error: log.warning("QR link not revoked (it expires on its own): %s", type(error).__name__),
        )

    # -- staff --------------------------------------------------------------------------------

    @Slot()
    def load_staff(self) -> None:
        """Fetch the dealer's salespeople; until it answers, sign-in works from the list at hand."""
        self._background.run(self._client.list_salespeople, self._staff_loaded, self._staff_not_loaded)

    def _staff_loaded(self, staff: SalespersonList) -> None:
        self._roster.replace(staff.items)
        # A sign-in screen not in use is given the list when it is opened: the list arrives just after
        # a wipe, and making the screen for it there and then would stall the window.
        if self._window.was_used("sign_in"):
            self._window.sign_in.show_people(self._roster.people)
        outbox = self._outbox
        self._background.run(lambda: outbox.save_staff(staff), lambda _: None, lambda e: log.error("%r", e))

    def _staff_not_loaded(self, error: Exception) -> None:
        log.warning("staff list not loaded: %s", type(error).__name__)
        if not self._roster.people and self._window.was_used("sign_in"):  # opening it asks again
            self._window.sign_in.show_load_failed()

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
            self._window.sign_in.show_result(result)
            return
        log.info("salesperson %d signed in", salesperson_id)
        self.salesperson_id = salesperson_id
        self._staff_language = self._window.language
        self._window.sign_in.reset()
        self._window.form.set_salesperson(person.name)
        self.next_customer()

    def _pin_check_failed(self, error: Exception) -> None:
        log.error("PIN check failed: %r", error)
        self._window.sign_in.show_result(SignInResult(SignIn.UNKNOWN))

    @Slot()
    def show_sign_in(self) -> None:
        sign_in = self._window.sign_in
        if self._roster.people:
            sign_in.show_people(self._roster.people)
        sign_in.reset()
        self._window.stack.setCurrentWidget(sign_in)
        self.load_staff()

    def _staff_refused(self, error: Exception) -> bool:
        """The backend no longer accepts the signed-in salesperson (deactivated): sign them out, say why."""
        if not (isinstance(error, Refused) and error.code is ErrorCode.SALESPERSON_UNKNOWN):
            return False
        self._window.wipe()
        self.show_sign_in()
        self._window.sign_in.show_result(SignInResult(SignIn.UNKNOWN))
        return True

    # -- sending ------------------------------------------------------------------------------

    def _on_sync_event(self, event: SyncEvent) -> None:
        state = event if isinstance(event, SyncState) else event.state
        self._window.header.sync.show_state(state)
        if isinstance(event, Outcome):
            self._settle(event)
            if self._invitations_flow is not None:  # no screen, no action of its own waiting
                self._invitations_flow.on_outcome(event)

    def _save(self, work: Callable[[], None], awaited: _Awaited) -> None:
        """Write to the outbox on a worker; once on disk, wake the sync worker and wait for its word.

        If the customer has gone by then (the kiosk idled, the salesperson moved on), what was saved is
        still sent, but nobody waits for the answer: it belongs to nobody on the screen now.
        """
        customer = self._customer

        def saved(_: None) -> None:
            self._sync.wake()
            if self._customer == customer:
                self._awaited = awaited
                self._await_timer.start(SEND_WAIT_MS)

        def not_saved(error: Exception) -> None:
            # The disk refused (full, broken): nothing is saved, so what was typed stays on screen.
            log.error("could not save to the outbox: %r", error)
            if self._customer == customer:
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
        self._window.form.set_busy(True)
        outbox, replaces = self._outbox, self._refused_id
        self._save(
            lambda: outbox.capture(request, who, replaces=replaces),
            _Awaited(request.id, Action.CREATE, self._invitation_sent, self._invitation_failed, self._invitation_saved),
        )

    def _invitation_sent(self, invitation: InvitationView) -> None:
        self._attempt = None
        self._refused_id = None
        self._window.form.set_busy(False)
        if invitation.status is InvitationStatus.EXISTING_ACCOUNT:
            self._window.registered.show_for(invitation.first_name, existing=True)
            self._window.stack.setCurrentWidget(self._window.registered)
            return
        self._hand_over(invitation)

    def _hand_over(self, invitation: InvitationView) -> None:
        """The hand-off for ``invitation``: its status followed, its QR code asked for."""
        self._stop_follow()
        self._qr_timer.stop()
        self._window.handoff.show_invitation(invitation)
        # From here on the screen is the customer's: in the language chosen for them.
        self._window.set_language(invitation.language)
        self._window.stack.setCurrentWidget(self._window.handoff)
        self._follow(invitation)
        self._request_qr_link()

    def _invitation_saved(self) -> None:
        """Saved, not sent: the form is free for the next customer and says what will happen."""
        self.next_customer()
        self._window.form.show_notice(messages.saved_for_later())

    def _invitation_failed(self, error: Exception) -> None:
        log.warning("invitation not sent: %s", type(error).__name__)
        self._window.form.set_busy(False)
        if self._staff_refused(error):
            return
        if self._attempt is not None:
            # Kept on this kiosk as "needs attention" until the salesperson sends the fixed details.
            self._refused_id = self._attempt[1]
            self._attempt = None
        self._window.form.show_problem(messages.api_error(error))

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
        current = self._window.handoff.invitation
        if isinstance(event, bool):
            self._window.handoff.set_online(event)
            return
        if current is None or event.id != current.id:
            return  # a late update about an earlier customer
        self._window.handoff.update_status(event)
        if self._window.handoff.is_undeliverable():
            self._window.handoff.correct_email.setFocus()
        if self._window.handoff.is_registered():
            # Finished on the phone: the kiosk shows the same success screen as finishing here.
            self._show_registered(event)

    @Slot()
    def _request_qr_link(self) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None or self._window.handoff.is_registered():
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
        current = self._window.handoff.invitation
        if current is None or current.id != invitation_id or self._window.handoff.is_registered():
            return
        self._window.handoff.set_qr_link(link.url, link.match_code, link.expires_at, matrix)
        seconds_left = (link.expires_at - datetime.now(UTC)).total_seconds()
        self._qr_timer.start(int(max(5.0, seconds_left - QR_REFRESH_MARGIN_S) * 1000))

    def _qr_link_failed(self, invitation_id: uuid.UUID, error: Exception) -> None:
        current = self._window.handoff.invitation
        if current is None or current.id != invitation_id:
            return
        log.warning("no QR link: %s", type(error).__name__)
        self._window.handoff.set_qr_link(None)
        self._qr_timer.start(10_000)

    def _stop_follow(self) -> None:
        if self._stop_following is not None:
            self._stop_following.set()
            self._stop_following = None

    # -- finishing at the kiosk ---------------------------------------------------------------

    @Slot()
    def _open_finish_here(self) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None:
            return
        if invitation.email_verified_at is None:
            self._window.verify.start(invitation)
            self._window.stack.setCurrentWidget(self._window.verify)
        else:
            self._window.finish.start(invitation)
            self._window.stack.setCurrentWidget(self._window.finish)

    @Slot(str)
    def _verify_code(self, code: str) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None:
            return
        self._window.verify.set_busy(True)
        invitation_id = invitation.id
        self._background.run(
            lambda: self._client.verify_code(invitation_id, code),
            self._for_this_customer(self._code_verified),
            self._for_this_customer(self._code_refused),
        )

    def _code_verified(self, invitation: InvitationView) -> None:
        self._window.verify.set_busy(False)
        self._window.handoff.update_status(invitation)
        self._window.finish.start(invitation)
        self._window.stack.setCurrentWidget(self._window.finish)

    def _code_refused(self, error: Exception) -> None:
        self._window.verify.set_busy(False)
        if self._staff_refused(error):
            return
        self._window.verify.show_error(error)

    @Slot()
    def _send_new_code(self) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None:
            return
        self._window.verify.set_busy(True)
        invitation_id = invitation.id
        who = self.salesperson_id
        if who is None:
            # A walk-in: straight to the server, as their registration went (nothing of it kept here).
            client = self._client
            self._background.run(
                lambda: client.resend_walk_in(invitation_id),
                self._for_this_customer(self._new_code_sent),
                self._for_this_customer(self._code_refused),
            )
            return
        outbox = self._outbox
        # Asked for by the customer at the kiosk, on behalf of the salesperson who invited them.
        self._save(
            lambda: outbox.request(invitation_id, Action.RESEND, who),
            _Awaited(invitation_id, Action.RESEND, self._new_code_sent, self._code_refused, self._new_code_saved),
        )

    def _new_code_saved(self) -> None:
        self._window.verify.set_busy(False)
        self._window.verify.show_problem(None)
        self._window.verify.show_notice(messages.new_code_saved())

    def _new_code_sent(self, invitation: InvitationView) -> None:
        self._window.verify.set_busy(False)
        self._window.verify.show_problem(None)
        forget(self._window.verify.code)
        self._window.verify.show_notice(
            self.tr("A new code is on its way to %1. It replaces the old one.").replace(
                "%1", mask_email(invitation.email)
            )
        )

    @Slot()
    def _back_to_handoff(self) -> None:
        self._forget_password()
        self._window.stack.setCurrentWidget(self._window.handoff)

    @Slot(str, bool)
    def _complete_here(self, password: str, accept_terms: bool) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None:
            return
        self._window.finish.set_busy(True)
        invitation_id = invitation.id
        # The customer's own choice of news channels replaces what the salesperson noted.
        marketing = self._window.finish.marketing_choices()
        self._background.run(
            lambda: self._client.complete_on_kiosk(invitation_id, password, accept_terms, marketing),
            self._for_this_customer(self._completed_here),
            self._for_this_customer(self._completion_failed),
        )

    def _for_this_customer(self, handle: Callable[[AnswerT], None]) -> Callable[[AnswerT], None]:
        """``handle``, for an answer about the customer being served now; dropped if it comes later.

        The backend can answer after the customer is gone: the phone's "registered" reached the kiosk
        first and the salesperson moved on, then the answer to "create my ID" arrived and showed
        "Registered" with the previous customer's name to the next one (seen in the cycles benchmark).
        """
        customer = self._customer

        def deliver(answer: AnswerT) -> None:
            if self._customer == customer:
                handle(answer)

        return deliver

    def _completed_here(self, invitation: InvitationView) -> None:
        self._window.handoff.update_status(invitation)
        self._show_registered(invitation)

    def _show_registered(self, invitation: InvitationView) -> None:
        self._stop_follow()
        self._qr_timer.stop()
        self._forget_password()
        self._window.registered.show_for(invitation.first_name, email=invitation.email)
        self._window.stack.setCurrentWidget(self._window.registered)

    def _completion_failed(self, error: Exception) -> None:
        log.warning("completion at the kiosk failed: %s", type(error).__name__)
        self._window.finish.set_busy(False)
        # Each problem has its own words and way on; offline, the password is never kept to send later.
        self._window.finish.show_error(error)

    @Slot()
    def _back_to_salesperson(self) -> None:
        """Expired, withdrawn or already done: the salesperson's form, details kept, to send a new invitation."""
        self._stop_follow()
        self._qr_timer.stop()
        self._attempt = None  # Send makes a new invitation (a new id)
        if self.salesperson_id is None:  # a walk-in: no salesperson here, start again from the welcome
            self._window.wipe()
            return
        self._window.set_language(self._staff_language)
        self._window.stack.setCurrentWidget(self._window.form)

    @Slot()
    def _reenter_code(self) -> None:
        invitation = self._window.handoff.invitation
        if invitation is not None:
            self._window.verify.start(invitation)
            self._window.stack.setCurrentWidget(self._window.verify)

    @Slot()
    def _correct_email(self) -> None:
        """Back to the form as it was sent, only the address editable, to fix it.

        A walk-in has no salesperson to do it: they fix it themselves, on the screen they began on.
        """
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is None:
            self._window.walk_in.set_correcting(True)
            self._window.stack.setCurrentWidget(self._window.walk_in)
            self._window.walk_in.email.edit.setFocus()
            return
        self._window.form.set_correcting(True)
        self._window.stack.setCurrentWidget(self._window.form)

    @Slot(str)
    def _send_corrected_email(self, email: str) -> None:
        invitation = self._window.handoff.invitation
        who = self.salesperson_id
        if invitation is None or who is None:
            return
        self._window.form.set_busy(True)
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
        self._window.form.set_correcting(False)
        self._invitation_sent(invitation)

    def _correction_failed(self, error: Exception) -> None:
        self._window.form.set_busy(False)
        if not self._staff_refused(error):
            self._window.form.show_problem(messages.api_error(error))

    def _correction_saved(self) -> None:
        self.next_customer()
        self._window.form.show_notice(messages.correction_saved())

    # -- walk-in visitors ---------------------------------------------------------------------

    @Slot()
    def load_dealer(self) -> None:
        """Ask whether this dealer's market lets walk-ins register; until it answers, it does not."""
        self._background.run(self._client.dealer, self._dealer_loaded, self._dealer_not_loaded)

    def _dealer_loaded(self, dealer: DealerInfo) -> None:
        self._window.welcome.set_self_registration(dealer.self_registration)

    def _dealer_not_loaded(self, error: Exception) -> None:
        log.info("dealer settings not loaded: %s", type(error).__name__)

    @Slot()
    def show_walk_in(self) -> None:
        self._window.stack.setCurrentWidget(self._window.walk_in)
        self._window.walk_in.first_name.edit.setFocus()

    @Slot(str, str, str, bool)
    def _register_walk_in(self, first_name: str, last_name: str, email: str, news: bool) -> None:
        """Straight to the server (no outbox): nothing of a walk-in is kept on the kiosk to send later."""
        values = (first_name, last_name, email, news, self._window.language)
        if self._walk_in_attempt is None or self._walk_in_attempt[0] != values:
            self._walk_in_attempt = (values, uuid.uuid4())
        request = SelfRegistration(
            id=self._walk_in_attempt[1],
            first_name=first_name,
            last_name=last_name,
            email=email,
            language=self._window.language,
            consents=Consents(
                privacy_notice_acknowledged=True,
                marketing=frozenset({MarketingChannel.EMAIL} if news else ()),
            ),
        )
        self._window.walk_in.set_busy(True)
        client = self._client
        self._background.run(lambda: client.self_register(request), self._walk_in_registered, self._walk_in_refused)

    @Slot()
    def _walk_in_back(self) -> None:
        if not self._window.walk_in.correcting:
            self._window.show_welcome()
            return
        self._window.walk_in.set_correcting(False)
        invitation = self._window.handoff.invitation
        if invitation is None:
            self._window.wipe()
            return
        self._hand_over(invitation)  # as it was: the same address, its status followed again

    @Slot(str)
    def _correct_walk_in_email(self, email: str) -> None:
        invitation = self._window.handoff.invitation
        if invitation is None:
            return
        self._window.walk_in.set_busy(True)
        invitation_id, client = invitation.id, self._client
        self._background.run(
            lambda: client.correct_walk_in_email(invitation_id, email), self._walk_in_registered, self._walk_in_refused
        )

    def _walk_in_registered(self, invitation: InvitationView) -> None:
        self._walk_in_attempt = None
        self._window.walk_in.set_correcting(False)
        self._window.walk_in.set_busy(False)
        self._hand_over(invitation)

    def _walk_in_refused(self, error: Exception) -> None:
        log.warning("self-registration not started: %s", type(error).__name__)
        self._window.walk_in.set_busy(False)
        if isinstance(error, Refused) and error.code is ErrorCode.SELF_REGISTRATION_UNAVAILABLE:
            self._window.welcome.set_self_registration(False)
            self._window.walk_in.show_problem(
                self.tr("This showroom cannot create accounts at the kiosk. Please ask one of our salespeople.")
            )
        elif isinstance(error, BackendUnreachable):
            self._window.walk_in.show_problem(
                self.tr(
                    "The kiosk cannot reach the server right now, so nothing was sent. Please try again in a "
                    "moment, or ask one of our salespeople."
                )
            )
        else:
            self._window.walk_in.show_problem(messages.api_error(error))

    # -- the salesperson's invitations --------------------------------------------------------

    @Slot()
    def show_invitations(self) -> None:
        if self.salesperson_id is None:
            return
        self.invitations_flow.open(self.salesperson_id)
        self._window.stack.setCurrentWidget(self._window.invitations)
        self._window.invitations.search.setFocus()

    @Slot()
    def _back_to_form(self) -> None:
        self._window.stack.setCurrentWidget(self._window.form)

    @Slot(object)
    def _show_qr_again(self, invitation: InvitationView) -> None:
        """The customer came back to the desk: the phone view for their invitation, a fresh QR code."""
        self._hand_over(invitation)
        self._window.handoff.show_phone()

    @Slot(object)
    def _correct_from_list(self, invitation: InvitationView) -> None:
        """The form as the invitation was sent (what the backend keeps of it), only the e-mail editable."""
        self._window.handoff.show_invitation(invitation)  # the one the corrected address is sent for
        self._window.form.fill(
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
        self._window.form.fill(details)
        self._window.form.show_notice(
            self.tr("The server refused this invitation. Fix the details, then send it again.")
        )

    # -- next customer ------------------------------------------------------------------------

    @Slot()
    def next_customer(self) -> None:
        self._customer += 1
        self._stop_awaiting(tell=False)  # still saved, and sent by the sync worker in time
        self._attempt = None
        self._refused_id = None
        self._stop_follow()
        self._qr_timer.stop()
        if self.salesperson_id is None:
            self._window.wipe()
            return
        self._forget_password()
        self._window.form.reset()
        self._window.set_language(self._staff_language)
        self._window.stack.setCurrentWidget(self._window.form)
