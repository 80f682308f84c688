"""At the kiosk window: an invitation saved while the backend is down goes out by itself when it is back.

The real window, outbox file and sync thread, against the real backend process, which is stopped
and started again on the same address (as when a showroom's network drops and returns).
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.staff import StaffRoster
from kiosk.sync import Backoff
from tests.conftest import Db
from tests.servers import BackendProcess, start_backend
from tests.ui.driving import LEFT, sign_in
from ui.application import build_app
from ui.main_window import MainWindow


@pytest.fixture
def stopped_backend(tmp_path: Path, mail_sink: MailSink) -> Iterator[tuple[BackendProcess, StaffRoster]]:
    """A backend that ran once (the kiosk synced its staff list), now stopped."""
    (tmp_path / "backend").mkdir()
    backend = start_backend(tmp_path / "backend", mail_sink.port)
    with ApiClient(backend.url, backend.device_token()) as client:
        staff = StaffRoster(client.list_salespeople().items)
    backend.stop()
    yield backend, staff
    backend.stop()


def test_an_invitation_saved_offline_is_sent_when_the_backend_is_back_and_the_customer_gets_the_mail(
    qtbot: QtBot, tmp_path: Path, mail_sink: MailSink, stopped_backend: tuple[BackendProcess, StaffRoster]
) -> None:
    backend, staff = stopped_backend
    build_app(Language.EN)
    outbox = Outbox(tmp_path / "kiosk" / "outbox.sqlite3", Sealer(os.urandom(32)))
    client = ApiClient(backend.url, backend.device_token())
    window = MainWindow(client, outbox=outbox, roster=staff, sync_backoff=Backoff(base=0.2, cap=1.0))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)  # offline: from the staff list synced earlier

    email = f"offline.{uuid.uuid4().hex[:8]}@example.se"
    form = window.form
    qtbot.keyClicks(form.first_name.edit, "Sven")
    qtbot.keyClicks(form.last_name.edit, "Ek")
    qtbot.keyClicks(form.email.edit, email)
    form.privacy.setChecked(True)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(form.notice.isVisible, timeout=10_000)
    assert form.notice.text().startswith("Saved, not sent yet")
    assert window.stack.currentWidget() is form, "never the hand-off screen, which would claim it was sent"
    assert outbox.count(LocalState.WAITING) == 1

    port = int(backend.url.rsplit(":", 1)[1])
    back = start_backend(tmp_path / "backend", mail_sink.port, port=port)
    try:
        # Nobody touches the kiosk: the sync thread notices the backend is back and sends.
        qtbot.waitUntil(lambda: outbox.count(LocalState.CONFIRMED) == 1, timeout=15_000)
        qtbot.waitUntil(lambda: window.header.sync.text().startswith("Online · All sent, last at "), timeout=5000)
        mails = mail_sink.wait_for_mail_to(email, timeout=10)
        assert len(mails) == 1, "the customer gets the invitation, once"
        db = Db(back.database_url)
        try:
            assert db.count("invitations", "email = :email", email=email) == 1
        finally:
            db.close()
    finally:
        window.close()
        client.close()
        outbox.close()
        back.stop()
