"""A kiosk learns its dealer's settings at enrolment and again at every start, over real HTTP."""

import httpx
from sqlalchemy import update

from backend.models import Dealer
from kiosk import wire
from kiosk.api_client import ApiClient
from kiosk.wire import DealerInfo
from tests.backend.dealers import database, new_dealer
from tests.servers import BackendProcess


def test_enrolment_tells_the_kiosk_whether_walk_ins_may_register(backend: BackendProcess) -> None:
    with ApiClient(backend.url) as kiosk:
        dealer = kiosk.enrol(backend.enrolment_code()).dealer
    assert (dealer.country, dealer.languages, dealer.self_registration) == ("SE", ["sv", "en"], True)


def test_the_kiosk_learns_its_dealers_settings_as_they_are_now(backend: BackendProcess, client: ApiClient) -> None:
    assert client.dealer() == DealerInfo(
        name="Porsche Center Stockholm (demo)", country="SE", languages=["sv", "en"], self_registration=True
    )
    dealer = new_dealer(backend, self_registration=False, country="DE", languages="de,en")
    with ApiClient(backend.url, dealer.device_token) as kiosk:
        assert kiosk.dealer() == DealerInfo(
            name="Porsche Zentrum Test", country="DE", languages=["de", "en"], self_registration=False
        )
        # The operator changes the showroom after the kiosk enrolled: its next start sees it.
        with database(backend) as session:
            session.execute(
                update(Dealer).where(Dealer.id == dealer.id).values(languages="en,de", self_registration=True)
            )
            session.commit()
        now = kiosk.dealer()
    assert (now.languages, now.self_registration) == (["en", "de"], True)


def test_only_an_enrolled_kiosk_learns_its_dealer(backend: BackendProcess) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-device-token"}):
        answer = httpx.get(f"{backend.url}{wire.GET_DEALER.path}", headers=headers)
        assert (answer.status_code, answer.json()["error"]) == (401, "unauthorized")
