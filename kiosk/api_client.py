"""The kiosk's HTTP client for the onboarding API.

Blocking by design: the GUI calls it from worker threads (``ui.background``), never from the
GUI thread. Every failure becomes one of three exceptions the screens can explain to people:
the backend could not be reached, it refused (with a reason code), or it failed.
"""

import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

from pydantic import BaseModel, ValidationError

from kiosk import wire
from kiosk.buyer import MarketingChannel
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
    SalespersonList,
    SelfRegistration,
)

if TYPE_CHECKING:
    # Imported by the first request (on a worker thread), not with this module: the kiosk makes its
    # client while it starts, on the GUI thread, where httpx's import cost ~30 ms of the first frame.
    import httpx

log = logging.getLogger("kiosk.api")

M = TypeVar("M", bound=BaseModel)
#: A request's query string, as name-value pairs (a name may repeat).
Query = list[tuple[str, str | int | float | bool | None]]

#: Generous for a showroom LAN, short enough that a salesperson is not left waiting.
TIMEOUT_S = 10.0
CONNECT_TIMEOUT_S = 5.0
#: The events stream sends a comment every second; three missed ones mean the link is dead.
EVENTS_READ_TIMEOUT = 3.0


class ApiError(Exception):
    """Base of every error the client raises."""


class BackendUnreachable(ApiError):
    """No answer: network down, backend stopped, or timed out. Nothing is known to have happened."""


class ServerError(ApiError):
    """The backend answered with a 5xx or with a body the client could not understand."""

    def __init__(self, status: int, message: str = "", retry_after: float | None = None) -> None:
        super().__init__(f"server error {status} {message}".strip())
        self.status = status
        #: Seconds the server (or a proxy) asked us to wait, from ``Retry-After``.
        self.retry_after = retry_after


class Refused(ApiError):
    """The backend refused the request (4xx) and said why."""

    def __init__(self, status: int, body: ErrorBody, retry_after: float | None = None) -> None:
        super().__init__(f"{status} {body.error.value}")
        self.status = status
        self.body = body
        #: Seconds the server asked us to wait, from ``Retry-After`` (429).
        self.retry_after = retry_after

    @property
    def code(self) -> ErrorCode:
        return self.body.error


class ApiClient:
    """One kiosk's connection to the backend.

    ``transport`` lets unit tests hand in an ``httpx.MockTransport``; everything else talks to a
    real server.
    """

    def __init__(
        self,
        base_url: str,
        device_token: str | None = None,
        *,
        transport: "httpx.BaseTransport | None" = None,
        timeout: "httpx.Timeout | None" = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = device_token
        self._transport = transport
        self._timeout = timeout
        self._connection_lock = threading.Lock()
        self._connection: httpx.Client | None = None
        self._closed = False

    @property
    def _http(self) -> "httpx.Client":
        """The connection, made by the first request rather than here.

        Making one loads the system's CA certificates, about 100 ms: requests run on worker threads,
        the client itself is made while the kiosk starts, on the GUI thread.
        """
        import httpx

        with self._connection_lock:
            if self._closed:
                raise RuntimeError("the API client is closed")
            if self._connection is None:
                timeout = self._timeout or httpx.Timeout(TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
                self._connection = httpx.Client(base_url=self.base_url, timeout=timeout, transport=self._transport)
            return self._connection

    @property
    def enrolled(self) -> bool:
        return self._token is not None

    @property
    def device_token(self) -> str | None:
        """The token this client sends (for the admin's connection test, which asks whether it is accepted)."""
        return self._token

    def close(self) -> None:
        with self._connection_lock:
            self._closed = True
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def connect_to(self, base_url: str, device_token: str | None) -> None:
        """Talk to ``base_url`` with ``device_token`` from now on (the admin changed the address or enrolled).

        The running sync worker and screens keep this one client, so it changes in place. A request
        under way on the old connection fails as unreachable, and the sync worker sends it again.
        """
        with self._connection_lock:
            old, self._connection = self._connection, None
            self.base_url = base_url.rstrip("/")
            self._token = device_token
        if old is not None:
            old.close()

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- endpoints ---------------------------------------------------------------------------

    def enrol(self, code: str) -> EnrolResponse:
        """Exchange a one-time enrolment code for this kiosk's device token and keep it."""
        result = self._call(wire.ENROL, EnrolResponse, body=EnrolRequest(code=code))
        self._token = result.device_token
        return result

    def replay(
        self,
        endpoint: wire.Endpoint,
        body: bytes | None,
        *,
        invitation_id: UUID,
        salesperson_id: int,
        idempotency_key: str,
    ) -> InvitationView:
        """Send a staff write saved earlier (the outbox), byte for byte, under the key it was saved with."""
        return self._call(
            endpoint,
            InvitationView,
            content=body,
            salesperson_id=salesperson_id,
            extra_headers={wire.IDEMPOTENCY_HEADER: idempotency_key},
            invitation_id=invitation_id,  # unused by the create path, which names none
        )

    def list_salespeople(self) -> SalespersonList:
        """The dealer's active salespeople and their PIN hashes, so they can sign in here, offline too."""
        return self._call(wire.LIST_SALESPEOPLE, SalespersonList)

    def dealer(self) -> DealerInfo:
        """The dealer's settings as they are now (languages, country, self-registration), for every start."""
        return self._call(wire.GET_DEALER, DealerInfo)

    def self_register(self, request: SelfRegistration) -> InvitationView:
        """A walk-in visitor starts their own ID; safe to retry with the same request (the key is per id).

        The answer is the same whether or not the address already has an ID; the visitor then
        goes on with :meth:`verify_code` and :meth:`complete_on_kiosk`.
        """
        return self._call(
            wire.SELF_REGISTER,
            InvitationView,
            body=request,
            extra_headers={wire.IDEMPOTENCY_HEADER: create_key(request.id)},
        )

    def resend_walk_in(self, invitation_id: UUID) -> InvitationView:
        """A walk-in's new code: a new mail with a fresh link and code, for a self-registration begun here."""
        return self._call(wire.RESEND_WALK_IN, InvitationView, invitation_id=invitation_id)

    def correct_walk_in_email(self, invitation_id: UUID, email: str) -> InvitationView:
        """A walk-in fixes their mistyped address: the old link and code stop working, a new mail goes out."""
        body = EmailCorrection(email=email)
        return self._call(wire.CORRECT_WALK_IN_EMAIL, InvitationView, body=body, invitation_id=invitation_id)

    # Staff actions name the salesperson signed in at the kiosk (``salesperson_id``); the backend
    # refuses them for anyone not an active salesperson of this kiosk's dealer.

    def create_invitation(
        self, invitation: InvitationCreate, *, salesperson_id: int, idempotency_key: str | None = None
    ) -> InvitationView:
        """Create the invitation; safe to retry with the same key and body (the default key is per invitation)."""
        key = idempotency_key or create_key(invitation.id)
        return self._call(
            wire.CREATE_INVITATION,
            InvitationView,
            body=invitation,
            salesperson_id=salesperson_id,
            extra_headers={wire.IDEMPOTENCY_HEADER: key},
        )

    def get_invitation(self, invitation_id: UUID) -> InvitationView:
        return self._call(wire.GET_INVITATION, InvitationView, invitation_id=invitation_id)

    def create_qr_link(self, invitation_id: UUID) -> QrLink:
        return self._call(wire.CREATE_QR_LINK, QrLink, invitation_id=invitation_id)

    def revoke_qr_links(self, invitation_id: UUID) -> None:
        """Kill the invitation's unused QR links as the kiosk wipes itself for the next visitor.

        A phone that photographed the code then finds the link expired; the e-mailed link still works.
        Safe to repeat: nothing left to revoke is no error.
        """
        self._send(wire.REVOKE_QR_LINKS, invitation_id=invitation_id)

    def verify_code(self, invitation_id: UUID, code: str) -> InvitationView:
        """Prove the address with the e-mailed code (needed before finishing at the kiosk)."""
        body = CodeVerification(code=code)
        return self._call(wire.VERIFY_CODE, InvitationView, body=body, invitation_id=invitation_id)

    def resend(self, invitation_id: UUID, *, salesperson_id: int) -> InvitationView:
        """Send the invitation mail again, with a new link and code."""
        return self._call(wire.RESEND, InvitationView, salesperson_id=salesperson_id, invitation_id=invitation_id)

    def correct_email(self, invitation_id: UUID, email: str, *, salesperson_id: int) -> InvitationView:
        """Send the invitation to a corrected address; the old link and code stop working."""
        body = EmailCorrection(email=email)
        return self._call(
            wire.CORRECT_EMAIL, InvitationView, body=body, salesperson_id=salesperson_id, invitation_id=invitation_id
        )

    def cancel(self, invitation_id: UUID, *, salesperson_id: int) -> InvitationView:
        return self._call(wire.CANCEL, InvitationView, salesperson_id=salesperson_id, invitation_id=invitation_id)

    def list_invitations(
        self,
        *,
        salesperson_id: int,
        statuses: list[InvitationStatus] | None = None,
        search: str = "",
        limit: int = 50,
        offset: int = 0,
    ) -> InvitationList:
        params: Query = [("limit", limit), ("offset", offset)]
        params += [("status", status.value) for status in statuses or []]
        if search:
            params.append(("q", search))
        return self._call(wire.LIST_INVITATIONS, InvitationList, salesperson_id=salesperson_id, query=params)

    def funnel(self, day_start: datetime, week_start: datetime, *, salesperson_id: int) -> FunnelReport:
        """How far the dealer's invitations of today and of this week got.

        The starts are the kiosk's local midnights, with their offset (a naive time is refused here,
        before asking: the backend could only guess its zone).
        """
        if day_start.utcoffset() is None or week_start.utcoffset() is None:
            raise ValueError("the funnel's period starts need a time zone")
        query: Query = [
            ("day_start", day_start.isoformat()),
            ("week_start", week_start.isoformat()),
        ]
        return self._call(wire.FUNNEL, FunnelReport, salesperson_id=salesperson_id, query=query)

    def complete_on_kiosk(
        self,
        invitation_id: UUID,
        password: str,
        accept_terms: bool,
        marketing: frozenset[MarketingChannel] | None = None,
    ) -> InvitationView:
        """Finish the registration at the kiosk. The password is sent in this request and not kept.

        ``marketing``: the customer's own choice of channels for news, replacing what the salesperson
        recorded; None keeps that.
        """
        body = KioskCompletion.model_validate(
            {"password": password, "accept_terms": accept_terms, "marketing": marketing}
        )
        return self._call(wire.COMPLETE_ON_KIOSK, InvitationView, body=body, invitation_id=invitation_id)

    def watch_invitation(self, invitation_id: UUID, stop: threading.Event) -> Iterator[InvitationView]:
        """Yield the invitation's state now and after every change, until ``stop`` is set.

        Raises :class:`BackendUnreachable` when the stream breaks; the caller decides whether to
        reconnect. Returns (ends) when the server closes the stream after a final status.
        """
        import httpx

        url = wire.INVITATION_EVENTS.url(invitation_id=invitation_id)
        timeout = httpx.Timeout(CONNECT_TIMEOUT_S, read=EVENTS_READ_TIMEOUT)
        try:
            with self._http.stream("GET", url, headers=self._headers(), timeout=timeout) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for(response)
                event, data = "", []
                for line in response.iter_lines():
                    if stop.is_set():
                        return
                    if line.startswith(":"):
                        continue  # keep-alive comment
                    if line.startswith("event:"):
                        event = line[6:].strip()
                    elif line.startswith("data:"):
                        data.append(line[5:].strip())
                    elif line == "" and data:
                        if event == "status":
                            yield self._parse(InvitationView, "\n".join(data).encode())
                        event, data = "", []
        except httpx.TransportError as error:
            raise BackendUnreachable(str(error)) from error

    # -- plumbing ----------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    def _call(
        self,
        endpoint: wire.Endpoint,
        model: type[M],
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        salesperson_id: int | None = None,
        extra_headers: dict[str, str] | None = None,
        query: Query | None = None,
        **params: object,
    ) -> M:
        response = self._send(
            endpoint,
            body=body,
            content=content,
            salesperson_id=salesperson_id,
            extra_headers=extra_headers,
            query=query,
            **params,
        )
        return self._parse(model, response.content)

    def _send(
        self,
        endpoint: wire.Endpoint,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        salesperson_id: int | None = None,
        extra_headers: dict[str, str] | None = None,
        query: Query | None = None,
        **params: object,
    ) -> "httpx.Response":
        """The request, answered with a success; an endpoint that answers with no body (204) uses it directly."""
        import httpx

        headers = {**(self._headers() if endpoint.authenticated else {}), **(extra_headers or {})}
        if endpoint.salesperson:
            if salesperson_id is None:
                raise TypeError(f"{endpoint.path} is a staff action: name the signed-in salesperson")
            headers[wire.SALESPERSON_HEADER] = str(salesperson_id)
        if body is not None:
            content = encode_body(body)
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self._http.request(
                endpoint.method, endpoint.url(**params), content=content, headers=headers, params=query
            )
        except httpx.TransportError as error:
            # The message names the exception type only: it may carry the URL, never a body.
            log.warning("%s %s unreachable: %s", endpoint.method, endpoint.path, type(error).__name__)
            raise BackendUnreachable(type(error).__name__) from error
        if response.status_code >= 400:
            self._raise_for(response)
        return response

    @staticmethod
    def _parse(model: type[M], content: bytes) -> M:
        try:
            return model.model_validate_json(content)
        except ValidationError as error:
            raise ServerError(200, f"unexpected answer: {error.error_count()} errors") from error

    @staticmethod
    def _raise_for(response: "httpx.Response") -> None:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status >= 500:
            raise ServerError(status, retry_after=retry_after)
        try:
            body = ErrorBody.model_validate_json(response.content)
        except ValidationError:
            raise ServerError(status, "4xx without an error body", retry_after) from None
        raise Refused(status, body, retry_after)


def create_key(invitation_id: UUID) -> str:
    """The Idempotency-Key of an invitation's create, whoever sends it (the window or the outbox), and of a
    walk-in's self-registration (each kiosk-made id is new, so the two never share a key)."""
    return f"create-{invitation_id}"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def encode_body(body: BaseModel) -> bytes:
    """Serialise a request body, revealing secrets (the password) only into the request itself."""
    data = body.model_dump(mode="json")
    for name, value in body:
        if hasattr(value, "get_secret_value"):
            data[name] = value.get_secret_value()
    return json.dumps(data, ensure_ascii=False).encode()
