"""What the backend does, independent of HTTP: invitations, links, registrations.

Routes translate requests into these calls and exceptions into answers. Every state change that
two requests could race for (using a token, completing an invitation) is a conditional UPDATE
checked by its row count, so only one of them wins.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from backend import ratelimit
from backend.db import utcnow
from backend.models import (
    Account,
    AccountVehicle,
    AuditEvent,
    Dealer,
    EnrolmentCode,
    Invitation,
    Kiosk,
    LinkToken,
    OutboxMail,
    Salesperson,
)
from backend.security import (
    hash_password,
    hash_token,
    new_enrolment_code,
    new_match_code,
    new_token,
    new_verification_code,
    normalise_enrolment_code,
    normalise_verification_code,
    verify_password,
)
from backend.settings import BackendSettings
from kiosk.buyer import Consents, MarketingChannel, Salutation, Vehicle
from kiosk.languages import Language
from kiosk.masking import mask_email
from kiosk.password_policy import PasswordRule, check_password
from kiosk.wire import Funnel, InvitationCreate, InvitationStatus, InvitationView, SelfRegistration

log = logging.getLogger("backend.services")


class ServiceError(Exception):
    """A request the domain refuses; routes map each subclass to an answer."""


class NotFound(ServiceError):
    pass


class IdConflict(ServiceError):
    """The kiosk reused an invitation id for different details."""


class AlreadyCompleted(ServiceError):
    pass


class InvitationClosed(ServiceError):
    """Expired or cancelled."""


class CodeWrong(ServiceError):
    def __init__(self, attempts_left: int) -> None:
        super().__init__(f"{attempts_left} attempts left")
        self.attempts_left = attempts_left


class CodeDead(ServiceError):
    """Too many wrong codes, or no code is current: a new one must be sent."""


class EmailNotVerified(ServiceError):
    pass


class RateLimited(ServiceError):
    def __init__(self, retry_after: timedelta) -> None:
        super().__init__(f"retry after {retry_after}")
        self.retry_after = retry_after


#: Wrong codes allowed before a code dies.
MAX_CODE_ATTEMPTS = 5
#: Resends allowed per invitation within RESEND_WINDOW.
MAX_RESENDS = 3
RESEND_WINDOW = timedelta(hours=1)


class FieldsRefused(ServiceError):
    """Details that are well-formed but not acceptable here (field name → FieldError-like code)."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


class AccountExists(ServiceError):
    pass


class TermsNotAccepted(ServiceError):
    pass


class PasswordRejected(ServiceError):
    def __init__(self, failed: list[PasswordRule], too_long: bool) -> None:
        super().__init__(", ".join(failed))
        self.failed = failed
        self.too_long = too_long


class LinkUnusable(ServiceError):
    """A phone link that cannot be used; ``reason`` says why, for the page to explain."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "unknown", "used", "replaced", "expired", "completed"


class InvalidEnrolmentCode(ServiceError):
    pass


class SelfRegistrationUnavailable(ServiceError):
    """The kiosk's dealer does not let visitors register without a salesperson."""


#: Self-registrations a kiosk may start: a public screen must not become a way to mail anybody
#: at will. Per address too, across kiosks, so nobody's mailbox is filled from one.
SELF_REGISTRATIONS_PER_KIOSK = (30, timedelta(hours=1))
SELF_REGISTRATIONS_PER_ADDRESS = (5, timedelta(hours=1))


def view(invitation: Invitation) -> InvitationView:
    return InvitationView.model_validate(
        {
            "id": invitation.id,
            "status": invitation.status,
            "first_name": invitation.first_name,
            "last_name": invitation.last_name,
            "email": invitation.email,
            "language": invitation.language,
            "created_at": invitation.created_at,
            "sent_at": invitation.email_sent_at,
            "opened_at": invitation.opened_at,
            "completed_at": invitation.completed_at,
            "existing_account_at": invitation.existing_account_at,
            "email_verified_at": invitation.email_verified_at,
            "expired_at": invitation.expired_at,
            "cancelled_at": invitation.cancelled_at,
            "delivery_failed_at": invitation.delivery_failed_at,
            "walk_in": invitation.walk_in,
            "marketing": invitation.marketing_opt_in,
        }
    )


def audit(session: Session, action: str, invitation: Invitation | None = None, **detail: Any) -> None:
    """Record an action in the audit log (in the caller's transaction, so both happen or neither)."""
    session.add(
        AuditEvent(
            action=action,
            dealer_id=invitation.dealer_id if invitation else detail.pop("dealer_id", None),
            kiosk_id=detail.pop("kiosk_id", None),
            salesperson_id=detail.pop("salesperson_id", None),
            invitation_id=invitation.id if invitation else None,
            detail=detail,
        )
    )


# -- kiosks -----------------------------------------------------------------------------------


def create_enrolment_code(session: Session, dealer_id: str, settings: BackendSettings) -> str:
    if session.get(Dealer, dealer_id) is None:
        raise NotFound(dealer_id)
    code = new_enrolment_code()
    session.add(
        EnrolmentCode(
            dealer_id=dealer_id,
            code_hash=hash_token(normalise_enrolment_code(code)),
            expires_at=utcnow() + settings.email_link_ttl,
        )
    )
    session.commit()
    return code


def enrol_kiosk(session: Session, code: str) -> tuple[Kiosk, str]:
    """Use an enrolment code once; return the new kiosk and its device token (shown only now)."""
    now = utcnow()
    code_hash = hash_token(normalise_enrolment_code(code))
    used = session.execute(
        update(EnrolmentCode)
        .where(
            EnrolmentCode.code_hash == code_hash,
            EnrolmentCode.used_at.is_(None),
            EnrolmentCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(EnrolmentCode.dealer_id)
    ).scalar_one_or_none()
    if used is None:
        session.rollback()
        raise InvalidEnrolmentCode()
    token = new_token()
    kiosk = Kiosk(dealer_id=used, token_hash=hash_token(token))
    session.add(kiosk)
    session.commit()
    log.info("kiosk %s enrolled for dealer %s", kiosk.id, used)
    return kiosk, token


def authenticate_kiosk(session: Session, token: str) -> Kiosk | None:
    kiosk = session.scalar(select(Kiosk).where(Kiosk.token_hash == hash_token(token)))
    if kiosk is None or kiosk.revoked_at is not None:
        return None
    return kiosk


# -- invitations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewInvitation:
    invitation: Invitation
    #: False when this was a retry of an earlier create (nothing new was stored or queued).
    created: bool


def _as_request(invitation: Invitation) -> InvitationCreate:
    """The create request that made ``invitation``, to recognise a retry of it."""
    vehicle = None
    if invitation.has_vehicle:
        vehicle = Vehicle(
            model=invitation.vehicle_model,
            commission_number=invitation.vehicle_commission_number,
            vin=invitation.vehicle_vin,
        )
    return InvitationCreate.model_construct(
        id=invitation.id,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
        email=invitation.email,
        language=Language(invitation.language),
        salutation=Salutation(invitation.salutation),
        phone=invitation.phone,
        vehicle=vehicle,
        consents=Consents(
            privacy_notice_acknowledged=invitation.privacy_notice_acknowledged,
            marketing=frozenset(MarketingChannel(code) for code in invitation.marketing_opt_in),
        ),
    )


def active_salespeople(session: Session, kiosk: Kiosk) -> list[Salesperson]:
    """The kiosk's dealer's salespeople who may sign in, by name."""
    query = select(Salesperson).where(Salesperson.dealer_id == kiosk.dealer_id, Salesperson.active)
    return list(session.scalars(query.order_by(Salesperson.name, Salesperson.id)))


def staff_member(session: Session, kiosk: Kiosk, salesperson_id: int) -> Salesperson | None:
    """The salesperson a kiosk says is signed in, if they are one of its dealer's and still active."""
    salesperson = session.get(Salesperson, salesperson_id)
    if salesperson is None or salesperson.dealer_id != kiosk.dealer_id or not salesperson.active:
        return None
    return salesperson


def create_invitation(
    session: Session, kiosk: Kiosk, salesperson: Salesperson, data: InvitationCreate, settings: BackendSettings
) -> NewInvitation:
    """Store the invitation and say which mail to send. A retry with the same id and details is a no-op.

    An address that already has an ID gets no second account: the invitation links the vehicle to
    the existing one and the customer is told so by e-mail.
    """
    # Left open by the salesperson, the language is the showroom's own first one.
    language = data.language or Language(kiosk.dealer.language_list[0])
    data = data.model_copy(update={"language": language})
    existing = session.get(Invitation, data.id)
    if existing is not None:
        same = (existing.dealer_id, existing.salesperson_id) == (kiosk.dealer_id, salesperson.id)
        if not same or _as_request(existing) != data:
            raise IdConflict(str(data.id))
        return NewInvitation(existing, created=False)
    if not data.consents.privacy_notice_acknowledged:
        raise FieldsRefused({"consents.privacy_notice_acknowledged": "required"})
    vehicle = data.vehicle or Vehicle()
    invitation = Invitation(
        id=data.id,
        dealer_id=kiosk.dealer_id,
        kiosk_id=kiosk.id,
        salesperson_id=salesperson.id,
        salutation=data.salutation.value,
        first_name=data.first_name,
        last_name=data.last_name,
        email=data.email,
        phone=data.phone,
        language=language.value,
        vehicle_model=vehicle.model,
        vehicle_commission_number=vehicle.commission_number,
        vehicle_vin=vehicle.vin,
        privacy_notice_acknowledged=data.consents.privacy_notice_acknowledged,
        marketing_opt_in=sorted(channel.value for channel in data.consents.marketing),
        status=InvitationStatus.SENT.value,
    )
    session.add(invitation)
    who = {"kiosk_id": kiosk.id, "salesperson_id": salesperson.id}
    audit(session, "invitation_created", invitation, **who)
    _queue_mail(session, invitation, who)
    session.commit()  # the invitation and its mail, together or not at all
    log.info("invitation %s created for %s (%s)", invitation.id, mask_email(data.email), invitation.status)
    return NewInvitation(invitation, created=True)


def _as_self_registration(invitation: Invitation) -> SelfRegistration:
    """The self-registration that made ``invitation``, to recognise a retry of it."""
    return SelfRegistration.model_construct(
        id=invitation.id,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
        email=invitation.email,
        language=Language(invitation.language),
        consents=Consents(
            privacy_notice_acknowledged=invitation.privacy_notice_acknowledged,
            marketing=frozenset(MarketingChannel(code) for code in invitation.marketing_opt_in),
        ),
    )


def self_register(session: Session, kiosk: Kiosk, data: SelfRegistration) -> NewInvitation:
    """A walk-in visitor starts their own ID at the kiosk: an invitation without a salesperson.

    No account enumeration: the kiosk's screen is public, so whether the address already has an ID
    changes nothing it can see. The same rows are written and the same answer given either way; the
    mail sender then writes either the invitation (link and code) or, to the owner of the ID, that
    they have one and how to sign in. A concealing invitation's code never verifies.
    """
    if not kiosk.dealer.self_registration:
        raise SelfRegistrationUnavailable(kiosk.dealer_id)
    existing = session.get(Invitation, data.id)
    if existing is not None:
        same = existing.dealer_id == kiosk.dealer_id and existing.walk_in
        if not same or _as_self_registration(existing) != data:
            raise IdConflict(str(data.id))
        return NewInvitation(existing, created=False)
    if not data.consents.privacy_notice_acknowledged:
        raise FieldsRefused({"consents.privacy_notice_acknowledged": "required"})
    try:
        ratelimit.check(
            session,
            [
                (f"self_registration:kiosk:{kiosk.id}", *SELF_REGISTRATIONS_PER_KIOSK),
                (ratelimit.email_bucket("self_registration", data.email), *SELF_REGISTRATIONS_PER_ADDRESS),
            ],
        )
    except ratelimit.Limited as limited:
        raise RateLimited(limited.retry_after) from None
    invitation = Invitation(
        id=data.id,
        dealer_id=kiosk.dealer_id,
        kiosk_id=kiosk.id,
        salesperson_id=None,
        walk_in=True,
        first_name=data.first_name,
        last_name=data.last_name,
        email=data.email,
        language=data.language.value,
        privacy_notice_acknowledged=True,
        marketing_opt_in=sorted(channel.value for channel in data.consents.marketing),
        status=InvitationStatus.SENT.value,
    )
    session.add(invitation)
    who = {"kiosk_id": kiosk.id}
    audit(session, "invitation_created", invitation, walk_in=True, **who)
    _queue_mail(session, invitation, who)
    session.commit()
    # The log says "created" either way: whether the address has an ID is for its owner's mailbox only.
    log.info("walk-in invitation %s created for %s at kiosk %s", invitation.id, mask_email(data.email), kiosk.id)
    return NewInvitation(invitation, created=True)


def _queue_mail(session: Session, invitation: Invitation, who: dict[str, Any]) -> None:
    """The mail for the invitation's address: an invitation, or, if the address already has an ID,
    word that the vehicle was linked to it (no second account).

    A walk-in's invitation stays as it is either way (see :func:`self_register`): only whether it
    conceals an account is noted, for the mail sender and for verify-code.
    """
    account = session.scalar(select(Account).where(Account.email == invitation.email.lower()))
    if invitation.walk_in:
        invitation.conceals_account = account is not None
        session.add(OutboxMail(kind="invitation", invitation_id=invitation.id))
        return
    if account is None:
        session.add(OutboxMail(kind="invitation", invitation_id=invitation.id))
        return
    invitation.status = InvitationStatus.EXISTING_ACCOUNT.value
    invitation.existing_account_at = utcnow()
    invitation.account_id = account.id
    session.flush()
    _link_vehicle(session, invitation, account)
    audit(session, "existing_account_linked", invitation, account_id=account.id, **who)
    session.add(OutboxMail(kind="existing_account", invitation_id=invitation.id))


def _link_vehicle(session: Session, invitation: Invitation, account: Account) -> None:
    if invitation.has_vehicle:
        session.add(
            AccountVehicle(
                account_id=account.id,
                dealer_id=invitation.dealer_id,
                invitation_id=invitation.id,
                model=invitation.vehicle_model,
                commission_number=invitation.vehicle_commission_number,
                vin=invitation.vehicle_vin,
            )
        )


def get_invitation(session: Session, kiosk: Kiosk, invitation_id: uuid.UUID) -> Invitation:
    invitation = session.get(Invitation, invitation_id)
    # Another dealer's invitation is answered exactly like a missing one.
    if invitation is None or invitation.dealer_id != kiosk.dealer_id:
        raise NotFound(str(invitation_id))
    return invitation


def create_qr_link(
    session: Session, kiosk: Kiosk, invitation_id: uuid.UUID, settings: BackendSettings
) -> tuple[str, datetime, str]:
    """A fresh short-lived link for the QR code; any earlier QR link of the invitation stops working."""
    invitation = get_invitation(session, kiosk, invitation_id)
    _require_open(invitation)
    _revoke_links(session, invitation, kind="qr")
    match_code = new_match_code()
    token = _add_link(session, invitation, "qr", settings, match_code=match_code)
    session.commit()
    return link_url(settings, token), utcnow() + settings.qr_link_ttl, match_code


def revoke_qr_links(session: Session, kiosk: Kiosk, invitation_id: uuid.UUID) -> None:
    """The kiosk wiped itself for the next visitor: a QR code photographed from its screen must not open
    the registration page afterwards. Nothing pending (or a finished invitation) is no error.

    The links expire now rather than count as revoked: a revoked QR link's page says a newer code is on
    the kiosk screen, which after a wipe is not true. Expiry is checked in the same conditional UPDATE
    that uses a link up, so a phone finishing at this moment either wins or finds the link expired.
    E-mailed links stay (the customer can still finish from the mail), and so does the status.
    """
    invitation = get_invitation(session, kiosk, invitation_id)
    now = utcnow()
    expired = session.execute(
        update(LinkToken)
        .where(
            LinkToken.invitation_id == invitation.id,
            LinkToken.kind == "qr",
            LinkToken.used_at.is_(None),
            LinkToken.revoked_at.is_(None),
            LinkToken.expires_at > now,
        )
        .values(expires_at=now)
    )
    if expired.rowcount:  # type: ignore[attr-defined]
        # Only when a link died: an idle kiosk repeating the wipe leaves no trail of empty entries.
        audit(session, "qr_link_revoked", invitation, kiosk_id=kiosk.id)
    session.commit()


def link_url(settings: BackendSettings, token: str) -> str:
    return f"{settings.public_url.rstrip('/')}/r/{token}"


def new_email_link(session: Session, invitation: Invitation, settings: BackendSettings) -> tuple[str, str]:
    """A fresh e-mailed link and code for ``invitation``; earlier ones stop working (the newest mail wins)."""
    # Hash first: argon2 takes tens of milliseconds, and the revocation below starts the write
    # transaction, which on SQLite keeps every other writer waiting until it commits.
    code = new_verification_code()
    code_hash = hash_password(code)
    _revoke_links(session, invitation, kind="email")
    token = _add_link(session, invitation, "email", settings, code_hash=code_hash)
    return token, code


def _add_link(session: Session, invitation: Invitation, kind: str, settings: BackendSettings, **extra: Any) -> str:
    token = new_token()
    ttl = settings.email_link_ttl if kind == "email" else settings.qr_link_ttl
    session.add(
        LinkToken(
            invitation=invitation,
            kind=kind,
            token_hash=hash_token(token),
            expires_at=utcnow() + ttl,
            **extra,
        )
    )
    return token


# -- links and registration -------------------------------------------------------------------


def usable_link(session: Session, token: str) -> LinkToken:
    """Return the link for ``token`` if it can still complete a registration, else raise why not."""
    link = session.scalar(select(LinkToken).where(LinkToken.token_hash == hash_token(token)))
    if link is None:
        raise LinkUnusable("unknown")
    status = InvitationStatus(link.invitation.status)
    if status in (InvitationStatus.COMPLETED, InvitationStatus.EXISTING_ACCOUNT):
        raise LinkUnusable("completed")
    if status in (InvitationStatus.EXPIRED, InvitationStatus.CANCELLED):
        raise LinkUnusable("expired" if status is InvitationStatus.EXPIRED else "cancelled")
    if link.used_at is not None:
        raise LinkUnusable("used")
    if link.revoked_at is not None:
        raise LinkUnusable("replaced")
    if link.expires_at <= utcnow():
        raise LinkUnusable("expired")
    return link


def verify_code(session: Session, invitation: Invitation, code: str) -> None:
    """Check the e-mailed code; right once, the address counts as proven."""
    _require_open(invitation)
    if invitation.email_verified_at is not None:
        return
    now = utcnow()
    current = session.scalar(
        select(LinkToken).where(
            LinkToken.invitation_id == invitation.id,
            LinkToken.kind == "email",
            LinkToken.revoked_at.is_(None),
            LinkToken.used_at.is_(None),
            LinkToken.expires_at > now,
        )
    )
    if current is None or current.code_hash is None or current.code_attempts >= MAX_CODE_ATTEMPTS:
        raise CodeDead()
    # A concealing walk-in invitation's code was never shown to anybody; it is checked all the same
    # (the same work, the same answer as any wrong code), and never accepted.
    if not verify_password(current.code_hash, normalise_verification_code(code)) or invitation.conceals_account:
        tried = current.code_attempts + 1
        # Counted in the database (not in memory), so every process and retry sees the same tally.
        session.execute(
            update(LinkToken).where(LinkToken.id == current.id).values(code_attempts=LinkToken.code_attempts + 1)
        )
        audit(session, "code_wrong", invitation)
        session.commit()
        left = MAX_CODE_ATTEMPTS - tried
        if left <= 0:
            raise CodeDead()
        raise CodeWrong(left)
    invitation.email_verified_at = now
    audit(session, "email_verified", invitation, via="code")
    session.commit()


def request_resend(session: Session, invitation: Invitation, **who: Any) -> None:
    """Queue the invitation mail again (new link and code, current language); 3 an hour at most."""
    _require_open(invitation)
    now = utcnow()
    recent = session.scalars(
        select(AuditEvent.at)
        .where(
            AuditEvent.invitation_id == invitation.id,
            AuditEvent.action == "invitation_resent",
            AuditEvent.at > now - RESEND_WINDOW,
        )
        .order_by(AuditEvent.at)
    ).all()
    if len(recent) >= MAX_RESENDS:
        raise RateLimited(recent[0] + RESEND_WINDOW - now)
    session.add(OutboxMail(kind="invitation", invitation_id=invitation.id))
    audit(session, "invitation_resent", invitation, **who)
    session.commit()


def request_walk_in_resend(session: Session, kiosk: Kiosk, invitation: Invitation) -> None:
    """A walk-in's new code, asked for at the kiosk where they began: no salesperson is there to ask for it.

    Only the kiosk's own self-registrations: a salesperson's invitation is the salesperson's to resend,
    and is answered as not found, like another dealer's. An invitation that conceals an ID gets its
    owner's mail again, as the first time, so the answer still tells nothing.
    """
    _own_walk_in(kiosk, invitation)
    request_resend(session, invitation, kiosk_id=kiosk.id, walk_in=True)


def correct_walk_in_email(session: Session, kiosk: Kiosk, invitation: Invitation, email: str) -> Invitation:
    """A walk-in fixes the address they mistyped, at the kiosk where they began (see :func:`correct_email`).

    The new address is mailed as a new self-registration's would be, so it counts against the same
    limits: a public screen must not become a way to mail any address without end.
    """
    _own_walk_in(kiosk, invitation)
    _pending(invitation)
    try:
        ratelimit.check(
            session,
            [
                (f"self_registration:kiosk:{kiosk.id}", *SELF_REGISTRATIONS_PER_KIOSK),
                (ratelimit.email_bucket("self_registration", email), *SELF_REGISTRATIONS_PER_ADDRESS),
            ],
        )
    except ratelimit.Limited as limited:
        raise RateLimited(limited.retry_after) from None
    return correct_email(session, kiosk, None, invitation, email)


def _own_walk_in(kiosk: Kiosk, invitation: Invitation) -> None:
    """Device-only steps on a walk-in's invitation are for the kiosk it began at; any other is not found."""
    if not invitation.walk_in or invitation.kiosk_id != kiosk.id:
        raise NotFound(str(invitation.id))


def _pending(invitation: Invitation) -> None:
    """Still waiting for the customer: open, or stuck on an address that bounced."""
    status = InvitationStatus(invitation.status)
    if status is InvitationStatus.DELIVERY_FAILED:
        return
    _require_open(invitation)


def _revoke_links(session: Session, invitation: Invitation, kind: str | None = None) -> None:
    """Every unused link of ``invitation`` (of one ``kind``, if given) stops working now."""
    query = update(LinkToken).where(
        LinkToken.invitation_id == invitation.id,
        LinkToken.used_at.is_(None),
        LinkToken.revoked_at.is_(None),
    )
    if kind is not None:
        query = query.where(LinkToken.kind == kind)
    session.execute(query.values(revoked_at=utcnow()))


def correct_email(
    session: Session, kiosk: Kiosk, salesperson: Salesperson | None, invitation: Invitation, email: str
) -> Invitation:
    """The dealer fixes a mistyped address: the old link and code die at once, a new mail goes out.

    ``salesperson`` None: a walk-in fixes their own (:func:`correct_walk_in_email`).
    """
    _pending(invitation)
    old = invitation.email
    _revoke_links(session, invitation)
    # An invitation mail still waiting to go out would now go to the new address as well: one is enough.
    now = utcnow()
    session.execute(
        delete(OutboxMail).where(
            OutboxMail.invitation_id == invitation.id,
            OutboxMail.kind.in_(("invitation", "existing_account")),
            OutboxMail.sent_at.is_(None),
            OutboxMail.failed_at.is_(None),
            or_(OutboxMail.lease_until.is_(None), OutboxMail.lease_until < now),  # not being sent right now
        )
    )
    invitation.email = email
    invitation.email_verified_at = None  # the new address is not proven yet
    invitation.delivery_failed_at = None
    invitation.status = InvitationStatus.SENT.value
    who = {"kiosk_id": kiosk.id, "salesperson_id": salesperson.id if salesperson else None}
    audit(session, "email_corrected", invitation, old_email=old, new_email=email, **who)
    _queue_mail(session, invitation, who)
    session.commit()
    log.info("invitation %s: e-mail corrected to %s", invitation.id, mask_email(email))
    return invitation


def cancel(session: Session, kiosk: Kiosk, salesperson: Salesperson, invitation: Invitation) -> Invitation:
    _pending(invitation)
    _revoke_links(session, invitation)
    invitation.status = InvitationStatus.CANCELLED.value
    invitation.cancelled_at = utcnow()
    audit(session, "invitation_cancelled", invitation, kiosk_id=kiosk.id, salesperson_id=salesperson.id)
    session.commit()
    return invitation


def list_invitations(
    session: Session, kiosk: Kiosk, statuses: list[InvitationStatus], search: str, limit: int, offset: int
) -> tuple[list[Invitation], int]:
    """The dealer's invitations, newest first, filtered by status and by a name or e-mail fragment."""
    query = select(Invitation).where(Invitation.dealer_id == kiosk.dealer_id)
    if statuses:
        query = query.where(Invitation.status.in_([status.value for status in statuses]))
    for word in search.split():
        pattern = f"%{word.lower()}%"
        query = query.where(
            or_(
                func.lower(Invitation.first_name).like(pattern),
                func.lower(Invitation.last_name).like(pattern),
                func.lower(Invitation.email).like(pattern),
            )
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Invitation.created_at.desc(), Invitation.id).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def funnel(session: Session, kiosk: Kiosk, since: datetime) -> Funnel:
    """How far the dealer's invitations created since ``since`` got, counted in one query.

    Invited: all of them, cancelled ones too (the customer was invited). Opened: those whose link
    was opened, or that went further (completed, possibly without opening a link; or linked to an
    ID the address already had). Registered: completed, a new ID.
    """
    opened = or_(
        Invitation.opened_at.is_not(None),
        Invitation.completed_at.is_not(None),
        Invitation.existing_account_at.is_not(None),
    )
    invited, opened_count, registered = session.execute(
        select(
            func.count(),
            func.count().filter(opened),
            func.count().filter(Invitation.completed_at.is_not(None)),
        ).where(Invitation.dealer_id == kiosk.dealer_id, Invitation.created_at >= since)
    ).one()
    return Funnel(invited=invited, opened=opened_count, registered=registered)


def mark_opened(session: Session, link: LinkToken) -> None:
    """The customer opened a link: ``sent`` becomes ``opened`` (once; later states are kept)."""
    opened = session.execute(
        update(Invitation)
        .where(Invitation.id == link.invitation_id, Invitation.status == InvitationStatus.SENT.value)
        .values(status=InvitationStatus.OPENED.value, opened_at=utcnow())
    )
    if opened.rowcount == 1:  # type: ignore[attr-defined]
        audit(session, "invitation_opened", link.invitation, link=link.kind)
    session.commit()
    session.refresh(link.invitation)


def complete_with_link(
    session: Session,
    token: str,
    password: str,
    accept_terms: bool,
    marketing: frozenset[MarketingChannel] | None = None,
) -> Account:
    """The customer finished on the phone, through an e-mailed or QR link."""
    link = usable_link(session, token)
    if link.kind != "email" and link.invitation.email_verified_at is None:
        raise EmailNotVerified()
    _check_registration(password, accept_terms)
    now = utcnow()
    consumed = session.execute(
        update(LinkToken)
        .where(
            LinkToken.id == link.id,
            LinkToken.used_at.is_(None),
            LinkToken.revoked_at.is_(None),
            LinkToken.expires_at > now,
        )
        .values(used_at=now)
    )
    if consumed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise LinkUnusable("used")
    # Opening the e-mailed link proves the customer reads that mailbox; a QR link needed the code.
    verified = link.invitation.email_verified_at or now
    return _register(session, link.invitation, password, verified, via=f"{link.kind}_link", marketing=marketing)


def complete_on_kiosk(
    session: Session,
    kiosk: Kiosk,
    invitation_id: uuid.UUID,
    password: str,
    accept_terms: bool,
    marketing: frozenset[MarketingChannel] | None = None,
) -> Invitation:
    invitation = get_invitation(session, kiosk, invitation_id)
    _require_open(invitation)
    if invitation.email_verified_at is None:
        raise EmailNotVerified()
    _check_registration(password, accept_terms)
    _register(session, invitation, password, verified_at=invitation.email_verified_at, via="kiosk", marketing=marketing)
    return invitation


def _require_open(invitation: Invitation) -> None:
    status = InvitationStatus(invitation.status)
    if status in (InvitationStatus.COMPLETED, InvitationStatus.EXISTING_ACCOUNT):
        raise AlreadyCompleted(str(invitation.id))
    if not status.is_open:
        raise InvitationClosed(str(invitation.id))


def _check_registration(password: str, accept_terms: bool) -> None:
    check = check_password(password)
    if not check.ok:
        raise PasswordRejected(check.failed, check.too_long)
    if not accept_terms:
        raise TermsNotAccepted()


def _register(
    session: Session,
    invitation: Invitation,
    password: str,
    verified_at: datetime | None,
    via: str,
    marketing: frozenset[MarketingChannel] | None = None,
) -> Account:
    """Create the account and close the invitation, or change nothing.

    ``marketing``: the customer's own choice of channels as they finish, which replaces what the
    salesperson recorded (None keeps it). The audit entry keeps both, as evidence of the consent.
    """
    email_key = invitation.email.lower()
    if session.scalar(select(Account.id).where(Account.email == email_key)) is not None:
        session.rollback()
        raise AccountExists()
    now = utcnow()
    closed = session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.status.in_([InvitationStatus.SENT.value, InvitationStatus.OPENED.value]),
        )
        .values(
            status=InvitationStatus.COMPLETED.value,
            completed_at=now,
            email_verified_at=invitation.email_verified_at or verified_at,
        )
    )
    recorded = list(invitation.marketing_opt_in)
    chosen = recorded if marketing is None else sorted(channel.value for channel in marketing)
    if closed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise AlreadyCompleted(str(invitation.id))
    account = Account(
        email=email_key,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
        country=invitation.dealer.country,  # the inviting Porsche Center's, never the customer's choice
        language=invitation.language,
        password_hash=hash_password(password),
        salutation=invitation.salutation,
        phone=invitation.phone,
        marketing_opt_in=chosen,
        verified_at=verified_at,
        terms_accepted_at=now,
        privacy_notice_acknowledged_at=invitation.created_at if invitation.privacy_notice_acknowledged else None,
    )
    session.add(account)
    session.flush()
    _link_vehicle(session, invitation, account)
    consent = {} if marketing is None else {"marketing_recorded": recorded, "marketing_chosen": chosen}
    audit(session, "invitation_completed", invitation, via=via, account_id=account.id, **consent)
    session.execute(
        update(Invitation).where(Invitation.id == invitation.id).values(account_id=account.id, marketing_opt_in=chosen)
    )
    # Every other link of this invitation dies with the registration.
    session.execute(
        update(LinkToken)
        .where(LinkToken.invitation_id == invitation.id, LinkToken.used_at.is_(None))
        .values(revoked_at=now)
    )
    session.commit()
    session.refresh(invitation)
    log.info("invitation %s completed; account %s created", invitation.id, account.id)
    return account
