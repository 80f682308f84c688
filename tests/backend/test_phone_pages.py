"""The phone pages' answers to bad input and bad links (the full journey runs in Chromium, tests/e2e)."""

import json
import re
import uuid
from collections.abc import Callable

import httpx
import pytest

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.wire import InvitationStatus
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create

PASSWORD = "Fjord#Granit42"
QrLinkMaker = Callable[..., tuple[uuid.UUID, str]]


@pytest.fixture
def qr_link(client: ApiClient, mail_sink: MailSink, seller: int) -> QrLinkMaker:
    """Makes an invitation and its QR link; by default the code was already entered (at the kiosk)."""

    def make(code_entered: bool = True) -> tuple[uuid.UUID, str]:
        invitation = invitation_create()
        client.create_invitation(invitation, salesperson_id=seller)
        if code_entered:
            client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
        return invitation.id, client.create_qr_link(invitation.id).url

    return make


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
    client: ApiClient, qr_link: QrLinkMaker, db: Db, password: str, message: str
) -> None:
    invitation_id, url = qr_link()
    response = _submit(url, password)
    assert response.status_code == 422
    errors = re.search(r'<div class="errors".*?</div>', response.text, re.S)
    assert errors is not None and message in errors.group(0)
    assert errors.group(0).count("<li>") == 1
    assert client.get_invitation(invitation_id).status is InvitationStatus.OPENED, "tried, not completed"
    assert db.count("accounts") == db.count("invitations", "status = 'completed'")
    assert _submit(url, "Fjord#Granit42").status_code == 200, "a refused attempt must leave the link usable"


def test_mismatched_passwords_and_missing_terms_are_explained(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link()
    assert "not the same" in _submit(url, "Fjord#Granit42", "Secret#124").text
    assert "accept the terms" in _submit(url, "Fjord#Granit42", terms=False).text


def test_every_problem_is_named_at_once(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link()
    page = _submit(url, "secret", "secrets", terms=False).text
    for problem in ("at least 8 characters", "uppercase", "digit", "special", "not the same", "accept the terms"):
        assert problem in page


def test_a_used_link_says_so_plainly(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link()
    assert _submit(url, "Fjord#Granit42").status_code == 200
    for again in (httpx.get(url), _submit(url, "Fjord#Granit42")):
        assert again.status_code == 410
        assert "already registered" in again.text or "already been used" in again.text


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_unknown_link_is_a_plain_404(backend_url: str, method: str) -> None:
    response = httpx.request(method, f"{backend_url}/r/{'x' * 43}", data={"password": "Fjord#Granit42"})
    assert response.status_code == 404
    assert "This link is not valid" in response.text


def test_names_are_escaped(client: ApiClient, seller: int) -> None:
    invitation = invitation_create(first_name="Åsa<script>")
    client.create_invitation(invitation, salesperson_id=seller)
    page = httpx.get(client.create_qr_link(invitation.id).url)
    assert "<script>" not in page.text and "Åsa&lt;script&gt;" in page.text


def test_pages_send_security_headers(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link()
    headers = httpx.get(url).headers
    assert headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"


@pytest.fixture
def backend_url(backend: object) -> str:
    return backend.url  # type: ignore[attr-defined,no-any-return]


def test_opening_a_qr_link_marks_the_invitation_opened(client: ApiClient, qr_link: QrLinkMaker) -> None:
    invitation_id, url = qr_link()
    assert client.get_invitation(invitation_id).opened_at is None
    httpx.get(url)
    opened = client.get_invitation(invitation_id)
    assert opened.status is InvitationStatus.OPENED and opened.opened_at is not None
    assert _submit(url, "Fjord#Granit42").status_code == 200, "an opened invitation can be completed"
    assert client.get_invitation(invitation_id).status is InvitationStatus.COMPLETED


def test_a_common_password_is_refused_by_the_server(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link()
    page = _submit(url, "Password1!")
    assert page.status_code == 422
    assert "most common passwords" in page.text


def _code_step(url: str, code: str) -> httpx.Response:
    return httpx.post(url, data={"step": "code", "code": code})


def test_a_qr_link_asks_for_the_emailed_code_first(
    client: ApiClient, qr_link: QrLinkMaker, mail_sink: MailSink
) -> None:
    invitation_id, url = qr_link(code_entered=False)
    page = httpx.get(url)
    assert "Enter it to show the address is yours" in page.text
    assert _submit(url, "Fjord#Granit42").status_code == 409, "no password before the code"

    email = client.get_invitation(invitation_id).email
    right = code_from_mail(mail_sink, email)
    wrong = _code_step(url, f"{(int(right) + 1) % 1_000_000:06d}")
    assert wrong.status_code == 422 and "You can try 4 more times" in wrong.text
    good = _code_step(url, f"{right[:3]} {right[3:]}")
    assert good.status_code == 200 and 'name="password"' in good.text
    assert _submit(url, "Fjord#Granit42").status_code == 200
    assert client.get_invitation(invitation_id).email_verified_at is not None


def test_the_page_shows_the_same_match_code_as_the_kiosk(client: ApiClient, qr_link: QrLinkMaker) -> None:
    invitation_id, _ = qr_link(code_entered=False)
    link = client.create_qr_link(invitation_id)
    shown = re.search(r'class="match-code">([A-Z0-9]{3})<', httpx.get(link.url).text)
    assert shown is not None and shown.group(1) == link.match_code


def test_a_dead_code_can_be_replaced_from_the_page(
    client: ApiClient, qr_link: QrLinkMaker, mail_sink: MailSink
) -> None:
    invitation_id, url = qr_link(code_entered=False)
    email = client.get_invitation(invitation_id).email
    right = code_from_mail(mail_sink, email)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for _ in range(4):
        _code_step(url, wrong)
    dead = _code_step(url, wrong)
    assert dead.status_code == 410 and "can no longer be used" in dead.text and "Send me a new code" in dead.text
    asked = httpx.post(f"{url}/new-code")
    assert asked.status_code == 200 and "We sent a new code" in asked.text
    fresh = code_from_mail(mail_sink, email, mails=2)
    assert _code_step(url, fresh).status_code == 200


def test_asking_for_new_codes_is_limited(client: ApiClient, qr_link: QrLinkMaker) -> None:
    _, url = qr_link(code_entered=False)
    answers = [httpx.post(f"{url}/new-code") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert int(answers[-1].headers["retry-after"]) > 3000
    assert "try again in" in answers[-1].text


@pytest.mark.parametrize(
    ("language", "heading", "rule"),
    [("sv", "Välkommen, Åsa Öberg", "Minst 8 tecken"), ("de", "Willkommen, Åsa Öberg", "Mindestens 8 Zeichen")],
)
def test_the_page_speaks_the_invitations_language(
    client: ApiClient, mail_sink: MailSink, language: str, heading: str, rule: str, seller: int
) -> None:
    invitation = invitation_create(language=language)
    client.create_invitation(invitation, salesperson_id=seller)
    client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    page = httpx.get(client.create_qr_link(invitation.id).url)
    assert f'<html lang="{language}">' in page.text
    assert heading in page.text and rule in page.text
    assert page.headers["content-language"] == language


def test_a_dead_link_answers_in_the_browsers_language(backend_url: str) -> None:
    page = httpx.get(f"{backend_url}/r/{'x' * 43}", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"})
    assert page.status_code == 404
    assert "Deze link is niet geldig" in page.text


def test_a_mistyped_page_address_gets_a_page_in_the_browsers_language(backend_url: str) -> None:
    page = httpx.get(f"{backend_url}/r/", headers={"Accept-Language": "de-CH,de;q=0.9"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Diese Seite gibt es nicht" in page.text


def _ticked(page: str) -> dict[str, bool]:
    boxes = re.findall(r'<input type="checkbox" name="marketing" value="(\w+)"( checked)?>', page)
    return {value: bool(checked) for value, checked in boxes}


def test_the_customer_has_the_last_word_on_news_and_offers(
    client: ApiClient, mail_sink: MailSink, seller: int, db: Db
) -> None:
    """The salesperson's notes are ticked; what the customer leaves ticked is what the account gets."""
    invitation = invitation_create(consents={"privacy_notice_acknowledged": True, "marketing": ["email", "sms"]})
    client.create_invitation(invitation, salesperson_id=seller)
    client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    url = client.create_qr_link(invitation.id).url
    assert _ticked(httpx.get(url).text) == {"email": True, "sms": True, "phone": False, "post": False}
    chosen = {"marketing_offered": "yes", "marketing": ["post"], "password": "weak", "password_repeat": "weak"}
    again = httpx.post(url, data=chosen)
    assert again.status_code == 422
    assert _ticked(again.text) == {"email": False, "sms": False, "phone": False, "post": True}, "kept, not reset"
    done = httpx.post(url, data={**chosen, "password": PASSWORD, "password_repeat": PASSWORD, "accept_terms": "yes"})
    assert done.status_code == 200
    assert client.get_invitation(invitation.id).marketing == {"post"}
    row = db.one("SELECT marketing_opt_in FROM accounts WHERE email = :e", e=invitation.email.lower())
    assert row is not None
    assert (json.loads(row[0]) if isinstance(row[0], str) else row[0]) == ["post"]  # JSON: text on SQLite


def test_a_page_that_did_not_ask_keeps_the_salespersons_notes(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    invitation = invitation_create(consents={"privacy_notice_acknowledged": True, "marketing": ["phone"]})
    client.create_invitation(invitation, salesperson_id=seller)
    client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    url = client.create_qr_link(invitation.id).url
    assert _submit(url, PASSWORD).status_code == 200
    assert client.get_invitation(invitation.id).marketing == {"phone"}
