"""Cross-site form posts are refused; every public endpoint is limited per client."""

import asyncio
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import Depends, FastAPI

from backend import guards, schema
from backend.db import make_engine, make_session_factory
from backend.devmail import MailSink
from backend.settings import BackendSettings, sqlite_url
from kiosk.api_client import ApiClient, Refused
from kiosk.wire import ErrorCode, InvitationStatus
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess, start_backend


def test_a_form_posted_from_another_site_is_refused_and_changes_nothing(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    request = invitation_create()
    client.create_invitation(request, salesperson_id=seller)
    client.verify_code(request.id, code_from_mail(mail_sink, request.email))
    url = client.create_qr_link(request.id).url
    form = {"password": "Fjord#Granit42", "password_repeat": "Fjord#Granit42", "accept_terms": "yes"}
    forged = httpx.post(url, data=form, headers={"Sec-Fetch-Site": "cross-site"})
    assert forged.status_code == 403
    assert client.get_invitation(request.id).status is not InvitationStatus.COMPLETED
    own = httpx.post(url, data=form, headers={"Sec-Fetch-Site": "same-origin"})
    assert own.status_code == 200
    assert client.get_invitation(request.id).status is InvitationStatus.COMPLETED


@pytest.fixture
def small_app(tmp_path: Path) -> FastAPI:
    settings = BackendSettings(database_url=sqlite_url(tmp_path / "db.sqlite"))
    engine = make_engine(settings.database_url)
    schema.upgrade(engine)
    app = FastAPI()
    app.state.settings = settings  # as the real app has them: pages take the brand name from here
    app.state.sessions = make_session_factory(engine)
    guards.install(app)
    limit = Depends(guards.per_client("test", (2, timedelta(minutes=10))))

    @app.get("/page", dependencies=[limit])
    def page() -> dict[str, str]:
        return {"ok": "yes"}

    @app.get("/api/v1/thing", dependencies=[limit])
    def thing() -> dict[str, str]:
        return {"ok": "yes"}

    return app


def test_a_client_over_its_limit_is_told_when_to_come_back(small_app: FastAPI) -> None:
    async def visit() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=small_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kiosk.test") as http:
            return [
                await http.get("/page"),
                await http.get("/page"),
                await http.get("/page", headers={"Accept-Language": "sv"}),
                await http.get("/api/v1/thing"),
            ]

    first, second, page, api = asyncio.run(visit())
    assert (first.status_code, second.status_code) == (200, 200)
    assert page.status_code == 429 and "Försök igen om 10 minuter" in page.text
    assert 500 < int(page.headers["retry-after"]) <= 600
    assert api.status_code == 429 and api.json()["error"] == "rate_limited"


def test_enrolment_is_limited_per_client(tmp_path: Path, mail_sink: MailSink) -> None:
    backend: BackendProcess = start_backend(tmp_path, mail_sink.port)
    try:
        with ApiClient(backend.url) as kiosk:
            codes = []
            for _ in range(guards.ENROLMENTS[0] + 1):
                try:
                    kiosk.enrol("NOT-A-REAL-CODE")
                except Refused as refused:
                    codes.append(refused.code)
        assert codes[:-1] == [ErrorCode.INVALID_ENROLMENT_CODE] * guards.ENROLMENTS[0]
        assert codes[-1] is ErrorCode.RATE_LIMITED
    finally:
        backend.stop()
