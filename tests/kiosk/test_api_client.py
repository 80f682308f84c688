"""The client's error mapping, one piece in isolation (the real server is covered in tests/backend)."""

import json
import uuid

import httpx
import pytest

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
