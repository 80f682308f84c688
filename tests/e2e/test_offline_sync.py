"""The showroom network drops: invitations are saved on the kiosk and all reach the backend once.

The kiosk's outbox (a real SQLite file) and sync worker against the real backend process, which
is stopped while the salespeople keep working and started again on the same address.
"""

import os
import time
import uuid
from pathlib import Path

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.outbox import LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, SyncWorker
from kiosk.wire import InvitationStatus
from tests.conftest import Db
from tests.factories import invitation_create
from tests.servers import BackendProcess, start_backend

#: As the issue asks: a long outage's worth of work.
OFFLINE_INVITATIONS = 2000


def test_invitations_saved_while_the_backend_is_down_all_arrive_once_when_it_is_back(
    tmp_path: Path, mail_sink: MailSink
) -> None:
    (tmp_path / "backend").mkdir()
    backend = start_backend(tmp_path / "backend", mail_sink.port)
    port = int(backend.url.rsplit(":", 1)[1])
    token = backend.device_token()
    seller = backend.salesperson_id()
    backend.stop()

    outbox = Outbox(tmp_path / "kiosk" / "kiosk.sqlite", Sealer(os.urandom(32)))
    client = ApiClient(backend.url, token)
    worker = SyncWorker(outbox, client, backoff=Backoff(base=0.05, cap=0.5))
    started = time.perf_counter()
    ids = []
    for _ in range(OFFLINE_INVITATIONS):
        invitation = invitation_create()
        outbox.capture(invitation, salesperson_id=seller)
        ids.append(invitation.id)
    captured = time.perf_counter() - started
    worker.drain()
    assert worker.online is False
    assert outbox.backlog().waiting == OFFLINE_INVITATIONS, "nothing lost, nothing claimed as sent"
    assert outbox.count(LocalState.CONFIRMED) == 0

    backend = start_backend(tmp_path / "backend", mail_sink.port, port=port)
    try:
        started = time.perf_counter()
        while outbox.backlog().waiting:
            time.sleep(max(0.0, min(worker.drain(), 0.5)))
        drained = time.perf_counter() - started
        assert worker.online is True
        assert outbox.count(LocalState.CONFIRMED) == OFFLINE_INVITATIONS
        db = Db(backend.database_url)
        try:
            stored = {uuid.UUID(hex=row[0]) for row in db.rows("SELECT id FROM invitations")}
            assert db.count("invitations") == len(stored) == OFFLINE_INVITATIONS, "none twice"
            assert stored == set(ids), "none lost"
        finally:
            db.close()
        print(
            f"\noffline spell: {OFFLINE_INVITATIONS} saved in {captured:.1f} s "
            f"({OFFLINE_INVITATIONS / captured:.0f}/s), synced in {drained:.1f} s "
            f"({OFFLINE_INVITATIONS / drained:.0f}/s) after the backend came back"
        )
    finally:
        backend.stop()
        client.close()
        outbox.close()


def test_status_changes_the_kiosk_did_not_see_are_caught_up(
    backend: BackendProcess, client: ApiClient, seller: int, outbox: Outbox
) -> None:
    worker = SyncWorker(outbox, client)
    kept, withdrawn = invitation_create(), invitation_create()
    for invitation in (kept, withdrawn):
        outbox.capture(invitation, salesperson_id=seller)
    worker.drain()
    assert outbox.count(LocalState.CONFIRMED) == 2
    # Changed on the backend while this kiosk was not listening (another kiosk, or while it was off).
    with ApiClient(backend.url, backend.device_token()) as elsewhere:
        elsewhere.cancel(withdrawn.id, salesperson_id=seller)
    assert worker.catch_up() == 1
    assert outbox.invitation(withdrawn.id).status is InvitationStatus.CANCELLED  # type: ignore[union-attr]
    assert outbox.invitation(kept.id).status is InvitationStatus.SENT  # type: ignore[union-attr]
    assert outbox.unsettled() == [kept.id]
    worker.close()
