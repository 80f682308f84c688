"""The kiosk-facing API, declared from the shared endpoint table in :mod:`kiosk.wire`."""

import asyncio
import hashlib
import json
import logging
import math
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, params
from fastapi.dependencies.utils import get_flat_params
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AwareDatetime
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backend import guards, services
from backend.deps import MailSenderDep, SessionDep, SessionsDep, SettingsDep, StatusBusDep
from backend.models import Dealer, IdempotencyKey, Invitation, Kiosk, Salesperson
from backend.outbox import MailSender
from backend.status_bus import SAFETY_INTERVAL
from kiosk import wire
from kiosk.wire import (
    CodeVerification,
    DealerInfo,
    EmailCorrection,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorCode,
    FunnelReport,
    InvitationCreate,
    InvitationList,
    InvitationStatus,
    InvitationView,
    KioskCompletion,
    QrLink,
    SalespersonInfo,
    SalespersonList,
    SelfRegistration,
)

log = logging.getLogger("backend.api")


class Refusal(Exception):
    """Answer a kiosk request with a 4xx and an :class:`ErrorBody`; the status goes with its code."""

    def __init__(self, body: ErrorBody) -> None:
        super().__init__(body.error.value)
        self.status = wire.ERROR_STATUS[body.error]
        self.body = body

    @property
    def headers(self) -> dict[str, str]:
        seconds = self.body.retry_after_seconds
        return {"Retry-After": str(seconds)} if seconds is not None else {}


def refuse(code: ErrorCode, **extra: Any) -> Refusal:
    return Refusal(ErrorBody(error=code, **extra))


#: Declares the device token in the OpenAPI schema; the check itself is ours, to answer with an ErrorBody.
_device_token = HTTPBearer(auto_error=False, scheme_name="DeviceToken", description="The kiosk's device token")


def current_kiosk(
    session: SessionDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_device_token)]
) -> Kiosk:
    kiosk = services.authenticate_kiosk(session, credentials.credentials) if credentials else None
    if kiosk is None:
        raise refuse(ErrorCode.UNAUTHORIZED)
    return kiosk


KioskDep = Annotated[Kiosk, Depends(current_kiosk)]


def current_salesperson(
    kiosk: KioskDep,
    session: SessionDep,
    salesperson_id: Annotated[
        int, Header(alias=wire.SALESPERSON_HEADER, ge=1, le=2**31 - 1, description="The signed-in salesperson")
    ],
) -> Salesperson:
    """The salesperson signed in at the kiosk: one of its dealer's, still active (checked after the device)."""
    salesperson = services.staff_member(session, kiosk, salesperson_id)
    if salesperson is None:
        raise refuse(ErrorCode.SALESPERSON_UNKNOWN)
    return salesperson


SalespersonDep = Annotated[Salesperson, Depends(current_salesperson)]


IdempotencyKeyHeader = Annotated[str | None, Header(alias=wire.IDEMPOTENCY_HEADER, max_length=200)]


def _request_hash(salesperson: Salesperson | None, *parts: object) -> str:
    """What a key was used for: the salesperson is part of it (the same body from someone else is not a retry).

    None: a walk-in's own request, with no salesperson.
    """
    who = salesperson.id if salesperson is not None else "walk-in"
    return hashlib.sha256(":".join(str(part) for part in (who, *parts)).encode()).hexdigest()


def _already_done(
    session: Session, kiosk: Kiosk, key: str | None, endpoint: wire.Endpoint, request_hash: str
) -> IdempotencyKey | None:
    """The record of an earlier request with this key, if it was this same request; refused if it was another."""
    if key is None:
        return None
    earlier = session.get(IdempotencyKey, (kiosk.id, key))
    if earlier is not None and (earlier.endpoint, earlier.request_hash) != (endpoint.path, request_hash):
        raise refuse(ErrorCode.IDEMPOTENCY_KEY_REUSED)
    return earlier


def _once(
    session: Session,
    kiosk: Kiosk,
    key: str | None,
    endpoint: wire.Endpoint,
    request_hash: str,
    invitation_id: uuid.UUID,
    action: Callable[[Invitation], object],
) -> InvitationView:
    """Do a staff write on an invitation once per key; a retry gets the invitation as it is then.

    The key's record joins the session before ``action`` runs, so the action's own commit stores
    both, or neither if it is refused.
    """
    try:
        invitation = services.get_invitation(session, kiosk, invitation_id)
        if _already_done(session, kiosk, key, endpoint, request_hash) is None:
            if key is not None:
                session.add(
                    IdempotencyKey(
                        kiosk_id=kiosk.id,
                        key=key,
                        endpoint=endpoint.path,
                        invitation_id=invitation_id,
                        request_hash=request_hash,
                        response_status=endpoint.success_status,
                        response_body="",
                    )
                )
            action(invitation)
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    except IntegrityError:
        session.rollback()  # the same key at the same moment: the other request did it
        invitation = services.get_invitation(session, kiosk, invitation_id)
    return services.view(invitation)


def _service_refusal(error: services.ServiceError) -> Refusal:
    match error:
        case services.NotFound():
            return refuse(ErrorCode.NOT_FOUND)
        case services.IdConflict():
            return refuse(ErrorCode.ID_CONFLICT)
        case services.AlreadyCompleted():
            return refuse(ErrorCode.ALREADY_COMPLETED)
        case services.InvitationClosed():
            return refuse(ErrorCode.INVITATION_CLOSED)
        case services.FieldsRefused(fields=fields):
            return refuse(ErrorCode.VALIDATION_FAILED, fields=fields)
        case services.CodeWrong(attempts_left=left):
            return refuse(ErrorCode.CODE_WRONG, attempts_left=left)
        case services.CodeDead():
            return refuse(ErrorCode.CODE_DEAD, attempts_left=0)
        case services.EmailNotVerified():
            return refuse(ErrorCode.EMAIL_NOT_VERIFIED)
        case services.RateLimited(retry_after=wait):
            return refuse(ErrorCode.RATE_LIMITED, retry_after_seconds=max(1, math.ceil(wait.total_seconds())))
        case services.AccountExists():
            return refuse(ErrorCode.ACCOUNT_EXISTS)
        case services.TermsNotAccepted():
            return refuse(ErrorCode.TERMS_NOT_ACCEPTED)
        case services.PasswordRejected(failed=failed):
            return refuse(ErrorCode.PASSWORD_POLICY, failed_rules=failed)
        case services.InvalidEnrolmentCode():
            return refuse(ErrorCode.INVALID_ENROLMENT_CODE)
        case services.SelfRegistrationUnavailable():
            return refuse(ErrorCode.SELF_REGISTRATION_UNAVAILABLE)
    raise error


# -- routes -----------------------------------------------------------------------------------


def enrol(body: EnrolRequest, session: SessionDep) -> EnrolResponse:
    try:
        kiosk, token = services.enrol_kiosk(session, body.code)
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    return EnrolResponse(device_token=token, dealer=_dealer_info(kiosk.dealer))


def _dealer_info(dealer: Dealer) -> DealerInfo:
    return DealerInfo.model_validate(
        {
            "name": dealer.name,
            "country": dealer.country,
            "languages": dealer.language_list,
            "self_registration": dealer.self_registration,
        }
    )


def get_dealer(kiosk: KioskDep) -> DealerInfo:
    """The dealer's settings now: a kiosk asks at every start, as they may have changed since it enrolled."""
    return _dealer_info(kiosk.dealer)


def list_salespeople(kiosk: KioskDep, session: SessionDep) -> SalespersonList:
    people = services.active_salespeople(session, kiosk)
    return SalespersonList(items=[SalespersonInfo(id=p.id, name=p.name, pin_hash=p.pin_hash) for p in people])


def create_invitation(
    body: InvitationCreate,
    kiosk: KioskDep,
    salesperson: SalespersonDep,
    session: SessionDep,
    settings: SettingsDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView | JSONResponse:
    return _create_once(
        session,
        kiosk,
        idempotency_key,
        wire.CREATE_INVITATION,
        _request_hash(salesperson, body.model_dump_json()),
        lambda: services.create_invitation(session, kiosk, salesperson, body, settings),
        sender,
    )


def self_register(
    body: SelfRegistration,
    kiosk: KioskDep,
    session: SessionDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView | JSONResponse:
    """A walk-in's own invitation: answered alike whether or not the address has an ID (see services)."""
    return _create_once(
        session,
        kiosk,
        idempotency_key,
        wire.SELF_REGISTER,
        _request_hash(None, body.model_dump_json()),
        lambda: services.self_register(session, kiosk, body),
        sender,
    )


def _create_once(
    session: Session,
    kiosk: Kiosk,
    key: str | None,
    endpoint: wire.Endpoint,
    request_hash: str,
    create: Callable[[], services.NewInvitation],
    sender: MailSender,
) -> InvitationView | JSONResponse:
    """Create an invitation once per key: a retry gets the original answer, byte for byte."""
    earlier = _already_done(session, kiosk, key, endpoint, request_hash)
    if earlier is not None:
        # The original answer, byte for byte: a retry cannot tell it was a retry.
        return JSONResponse(json.loads(earlier.response_body), status_code=earlier.response_status)
    try:
        created = create()
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    answer = services.view(created.invitation)
    if key is not None:
        _remember(session, kiosk, key, endpoint, request_hash, answer)
    if created.created:
        sender.wake()
    return answer


def _remember(
    session: Session, kiosk: Kiosk, key: str, endpoint: wire.Endpoint, request_hash: str, answer: InvitationView
) -> None:
    session.add(
        IdempotencyKey(
            kiosk_id=kiosk.id,
            key=key,
            endpoint=endpoint.path,
            invitation_id=answer.id,
            request_hash=request_hash,
            response_status=endpoint.success_status,
            response_body=answer.model_dump_json(),
        )
    )
    try:
        session.commit()
    except IntegrityError:
        # The same key arrived twice at once; the other request recorded it, and the invitation's
        # own id kept the two from creating two invitations.
        session.rollback()


def get_invitation(invitation_id: uuid.UUID, kiosk: KioskDep, session: SessionDep) -> InvitationView:
    try:
        return services.view(services.get_invitation(session, kiosk, invitation_id))
    except services.ServiceError as error:
        raise _service_refusal(error) from None


def create_qr_link(invitation_id: uuid.UUID, kiosk: KioskDep, session: SessionDep, settings: SettingsDep) -> QrLink:
    try:
        url, expires_at, match_code = services.create_qr_link(session, kiosk, invitation_id, settings)
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    return QrLink(url=url, expires_at=expires_at, match_code=match_code)


def revoke_qr_links(invitation_id: uuid.UUID, kiosk: KioskDep, session: SessionDep) -> None:
    """Device-only like creating the link: the kiosk wipes itself when idle, often with nobody signed in."""
    try:
        services.revoke_qr_links(session, kiosk, invitation_id)
    except services.ServiceError as error:
        raise _service_refusal(error) from None


def verify_code(
    invitation_id: uuid.UUID, body: CodeVerification, kiosk: KioskDep, session: SessionDep
) -> InvitationView:
    try:
        invitation = services.get_invitation(session, kiosk, invitation_id)
        services.verify_code(session, invitation, body.code)
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    return services.view(invitation)


def resend(
    invitation_id: uuid.UUID,
    kiosk: KioskDep,
    salesperson: SalespersonDep,
    session: SessionDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView:
    answer = _once(
        session,
        kiosk,
        idempotency_key,
        wire.RESEND,
        _request_hash(salesperson, invitation_id),
        invitation_id,
        lambda invitation: services.request_resend(
            session, invitation, kiosk_id=kiosk.id, salesperson_id=salesperson.id
        ),
    )
    sender.wake()
    return answer


def resend_walk_in(
    invitation_id: uuid.UUID,
    kiosk: KioskDep,
    session: SessionDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView:
    """A walk-in's "Send me a new code": their own self-registration only, with no salesperson."""
    answer = _once(
        session,
        kiosk,
        idempotency_key,
        wire.RESEND_WALK_IN,
        _request_hash(None, invitation_id),
        invitation_id,
        lambda invitation: services.request_walk_in_resend(session, kiosk, invitation),
    )
    sender.wake()
    return answer


def correct_walk_in_email(
    invitation_id: uuid.UUID,
    body: EmailCorrection,
    kiosk: KioskDep,
    session: SessionDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView:
    """A walk-in's "Not your e-mail?": their own self-registration only, with no salesperson."""
    answer = _once(
        session,
        kiosk,
        idempotency_key,
        wire.CORRECT_WALK_IN_EMAIL,
        _request_hash(None, invitation_id, body.model_dump_json()),
        invitation_id,
        lambda invitation: services.correct_walk_in_email(session, kiosk, invitation, body.email),
    )
    sender.wake()
    return answer


def complete_on_kiosk(
    invitation_id: uuid.UUID, body: KioskCompletion, kiosk: KioskDep, session: SessionDep
) -> InvitationView:
    try:
        invitation = services.complete_on_kiosk(
            session, kiosk, invitation_id, body.password.get_secret_value(), body.accept_terms, body.marketing
        )
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    return services.view(invitation)


def invitation_events(
    invitation_id: uuid.UUID,
    kiosk: KioskDep,
    session: SessionDep,
    sessions: SessionsDep,
    settings: SettingsDep,
    bus: StatusBusDep,
) -> StreamingResponse:
    """Stream the invitation's status; ends after a final status.

    Woken by the status bus when the invitation changes (PostgreSQL: in any process); without
    one (SQLite) it looks every ``status_poll_interval``. A comment line goes out every second.
    """
    try:
        services.get_invitation(session, kiosk, invitation_id)
    except services.ServiceError as error:
        raise _service_refusal(error) from None
    look_every = SAFETY_INTERVAL if bus.pushes else settings.status_poll_interval

    def load() -> InvitationView:
        with sessions() as s:
            return services.view(services.get_invitation(s, kiosk, invitation_id))

    async def stream() -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        changed = bus.subscribe(invitation_id)
        try:
            last: InvitationView | None = None
            last_sent = loop.time()
            while True:
                changed.clear()  # before looking, so a change during the look is not missed
                current = await anyio.to_thread.run_sync(load)
                if current != last:
                    yield f"event: status\ndata: {current.model_dump_json()}\n\n"
                    last, last_sent = current, loop.time()
                if current.status.is_final:
                    return
                deadline = loop.time() + look_every
                while (remaining := deadline - loop.time()) > 0:
                    try:
                        await asyncio.wait_for(changed.wait(), timeout=min(1.0, remaining))
                        break
                    except TimeoutError:
                        if loop.time() - last_sent >= 1.0:
                            yield ": keep-alive\n\n"
                            last_sent = loop.time()
        finally:
            bus.unsubscribe(invitation_id, changed)

    return StreamingResponse(
        stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )


def correct_email(
    invitation_id: uuid.UUID,
    body: EmailCorrection,
    kiosk: KioskDep,
    salesperson: SalespersonDep,
    session: SessionDep,
    sender: MailSenderDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView:
    answer = _once(
        session,
        kiosk,
        idempotency_key,
        wire.CORRECT_EMAIL,
        _request_hash(salesperson, invitation_id, body.model_dump_json()),
        invitation_id,
        lambda invitation: services.correct_email(session, kiosk, salesperson, invitation, body.email),
    )
    sender.wake()
    return answer


def cancel(
    invitation_id: uuid.UUID,
    kiosk: KioskDep,
    salesperson: SalespersonDep,
    session: SessionDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> InvitationView:
    return _once(
        session,
        kiosk,
        idempotency_key,
        wire.CANCEL,
        _request_hash(salesperson, invitation_id),
        invitation_id,
        lambda invitation: services.cancel(session, kiosk, salesperson, invitation),
    )


def list_invitations(
    kiosk: KioskDep,
    _salesperson: SalespersonDep,  # the dealer's customers are for staff eyes only
    session: SessionDep,
    status: Annotated[list[InvitationStatus] | None, Query()] = None,
    # No control characters: nobody types them, and PostgreSQL refuses NUL in text outright (a 500).
    q: Annotated[str, Query(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$")] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> InvitationList:
    rows, total = services.list_invitations(session, kiosk, status or [], q, limit, offset)
    return InvitationList(items=[services.view(row) for row in rows], total=total)


def funnel(
    kiosk: KioskDep,
    _salesperson: SalespersonDep,  # the dealer's figures are for staff eyes only
    session: SessionDep,
    day_start: Annotated[AwareDatetime, Query(description="Start of today where the kiosk is, with its offset")],
    week_start: Annotated[AwareDatetime, Query(description="Start of this week where the kiosk is, with its offset")],
) -> FunnelReport:
    """How far the invitations of today and of this week got; the kiosk says when its day and week began."""
    day = services.funnel(session, kiosk, _in_utc(day_start, "query.day_start"))
    week = services.funnel(session, kiosk, _in_utc(week_start, "query.week_start"))
    return FunnelReport(day=day, week=week)


def _in_utc(moment: datetime, field: str) -> datetime:
    """``moment`` in UTC; refused if that is out of range (year 1 ahead of UTC, year 9999 behind it)."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise refuse(ErrorCode.VALIDATION_FAILED, fields={field: "invalid"}) from None


_HANDLERS: dict[wire.Endpoint, Callable[..., Any]] = {
    wire.ENROL: enrol,
    wire.LIST_SALESPEOPLE: list_salespeople,
    wire.GET_DEALER: get_dealer,
    wire.SELF_REGISTER: self_register,
    wire.RESEND_WALK_IN: resend_walk_in,
    wire.CORRECT_WALK_IN_EMAIL: correct_walk_in_email,
    wire.FUNNEL: funnel,
    wire.CREATE_INVITATION: create_invitation,
    wire.GET_INVITATION: get_invitation,
    wire.CREATE_QR_LINK: create_qr_link,
    wire.REVOKE_QR_LINKS: revoke_qr_links,
    wire.VERIFY_CODE: verify_code,
    wire.RESEND: resend,
    wire.CORRECT_EMAIL: correct_email,
    wire.CANCEL: cancel,
    wire.LIST_INVITATIONS: list_invitations,
    wire.COMPLETE_ON_KIOSK: complete_on_kiosk,
    wire.INVITATION_EVENTS: invitation_events,
}


def _documented_refusals(endpoint: wire.Endpoint) -> dict[int | str, dict[str, Any]]:
    """The endpoint's refusals for the OpenAPI schema: per status, an ErrorBody and its possible codes."""
    by_status: dict[int, list[str]] = {}
    for code in endpoint.refusals:
        by_status.setdefault(wire.ERROR_STATUS[code], []).append(code.value)
    return {
        status: {"model": ErrorBody, "description": "Refused: " + ", ".join(f"`{code}`" for code in codes)}
        for status, codes in sorted(by_status.items())
    }


def _no_unknown_query_parameters(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take: a misspelt filter must not silently list everything."""
    every = get_flat_params(request.scope["route"].dependant)  # the route's own and its dependencies'
    known = {param.alias for param in every if isinstance(param.field_info, params.Query)}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise refuse(ErrorCode.VALIDATION_FAILED, fields={name or "(empty)": "unknown" for name in unknown})


def build_router() -> APIRouter:
    router = APIRouter()
    # Fixed paths first: the first route whose path matches answers, and /invitations/{invitation_id}
    # would take /invitations/funnel for an invitation whose id is not a UUID.
    for endpoint in sorted(wire.ENDPOINTS, key=lambda endpoint: "{" in endpoint.path):
        # The one unauthenticated kiosk call is limited per client; the others need a device token.
        checks = [Depends(_no_unknown_query_parameters)]
        if not endpoint.authenticated:
            checks.append(Depends(guards.per_client("enrol", guards.ENROLMENTS)))
        router.add_api_route(
            endpoint.path,
            _HANDLERS[endpoint],
            methods=[endpoint.method],
            dependencies=checks,
            response_model=endpoint.response,
            status_code=endpoint.success_status,
            responses=_documented_refusals(endpoint),
        )
    return router


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refusal)
    async def _refusal(_request: Request, error: Refusal) -> JSONResponse:
        return JSONResponse(error.body.model_dump(mode="json"), status_code=error.status, headers=error.headers)
