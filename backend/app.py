"""The FastAPI application: kiosk API, phone pages, security headers."""

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from backend import account_pages, errors, guards, kiosk_api, phone_pages
from backend.db import make_engine, make_session_factory
from backend.housekeeping import Housekeeper
from backend.mailer import Mailer
from backend.outbox import MailSender
from backend.settings import BackendSettings
from backend.status_bus import StatusBus

log = logging.getLogger("backend")

#: No scripts at all: the phone pages are plain forms. Frames, plug-ins and foreign form targets
#: are refused; the token in the URL never leaves in a Referer header.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def create_app(settings: BackendSettings) -> FastAPI:
    """The application; it expects a database at the current schema (see backend.schema)."""
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    sender = MailSender(sessions, Mailer(settings), settings)
    housekeeper = Housekeeper(sessions, settings)
    bus = StatusBus(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sender.start()  # mail queued while no process was running goes out now
        housekeeper.start()
        bus.start()
        yield
        bus.stop()
        housekeeper.stop()
        sender.stop()
        engine.dispose()

    app = FastAPI(title="Showroom onboarding API", version="1", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.mail_sender = sender
    app.state.status_bus = bus

    @app.middleware("http")
    async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if request.url.scheme == "https":
            response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        return response

    @app.get("/healthz", include_in_schema=False)
    def _health() -> dict[str, str]:
        return {"status": "ok"}

    errors.install(app)
    kiosk_api.install_error_handlers(app)
    guards.install(app)
    app.include_router(kiosk_api.build_router())
    app.include_router(phone_pages.router)
    app.include_router(account_pages.router)
    app.mount("/static", StaticFiles(directory=str(files("backend") / "static")), name="static")
    return app
