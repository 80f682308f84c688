"""Sends the mails queued in the outbox, retrying what failed for a passing reason.

A slow or absent mail server therefore never fails or slows an API request, and no mail is lost:
the mail was stored with the invitation, in one transaction, and stays queued until it is sent
or the server refuses its address for good (the invitation then becomes ``delivery_failed``).
Delivery is at least once: a sender that dies between sending and recording it sends again.
"""

import logging
import random
import threading
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from backend import accounts, services
from backend.db import utcnow
from backend.mailer import MailDeliveryError, Mailer
from backend.models import Invitation, OutboxMail
from backend.settings import BackendSettings
from kiosk.masking import mask_email
from kiosk.wire import InvitationStatus

log = logging.getLogger("backend.outbox")

#: How long a claimed mail is left to its sender before another may take it.
LEASE = timedelta(minutes=2)


def backoff(attempts: int, settings: BackendSettings) -> timedelta:
    """Full-jitter exponential backoff: random in [0, min(cap, first · 2^(attempts-1))]."""
    ceiling = min(settings.mail_retry_cap, settings.mail_retry_first * 2 ** max(0, attempts - 1))
    return ceiling * random.random()


class MailSender:
    """Drains the outbox on a thread of its own; every backend process runs one."""

    def __init__(
        self, sessions: sessionmaker[Session], mailer: Mailer, settings: BackendSettings, poll_interval: float = 1.0
    ) -> None:
        self._sessions = sessions
        self._mailer = mailer
        self._settings = settings
        self._poll_interval = poll_interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="mail-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self._settings.smtp_timeout + 5)

    def wake(self) -> None:
        """Something was queued: look now rather than at the next poll."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                while self.send_due() and not self._stop.is_set():
                    pass
            except Exception:  # the sender must outlive any one bad mail or database hiccup
                log.exception("mail sender failed; trying again")
            self._wake.wait(self._poll_interval)
            self._wake.clear()

    def send_due(self, batch: int = 10) -> int:
        """Send up to ``batch`` mails that are due; return how many were attempted."""
        claimed = self._claim(batch)
        for mail_id in claimed:
            self._send(mail_id)
        return len(claimed)

    def _claim(self, batch: int) -> list[int]:
        now = utcnow()
        with self._sessions() as session:
            due = session.scalars(
                select(OutboxMail.id)
                .where(
                    OutboxMail.sent_at.is_(None),
                    OutboxMail.failed_at.is_(None),
                    OutboxMail.next_attempt_at <= now,
                    or_(OutboxMail.lease_until.is_(None), OutboxMail.lease_until < now),
                )
                .order_by(OutboxMail.id)
                .limit(batch)
            ).all()
            claimed = []
            for mail_id in due:
                # Conditional on the lease still being free: of several senders, one wins each mail.
                won = session.execute(
                    update(OutboxMail)
                    .where(
                        OutboxMail.id == mail_id,
                        or_(OutboxMail.lease_until.is_(None), OutboxMail.lease_until < now),
                    )
                    .values(lease_until=now + LEASE)
                )
                if won.rowcount == 1:  # type: ignore[attr-defined]
                    claimed.append(mail_id)
            session.commit()
            return claimed

    def _send(self, mail_id: int) -> None:
        with self._sessions() as session:
            mail = session.get(OutboxMail, mail_id)
            if mail is not None and mail.kind in accounts.KINDS:
                self._send_account_mail(session, mail)
                return
            invitation = session.get(Invitation, mail.invitation_id) if mail else None
            if mail is None or invitation is None:
                return
            if mail.kind == "invitation" and not InvitationStatus(invitation.status).is_open:
                # Completed, cancelled or expired while queued: the link would be dead on arrival.
                mail.failed_at, mail.last_error, mail.lease_until = utcnow(), "invitation closed", None
                session.commit()
                return
            message = self._compose(session, mail, invitation)
            session.commit()  # the new link's token hash is stored before the mail leaves
            try:
                self._mailer.deliver(message)
            except MailDeliveryError as error:
                self._failed(session, mail, invitation, error)
                return
            now = utcnow()
            mail.sent_at, mail.lease_until, mail.attempts = now, None, mail.attempts + 1
            invitation.email_sent_at = now
            session.commit()

    def _send_account_mail(self, session: Session, mail: OutboxMail) -> None:
        """A reset or sign-in link, if the address has an ID; nothing at all if it has none."""
        now = utcnow()
        account = accounts.account_for(session, mail.to_address or "")
        if account is None:
            mail.failed_at, mail.last_error, mail.lease_until, mail.to_address = now, "no account", None, None
            session.commit()
            return
        token = accounts.new_link_token(session, account, mail.kind, self._settings)
        message = self._mailer.account_link(
            kind=mail.kind,
            to=account.email,
            first_name=account.first_name,
            link=accounts.account_link_url(self._settings, mail.kind, token),
            language=mail.language or account.language,
        )
        session.commit()
        try:
            self._mailer.deliver(message)
        except MailDeliveryError as error:
            self._record_failure(mail, error)
            if error.permanent:
                mail.to_address = None
            session.commit()
            return
        mail.sent_at, mail.lease_until, mail.attempts, mail.to_address = utcnow(), None, mail.attempts + 1, None
        session.commit()

    def _compose(self, session: Session, mail: OutboxMail, invitation: Invitation) -> EmailMessage:
        dealer = invitation.dealer.name
        if mail.kind == "existing_account":
            return self._mailer.existing_account(
                to=invitation.email, first_name=invitation.first_name, dealer_name=dealer, language=invitation.language
            )
        token, code = services.new_email_link(session, invitation, self._settings)
        if invitation.conceals_account:
            # A walk-in typed an address that has an ID. The link and code made above are shown to
            # nobody (made all the same, so this costs what an invitation costs and verify-code
            # answers as it would for any invitation); the owner is told how to sign in instead,
            # by the name on their ID, not the one typed at the kiosk.
            owner = accounts.account_for(session, invitation.email)
            return self._mailer.walk_in_existing_account(
                to=invitation.email,
                first_name=owner.first_name if owner else invitation.first_name,
                dealer_name=dealer,
                link=accounts.forgot_password_url(self._settings, invitation.language),
                language=invitation.language,
            )
        return self._mailer.invitation(
            to=invitation.email,
            first_name=invitation.first_name,
            dealer_name=dealer,
            link=services.link_url(self._settings, token),
            code=code,
            language=invitation.language,
        )

    def _record_failure(self, mail: OutboxMail, error: MailDeliveryError) -> None:
        """Count the attempt: given up for good on a permanent refusal, else retried after a backoff."""
        now = utcnow()
        mail.attempts += 1
        mail.last_error = error.reason[:200]
        mail.lease_until = None
        if error.permanent:
            mail.failed_at = now
        else:
            mail.next_attempt_at = now + backoff(mail.attempts, self._settings)

    def _failed(self, session: Session, mail: OutboxMail, invitation: Invitation, error: MailDeliveryError) -> None:
        self._record_failure(mail, error)
        if error.permanent:
            if InvitationStatus(invitation.status).is_open:
                invitation.status = InvitationStatus.DELIVERY_FAILED.value
                invitation.delivery_failed_at = mail.failed_at
            services.audit(session, "delivery_failed", invitation, reason=mail.last_error)
            log.warning("mail to %s refused for good: %s", mask_email(invitation.email), error.reason)
        else:
            log.info(
                "mail to %s not sent (%s); retry %d later", mask_email(invitation.email), error.reason, mail.attempts
            )
        session.commit()
