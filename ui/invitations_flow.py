"""The salesperson's invitations screen, fed from the kiosk's own store and from the backend.

The list comes in two steps: what this kiosk holds first (from its disk: instant, and all there is
when offline), then the backend's view merged over it (:func:`kiosk.invitation_list.merge`). The
funnel comes from the backend only. Resend and cancel are queued in the outbox like every write, so
they survive an outage; showing the QR code again and correcting an e-mail hand over to the
window's hand-off and form, which already know how.
"""

import logging
import uuid
from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from kiosk.api_client import ApiClient
from kiosk.invitation_list import ListedInvitation, ShownStatus, merge
from kiosk.outbox import Action, LocalInvitation, Outbox
from kiosk.sync import Outcome, Result
from kiosk.wire import FunnelReport, InvitationCreate, InvitationList, InvitationView
from ui import messages
from ui.background import Background
from ui.screens.invitations import InvitationsScreen

log = logging.getLogger("ui.invitations")


def period_starts(now: datetime | None = None) -> tuple[datetime, datetime]:
    """Today's and this week's (Monday's) local midnight, with the local offset, as the funnel asks."""
    local = (now or datetime.now(UTC)).astimezone()
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day - timedelta(days=day.weekday())


class InvitationsFlow(QObject):
    """Loads the list and the funnel for the signed-in salesperson and carries out the row actions."""

    #: The hand-off's phone view for this invitation (an :class:`InvitationView`, fresh from the backend).
    show_qr = Signal(object)
    #: The form in correction mode for this invitation (an :class:`InvitationView`).
    correct_email = Signal(object)
    #: The form with a refused invitation's saved details, to fix and send again (an :class:`InvitationCreate`).
    fix_details = Signal(object)
    #: A write is in the outbox: the sync worker should send it now rather than at its next round.
    queued = Signal()

    def __init__(self, screen: InvitationsScreen, *, background: Background, outbox: Outbox, client: ApiClient) -> None:
        super().__init__(screen)  # made and thrown away with its screen (a session screen)
        self._screen = screen
        self._background = background
        self._outbox = outbox
        self._client = client
        self._salesperson_id: int | None = None
        self._local: list[LocalInvitation] = []
        #: The backend's list from its last answer (None: it did not answer); the kiosk's rows merge into it.
        self._remote: list[InvitationView] | None = None
        self._online = True
        #: The ids of writes queued from this screen, so their outcome refreshes the list.
        #: (Resend then cancel of one invitation are two writes; each outcome settles its own.)
        self._queued: set[tuple[uuid.UUID, Action]] = set()
        screen.refresh_requested.connect(self.refresh)
        screen.show_qr_requested.connect(self._show_qr)
        screen.correct_requested.connect(self._correct)
        screen.resend_requested.connect(lambda invitation_id: self._queue(invitation_id, Action.RESEND))
        screen.cancel_requested.connect(lambda invitation_id: self._queue(invitation_id, Action.CANCEL))

    def _alive(self) -> bool:
        """An answer may arrive after a wipe threw this screen away; then there is no one to tell."""
        return shiboken6.isValid(self) and shiboken6.isValid(self._screen)

    def open(self, salesperson_id: int) -> None:
        self._salesperson_id = salesperson_id
        self._screen.show_notice(None)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        who = self._salesperson_id
        if who is None:
            return
        self._screen.set_loading()
        outbox, client = self._outbox, self._client
        self._background.run(outbox.local_invitations, self._local_loaded, self._load_failed)
        self._background.run(lambda: client.list_invitations(salesperson_id=who), self._remote_loaded, self._offline)
        starts = period_starts()
        self._background.run(
            lambda: client.funnel(*starts, salesperson_id=who), self._funnel_loaded, self._funnel_failed
        )

    def on_outcome(self, outcome: Outcome) -> None:
        """The sync worker settled a write: if it was queued here, show where things stand now."""
        write = (outcome.invitation_id, outcome.action)
        if write in self._queued and outcome.result is not Result.POSTPONED:
            self._queued.discard(write)
            if outcome.result is Result.REFUSED and outcome.refusal is not None and self._alive():
                self._screen.show_problem(messages.api_error(outcome.refusal))
            self.refresh()

    # -- answers ------------------------------------------------------------------------------

    def _local_loaded(self, local: list[LocalInvitation]) -> None:
        if not self._alive():
            return
        self._local = local
        # Until the backend answers, the kiosk's rows show without claiming to be offline.
        self._screen.show_rows(merge(local, self._remote or []), online=self._online)

    def _remote_loaded(self, remote: InvitationList) -> None:
        if not self._alive():
            return
        self._remote, self._online = list(remote.items), True
        self._screen.show_rows(merge(self._local, self._remote), online=True)

    def _offline(self, error: Exception) -> None:
        log.info("invitations from the backend not loaded: %s", type(error).__name__)
        if self._alive():
            self._remote, self._online = None, False
            self._screen.show_rows(merge(self._local, []), online=False)

    def _load_failed(self, error: Exception) -> None:
        log.error("the kiosk's invitations could not be read: %r", error)
        if self._alive():
            self._screen.show_problem(messages.api_error(error))

    def _funnel_loaded(self, report: FunnelReport) -> None:
        if self._alive():
            self._screen.show_funnel(report)

    def _funnel_failed(self, error: Exception) -> None:
        log.info("funnel not loaded: %s", type(error).__name__)
        if self._alive():
            self._screen.show_funnel(None)

    # -- actions ------------------------------------------------------------------------------

    def _row(self, invitation_id: uuid.UUID) -> ListedInvitation | None:
        return next((row for row in self._screen.model.rows() if row.id == invitation_id), None)

    @Slot(object)
    def _show_qr(self, invitation_id: uuid.UUID) -> None:
        client = self._client
        self._background.run(lambda: client.get_invitation(invitation_id), self._hand_over_qr, self._action_failed)

    def _hand_over_qr(self, invitation: InvitationView) -> None:
        if self._alive():
            self.show_qr.emit(invitation)

    @Slot(object)
    def _correct(self, invitation_id: uuid.UUID) -> None:
        row = self._row(invitation_id)
        outbox, client = self._outbox, self._client
        if row is not None and row.status is ShownStatus.NEEDS_ATTENTION:
            self._background.run(lambda: outbox.details(invitation_id), self._hand_over_details, self._action_failed)
        else:
            self._background.run(
                lambda: client.get_invitation(invitation_id), self._hand_over_correction, self._action_failed
            )

    def _hand_over_details(self, details: InvitationCreate | None) -> None:
        if not self._alive():
            return
        if details is None:  # sent meanwhile, or past the retention time: nothing left to fix here
            self.refresh()
            return
        self.fix_details.emit(details)

    def _hand_over_correction(self, invitation: InvitationView) -> None:
        if self._alive():
            self.correct_email.emit(invitation)

    def _queue(self, invitation_id: uuid.UUID, action: Action) -> None:
        who = self._salesperson_id
        if who is None:
            return
        outbox = self._outbox
        self._queued.add((invitation_id, action))
        self._background.run(
            lambda: outbox.request(invitation_id, action, who), lambda _: self._queued_ok(action), self._action_failed
        )

    def _queued_ok(self, action: Action) -> None:
        if not self._alive():
            return
        self.queued.emit()
        notice = (
            self.tr("A new e-mail will be sent; the list shows it once the server has it.")
            if action is Action.RESEND
            else self.tr("The invitation will be cancelled; the list shows it once the server has it.")
        )
        self._screen.show_notice(notice)
        self.refresh()

    def _action_failed(self, error: Exception) -> None:
        log.warning("invitation action failed: %s", type(error).__name__)
        if self._alive():
            self._screen.show_problem(messages.api_error(error))
