"""Forgotten password and sign-in links: they work, are single-use, and never tell who has an ID."""

import statistics
import time
import uuid

import httpx
import pytest

from backend.devmail import MailSink
from backend.security import verify_password
from kiosk.api_client import ApiClient
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess


def _account(client: ApiClient, sink: MailSink, seller: int) -> str:
    """A customer with an ID, made the way the kiosk makes one; returns the address."""
    request = invitation_create()
    client.create_invitation(request, salesperson_id=seller)
    client.verify_code(request.id, code_from_mail(sink, request.email))
    client.complete_on_kiosk(request.id, "Fjord#Granit42", True)
    return request.email


def _link_in_mail(sink: MailSink, address: str, count: int) -> str:
    mail = sink.wait_for_mail_to(address, timeout=10, count=count)[-1]
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return next(word for word in text.split() if "/account/" in word)


def test_a_forgotten_password_is_replaced_through_a_one_time_link(
    client: ApiClient, mail_sink: MailSink, backend: BackendProcess, db: Db, seller: int
) -> None:
    email = _account(client, mail_sink, seller)
    asked = httpx.post(f"{backend.url}/account/forgot-password", data={"email": email.upper()})
    assert asked.status_code == 200 and "If this address has an ID" in asked.text
    link = _link_in_mail(mail_sink, email, count=2)
    assert "/account/reset-password/" in link
    assert httpx.get(link).status_code == 200
    weak = httpx.post(link, data={"password": "Password1!", "password_repeat": "Password1!"})
    assert weak.status_code == 422 and "most common passwords" in weak.text
    done = httpx.post(link, data={"password": "Nordljus#2027", "password_repeat": "Nordljus#2027"})
    assert done.status_code == 200 and "Your password is changed" in done.text
    stored = db.one("SELECT password_hash FROM accounts WHERE email = :e", e=email.lower())
    assert stored is not None and verify_password(stored[0], "Nordljus#2027")
    assert not verify_password(stored[0], "Fjord#Granit42")
    assert httpx.get(link).status_code == 410, "used up"


def test_the_answer_does_not_tell_whether_an_address_has_an_id(
    client: ApiClient, mail_sink: MailSink, backend: BackendProcess, db: Db, seller: int
) -> None:
    known = _account(client, mail_sink, seller)
    unknown = f"nobody.{uuid.uuid4().hex[:8]}@example.se"
    answers = [httpx.post(f"{backend.url}/account/forgot-password", data={"email": e}) for e in (known, unknown)]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[0].text == answers[1].text
    assert len(mail_sink.wait_for_mail_to(known, timeout=10, count=2)) == 2
    time.sleep(1.0)
    assert mail_sink.wait_for_mail_to(unknown, timeout=0) == [], "nothing goes to an address without an ID"
    assert db.count("outbox_mails", "to_address = :a", a=unknown) == 0, "the typed address is not kept"


@pytest.mark.parametrize("action", ["forgot-password", "sign-in-link"])
def test_the_answer_takes_as_long_for_an_address_with_an_id_as_without(
    client: ApiClient, mail_sink: MailSink, backend: BackendProcess, action: str, seller: int
) -> None:
    """Timing must not tell either: the request only queues a mail; the sender looks the address up later.

    Interleaved requests for addresses with and without an ID, each from its own client address
    (the backend trusts the loopback proxy's X-Forwarded-For) so no limit is reached. A handler
    that hashed, looked up or mailed inline for known addresses would be many times slower for them.
    """
    known = [_account(client, mail_sink, seller) for _ in range(8)]
    timings: dict[bool, list[float]] = {True: [], False: []}
    with httpx.Client(base_url=backend.url) as http:
        for round_ in range(3):
            for number, address in enumerate(known):
                unknown = f"nobody.{uuid.uuid4().hex[:8]}@example.se"
                for has_id, email in ((True, address), (False, unknown)):
                    client_address = f"10.{round_}.{number}.{int(has_id)}"
                    started = time.perf_counter()
                    answer = http.post(
                        f"/account/{action}", data={"email": email}, headers={"X-Forwarded-For": client_address}
                    )
                    timings[has_id].append(time.perf_counter() - started)
                    assert answer.status_code == 200
    ratio = statistics.median(timings[True]) / statistics.median(timings[False])
    assert 0.67 < ratio < 1.5, f"median with an ID / without: {ratio:.2f}"


def test_a_sign_in_link_signs_in_once(
    client: ApiClient, mail_sink: MailSink, backend: BackendProcess, seller: int
) -> None:
    email = _account(client, mail_sink, seller)
    httpx.post(f"{backend.url}/account/sign-in-link", data={"email": email})
    link = _link_in_mail(mail_sink, email, count=2)
    assert "Sign in as" in httpx.get(link).text
    assert httpx.get(link).status_code == 200, "opening the link (or a mail scanner doing it) does not use it"
    signed = httpx.post(link)
    assert signed.status_code == 200 and "You are signed in" in signed.text
    assert httpx.post(link).status_code == 410


def test_asking_again_and_again_is_limited(backend: BackendProcess) -> None:
    email = f"someone.{uuid.uuid4().hex[:8]}@example.se"
    answers = [httpx.post(f"{backend.url}/account/forgot-password", data={"email": email}) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert int(answers[-1].headers["retry-after"]) > 3000
    assert "Too many requests" in answers[-1].text


@pytest.mark.parametrize(("lang", "heading"), [("sv", "Har du glömt lösenordet?"), ("de", "Passwort vergessen?")])
def test_the_request_page_speaks_the_browsers_language(backend: BackendProcess, lang: str, heading: str) -> None:
    page = httpx.get(f"{backend.url}/account/forgot-password", headers={"Accept-Language": lang})
    assert f"<h1>{heading}</h1>" in page.text


def test_a_malformed_address_is_explained(backend: BackendProcess) -> None:
    page = httpx.post(f"{backend.url}/account/forgot-password", data={"email": "asa@"})
    assert page.status_code == 422 and "valid e-mail address" in page.text
