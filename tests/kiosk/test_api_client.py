"""The client's error mapping, one piece in isolation (the real server is covered in tests/backend)."""

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from kiosk import wire
from kiosk.api_client import ApiClient, BackendUnreachable, Refused, ServerError
from kiosk.wire import ErrorCode


def _client(handler: httpx.MockTransport) -> ApiClient:
    return ApiClient("http://kiosk.test", "token", transport=handler)


def test_connection_failure_means_unreachable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(BackendUnreachable):
        _client(httpx.MockTransport(refuse)).get_invitation(uuid.uuid4())


def test_refusal_carries_the_servers_reason() -> None:
    body = {"error": "validation_failed", "fields": {"email": "email_invalid"}, "failed_rules": []}
    transport = httpx.MockTransport(lambda request: httpx.Response(422, json=body))
    with pytest.raises(Refused) as caught:
        _client(transport).get_invitation(uuid.uuid4())
    assert caught.value.code is ErrorCode.VALIDATION_FAILED
    assert caught.value.body.fields == {"email": "email_invalid"}


def test_server_failure_is_not_a_refusal() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(503, text="busy"))
    with pytest.raises(ServerError):
        _client(transport).get_invitation(uuid.uuid4())


def test_password_goes_into_the_request_body_and_nowhere_else() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(409, json={"error": "already_completed"})

    with pytest.raises(Refused):
        _client(httpx.MockTransport(record)).complete_on_kiosk(uuid.uuid4(), "Fjord#Granit42", True)
    assert json.loads(seen[0].content)["password"] == "Fjord#Granit42"
    assert "Fjord#Granit42" not in str(seen[0].url) and "Fjord#Granit42" not in str(seen[0].headers)


def test_revoking_qr_links_sends_a_delete_with_the_device_token_and_reads_no_body() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    invitation_id = uuid.uuid4()
    _client(httpx.MockTransport(record)).revoke_qr_links(invitation_id)
    assert (seen[0].method, seen[0].url.path) == ("DELETE", f"/api/v1/invitations/{invitation_id}/qr-link")
    assert seen[0].headers["Authorization"] == "Bearer token"
    assert wire.SALESPERSON_HEADER not in seen[0].headers, "the idle wipe needs nobody signed in"


def test_revoking_qr_links_of_an_unknown_invitation_is_a_refusal() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"error": "not_found"}))
    with pytest.raises(Refused) as caught:
        _client(transport).revoke_qr_links(uuid.uuid4())
    assert caught.value.code is ErrorCode.NOT_FOUND


def test_the_connection_is_made_by_the_first_request_once_and_not_by_the_kiosks_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Making an httpx client loads the CA certificates (about 100 ms): not while the window starts."""
    made: list[httpx.Client] = []
    real_client = httpx.Client

    def counting(*args: object, **kwargs: object) -> httpx.Client:
        made.append(real_client(*args, **kwargs))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(httpx, "Client", counting)
    client = _client(httpx.MockTransport(lambda request: httpx.Response(204)))
    assert made == [], "nothing made at start"
    invitation_id = uuid.uuid4()
    with ThreadPoolExecutor(4) as workers:  # the first requests come from several workers at once
        list(workers.map(lambda _: client.revoke_qr_links(invitation_id), range(8)))
    assert len(made) == 1, "one connection, shared"
    client.connect_to("http://elsewhere.test", "token")
    client.revoke_qr_links(invitation_id)
    assert len(made) == 2 and made[-1].base_url.host == "elsewhere.test", "a new address, a new connection"
    client.close()
    assert made[-1].is_closed
    with pytest.raises(RuntimeError):
        client.revoke_qr_links(invitation_id)
