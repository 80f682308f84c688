"""Mail goes out through the outbox: retried when the server is busy or down, given up when refused."""

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.wire import InvitationStatus, InvitationView
from tests.factories import invitation_create
from tests.servers import BackendProcess, free_port, start_backend


def _wait_for(
    check: Callable[[], InvitationView], until: Callable[[InvitationView], bool], seconds: float = 10
) -> InvitationView:
    deadline = time.monotonic() + seconds
    state = check()
    while not until(state) and time.monotonic() < deadline:
        time.sleep(0.1)
        state = check()
    return state


@pytest.fixture
def rule(mail_sink: MailSink) -> Iterator[Callable[[Callable[[str], str | None]], None]]:
    added: list[Callable[[str], str | None]] = []

    def add(answer: Callable[[str], str | None]) -> None:
        added.append(answer)
        mail_sink.recipient_rules.append(answer)

    yield add
    for answer in added:
        mail_sink.recipient_rules.remove(answer)


def test_an_address_refused_for_good_marks_the_invitation_delivery_failed(
    client: ApiClient, mail_sink: MailSink, rule: Callable[[Callable[[str], str | None]], None], seller: int
) -> None:
    request = invitation_create()
    rule(lambda address: "550 5.1.1 No such user here" if address == request.email else None)
    client.create_invitation(request, salesperson_id=seller)
    failed = _wait_for(
        lambda: client.get_invitation(request.id), lambda s: s.status is InvitationStatus.DELIVERY_FAILED
    )
    assert failed.status is InvitationStatus.DELIVERY_FAILED
    assert failed.delivery_failed_at is not None
    time.sleep(1.0)
    assert mail_sink.recipient_attempts[request.email] == 1, "a refused address is not tried again"


def test_a_busy_mail_server_is_tried_again_and_the_mail_arrives_once(
    client: ApiClient, mail_sink: MailSink, rule: Callable[[Callable[[str], str | None]], None], seller: int
) -> None:
    request = invitation_create()
    rule(lambda a: "451 4.3.0 Try again later" if a == request.email and mail_sink.recipient_attempts[a] <= 2 else None)
    client.create_invitation(request, salesperson_id=seller)
    mails = mail_sink.wait_for_mail_to(request.email, timeout=15)
    assert len(mails) == 1
    assert mail_sink.recipient_attempts[request.email] == 3
    # Recorded just after the server accepted it.
    assert _wait_for(lambda: client.get_invitation(request.id), lambda s: s.sent_at is not None).sent_at is not None


def test_invitations_are_taken_while_the_mail_server_is_down_and_mailed_when_it_is_back(
    tmp_path: Path, mail_sink: MailSink
) -> None:
    smtp_port = free_port()  # nothing listens here yet
    backend: BackendProcess = start_backend(tmp_path, smtp_port)
    try:
        with ApiClient(backend.url, backend.device_token()) as client:
            request = invitation_create()
            started = time.monotonic()
            created = client.create_invitation(request, salesperson_id=backend.salesperson_id())
            assert created.status is InvitationStatus.SENT
            assert time.monotonic() - started < 5, "the request did not wait for the mail server"
            time.sleep(1.0)  # a few attempts fail meanwhile
            assert client.get_invitation(request.id).sent_at is None
            late_sink = MailSink(port=smtp_port).start()
            try:
                mails = late_sink.wait_for_mail_to(request.email, timeout=20)
                assert len(mails) == 1
                link = next(w for w in mails[0].get_body(("plain",)).get_content().split() if "/r/" in w)  # type: ignore[union-attr]
                assert link.startswith(backend.url)
            finally:
                late_sink.stop()
    finally:
        backend.stop()
