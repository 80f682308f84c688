"""The dealer's funnel for the salesperson's screen: invited, opened, registered, today and this week.

Each test has a dealer of its own on the shared backend, so the counts are of its invitations only.
"""

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import event

from backend import schema, services
from backend.db import make_engine, make_session_factory
from backend.devmail import MailSink
from backend.models import Dealer, Invitation, Kiosk
from backend.settings import sqlite_url
from kiosk import wire
from kiosk.api_client import ApiClient, Refused
from kiosk.wire import ErrorCode, Funnel, FunnelReport, InvitationStatus, InvitationView, SelfRegistration
from tests.backend.dealers import OwnDealer, backdate, new_dealer
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess

#: The showroom's zone as its kiosk sends it: the periods start at its midnights, with their offset.
SHOWROOM = timezone(timedelta(hours=2))


@pytest.fixture
def dealer(backend: BackendProcess) -> OwnDealer:
    return new_dealer(backend, self_registration=True)


@pytest.fixture
def kiosk(backend: BackendProcess, dealer: OwnDealer) -> Iterator[ApiClient]:
    with ApiClient(backend.url, dealer.device_token) as api:
        yield api


def test_the_funnel_counts_each_invitation_as_far_as_it_got_in_each_period(
    backend: BackendProcess, kiosk: ApiClient, dealer: OwnDealer, mail_sink: MailSink
) -> None:
    staff = dealer.salesperson_id
    now = datetime.now(UTC)
    day_start = (now - timedelta(hours=3)).astimezone(SHOWROOM)
    week_start = (now - timedelta(days=3)).astimezone(SHOWROOM)

    def invite(**changes: object) -> InvitationView:
        return kiosk.create_invitation(invitation_create(**changes), salesperson_id=staff)

    def opened(invitation: InvitationView) -> InvitationView:
        assert httpx.get(kiosk.create_qr_link(invitation.id).url).status_code == 200  # the phone opens the QR link
        return kiosk.get_invitation(invitation.id)

    def completed(invitation: InvitationView) -> InvitationView:
        """Finished at the kiosk with the e-mailed code: never opened a link, and registered."""
        kiosk.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
        return kiosk.complete_on_kiosk(invitation.id, "Fjord#Granit42", accept_terms=True)

    # Today.
    sent = invite()
    link_opened = opened(invite())
    registered = completed(invite())
    known = invite(email=registered.email)  # the address has an ID now: linked to it, not a second one
    opened_then_cancelled = kiosk.cancel(opened(invite()).id, salesperson_id=staff)
    cancelled = kiosk.cancel(invite().id, salesperson_id=staff)
    walk_in = kiosk.self_register(
        SelfRegistration.model_validate(
            {
                "id": uuid.uuid4(),
                "first_name": "Daan",
                "last_name": "Visser",
                "email": f"daan.{uuid.uuid4().hex[:8]}@example.nl",
                "language": "nl",
                "consents": {"privacy_notice_acknowledged": True},
            }
        )
    )
    at_midnight = invite()
    backdate(backend, at_midnight.id, day_start)
    assert (link_opened.status, known.status) == (InvitationStatus.OPENED, InvitationStatus.EXISTING_ACCOUNT)
    assert opened_then_cancelled.opened_at is not None and cancelled.opened_at is None
    assert (sent.status, walk_in.status) == (InvitationStatus.SENT, InvitationStatus.SENT)
    # Earlier this week: registered just before today began, and one at the very start of the week.
    yesterday = completed(invite())
    backdate(backend, yesterday.id, day_start - timedelta(microseconds=1))
    backdate(backend, invite().id, week_start)
    # Last week: not counted, registered or not.
    last_week = completed(invite())
    backdate(backend, last_week.id, week_start - timedelta(microseconds=1))

    report = kiosk.funnel(day_start, week_start, salesperson_id=staff)

    # Today: 8 invited (the cancelled ones were invited too); opened: the two opened links, the one
    # registered without opening one, the one linked to an existing ID; registered: one.
    assert report == FunnelReport(
        day=Funnel(invited=8, opened=4, registered=1),
        week=Funnel(invited=10, opened=5, registered=2),
    )


def test_the_periods_start_where_the_kiosk_says_whatever_its_offset(
    backend: BackendProcess, kiosk: ApiClient, dealer: OwnDealer
) -> None:
    invitation = kiosk.create_invitation(invitation_create(), salesperson_id=dealer.salesperson_id)
    created = datetime(2026, 11, 23, 0, 0, tzinfo=SHOWROOM)  # Monday, midnight in the showroom: 22:00 UTC Sunday
    backdate(backend, invitation.id, created)
    in_utc = created.astimezone(UTC)
    new_york = timezone(timedelta(hours=-5))
    for start, counted in (
        (created, 1),
        (in_utc, 1),  # the same moment, written in UTC
        (created.astimezone(new_york), 1),
        (created + timedelta(microseconds=1), 0),
        ((created + timedelta(microseconds=1)).astimezone(new_york), 0),
    ):
        report = kiosk.funnel(start, start - timedelta(days=7), salesperson_id=dealer.salesperson_id)
        assert (report.day.invited, report.week.invited) == (counted, 1), start


def test_the_funnel_is_for_staff_of_the_kiosks_dealer_only(
    backend: BackendProcess, kiosk: ApiClient, dealer: OwnDealer, seller: int
) -> None:
    starts = {"day_start": datetime.now(SHOWROOM).isoformat(), "week_start": datetime.now(SHOWROOM).isoformat()}
    url = f"{backend.url}{wire.FUNNEL.path}"
    device = {"Authorization": f"Bearer {dealer.device_token}"}

    anonymous = httpx.get(url, params=starts)
    assert (anonymous.status_code, anonymous.json()["error"]) == (401, "unauthorized")
    no_salesperson = httpx.get(url, params=starts, headers=device)
    assert no_salesperson.status_code == 422
    assert no_salesperson.json()["fields"] == {f"header.{wire.SALESPERSON_HEADER}": "required"}
    with pytest.raises(Refused) as refused:
        kiosk.funnel(datetime.now(SHOWROOM), datetime.now(SHOWROOM), salesperson_id=seller)  # the demo dealer's
    assert (refused.value.status, refused.value.code) == (403, ErrorCode.SALESPERSON_UNKNOWN)


@pytest.mark.parametrize(
    ("day_start", "field", "code"),
    [
        ("2026-11-23T00:00:00", "query.day_start", "invalid"),  # no offset: the backend would have to guess
        ("0001-01-01T00:00:00+05:00", "query.day_start", "invalid"),  # before year 1 in UTC
        (None, "query.day_start", "required"),
    ],
)
def test_period_starts_need_an_offset_and_a_sensible_date(
    backend: BackendProcess, device_token: str, seller: int, day_start: str | None, field: str, code: str
) -> None:
    params = {"week_start": "2026-11-23T00:00:00+01:00"}
    if day_start is not None:
        params["day_start"] = day_start
    answer = httpx.get(
        f"{backend.url}{wire.FUNNEL.path}",
        params=params,
        headers={"Authorization": f"Bearer {device_token}", wire.SALESPERSON_HEADER: str(seller)},
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == "validation_failed"
    assert answer.json()["fields"] == {field: code}


def test_the_client_will_not_send_a_start_without_its_zone(client: ApiClient, seller: int) -> None:
    with pytest.raises(ValueError, match="time zone"):
        client.funnel(datetime(2026, 11, 23), datetime(2026, 11, 23, tzinfo=UTC), salesperson_id=seller)


def test_each_period_is_one_query_however_many_invitations(tmp_path: Path) -> None:
    """Counted by the database in one pass (conditional counts), not row by row in Python."""
    engine = make_engine(sqlite_url(tmp_path / "db.sqlite"))
    schema.upgrade(engine)
    sessions = make_session_factory(engine)
    now = datetime.now(UTC)
    with sessions() as session:
        session.add(Dealer(id="d", name="Dealer", country="SE", languages="sv"))
        kiosk = Kiosk(dealer_id="d", token_hash="h")
        session.add(kiosk)
        session.flush()
        for number in range(50):
            session.add(
                Invitation(
                    id=uuid.uuid4(),
                    dealer_id="d",
                    kiosk_id=kiosk.id,
                    first_name="Åsa",
                    last_name="Öberg",
                    email=f"a{number}@example.se",
                    language="sv",
                    status="completed" if number % 5 == 0 else "sent",
                    created_at=now - timedelta(hours=number),
                    opened_at=now if number % 2 == 0 else None,
                    completed_at=now if number % 5 == 0 else None,
                )
            )
        session.commit()
        statements: list[str] = []
        event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        day = services.funnel(session, kiosk, now - timedelta(hours=24))
    engine.dispose()
    assert len(statements) == 1, statements
    # Hours 0..24 (25 invitations): 13 even ones opened, 5 completed (0, 5, …, 20; all even or counted anyway).
    assert day == Funnel(invited=25, opened=13 + 2, registered=5)
