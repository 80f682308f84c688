"""The public pages in a real phone browser, in the customer's language: the e-mailed link in
German, the forgotten-password journey in Dutch (the QR path in Swedish is in the walking skeleton)."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess

PASSWORD = "Fjord#Granit42"


def _phone(browser: Browser, locale: str) -> BrowserContext:
    return browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True, locale=locale
    )


@pytest.fixture
def german_phone(browser: Browser) -> Iterator[BrowserContext]:
    context = _phone(browser, "de-DE")
    yield context
    context.close()


@pytest.fixture
def dutch_phone(browser: Browser) -> Iterator[BrowserContext]:
    context = _phone(browser, "nl-NL")
    yield context
    context.close()


def _link_in_mail(sink: MailSink, address: str, marker: str, count: int = 1) -> str:
    mail = sink.wait_for_mail_to(address, timeout=10, count=count)[-1]
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return next(word for word in text.split() if marker in word)


def test_a_german_customer_registers_from_the_emailed_link(
    client: ApiClient, mail_sink: MailSink, german_phone: BrowserContext, seller: int
) -> None:
    invitation = invitation_create(
        language="de",
        first_name="Jürgen",
        last_name="Weiß",
        consents={"privacy_notice_acknowledged": True, "marketing": ["email", "post"]},
    )
    client.create_invitation(invitation, salesperson_id=seller)
    page = german_phone.new_page()
    page.goto(_link_in_mail(mail_sink, invitation.email, "/r/"))
    # Opening the e-mailed link proves the address: no code is asked for.
    assert page.locator("h1").inner_text() == "Willkommen, Jürgen Weiß"
    # The news the salesperson noted are ticked; the customer has the last word on them.
    assert page.locator("fieldset.channels legend").inner_text().startswith("Ich möchte Neuigkeiten")
    assert page.is_checked("input[value=email]") and page.is_checked("input[value=post]")
    assert not page.is_checked("input[value=sms]")
    page.uncheck("input[value=post]")
    page.check("input[value=sms]")
    page.fill("#password", "kurz")
    page.fill("#password_repeat", "kurz")
    page.click("button[type=submit]")
    problems = page.locator(".errors").inner_text()
    assert "mindestens 8 Zeichen" in problems and "Nutzungsbedingungen" in problems
    assert page.is_checked("input[value=sms]") and not page.is_checked("input[value=post]"), "the choice is kept"
    page.fill("#password", PASSWORD)
    page.fill("#password_repeat", PASSWORD)
    page.check("input[name=accept_terms]")
    page.click("button[type=submit]")
    page.wait_for_selector("h1.ok")
    assert page.locator("h1.ok").inner_text() == "Registriert"
    done = client.get_invitation(invitation.id)
    assert (done.status, done.marketing) == ("completed", {"email", "sms"})


def test_a_dutch_customer_resets_a_forgotten_password(
    client: ApiClient, mail_sink: MailSink, dutch_phone: BrowserContext, backend: BackendProcess, seller: int
) -> None:
    invitation = invitation_create(language="nl")
    client.create_invitation(invitation, salesperson_id=seller)
    client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    client.complete_on_kiosk(invitation.id, PASSWORD, True)

    page = dutch_phone.new_page()
    page.goto(f"{backend.url}/account/forgot-password")
    assert page.locator("h1").inner_text() == "Wachtwoord vergeten?"
    page.fill("#email", invitation.email.upper())
    page.click("button[type=submit]")
    assert "Als dit adres een ID heeft" in page.content()

    page.goto(_link_in_mail(mail_sink, invitation.email, "/account/reset-password/", count=2))
    page.fill("#password", "Password1!")
    page.fill("#password_repeat", "Password1!")
    page.click("button[type=submit]")
    assert page.locator(".errors").is_visible(), "a common password is refused"
    page.fill("#password", "Nordljus#2027")
    page.fill("#password_repeat", "Nordljus#2027")
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Uw wachtwoord is gewijzigd"
