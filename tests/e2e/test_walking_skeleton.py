"""One invitation travels kiosk → backend → phone → kiosk, through the real components.

The backend runs as its own uvicorn process, mail goes over SMTP to an aiosmtpd sink, the kiosk
is the real window driven by qtbot, the phone is Chromium reading the QR code's pixels.
"""

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from tests.conftest import Db
from tests.e2e.conftest import decode_qr
from tests.factories import code_from_mail
from tests.servers import BackendProcess
from tests.ui.driving import sign_in
from ui.application import build_app
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    build_app(Language.EN)  # the theme and translations the real app uses
    client = ApiClient(backend.url, device_token)
    kiosk = MainWindow(client, outbox=outbox, settings=KioskSettings(default_language=Language.SV))
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.activateWindow()
    qtbot.waitActive(kiosk)
    sign_in(qtbot, kiosk, DEMO_SALESPERSON, DEMO_PIN)  # as the README tells
    yield kiosk
    kiosk.close()
    client.close()


def _invite(qtbot: QtBot, window: MainWindow, email: str) -> None:
    form = window.form
    qtbot.keyClicks(form.first_name.edit, "Åsa")
    qtbot.keyClicks(form.last_name.edit, "Öberg")
    qtbot.keyClicks(form.email.edit, email)
    qtbot.mouseClick(form.privacy, LEFT)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.form, timeout=5000)


def _set_password_here(qtbot: QtBot, window: MainWindow) -> None:
    """On the finish-here screen (code already entered): set a password, accept, create the ID."""
    finish = window.finish
    qtbot.waitUntil(lambda: window.stack.currentWidget() is finish, timeout=5000)
    qtbot.keyClicks(finish.password, "Fjord#Granit42")
    qtbot.keyClicks(finish.repeat, "Fjord#Granit42")
    finish.terms.setChecked(True)
    qtbot.mouseClick(finish.create_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.registered, timeout=5000)


def _unique_email() -> str:
    return f"asa.{uuid.uuid4().hex[:10]}@example.se"


def test_the_phone_finishes_and_the_kiosk_shows_registered(
    qtbot: QtBot,
    window: MainWindow,
    phone: BrowserContext,
    mail_sink: MailSink,
    backend: BackendProcess,
    tmp_path: Path,
) -> None:
    email = _unique_email()
    _invite(qtbot, window, email)

    qtbot.mouseClick(window.handoff.phone, LEFT)
    # The phone reads what the screen shows, not what the program holds.
    decoded: list[str] = []
    qtbot.waitUntil(lambda: bool(decoded.extend(decode_qr(window.handoff.qr)) or decoded), timeout=5000)
    url = decoded[0]
    assert url.startswith(f"{backend.url}/r/")

    page = phone.new_page()
    page.goto(url)
    # The customer checks they scanned this kiosk, then proves the address with the mailed code.
    kiosk_match = window.handoff.match_code.text().rsplit(" ", 1)[-1]
    assert page.locator(".match-code").inner_text() == kiosk_match
    page.fill("#code", code_from_mail(mail_sink, email))
    page.click("button[type=submit]")
    # The salesperson chose Swedish for this buyer: the phone page speaks it.
    assert page.locator("h1").inner_text() == "Välkommen, Åsa Öberg"
    page.fill("#password", "Fjord#Granit42")
    page.fill("#password_repeat", "Fjord#Granit42")
    page.check("input[name=accept_terms]")
    page.screenshot(path=str(tmp_path / "phone-form.png"), full_page=True)
    page.click("button[type=submit]")
    page.wait_for_selector("h1.ok")
    assert page.locator("h1.ok").inner_text() == "Registrerad"
    submitted = time.monotonic()

    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.registered and window.registered.title.text() == "Registered",
        timeout=2000,
    )
    print(f"kiosk showed Registered {1000 * (time.monotonic() - submitted):.0f} ms after the phone's submit")
    page.screenshot(path=str(tmp_path / "phone-done.png"), full_page=True)

    mails = mail_sink.wait_for_mail_to(email, timeout=5)
    time.sleep(0.5)  # a second, duplicate mail would arrive in this time
    mails = mail_sink.wait_for_mail_to(email, timeout=0)
    assert len(mails) == 1
    body = mails[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert mails[0]["To"] == email
    assert f"{backend.url}/r/" in body


def test_the_customer_finishes_at_the_kiosk_and_gets_an_account_in_the_dealers_country(
    qtbot: QtBot, window: MainWindow, db: Db, mail_sink: MailSink
) -> None:
    email = _unique_email()
    _invite(qtbot, window, email)
    qtbot.mouseClick(window.handoff.finish_here, LEFT)
    verify = window.verify
    assert window.stack.currentWidget() is verify
    right = code_from_mail(mail_sink, email)
    qtbot.keyClicks(verify.code, f"{(int(right) + 1) % 1_000_000:06d}")
    qtbot.keyClick(verify.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: verify.problem.isVisible(), timeout=5000)
    assert verify.problem.text() == "That code is not right. Tries left: 4."
    verify.code.clear()
    qtbot.keyClicks(verify.code, f"{right[:3]} {right[3:]}")
    qtbot.keyClick(verify.code, Qt.Key.Key_Return)
    finish = window.finish
    _set_password_here(qtbot, window)
    assert window.registered.title.text() == "Registered"
    assert finish.password.text() == "" and finish.repeat.text() == "", "the password is not kept on screen"
    row = db.one("SELECT country, first_name, last_name FROM accounts WHERE email = :email", email=email)
    assert row == ("SE", "Åsa", "Öberg")
    assert db.one("SELECT verified_at FROM accounts WHERE email = :email", email=email) != (None,)


def test_a_customer_who_already_has_an_id_is_told_so_and_gets_no_second_one(
    qtbot: QtBot, window: MainWindow, db: Db, mail_sink: MailSink
) -> None:
    email = _unique_email()
    _invite(qtbot, window, email)
    qtbot.mouseClick(window.handoff.finish_here, LEFT)
    qtbot.keyClicks(window.verify.code, code_from_mail(mail_sink, email))
    qtbot.mouseClick(window.verify.confirm, LEFT)
    _set_password_here(qtbot, window)
    qtbot.mouseClick(window.registered.next_customer, LEFT)

    _invite(qtbot, window, email)  # the same buyer, invited again
    assert window.stack.currentWidget() is window.registered
    assert window.registered.title.text() == "Already registered"
    assert db.count("accounts", "email = :email", email=email) == 1
    mails = mail_sink.wait_for_mail_to(email, timeout=5, count=2)
    assert [m["Subject"] for m in mails] == [  # the buyer's language, Swedish
        "Skapa ditt Porsche ID",
        "Ditt Porsche ID hos Porsche Center Stockholm (demo)",
    ]


def test_a_bounced_address_is_shown_and_can_be_corrected_without_retyping(
    qtbot: QtBot, window: MainWindow, mail_sink: MailSink
) -> None:
    typo = f"asa.{uuid.uuid4().hex[:8]}@exmaple.se"
    rule = lambda address: "550 5.1.2 Host unknown" if address == typo else None  # noqa: E731
    mail_sink.recipient_rules.append(rule)
    try:
        _invite(qtbot, window, typo)
        qtbot.waitUntil(lambda: window.handoff.title.text() == "The e-mail could not be delivered", timeout=10_000)
        assert window.handoff.correct_email.isVisible() and not window.handoff.finish_here.isVisible()
        bounced = window.handoff.invitation
        qtbot.mouseClick(window.handoff.correct_email, LEFT)
        form = window.form
        assert window.stack.currentWidget() is form
        assert form.title.text() == "Correct the e-mail address"
        assert (form.first_name.edit.text(), form.last_name.edit.text()) == ("Åsa", "Öberg"), "nothing retyped"
        assert form.first_name.edit.isReadOnly(), "only the address changes"
        fixed = typo.replace("exmaple", "example")
        form.email.edit.setText(fixed)
        qtbot.mouseClick(form.send, LEFT)
        qtbot.waitUntil(lambda: window.handoff.title.text() == "Invitation sent", timeout=5000)
        assert window.handoff.invitation is not None and bounced is not None
        assert window.handoff.invitation.id == bounced.id, "the same invitation, corrected"
        assert len(mail_sink.wait_for_mail_to(fixed, timeout=5)) == 1
        qtbot.mouseClick(window.handoff.new_customer, LEFT)
        assert not form.first_name.edit.isReadOnly(), "the next customer gets a normal form"
    finally:
        mail_sink.recipient_rules.remove(rule)


def test_a_malformed_email_in_the_kiosk_creates_nothing(qtbot: QtBot, window: MainWindow, db: Db) -> None:
    before = db.count("invitations")
    qtbot.keyClicks(window.form.first_name.edit, "Åsa")
    qtbot.keyClicks(window.form.last_name.edit, "Öberg")
    qtbot.keyClicks(window.form.email.edit, "asa@example")
    qtbot.mouseClick(window.form.send, LEFT)
    qtbot.wait(300)
    assert window.stack.currentWidget() is window.form
    assert window.form.email.error.text() == "This is not a valid e-mail address, e.g. name@example.com."
    assert db.count("invitations") == before
