"""Dealers of a test's own on a shared backend, made the way an operator makes them: with its commands.

A dealer of its own keeps a test's counts (the funnel) and settings (self-registration) apart from
every other test's invitations on the same backend.
"""

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import httpx
from sqlalchemy import update
from sqlalchemy.orm import Session

from backend.db import make_engine
from backend.models import Invitation
from kiosk import wire
from kiosk.wire import EnrolRequest, EnrolResponse
from tests.servers import BackendProcess


@dataclass(frozen=True)
class OwnDealer:
    id: str
    #: An enrolled kiosk of this dealer.
    device_token: str
    #: Its one salesperson.
    salesperson_id: int


def new_dealer(
    backend: BackendProcess, *, self_registration: bool, country: str = "NL", languages: str = "nl,en"
) -> OwnDealer:
    dealer_id = f"pc-{uuid.uuid4().hex[:10]}"
    flags = ["--self-registration"] if self_registration else []
    backend.operator(
        "create-dealer", "--id", dealer_id, "--name", "Porsche Zentrum Test", "--country", country,
        "--languages", languages, *flags,
    )  # fmt: skip
    created = backend.operator("create-salesperson", "--dealer", dealer_id, "--name", "Anna de Vries", pin="1357")
    salesperson_id = int(created.split()[1])  # "salesperson 7 created"
    return OwnDealer(dealer_id, new_kiosk(backend, dealer_id), salesperson_id)


def new_kiosk(backend: BackendProcess, dealer_id: str = "demo-stockholm") -> str:
    """The device token of a newly enrolled kiosk (its own rate-limit counts start at zero).

    Each enrols from an address of its own, as kiosks in different showrooms do (the backend trusts
    the loopback proxy's X-Forwarded-For): the per-address limit on enrolment is for a guesser, and
    the tests that need many kiosks would otherwise reach it.
    """
    address = f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{1 + secrets.randbelow(254)}"
    answer = httpx.post(
        f"{backend.url}{wire.ENROL.path}",
        json=EnrolRequest(code=backend.enrolment_code(dealer_id)).model_dump(mode="json"),
        headers={"X-Forwarded-For": address},
    )
    answer.raise_for_status()
    return EnrolResponse.model_validate_json(answer.content).device_token


@contextmanager
def database(backend: BackendProcess) -> Iterator[Session]:
    """A session on the backend's own database, for setting up what no request can (the past)."""
    engine = make_engine(backend.database_url)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def backdate(backend: BackendProcess, invitation_id: uuid.UUID, created_at: datetime) -> None:
    """Make an invitation look created at ``created_at`` (stored in UTC, whatever its offset)."""
    with database(backend) as session:
        session.execute(update(Invitation).where(Invitation.id == invitation_id).values(created_at=created_at))
        session.commit()
