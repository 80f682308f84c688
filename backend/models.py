"""The backend's tables: dealers, salespeople, kiosks, invitations, link tokens, accounts."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Uuid, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.db import Base, UTCDateTime, utcnow
from kiosk.languages import CODES, Language


class Dealer(Base):
    """A Porsche Center. Its country becomes the country of every account it invites."""

    __tablename__ = "dealers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    #: Comma-separated ISO 639-1 codes, in the order the showroom offers them.
    languages: Mapped[str] = mapped_column(String(64), default="en")
    self_registration: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def language_list(self) -> list[str]:
        """The showroom's languages in order; the first is its default (English if none is known)."""
        return [code for code in self.languages.split(",") if code in CODES] or [Language.EN.value]


class Salesperson(Base):
    """Signs in at the dealer's kiosks with a PIN; every staff action there is recorded under their name."""

    __tablename__ = "salespeople"

    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[str] = mapped_column(ForeignKey("dealers.id"))
    name: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str] = mapped_column(String(200))
    #: A salesperson who left is deactivated, not deleted: the audit log still names them.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class EnrolmentCode(Base):
    """A one-time code an operator gives a new kiosk; only its hash is stored."""

    __tablename__ = "enrolment_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[str] = mapped_column(ForeignKey("dealers.id"))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Kiosk(Base):
    """An enrolled terminal; it authenticates with a device token whose hash is stored here."""

    __tablename__ = "kiosks"

    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[str] = mapped_column(ForeignKey("dealers.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    dealer: Mapped[Dealer] = relationship()


class Invitation(Base):
    __tablename__ = "invitations"
    #: The dealer's invitations by date: its list (newest first) and its funnel (created since a day or week began).
    __table_args__ = (Index("ix_invitations_dealer_id_created_at", "dealer_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # made by the kiosk
    dealer_id: Mapped[str] = mapped_column(ForeignKey("dealers.id"), index=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"))
    #: Who invited; None for a walk-in (and for invitations made before salespeople were recorded).
    salesperson_id: Mapped[int | None] = mapped_column(ForeignKey("salespeople.id"), default=None)
    #: A walk-in visitor started it at the kiosk themself (a self-registration), no salesperson.
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: A walk-in's address already had an ID. Nobody at the kiosk is told (its screen is public: it
    #: must not reveal who has an ID), so the invitation looks like any other; the mail tells the
    #: address's owner instead, and no code can prove it (verify-code always answers "wrong").
    conceals_account: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    salutation: Mapped[str] = mapped_column(String(8), default="none", server_default="none")
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(16), default=None)  # E.164
    language: Mapped[str] = mapped_column(String(2))
    vehicle_model: Mapped[str | None] = mapped_column(String(80), default=None)
    vehicle_commission_number: Mapped[str | None] = mapped_column(String(20), default=None)
    vehicle_vin: Mapped[str | None] = mapped_column(String(17), default=None)
    privacy_notice_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Marketing channels opted in to (codes of kiosk.buyer.MarketingChannel, sorted).
    marketing_opt_in: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    status: Mapped[str] = mapped_column(String(32), default="sent")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # One timestamp per status, set when the invitation reaches it.
    email_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    existing_account_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: When the customer proved the address: opened the e-mailed link, or entered its code.
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    expired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    delivery_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), default=None)
    #: When the personal data of this never-completed invitation was deleted.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    dealer: Mapped[Dealer] = relationship()

    @property
    def has_vehicle(self) -> bool:
        return any((self.vehicle_model, self.vehicle_commission_number, self.vehicle_vin))


class LinkToken(Base):
    """A registration link (e-mailed or shown as QR). Only the SHA-256 of the token is stored."""

    __tablename__ = "link_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invitations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "email" or "qr"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: E-mailed links carry a 6-digit code in the same mail (argon2id hash: six digits are too
    #: few for a fast hash), for finishing at the kiosk or by QR. It dies after 5 wrong tries.
    code_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    code_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    #: QR links: the short code shown beside the QR and on the page it opens (not a secret).
    match_code: Mapped[str | None] = mapped_column(String(8), default=None)

    invitation: Mapped[Invitation] = relationship()


class Account(Base):
    """A Porsche ID. The e-mail is stored normalised (lower case) so look-ups ignore case."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(2))
    password_hash: Mapped[str] = mapped_column(String(200))
    salutation: Mapped[str] = mapped_column(String(8), default="none", server_default="none")
    phone: Mapped[str | None] = mapped_column(String(16), default=None)
    marketing_opt_in: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Set when the customer proved the address (the e-mailed link); the kiosk and QR paths gain
    #: their proof (the e-mailed code) in a later step, so until then they leave it empty.
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    terms_accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    privacy_notice_acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class AccountVehicle(Base):
    """A car linked to a Porsche ID by the dealer that sold it."""

    __tablename__ = "account_vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    dealer_id: Mapped[str] = mapped_column(ForeignKey("dealers.id"))
    invitation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invitations.id"), unique=True)
    model: Mapped[str | None] = mapped_column(String(80), default=None)
    commission_number: Mapped[str | None] = mapped_column(String(20), default=None)
    vin: Mapped[str | None] = mapped_column(String(17), default=None)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    """Who did what to which invitation, and when. Details hold no passwords, codes or tokens."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    dealer_id: Mapped[str | None] = mapped_column(ForeignKey("dealers.id"), default=None)
    kiosk_id: Mapped[int | None] = mapped_column(ForeignKey("kiosks.id"), default=None)
    salesperson_id: Mapped[int | None] = mapped_column(ForeignKey("salespeople.id"), default=None)
    invitation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutboxMail(Base):
    """A mail to send. Holds no secret: a link's token is made when the mail is sent.

    Claimed by one sender at a time through ``lease_until``, so several backend processes can
    share one outbox; a mail whose sender died is taken up again when its lease runs out.
    """

    __tablename__ = "outbox_mails"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # "invitation", "existing_account", "password_reset", "sign_in"
    invitation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invitations.id"), index=True, default=None)
    #: Account mails: the address someone typed (maybe nobody's), erased once the mail is handled.
    to_address: Mapped[str | None] = mapped_column(String(254), default=None)
    language: Mapped[str | None] = mapped_column(String(2), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: Set when the mail server refused the address for good; the mail is not retried.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: The last failure, as a short reason (an SMTP code or an exception name): never a body.
    last_error: Mapped[str | None] = mapped_column(String(200), default=None)


class IdempotencyKey(Base):
    """A kiosk request that may be retried: its key, what was asked, and what was answered.

    Kept for at least 30 days (kiosks can be offline for days, and retry when they are back).
    """

    __tablename__ = "idempotency_keys"

    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    endpoint: Mapped[str] = mapped_column(String(200))
    #: The invitation the stored answer describes (it holds personal data, purged with it).
    invitation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, default=None)
    request_hash: Mapped[str] = mapped_column(String(64))
    response_status: Mapped[int] = mapped_column()
    response_body: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class AccountToken(Base):
    """A one-time link for an account: set a new password, or sign in without one (hash only)."""

    __tablename__ = "account_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "password_reset" or "sign_in"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    account: Mapped[Account] = relationship()


class RateLimitHit(Base):
    """One request counted against a limit; kept in the database so every process sees it."""

    __tablename__ = "rate_limit_hits"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: What is limited and for whom: "forgot:ip:203.0.113.9", "forgot:email:<sha256>" (never an address).
    bucket: Mapped[str] = mapped_column(String(120), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
