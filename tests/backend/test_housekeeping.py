"""Invitations never completed expire, and their personal data is gone 14 days later."""

import random
import string
import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from backend import housekeeping
from backend.db import make_engine, make_session_factory, utcnow
from backend.devmail import MailSink
from backend.settings import BackendSettings
from kiosk.api_client import ApiClient, create_key
from kiosk.wire import InvitationStatus
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess


@pytest.fixture
def sessions(backend: BackendProcess) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(backend.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def _word() -> str:
    return "".join(random.choices(string.ascii_lowercase, k=10)).capitalize()


def test_personal_data_of_an_invitation_never_completed_is_deleted_after_expiry(
    client: ApiClient,
    backend: BackendProcess,
    db: Db,
    sessions: sessionmaker[Session],
    mail_sink: MailSink,
    seller: int,
) -> None:
    first, last = _word(), _word()
    typo = f"{first.lower()}@exmaple.se"
    request = invitation_create(
        first_name=first,
        last_name=last,
        email=typo,
        phone="+46701234567",
        vehicle={"model": f"Taycan {last}", "vin": "WP0ZZZ9YZNS" + "".join(random.choices(string.digits, k=6))},
    )
    client.create_invitation(
        request, salesperson_id=seller
    )  # with an Idempotency-Key: its stored answer holds the data too
    fixed = f"{first.lower()}@example.se"
    client.correct_email(request.id, fixed, salesperson_id=seller)  # the audit log now holds both addresses
    mail_sink.wait_for_mail_to(fixed, timeout=10)
    secrets = [first, last, typo, fixed, request.vehicle.vin, f"Taycan {last}"]  # type: ignore[union-attr]
    assert all(value in db.everything() for value in secrets)

    settings = BackendSettings(database_url=backend.database_url)
    later = utcnow() + settings.email_link_ttl + timedelta(minutes=1)
    assert housekeeping.run(sessions, settings, now=later).expired >= 1
    expired = client.get_invitation(request.id)
    assert expired.status is InvitationStatus.EXPIRED and expired.expired_at is not None

    housekeeping.run(sessions, settings, now=later + settings.purge_after - timedelta(hours=1))
    assert first in db.everything(), "kept until the 14 days are over"
    housekeeping.run(sessions, settings, now=later + settings.purge_after + timedelta(minutes=1))
    everything = db.everything()
    assert [value for value in secrets if value in everything] == []
    assert client.get_invitation(request.id).status is InvitationStatus.EXPIRED, "the statistics remain"


def test_a_completed_invitation_is_neither_expired_nor_purged(
    client: ApiClient,
    backend: BackendProcess,
    sessions: sessionmaker[Session],
    mail_sink: MailSink,
    db: Db,
    seller: int,
) -> None:
    request = invitation_create(first_name=_word())
    client.create_invitation(request, salesperson_id=seller)
    client.verify_code(request.id, code_from_mail(mail_sink, request.email))
    client.complete_on_kiosk(request.id, "Fjord#Granit42", True)
    settings = BackendSettings(database_url=backend.database_url)
    housekeeping.run(sessions, settings, now=utcnow() + timedelta(days=60))
    assert client.get_invitation(request.id).status is InvitationStatus.COMPLETED
    assert request.first_name in db.everything()


def test_an_expired_link_says_so_on_the_phone(
    client: ApiClient, backend: BackendProcess, sessions: sessionmaker[Session], mail_sink: MailSink, seller: int
) -> None:
    request = invitation_create()
    client.create_invitation(request, salesperson_id=seller)
    mail_sink.wait_for_mail_to(request.email, timeout=10)  # an invitation with mail still queued does not expire
    url = client.create_qr_link(request.id).url
    settings = BackendSettings(database_url=backend.database_url)
    housekeeping.run(sessions, settings, now=utcnow() + settings.email_link_ttl + timedelta(minutes=1))
    page = httpx.get(url)
    assert page.status_code == 410 and "expired" in page.text


def test_idempotency_keys_are_kept_thirty_days(
    client: ApiClient, backend: BackendProcess, sessions: sessionmaker[Session], db: Db, seller: int
) -> None:
    invitation = client.create_invitation(invitation_create(), salesperson_id=seller)
    key = create_key(invitation.id)
    settings = BackendSettings(database_url=backend.database_url)
    housekeeping.run(sessions, settings, now=utcnow() + timedelta(days=29))
    assert db.count("idempotency_keys", "key = :key", key=key) == 1
    housekeeping.run(sessions, settings, now=utcnow() + timedelta(days=31))
    assert db.count("idempotency_keys", "key = :key", key=key) == 0
    assert uuid.UUID(str(invitation.id))
