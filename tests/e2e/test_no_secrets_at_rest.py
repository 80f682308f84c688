"""1,000 buyers' names, e-mails, phones and passwords through the kiosk: none of them on its disk.

The kiosk core (outbox, sync worker, API client, log files at the level a kiosk runs at) against
the real backend. The data folder (database, WAL, shared memory, logs) is searched
byte for byte: passwords are never there; names, addresses and phone numbers are never there in
the clear, and after the retention window not even sealed.
"""

import logging
import random
import re
import sqlite3
import string
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.devmail import MailSink
from kiosk.api_client import ApiClient, Refused
from kiosk.credentials import Credentials, MemoryKeyring
from kiosk.logs import log_to_files
from kiosk.outbox import DEFAULT_RETENTION_S, LocalState, Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, SyncWorker
from kiosk.wire import ErrorCode
from tests.factories import invitation_create
from tests.servers import BackendProcess, start_backend

BUYERS = 1000


#: Anything shaped like one of the generated secrets (UTF-8 bytes: "Å" is C3 85). One pass over the
#: folder finds every candidate; 5,000 separate substring searches of megabytes would take minutes.
_SHAPES = re.compile(
    rb"\xc3\x85[a-z]{9}|Q[a-z]{11}|[a-z]{12}\.\d+@example\.se|\+4670\d{7}|Pw\d{4}![a-z]{10}X|marker-[0-9a-f-]{36}"
)


def _folder_bytes(folder: Path) -> bytes:
    return b"\n".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def _hits(secrets: list[str], folder: Path) -> list[str]:
    found = set(_SHAPES.findall(_folder_bytes(folder)))
    return [secret for secret in secrets if secret.encode() in found]


@pytest.fixture
def own_backend(tmp_path: Path, mail_sink: MailSink) -> Iterator[BackendProcess]:
    """A backend of this test's own: its 1,000 invitation mails must not delay the shared backend's."""
    (tmp_path / "backend").mkdir()
    server = start_backend(tmp_path / "backend", mail_sink.port)
    yield server
    server.stop()


def test_no_buyer_secret_is_ever_on_the_kiosks_disk(own_backend: BackendProcess, tmp_path: Path) -> None:
    backend = own_backend
    rng = random.Random(2026)
    data = tmp_path / "kiosk-data"
    handler = log_to_files(data / "logs", logging.INFO)
    root = logging.getLogger()
    level_before, root.level = root.level, logging.INFO
    credentials = Credentials(MemoryKeyring())
    outbox = Outbox(data / "outbox.sqlite3", Sealer(credentials.store_key()))
    client = ApiClient(backend.url, backend.device_token())
    try:
        letters = string.ascii_lowercase
        buyers = [
            invitation_create(
                first_name="Å" + "".join(rng.choices(letters, k=9)),
                last_name="Q" + "".join(rng.choices(letters, k=11)),
                email=f"{''.join(rng.choices(letters, k=12))}.{n}@example.se",
                phone=f"+4670{n:07d}",
            )
            for n in range(BUYERS)
        ]
        passwords = [f"Pw{n:04d}!{''.join(rng.choices(letters, k=10))}X" for n in range(BUYERS)]
        personal = [value for b in buyers for value in (b.first_name, b.last_name, b.email, str(b.phone))]

        started = time.perf_counter()
        seller = backend.salesperson_id()
        for buyer in buyers:
            outbox.capture(buyer, salesperson_id=seller)
        assert _hits(personal, data) == [], "sealed from the moment it is saved"
        worker = SyncWorker(outbox, client, backoff=Backoff(base=0.05, cap=0.5))
        while outbox.backlog().waiting:
            time.sleep(min(worker.drain(), 0.5))
        assert outbox.count(LocalState.CONFIRMED) == BUYERS
        synced = time.perf_counter() - started
        # Each customer tries to finish at the kiosk: the password goes to the backend and nowhere
        # else (refused here, as nobody has entered the e-mailed code yet).
        for buyer, password in zip(buyers, passwords, strict=True):
            try:
                client.complete_on_kiosk(buyer.id, password, accept_terms=True)
            except Refused as refusal:
                assert refusal.code is ErrorCode.EMAIL_NOT_VERIFIED
        elapsed = time.perf_counter() - started
        handler.flush()

        assert _hits(passwords, data) == [], "passwords: never, at any time"
        assert _hits(personal, data) == [], "names, e-mails, phones: never in the clear"
        assert (data / "logs" / "kiosk.log").stat().st_size > 0, "the log was written (and searched)"

        # The retention window ends: the list forgets them, and the sealed copies go too.
        with sqlite3.connect(data / "outbox.sqlite3") as peek:
            sealed = [row[0] for row in peek.execute("SELECT first_name FROM invitations LIMIT 50")]
        peek.close()
        assert len(sealed) == 50
        purged = outbox.purge(now=time.time() + DEFAULT_RETENTION_S + 1)
        assert purged == BUYERS and outbox.count() == 0
        disk = _folder_bytes(data)
        assert not any(value in disk for value in sealed), "not even ciphertext is left (secure_delete, checkpoint)"
        assert _hits(personal + passwords, data) == []
        print(
            f"\n{BUYERS} buyers, {len(personal) + len(passwords)} secrets; synced in {synced:.1f} s, passwords sent "
            f"by {elapsed:.1f} s; "
            f"{len(_folder_bytes(data))} bytes searched: 0 hits"
        )
    finally:
        root.removeHandler(handler)
        handler.close()
        root.level = level_before
        client.close()
        outbox.close()


def test_a_unique_marker_is_found_where_it_was_written(tmp_path: Path) -> None:
    """The search itself works: what is written in the clear is found (no false "0 hits")."""
    marker = f"marker-{uuid.uuid4()}"
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "kiosk.log").write_text(f"x {marker} y", encoding="utf-8")
    assert _hits([marker, "absent-" + marker], tmp_path) == [marker]
