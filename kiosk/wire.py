"""The wire format between kiosk and backend, defined once.

The kiosk's client serialises these models and the backend's routes are declared from the same
:data:`ENDPOINTS` table, so the two cannot drift apart silently; ``tests/test_wire_contract.py``
checks the server's route table against this module.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from kiosk.buyer import BuyerDetails, Consents, Email, MarketingChannel, Name
from kiosk.languages import Language
from kiosk.models import Model
from kiosk.password_policy import PasswordRule

API_PREFIX = "/api/v1"
#: Header carrying a client-chosen key that makes a staff write safe to retry: a retry of create gets
#: the original answer byte for byte; a retry of resend, correct-email or cancel is not done twice
#: and gets the invitation as it is then. Keys are kept at least 30 days.
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: Header naming the salesperson signed in at the kiosk, on every staff action (see :attr:`Endpoint.salesperson`).
#: The kiosk checked their PIN (offline too, against :class:`SalespersonInfo`); the backend checks that they
#: belong to the kiosk's dealer and are still active, and records them in the audit log.
SALESPERSON_HEADER = "Salesperson-Id"


class InvitationStatus(StrEnum):
    """Where an invitation stands. ``sent`` → ``opened`` → ``completed`` is the usual path."""

    SENT = "sent"
    OPENED = "opened"
    COMPLETED = "completed"
    #: The e-mail already had an ID: no second account; the vehicle was linked to the existing one.
    EXISTING_ACCOUNT = "existing_account"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    #: The mail server refused the address for good; the dealer can correct it.
    DELIVERY_FAILED = "delivery_failed"

    @property
    def is_final(self) -> bool:
        return self in _FINAL

    @property
    def is_open(self) -> bool:
        """The customer can still register through this invitation."""
        return self in (InvitationStatus.SENT, InvitationStatus.OPENED)


_FINAL = frozenset(
    {
        InvitationStatus.COMPLETED,
        InvitationStatus.EXISTING_ACCOUNT,
        InvitationStatus.EXPIRED,
        InvitationStatus.CANCELLED,
    }
)


class ErrorCode(StrEnum):
    """Machine-readable reasons for a refusal; the kiosk translates them for people."""

    VALIDATION_FAILED = "validation_failed"
    UNAUTHORIZED = "unauthorized"
    NOT_FOUND = "not_found"
    ID_CONFLICT = "id_conflict"
    ALREADY_COMPLETED = "already_completed"
    ACCOUNT_EXISTS = "account_exists"
    PASSWORD_POLICY = "password_policy"
    TERMS_NOT_ACCEPTED = "terms_not_accepted"
    INVALID_ENROLMENT_CODE = "invalid_enrolment_code"
    #: Expired or cancelled: nobody can register through it any more.
    INVITATION_CLOSED = "invitation_closed"
    #: The e-mailed code was wrong; ``attempts_left`` says how many tries remain.
    CODE_WRONG = "code_wrong"
    #: Too many wrong codes (or none was sent yet): a new one must be requested.
    CODE_DEAD = "code_dead"
    #: Finishing needs the e-mailed code first (it proves the address).
    EMAIL_NOT_VERIFIED = "email_not_verified"
    #: Too many requests of this kind; ``retry_after_seconds`` says when to try again.
    RATE_LIMITED = "rate_limited"
    #: The Idempotency-Key was already used for a different request.
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    #: The request could not be read at all (a body that is not JSON, say).
    MALFORMED_REQUEST = "malformed_request"
    #: The method is not one this path serves; the ``Allow`` header lists those it does.
    METHOD_NOT_ALLOWED = "method_not_allowed"
    #: The salesperson named in the request is not one of this dealer's active salespeople (any more).
    SALESPERSON_UNKNOWN = "salesperson_unknown"
    #: This dealer's market does not let visitors register without a salesperson.
    SELF_REGISTRATION_UNAVAILABLE = "self_registration_unavailable"


#: The HTTP status each refusal is answered with.
ERROR_STATUS: dict[ErrorCode, int] = {
    ErrorCode.VALIDATION_FAILED: 422,
    ErrorCode.UNAUTHORIZED: 401,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.ID_CONFLICT: 409,
    ErrorCode.ALREADY_COMPLETED: 409,
    ErrorCode.ACCOUNT_EXISTS: 409,
    ErrorCode.PASSWORD_POLICY: 422,
    ErrorCode.TERMS_NOT_ACCEPTED: 422,
    ErrorCode.INVALID_ENROLMENT_CODE: 400,
    ErrorCode.INVITATION_CLOSED: 409,
    ErrorCode.CODE_WRONG: 422,
    ErrorCode.CODE_DEAD: 410,
    ErrorCode.EMAIL_NOT_VERIFIED: 409,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.IDEMPOTENCY_KEY_REUSED: 422,
    ErrorCode.MALFORMED_REQUEST: 400,
    ErrorCode.METHOD_NOT_ALLOWED: 405,
    ErrorCode.SALESPERSON_UNKNOWN: 403,
    ErrorCode.SELF_REGISTRATION_UNAVAILABLE: 403,
}


class ErrorBody(Model):
    """Every 4xx answer of the kiosk API has this body."""

    error: ErrorCode
    #: Field name → :class:`kiosk.buyer.FieldError` code, for ``validation_failed``.
    fields: dict[str, str] = Field(default_factory=dict)
    #: The password rules not met, for ``password_policy``.
    failed_rules: list[PasswordRule] = Field(default_factory=list)
    attempts_left: int | None = None
    retry_after_seconds: int | None = None


class EnrolRequest(Model):
    code: str = Field(min_length=1, max_length=64)


class DealerInfo(Model):
    name: str
    country: str  # ISO 3166-1 alpha-2: the country every account invited here gets
    #: The languages the showroom serves, its default first.
    languages: list[Language] = Field(min_length=1)
    #: Walk-in visitors may create their ID at the kiosk without a salesperson (not in every market).
    self_registration: bool = False


class EnrolResponse(Model):
    #: A plain string on the wire (pydantic would mask a SecretStr when the server serialises it);
    #: the client keeps it out of logs and reprs itself.
    device_token: str = Field(repr=False)
    dealer: DealerInfo


class SalespersonInfo(Model):
    """One of the dealer's salespeople, as the kiosk needs them to sign in, offline too."""

    model_config = ConfigDict(frozen=True)

    id: int
    name: str
    #: The argon2id hash of their PIN: the kiosk verifies a PIN against it without asking the backend.
    pin_hash: str = Field(repr=False)


class SalespersonList(Model):
    #: The dealer's active salespeople, by name.
    items: list[SalespersonInfo]


class InvitationCreate(BuyerDetails):
    """A new invitation; ``id`` is made by the kiosk so a retried request cannot create two.

    The inviting salesperson travels in the :data:`SALESPERSON_HEADER`, as on every staff action.
    """

    id: UUID


class SelfRegistration(Model):
    """A walk-in visitor starts their own ID at the kiosk, where the dealer's market allows it.

    Device-authenticated, no salesperson. The answer is the same whether or not the address already
    has an ID (the e-mail tells its owner which), so the kiosk's public screen reveals no accounts.
    """

    model_config = ConfigDict(frozen=True)

    id: UUID
    first_name: Name
    last_name: Name
    email: Email
    language: Language
    consents: Consents


class InvitationView(Model):
    model_config = ConfigDict(frozen=True)

    id: UUID
    status: InvitationStatus
    first_name: str
    last_name: str
    email: str
    language: Language
    created_at: datetime
    #: When each status was reached (None: not reached).
    sent_at: datetime | None = None
    opened_at: datetime | None = None
    completed_at: datetime | None = None
    existing_account_at: datetime | None = None
    #: When the customer proved the address (e-mailed link opened, or code entered).
    email_verified_at: datetime | None = None
    expired_at: datetime | None = None
    cancelled_at: datetime | None = None
    delivery_failed_at: datetime | None = None
    #: A walk-in's own registration (no salesperson): at the kiosk they fix their address themselves.
    walk_in: bool = False
    #: The channels the customer agreed to news and offers by, as recorded so far; they confirm or change
    #: them when they finish (:class:`KioskCompletion`, the phone page).
    marketing: frozenset[MarketingChannel] = frozenset()


class QrLink(Model):
    url: str
    expires_at: datetime
    #: Shown beside the QR code and on the page it opens: the customer sees they scanned this screen.
    match_code: str


class EmailCorrection(Model):
    """The dealer fixes a mistyped address: same invitation, new mail, old links and code dead."""

    email: Email


class InvitationList(Model):
    items: list[InvitationView]
    #: How many match the filter in all (``items`` is one page of them).
    total: int


class Funnel(Model):
    """How far the invitations of one period got: each count includes those that went further."""

    invited: int
    opened: int
    registered: int


class FunnelReport(Model):
    """The dealer's funnel for the salesperson's screen; periods start where the kiosk says (local midnight)."""

    day: Funnel
    week: Funnel


#: Six digits; people may type them with a space in the middle, as the e-mail shows them.
CODE_PATTERN = r"^\s*\d{3}\s?\d{3}\s*$"


class CodeVerification(Model):
    code: str = Field(pattern=CODE_PATTERN)


class KioskCompletion(Model):
    """The customer finishes at the kiosk: the password travels once, in this request only."""

    password: SecretStr
    accept_terms: bool
    #: The customer's own choice of channels for news and offers, which replaces what was recorded with the
    #: invitation; None keeps that.
    marketing: frozenset[MarketingChannel] | None = None


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    request: type[BaseModel] | None
    response: type[BaseModel] | None
    success_status: int = 200
    authenticated: bool = True
    #: A staff action: it names the signed-in salesperson in the :data:`SALESPERSON_HEADER`. The
    #: others are device-only, because the customer uses them at the kiosk (the code, the QR link).
    salesperson: bool = False
    #: The refusals particular to this endpoint (see :attr:`refusals` for all of them).
    errors: tuple[ErrorCode, ...] = ()

    def url(self, **params: object) -> str:
        return self.path.format(**params)

    @property
    def refusals(self) -> tuple[ErrorCode, ...]:
        """Every refusal this endpoint may answer with: those any endpoint may give, then its own."""
        common = [ErrorCode.MALFORMED_REQUEST, ErrorCode.VALIDATION_FAILED]
        if self.authenticated:
            common.append(ErrorCode.UNAUTHORIZED)
        if self.salesperson:
            common.append(ErrorCode.SALESPERSON_UNKNOWN)
        if "{invitation_id}" in self.path:
            common.append(ErrorCode.NOT_FOUND)
        return (*common, *self.errors)


#: Refused by every step on an invitation that is over: expired, withdrawn or already completed.
_CLOSED = (ErrorCode.INVITATION_CLOSED, ErrorCode.ALREADY_COMPLETED)

ENROL = Endpoint(
    "POST",
    f"{API_PREFIX}/kiosk/enrol",
    EnrolRequest,
    EnrolResponse,
    authenticated=False,
    errors=(ErrorCode.INVALID_ENROLMENT_CODE, ErrorCode.RATE_LIMITED),
)
#: The dealer's active salespeople with their PIN hashes, for signing in at the kiosk.
LIST_SALESPEOPLE = Endpoint("GET", f"{API_PREFIX}/kiosk/salespeople", None, SalespersonList)
#: The kiosk's dealer as it is now (name, country, languages, self-registration), asked at every start:
#: what the enrolment answered may have changed since.
GET_DEALER = Endpoint("GET", f"{API_PREFIX}/kiosk/dealer", None, DealerInfo)
#: A walk-in visitor starts their own ID, no salesperson; they then finish with verify-code and complete
#: like any invitation. Safe to retry like create (same id, same Idempotency-Key semantics). The answer is
#: the same whether or not the address already has an ID. At most 30 an hour per kiosk, 5 per address.
SELF_REGISTER = Endpoint(
    "POST",
    f"{API_PREFIX}/kiosk/self-registrations",
    SelfRegistration,
    InvitationView,
    201,
    errors=(
        ErrorCode.SELF_REGISTRATION_UNAVAILABLE,
        ErrorCode.ID_CONFLICT,
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        ErrorCode.RATE_LIMITED,
    ),
)
#: A walk-in asks for a new code at the kiosk, where no salesperson can ask for them: a new mail with a fresh
#: link and code, the old ones dead, at most 3 an hour (as :data:`RESEND`). Only for a self-registration begun at
#: this kiosk; any other invitation is answered as not found.
RESEND_WALK_IN = Endpoint(
    "POST",
    f"{API_PREFIX}/kiosk/self-registrations/{{invitation_id}}/resend",
    None,
    InvitationView,
    202,
    errors=(ErrorCode.RATE_LIMITED, ErrorCode.IDEMPOTENCY_KEY_REUSED, *_CLOSED),
)
#: A walk-in mistyped their address and fixes it at the kiosk: as :data:`CORRECT_EMAIL`, the old link and code
#: dead and a new mail out, for a self-registration begun at this kiosk only (any other is not found). The new
#: address counts against the same limits as a new self-registration (30 an hour per kiosk, 5 per address).
CORRECT_WALK_IN_EMAIL = Endpoint(
    "POST",
    f"{API_PREFIX}/kiosk/self-registrations/{{invitation_id}}/correct-email",
    EmailCorrection,
    InvitationView,
    errors=(ErrorCode.RATE_LIMITED, ErrorCode.IDEMPOTENCY_KEY_REUSED, *_CLOSED),
)
CREATE_INVITATION = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations",
    InvitationCreate,
    InvitationView,
    201,
    salesperson=True,
    errors=(ErrorCode.ID_CONFLICT, ErrorCode.IDEMPOTENCY_KEY_REUSED),
)
GET_INVITATION = Endpoint("GET", f"{API_PREFIX}/invitations/{{invitation_id}}", None, InvitationView)
CREATE_QR_LINK = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/qr-link",
    None,
    QrLink,
    201,
    errors=_CLOSED,
)
#: The kiosk wipes itself for the next visitor: every unused QR link of the invitation stops working, so a
#: phone that photographed the code finds it expired. E-mailed links and the status stay as they are.
#: Safe to repeat: 204 whether or not a link was pending (on a finished invitation too).
REVOKE_QR_LINKS = Endpoint("DELETE", f"{API_PREFIX}/invitations/{{invitation_id}}/qr-link", None, None, 204)
COMPLETE_ON_KIOSK = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/complete",
    KioskCompletion,
    InvitationView,
    errors=(
        ErrorCode.EMAIL_NOT_VERIFIED,
        ErrorCode.PASSWORD_POLICY,
        ErrorCode.TERMS_NOT_ACCEPTED,
        ErrorCode.ACCOUNT_EXISTS,
        *_CLOSED,
    ),
)
VERIFY_CODE = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/verify-code",
    CodeVerification,
    InvitationView,
    errors=(ErrorCode.CODE_WRONG, ErrorCode.CODE_DEAD, *_CLOSED),
)
#: A new mail with a fresh link and code (the old ones stop working); at most 3 an hour.
RESEND = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/resend",
    None,
    InvitationView,
    202,
    salesperson=True,
    errors=(ErrorCode.RATE_LIMITED, ErrorCode.IDEMPOTENCY_KEY_REUSED, *_CLOSED),
)
CORRECT_EMAIL = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/correct-email",
    EmailCorrection,
    InvitationView,
    salesperson=True,
    errors=(ErrorCode.IDEMPOTENCY_KEY_REUSED, *_CLOSED),
)
CANCEL = Endpoint(
    "POST",
    f"{API_PREFIX}/invitations/{{invitation_id}}/cancel",
    None,
    InvitationView,
    salesperson=True,
    errors=(ErrorCode.IDEMPOTENCY_KEY_REUSED, *_CLOSED),
)
#: The dealer's invitations, newest first; query: status (repeatable), q (name or e-mail), limit, offset.
LIST_INVITATIONS = Endpoint("GET", f"{API_PREFIX}/invitations", None, InvitationList, salesperson=True)
#: The dealer's invitations created since ``day_start`` and since ``week_start`` (query; ISO 8601 with
#: offset, the kiosk's local midnights): all invited (cancelled ones too), those opened or further
#: (completed, or linked to an existing ID), those registered (completed).
FUNNEL = Endpoint("GET", f"{API_PREFIX}/invitations/funnel", None, FunnelReport, salesperson=True)
#: Server-Sent Events: one ``status`` event carrying an :class:`InvitationView` now and on every
#: change; a comment line every second keeps the connection visibly alive.
INVITATION_EVENTS = Endpoint("GET", f"{API_PREFIX}/invitations/{{invitation_id}}/events", None, None)

ENDPOINTS = (
    ENROL,
    LIST_SALESPEOPLE,
    GET_DEALER,
    SELF_REGISTER,
    RESEND_WALK_IN,
    CORRECT_WALK_IN_EMAIL,
    CREATE_INVITATION,
    GET_INVITATION,
    CREATE_QR_LINK,
    REVOKE_QR_LINKS,
    VERIFY_CODE,
    RESEND,
    CORRECT_EMAIL,
    CANCEL,
    LIST_INVITATIONS,
    FUNNEL,
    COMPLETE_ON_KIOSK,
    INVITATION_EVENTS,
)
