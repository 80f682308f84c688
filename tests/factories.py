"""Sample domain objects for tests of one piece."""

import dataclasses
import re
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.config import KioskSettings
from kiosk.wire import InvitationCreate, InvitationStatus, InvitationView

if TYPE_CHECKING:
    from backend.devmail import MailSink


def invitation_view(**changes: object) -> InvitationView:
    sample = InvitationView(
        id=uuid.uuid4(),
        status=InvitationStatus.SENT,
        first_name="Åsa",
        last_name="Öberg",
        email="asa@example.se",
        language="sv",
        created_at=datetime.now(UTC),
    )
    return sample.model_copy(update=changes)


def quick_idle(settings: KioskSettings, **seconds: int) -> KioskSettings:
    """``settings`` with idle times below what an operator may set, so a test idles for seconds, not minutes.

    Set as they are, unchecked: the real minimums (15 s, 5 s, 30 s) are the settings' own rules.
    """
    quick = dataclasses.replace(settings)
    for name, value in seconds.items():
        if not name.endswith("_s"):
            raise ValueError(f"{name} is not an idle time")
        object.__setattr__(quick, name, value)
    return quick


def invitation_create(**changes: object) -> InvitationCreate:
    """A valid create request for a new, unique buyer (the privacy notice given)."""
    data: dict[str, object] = {
        "id": uuid.uuid4(),
        "first_name": "Åsa",
        "last_name": "Öberg",
        "email": f"asa.{uuid.uuid4().hex[:10]}@example.se",
        "language": "en",
        "consents": {"privacy_notice_acknowledged": True},
    }
    return InvitationCreate.model_validate({**data, **changes})


def code_from_mail(sink: "MailSink", address: str, mails: int = 1) -> str:
    """The 6-digit code in the newest of ``mails`` invitation mails to ``address``, read as a person would."""
    received = sink.wait_for_mail_to(address, timeout=10, count=mails)
    assert len(received) >= mails, f"no invitation mail for {address}"
    text = received[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(r"^\s+(\d{3}) (\d{3})\s*$", text, re.M)
    assert found, "the invitation mail carries no code"
    return found.group(1) + found.group(2)
