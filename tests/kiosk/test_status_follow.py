"""Following a status through a broken stream: the loop reconnects and reports it (one piece, faked client)."""

import threading
import uuid
from collections.abc import Iterator

import pytest

from kiosk import status_follow
from kiosk.api_client import BackendUnreachable
from kiosk.wire import InvitationStatus, InvitationView
from tests.factories import invitation_view

STATE = invitation_view()


class FlakyClient:
    """Yields a state, breaks, then on the next connection yields the final state."""

    def __init__(self) -> None:
        self.connections = 0

    def watch_invitation(self, invitation_id: uuid.UUID, stop: threading.Event) -> Iterator[InvitationView]:
        self.connections += 1
        if self.connections == 1:
            yield STATE
            raise BackendUnreachable("cut")
        yield STATE.model_copy(update={"status": InvitationStatus.COMPLETED})


def test_a_broken_stream_is_reopened_and_the_final_state_arrives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_follow, "RECONNECT_DELAYS", (0.01,))
    client = FlakyClient()
    updates: list[InvitationStatus] = []
    online: list[bool] = []
    status_follow.follow_invitation(
        client,  # type: ignore[arg-type]
        STATE.id,
        threading.Event(),
        lambda s: updates.append(s.status),
        online.append,
    )
    assert updates == [InvitationStatus.SENT, InvitationStatus.COMPLETED]
    assert online == [False, True]
    assert client.connections == 2


def test_stop_ends_the_loop_while_disconnected() -> None:
    class Down:
        def watch_invitation(self, *_: object) -> Iterator[InvitationView]:
            raise BackendUnreachable("down")
            yield  # pragma: no cover

    stop = threading.Event()
    thread = threading.Thread(target=status_follow.follow_invitation, args=(Down(), STATE.id, stop, lambda s: None))
    thread.start()
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()
