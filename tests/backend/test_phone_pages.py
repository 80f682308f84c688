"""The phone pages' answers to bad input and bad links (the full journey runs in Chromium, tests/e2e)."""

import re
import uuid

import httpx
import pytest

from kiosk.api_client import ApiClient
from kiosk.wire import InvitationStatus
from tests.conftest import Db
from tests.factories import invitation_create


def _qr_link(client: ApiClient) -> tuple[uuid.UUID, str]:
    invitation = invitation_create()
    client.create_invitation(invitation)
    return invitation.id, client.create_qr_link(invitation.id).url


def _submit(url: str, password: str, repeat: str | None = None, terms: bool = True) -> httpx.Response:
    form = {"password": password, "password_repeat": password if repeat is None else repeat}
    if terms:
        form["accept_terms"] = "yes"
    return httpx.post(url, data=form)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Sec#123", "at least 8 characters"),
        ("secret#123", "at least one uppercase letter"),
        ("Secret#abc", "at least one digit"),
        ("Secret1234", "at least one special character"),
    ],
)
def test_each_broken_rule_is_named_on_the_page_and_nothing_is_created(
    client: ApiClient, db: Db, password: str, message: str
) -> None:
    invitation_id, url = _qr_link(client)
    response = _submit(url, password)
    assert response.status_code == 422
    errors = re.search(r'<div class="errors".*?</div>', response.text, re.S)
    assert errors is not None and message in errors.group(0)
    assert errors.group(0).count("<li>") == 1
    assert client.get_invitation(invitation_id).status is InvitationStatus.OPENED, "tried, not completed"
    assert db.count("accounts") == db.count("invitations", "status = 'completed'")
    assert _submit(url, "Fjord#Granit42").status_code == 200, "a refused attempt must leave the link usable"


def test_mismatched_passwords_and_missing_terms_are_explained(client: ApiClient) -> None:
    _, url = _qr_link(client)
    assert "not the same" in _submit(url, "Fjord#Granit42", "Secret#124").text
    assert "accept the terms" in _submit(url, "Fjord#Granit42", terms=False).text


def test_every_problem_is_named_at_once(client: ApiClient) -> None:
    _, url = _qr_link(client)
    page = _submit(url, "secret", "secrets", terms=False).text
    for problem in ("at least 8 characters", "uppercase", "digit", "special", "not the same", "accept the terms"):
        assert problem in page


def test_a_used_link_says_so_plainly(client: ApiClient) -> None:
    _, url = _qr_link(client)
    assert _submit(url, "Fjord#Granit42").status_code == 200
    for again in (httpx.get(url), _submit(url, "Fjord#Granit42")):
        assert again.status_code == 410
        assert "already registered" in again.text or "already been used" in again.text


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_unknown_link_is_a_plain_404(backend_url: str, method: str) -> None:
    response = httpx.request(method, f"{backend_url}/r/{'x' * 43}", data={"password": "Fjord#Granit42"})
    assert response.status_code == 404
    assert "This link is not valid" in response.text


def test_names_are_escaped(client: ApiClient) -> None:
    invitation = invitation_create(first_name="Åsa<script>")
    client.create_invitation(invitation)
    page = httpx.get(client.create_qr_link(invitation.id).url)
    assert "<script>" not in page.text and "Åsa&lt;script&gt;" in page.text


def test_pages_send_security_headers(client: ApiClient) -> None:
    _, url = _qr_link(client)
    headers = httpx.get(url).headers
    assert headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"


@pytest.fixture
def backend_url(backend: object) -> str:
    return backend.url  # type: ignore[attr-defined,no-any-return]


def test_opening_a_qr_link_marks_the_invitation_opened(client: ApiClient) -> None:
    invitation_id, url = _qr_link(client)
    assert client.get_invitation(invitation_id).opened_at is None
    httpx.get(url)
    opened = client.get_invitation(invitation_id)
    assert opened.status is InvitationStatus.OPENED and opened.opened_at is not None
    assert _submit(url, "Fjord#Granit42").status_code == 200, "an opened invitation can be completed"
    assert client.get_invitation(invitation_id).status is InvitationStatus.COMPLETED


def test_a_common_password_is_refused_by_the_server(client: ApiClient) -> None:
    _, url = _qr_link(client)
    page = _submit(url, "Password1!")
    assert page.status_code == 422
    assert "most common passwords" in page.text
