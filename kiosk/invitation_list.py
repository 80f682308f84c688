"""The salesperson's list of invitations: what the kiosk holds, merged with what the backend says.

Pure Python, so the rules are tested without Qt: the screen (``ui/screens/invitations.py``) only
shows the rows, filters them with :func:`search` and offers the buttons :func:`actions` allows.

Actions per status, and why (each matches what the backend accepts, ``backend/services.py``):

* **sent, opened** — show the QR code again, resend, correct the e-mail, cancel: the customer can
  still register, and the backend takes every one of these while the invitation is open.
* **delivery failed** — correct the e-mail (the point of showing it) and cancel: the backend
  accepts both for a bounced invitation, and a salesperson must be able to close one the customer
  no longer wants (else it stays "failed" until it expires). No resend (it would bounce again, and
  the backend refuses it) and no QR code (the backend refuses a link for an invitation not open).
* **needs attention** — correct only: it opens the details saved on the kiosk (``Outbox.details``)
  so they can be fixed and sent again; the backend never had it, so nothing else applies.
* **waiting to send** — nothing, not even cancel. The create request may be on the wire at this
  very moment; a cancel queued behind it would still send the customer an e-mail whose link dies
  minutes later, and withdrawing it from the outbox before it leaves races the sync worker. It
  reaches the backend within seconds of the connection coming back, and then every action is offered.
* **registered, existing ID, expired, cancelled** — nothing: the invitation is over.
"""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from uuid import UUID

from kiosk.outbox import LocalInvitation, LocalState
from kiosk.wire import ErrorCode, InvitationStatus, InvitationView


class ShownStatus(StrEnum):
    """What the salesperson sees in the status column."""

    #: Saved on this kiosk; the backend does not have it yet.
    WAITING = "waiting"
    SENT = "sent"
    OPENED = "opened"
    REGISTERED = "registered"
    #: The address already had an ID; the vehicle was linked to it.
    EXISTING_ID = "existing_id"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    #: The mail server refused the address: the e-mail needs correcting.
    FAILED = "failed"
    #: The backend refused the invitation for good; its details wait on the kiosk to be fixed.
    NEEDS_ATTENTION = "needs_attention"

    @property
    def is_problem(self) -> bool:
        """Shown marked (with a sign and in words, not by colour alone): someone must act."""
        return self in (ShownStatus.FAILED, ShownStatus.NEEDS_ATTENTION)


class RowAction(StrEnum):
    SHOW_QR = "show_qr"
    RESEND = "resend"
    #: Correct the e-mail of a sent invitation, or fix the saved details of one that needs attention.
    CORRECT = "correct"
    CANCEL = "cancel"


_FROM_BACKEND = {
    InvitationStatus.SENT: ShownStatus.SENT,
    InvitationStatus.OPENED: ShownStatus.OPENED,
    InvitationStatus.COMPLETED: ShownStatus.REGISTERED,
    InvitationStatus.EXISTING_ACCOUNT: ShownStatus.EXISTING_ID,
    InvitationStatus.EXPIRED: ShownStatus.EXPIRED,
    InvitationStatus.CANCELLED: ShownStatus.CANCELLED,
    InvitationStatus.DELIVERY_FAILED: ShownStatus.FAILED,
}

_ACTIONS: dict[ShownStatus, frozenset[RowAction]] = {
    ShownStatus.SENT: frozenset(RowAction),
    ShownStatus.OPENED: frozenset(RowAction),
    ShownStatus.FAILED: frozenset({RowAction.CORRECT, RowAction.CANCEL}),
    ShownStatus.NEEDS_ATTENTION: frozenset({RowAction.CORRECT}),
}


@dataclass(frozen=True)
class ListedInvitation:
    """One row of the salesperson's list."""

    id: UUID
    first_name: str
    last_name: str
    #: The full address when the backend's list has it, else the masked one the kiosk keeps.
    email: str
    status: ShownStatus
    #: When it was created (backend) or captured (kiosk); always timezone-aware.
    created_at: datetime
    #: Who invited, when this kiosk knows (the backend's list does not say).
    salesperson_id: int | None = None
    #: Why the backend refused it, for :attr:`ShownStatus.NEEDS_ATTENTION` only.
    problem: ErrorCode | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def shown_status(status: InvitationStatus) -> ShownStatus:
    return _FROM_BACKEND[status]


def _aware(moment: datetime) -> datetime:
    """The backend sends UTC; a timestamp without a zone is taken as UTC rather than as local time."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _from_kiosk(local: LocalInvitation) -> ListedInvitation:
    if local.state is LocalState.CONFIRMED or local.status is not None:
        # The backend has it (a write after the create may have been refused since; the backend
        # decides about it, and the kiosk holds no details to fix): its last known status.
        status = shown_status(local.status) if local.status is not None else ShownStatus.SENT
        problem = None
    elif local.state is LocalState.NEEDS_ATTENTION:
        status = ShownStatus.NEEDS_ATTENTION
        problem = local.problem.error if local.problem is not None else None
    else:
        status, problem = ShownStatus.WAITING, None
    return ListedInvitation(
        id=local.id,
        first_name=local.first_name,
        last_name=local.last_name,
        email=local.masked_email,
        status=status,
        created_at=datetime.fromtimestamp(local.captured_at, tz=UTC),
        salesperson_id=local.salesperson_id,
        problem=problem,
    )


def merge(local: list[LocalInvitation], remote: list[InvitationView]) -> list[ListedInvitation]:
    """One list, newest first: the backend's view wins for every invitation it has.

    Those only on the kiosk are waiting to be sent or need attention; a confirmed one the
    backend's answer does not include (offline, or beyond its page) keeps its last known status.
    """
    kiosk = {invitation.id: invitation for invitation in local}
    rows = [
        ListedInvitation(
            id=view.id,
            first_name=view.first_name,
            last_name=view.last_name,
            email=view.email,
            status=shown_status(view.status),
            created_at=_aware(view.created_at),
            salesperson_id=kiosk[view.id].salesperson_id if view.id in kiosk else None,
        )
        for view in {view.id: view for view in remote}.values()
    ]
    known = {row.id for row in rows}
    rows += [_from_kiosk(invitation) for invitation in local if invitation.id not in known]
    return sorted(rows, key=lambda row: (row.created_at, str(row.id)), reverse=True)


#: Letters that are not a base letter plus a mark, so stripping marks does not reach them.
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents, for matching what people type: "Åke" and "ake" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN)


def search(rows: Iterable[ListedInvitation], text: str) -> list[ListedInvitation]:
    """The rows whose name or e-mail contains every word of ``text``, in their order.

    Case and accents do not matter; an empty ``text`` matches every row.
    """
    words = fold(text).split()
    return [row for row in rows if all(word in fold(f"{row.first_name} {row.last_name} {row.email}") for word in words)]


def actions(row: ListedInvitation) -> set[RowAction]:
    """What the salesperson can do with ``row`` now (see the module's docstring for why)."""
    return set(_ACTIONS.get(row.status, ()))
