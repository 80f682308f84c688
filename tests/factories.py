"""Sample domain objects for tests of one piece."""

import uuid
from datetime import UTC, datetime

from kiosk.wire import InvitationCreate, InvitationStatus, InvitationView


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


def invitation_create(**changes: object) -> InvitationCreate:
    """A valid create request for a new, unique buyer (the privacy notice given)."""
    data: dict[str, object] = {
        "id": uuid.uuid4(),
        "first_name": "Åsa",
        "last_name": "Öberg",
        "email": f"asa.{uuid.uuid4().hex[:10]}@example.se",
        "language": "sv",
        "consents": {"privacy_notice_acknowledged": True},
    }
    return InvitationCreate.model_validate({**data, **changes})
