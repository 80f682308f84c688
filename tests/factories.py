"""Sample domain objects for tests of one piece."""

import uuid
from datetime import UTC, datetime

from kiosk.wire import InvitationStatus, InvitationView


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
