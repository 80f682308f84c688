"""A walk-in visitor creates their own ID at the kiosk, with no salesperson, where the market allows it.

Against the real backend (its demo dealer allows walk-ins) and real mail: the welcome screen offers
"Create your Porsche ID", the visitor fills in three fields, gets the code by e-mail, chooses a
password at the kiosk and is registered. Where the market does not allow it, the button is absent.
"""

import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from backend.devmail import MailSink
from kiosk.api_client import ApiClient, Refused
from kiosk.buyer import MarketingChannel
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.wire import DealerInfo, InvitationStatus
from tests.factories import code_from_mail
from tests.servers import BackendProcess
from tests.ui.driving import LEFT
from ui.application import build_app
from ui.main_window import MainWindow


@pytest.fixture
def kiosk(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    _, translations = build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    window = MainWindow(client, outbox=outbox, translations=translations)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    client.close()
    translations.use(Language.EN)


def test_a_walk_in_registers_at_the_kiosk_in_their_language(
    qtbot: QtBot, kiosk: MainWindow, client: ApiClient, mail_sink: MailSink
) -> None:
    welcome = kiosk.welcome
    qtbot.waitUntil(welcome.create_id.isVisible, timeout=5000)
    qtbot.mouseClick(kiosk.header.languages.buttons[Language.SV], LEFT)
    qtbot.mouseClick(welcome.create_id, LEFT)
    screen = kiosk.walk_in
    assert kiosk.stack.currentWidget() is screen
    email = f"besok.{uuid.uuid4().hex[:8]}@example.se"
    qtbot.keyClicks(screen.first_name.edit, "Åke")
    qtbot.keyClicks(screen.last_name.edit, "Öhman")
    qtbot.keyClicks(screen.email.edit, email)
    qtbot.keyClick(screen.email.edit, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is screen, "not without the privacy box"
    assert screen.privacy_error.isVisible()
    qtbot.mouseClick(screen.privacy, LEFT)
    qtbot.mouseClick(screen.register, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    invitation = kiosk.handoff.invitation
    assert invitation is not None and invitation.language is Language.SV

    code = code_from_mail(mail_sink, email)
    qtbot.mouseClick(kiosk.handoff.finish_here, LEFT)
    qtbot.keyClicks(kiosk.verify.code, code)
    qtbot.keyClick(kiosk.verify.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.finish, timeout=5000)
    qtbot.keyClicks(kiosk.finish.password, "Fjord#Granit42")
    qtbot.keyClicks(kiosk.finish.repeat, "Fjord#Granit42")
    kiosk.finish.terms.setChecked(True)
    qtbot.mouseClick(kiosk.finish.create_button, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.registered, timeout=8000)
    assert client.get_invitation(invitation.id).status is InvitationStatus.COMPLETED


def test_where_the_market_does_not_allow_it_the_welcome_asks_for_a_salesperson(qtbot: QtBot, kiosk: MainWindow) -> None:
    qtbot.waitUntil(kiosk.welcome.create_id.isVisible, timeout=5000)
    kiosk.journey._dealer_loaded(DealerInfo(name="Porsche Zentrum", country="DE", languages=[Language.DE]))
    assert not kiosk.welcome.create_id.isVisible()
    assert kiosk.welcome.ask_staff.isVisible()


def test_a_walk_in_fixes_a_mistyped_address_and_asks_for_a_new_code_with_no_salesperson(
    qtbot: QtBot, kiosk: MainWindow, client: ApiClient, mail_sink: MailSink
) -> None:
    """Nobody on staff is at the kiosk: "Not your e-mail?" and "Send a new code" work for the visitor alone."""
    qtbot.waitUntil(kiosk.welcome.create_id.isVisible, timeout=5000)
    qtbot.mouseClick(kiosk.welcome.create_id, LEFT)
    screen = kiosk.walk_in
    right = f"gast.{uuid.uuid4().hex[:8]}@example.nl"
    typo = right.replace("example", "exmaple")
    qtbot.keyClicks(screen.first_name.edit, "Daan")
    qtbot.keyClicks(screen.last_name.edit, "Visser")
    qtbot.keyClicks(screen.email.edit, typo)
    qtbot.mouseClick(screen.privacy, LEFT)
    qtbot.mouseClick(screen.register, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    invitation = kiosk.handoff.invitation
    assert invitation is not None and invitation.walk_in
    old_code = code_from_mail(mail_sink, typo)

    qtbot.mouseClick(kiosk.handoff.finish_here, LEFT)
    assert kiosk.verify.correct_email.accessibleDescription().startswith("Lets you correct your e-mail")
    qtbot.mouseClick(kiosk.verify.correct_email, LEFT)
    assert kiosk.stack.currentWidget() is screen, "back to their own screen, not the salesperson's form"
    assert screen.title.text() == "Correct your e-mail address"
    assert screen.first_name.edit.isReadOnly() and screen.first_name.edit.text() == "Daan"
    assert not screen.privacy.isVisible()
    screen.email.edit.selectAll()
    qtbot.keyClicks(screen.email.edit, right)
    qtbot.keyClick(screen.email.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    assert kiosk.handoff.invitation is not None and kiosk.handoff.invitation.email == right
    assert client.get_invitation(invitation.id).email == right, "the same registration, the new address"
    first = code_from_mail(mail_sink, right)

    qtbot.mouseClick(kiosk.handoff.finish_here, LEFT)
    qtbot.mouseClick(kiosk.verify.new_code, LEFT)
    qtbot.waitUntil(lambda: kiosk.verify.notice.isVisible(), timeout=8000)
    assert "A new code is on its way" in kiosk.verify.notice.text()
    newest = code_from_mail(mail_sink, right, mails=2)
    for dead in {old_code, first} - {newest}:
        with pytest.raises(Refused):
            client.verify_code(invitation.id, dead)
    qtbot.keyClicks(kiosk.verify.code, newest)
    qtbot.keyClick(kiosk.verify.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.finish, timeout=5000)
    assert [channel for channel, box in kiosk.finish.marketing.items() if box.isVisible()] == ["email"]
    qtbot.keyClicks(kiosk.finish.password, "Fjord#Granit42")
    qtbot.keyClicks(kiosk.finish.repeat, "Fjord#Granit42")
    kiosk.finish.terms.setChecked(True)
    kiosk.finish.marketing[MarketingChannel.EMAIL].setChecked(True)
    qtbot.mouseClick(kiosk.finish.create_button, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.registered, timeout=8000)
    done = client.get_invitation(invitation.id)
    assert (done.status, done.email, done.marketing) == (InvitationStatus.COMPLETED, right, {"email"})
