"""Request-scoped dependencies shared by the routers."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from backend.outbox import MailSender
from backend.settings import BackendSettings
from backend.status_bus import StatusBus


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


def get_sessions(request: Request) -> sessionmaker[Session]:
    """The session factory, for work that outlives the request (mail, event streams)."""
    factory: sessionmaker[Session] = request.app.state.sessions
    return factory


def get_status_bus(request: Request) -> StatusBus:
    bus: StatusBus = request.app.state.status_bus
    return bus


def get_settings(request: Request) -> BackendSettings:
    settings: BackendSettings = request.app.state.settings
    return settings


def get_mail_sender(request: Request) -> MailSender:
    sender: MailSender = request.app.state.mail_sender
    return sender


SessionDep = Annotated[Session, Depends(get_session)]
SessionsDep = Annotated[sessionmaker[Session], Depends(get_sessions)]
StatusBusDep = Annotated[StatusBus, Depends(get_status_bus)]
SettingsDep = Annotated[BackendSettings, Depends(get_settings)]
MailSenderDep = Annotated[MailSender, Depends(get_mail_sender)]
