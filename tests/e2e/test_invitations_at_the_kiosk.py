"""The salesperson's invitations list in the real window, against the real backend and mail.

From the form's "Invitations" link: the invitation just sent is listed as sent and counted in
today's funnel; its QR code can be shown again, its e-mail corrected, a new e-mail sent, and it
can be cancelled, each reaching the backend (and the customer's inbox) as it would in a showroom.
"""

import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.buyer import Consents, MarketingChannel, Vehicle
from kiosk.invitation_list import RowAction, ShownStatus
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.wire import ErrorBody, ErrorCode, InvitationCreate, InvitationStatus
from tests.servers import BackendProcess
from tests.ui.driving import LEFT, sign_in
from ui.application import build_app
from ui.main_window import MainWindow


@pytest.fixture
def kiosk(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    window = MainWindow(client, outbox=outbox)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)
    yield window
    window.close()
    client.close()


def _invite(qtbot: QtBot, kiosk: MainWindow, email: str) -> uuid.UUID:
    """Send an invitation from the form, then leave the customer to finish from the e-mail."""
    form = kiosk.form
    qtbot.keyClicks(form.first_name.edit, "Åsa")
    qtbot.keyClicks(form.last_name.edit, "Öberg")
    qtbot.keyClicks(form.email.edit, email)
    qtbot.mouseClick(form.privacy, LEFT)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    invitation = kiosk.handoff.invitation
    assert invitation is not None
    qtbot.mouseClick(kiosk.handoff.later, LEFT)
    qtbot.mouseClick(kiosk.handoff.done, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form, timeout=5000)
    return invitation.id


def _open_list(qtbot: QtBot, kiosk: MainWindow, invitation_id: uuid.UUID, status: ShownStatus) -> None:
    qtbot.mouseClick(kiosk.form.invitations, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.invitations, timeout=5000)
    _wait_for_status(qtbot, kiosk, invitation_id, status)
    assert kiosk.invitations.select(invitation_id)


def _wait_for_status(qtbot: QtBot, kiosk: MainWindow, invitation_id: uuid.UUID, status: ShownStatus) -> None:
    def listed() -> bool:
        rows = {row.id: row.status for row in kiosk.invitations.model.rows()}
        return rows.get(invitation_id) is status

    qtbot.waitUntil(listed, timeout=8000)


def test_the_invitation_just_sent_is_listed_and_counted_in_todays_funnel(qtbot: QtBot, kiosk: MainWindow) -> None:
    email = f"kund.{uuid.uuid4().hex[:8]}@example.se"
    invitation_id = _invite(qtbot, kiosk, email)
    _open_list(qtbot, kiosk, invitation_id, ShownStatus.SENT)
    # First what the kiosk holds (the address masked, as it keeps it), then the server's full view.
    qtbot.waitUntil(lambda: getattr(kiosk.invitations.selected, "email", None) == email, timeout=5000)
    row = kiosk.invitations.selected
    assert row is not None and row.name == "Åsa Öberg"
    qtbot.waitUntil(lambda: kiosk.invitations.funnel.report is not None, timeout=5000)
    report = kiosk.invitations.funnel.report
    assert report is not None and report.day.invited >= 1 and report.week.invited >= report.day.invited
    assert kiosk.header.isVisibleTo(kiosk) and kiosk.header.sync.isVisibleTo(kiosk), "a staff screen"
    qtbot.mouseClick(kiosk.invitations.back, LEFT)
    assert kiosk.stack.currentWidget() is kiosk.form


def test_the_qr_code_is_shown_again_for_a_customer_who_came_back(qtbot: QtBot, kiosk: MainWindow) -> None:
    invitation_id = _invite(qtbot, kiosk, f"kund.{uuid.uuid4().hex[:8]}@example.se")
    _open_list(qtbot, kiosk, invitation_id, ShownStatus.SENT)
    show_qr = kiosk.invitations.buttons[RowAction.SHOW_QR]
    qtbot.waitUntil(show_qr.isEnabled, timeout=5000)  # once the server answered: it makes the link
    qtbot.mouseClick(show_qr, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=5000)
    shown = kiosk.handoff.invitation
    assert shown is not None and shown.id == invitation_id
    qtbot.waitUntil(lambda: bool(kiosk.handoff.match_code.text()), timeout=5000)
    assert kiosk.handoff.qr.isVisible()


def test_a_mistyped_address_is_corrected_from_the_list_and_the_mail_goes_to_the_new_one(
    qtbot: QtBot, kiosk: MainWindow, client: ApiClient, mail_sink: MailSink
) -> None:
    wrong = f"kund.{uuid.uuid4().hex[:8]}@exmaple.se"
    right = wrong.replace("exmaple", "example")
    invitation_id = _invite(qtbot, kiosk, wrong)
    _open_list(qtbot, kiosk, invitation_id, ShownStatus.SENT)
    qtbot.mouseClick(kiosk.invitations.buttons[RowAction.CORRECT], LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form, timeout=5000)
    form = kiosk.form
    assert (form.first_name.edit.text(), form.email.edit.text()) == ("Åsa", wrong)
    assert form.first_name.edit.isReadOnly() and not form.email.edit.isReadOnly()
    form.email.edit.selectAll()
    qtbot.keyClicks(form.email.edit, right)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    assert client.get_invitation(invitation_id).email == right
    assert mail_sink.wait_for_mail_to(right, timeout=10)


def test_resend_and_cancel_reach_the_backend_and_the_list_shows_it(
    qtbot: QtBot, kiosk: MainWindow, client: ApiClient, mail_sink: MailSink
) -> None:
    email = f"kund.{uuid.uuid4().hex[:8]}@example.se"
    invitation_id = _invite(qtbot, kiosk, email)
    assert mail_sink.wait_for_mail_to(email, timeout=10)
    _open_list(qtbot, kiosk, invitation_id, ShownStatus.SENT)
    screen = kiosk.invitations

    qtbot.mouseClick(screen.buttons[RowAction.RESEND], LEFT)
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=5000)
    assert screen.problem.text() == "A new e-mail will be sent; the list shows it once the server has it."
    assert screen.problem.property("role") == "notice"
    assert len(mail_sink.wait_for_mail_to(email, timeout=10, count=2)) == 2

    assert screen.select(invitation_id)
    qtbot.mouseClick(screen.buttons[RowAction.CANCEL], LEFT)
    assert screen.confirming()
    qtbot.mouseClick(screen.buttons[RowAction.CANCEL], LEFT)
    _wait_for_status(qtbot, kiosk, invitation_id, ShownStatus.CANCELLED)
    assert client.get_invitation(invitation_id).status is InvitationStatus.CANCELLED


def test_a_refused_invitation_is_reopened_with_its_details_and_sent_again_in_its_place(
    qtbot: QtBot, kiosk: MainWindow, outbox: Outbox, client: ApiClient, seller: int
) -> None:
    """The server refused an invitation the kiosk saved (here: as if its rules changed). The
    salesperson finds it under "needs attention", opens it, fixes it and sends: the fixed one replaces it."""
    refused = InvitationCreate(
        id=uuid.uuid4(),
        first_name="Karl",
        last_name="Berg",
        email=f"karl.{uuid.uuid4().hex[:8]}@example.se",
        language=Language.SV,
        vehicle=Vehicle(model="Taycan 4S"),
        consents=Consents(privacy_notice_acknowledged=True, marketing=frozenset({MarketingChannel.SMS})),
    )
    outbox.capture(refused, seller)
    entry = outbox.head()
    assert entry is not None and entry.invitation_id == refused.id
    outbox.refused(entry, ErrorBody(error=ErrorCode.VALIDATION_FAILED, fields={"email": "invalid"}))

    _open_list(qtbot, kiosk, refused.id, ShownStatus.NEEDS_ATTENTION)
    qtbot.mouseClick(kiosk.invitations.buttons[RowAction.CORRECT], LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form, timeout=5000)
    form = kiosk.form
    assert (form.first_name.edit.text(), form.model.edit.text()) == ("Karl", "Taycan 4S")
    assert form.marketing[MarketingChannel.SMS].isChecked() and form.privacy.isChecked()
    assert not form.email.edit.isReadOnly(), "everything can be fixed: the server never had it"
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=8000)
    sent = kiosk.handoff.invitation
    assert sent is not None and sent.id != refused.id and sent.first_name == "Karl"
    assert outbox.invitation(refused.id) is None, "the refused one is replaced, not left behind"
