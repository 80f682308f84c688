"""Expiring invitations and deleting personal data that is no longer needed.

Every step is a set of conditional updates, safe to run from several backend processes at once
and as often as wanted; each process runs it on a timer (``Housekeeper``).
"""

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session, sessionmaker

from backend import ratelimit, services
from backend.db import utcnow
from backend.models import AuditEvent, IdempotencyKey, Invitation, LinkToken, OutboxMail
from backend.settings import BackendSettings
from kiosk.wire import InvitationStatus

log = logging.getLogger("backend.housekeeping")

_WAITING = [InvitationStatus.SENT.value, InvitationStatus.OPENED.value, InvitationStatus.DELIVERY_FAILED.value]


@dataclass(frozen=True)
class Report:
    expired: int
    purged: int
    keys_deleted: int


def expire_invitations(session: Session, settings: BackendSettings, now: datetime) -> int:
    """Invitations whose every e-mailed link has run out, with no mail still to send, become expired."""
    live_link = exists().where(
        LinkToken.invitation_id == Invitation.id, LinkToken.kind == "email", LinkToken.expires_at > now
    )
    queued_mail = exists().where(
        OutboxMail.invitation_id == Invitation.id, OutboxMail.sent_at.is_(None), OutboxMail.failed_at.is_(None)
    )
    due = session.scalars(
        select(Invitation).where(
            Invitation.status.in_(_WAITING),
            Invitation.created_at <= now - settings.email_link_ttl,
            ~live_link,
            ~queued_mail,
        )
    ).all()
    for invitation in due:
        invitation.status = InvitationStatus.EXPIRED.value
        invitation.expired_at = now
        session.execute(
            update(LinkToken)
            .where(LinkToken.invitation_id == invitation.id, LinkToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        services.audit(session, "invitation_expired", invitation)
    session.commit()
    return len(due)


def purge_personal_data(session: Session, settings: BackendSettings, now: datetime) -> int:
    """Delete the buyer's data of invitations expired or cancelled longer than ``purge_after`` ago.

    What stays is what the dealer's statistics need: status, dates, dealer, salesperson.
    """
    cutoff = now - settings.purge_after
    due = session.scalars(
        select(Invitation).where(
            Invitation.purged_at.is_(None),
            (
                (Invitation.status == InvitationStatus.EXPIRED.value) & (Invitation.expired_at <= cutoff)
                | (Invitation.status == InvitationStatus.CANCELLED.value) & (Invitation.cancelled_at <= cutoff)
            ),
        )
    ).all()
    for invitation in due:
        invitation.salutation = "none"
        invitation.first_name = ""
        invitation.last_name = ""
        invitation.email = ""
        invitation.phone = None
        invitation.vehicle_model = invitation.vehicle_commission_number = invitation.vehicle_vin = None
        invitation.marketing_opt_in = []
        invitation.purged_at = now
        # Copies of it elsewhere: audit details (corrected addresses), queued mails, stored answers.
        session.execute(update(AuditEvent).where(AuditEvent.invitation_id == invitation.id).values(detail={}))
        session.execute(delete(OutboxMail).where(OutboxMail.invitation_id == invitation.id))
        session.execute(delete(LinkToken).where(LinkToken.invitation_id == invitation.id))
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.invitation_id == invitation.id))
        services.audit(session, "personal_data_deleted", invitation)
    session.commit()
    return len(due)


def delete_old_idempotency_keys(session: Session, settings: BackendSettings, now: datetime) -> int:
    deleted = session.execute(
        delete(IdempotencyKey).where(IdempotencyKey.created_at <= now - settings.idempotency_retention)
    )
    session.commit()
    return int(deleted.rowcount)  # type: ignore[attr-defined]


def run(sessions: sessionmaker[Session], settings: BackendSettings, now: datetime | None = None) -> Report:
    now = now or utcnow()
    with sessions() as session:
        report = Report(
            expired=expire_invitations(session, settings, now),
            purged=purge_personal_data(session, settings, now),
            keys_deleted=delete_old_idempotency_keys(session, settings, now),
        )
        ratelimit.forget_old(session, now)
    if report != Report(0, 0, 0):
        log.info("housekeeping: %s", report)
    return report


class Housekeeper:
    """Runs :func:`run` now and then on a thread of its own."""

    def __init__(self, sessions: sessionmaker[Session], settings: BackendSettings) -> None:
        self._sessions = sessions
        self._settings = settings
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="housekeeping", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.wait(self._settings.housekeeping_interval.total_seconds()):
            try:
                run(self._sessions, self._settings)
            except Exception:  # a database hiccup must not end housekeeping for good
                log.exception("housekeeping failed; trying again later")
