"""Keep one invitation's status current over the backend's events stream, reconnecting as needed."""

import logging
import threading
from collections.abc import Callable
from uuid import UUID

from kiosk.api_client import ApiClient, BackendUnreachable, ServerError
from kiosk.wire import InvitationView

log = logging.getLogger("kiosk.status")

RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0)


def follow_invitation(
    client: ApiClient,
    invitation_id: UUID,
    stop: threading.Event,
    on_update: Callable[[InvitationView], None],
    on_connection: Callable[[bool], None] = lambda online: None,
) -> None:
    """Call ``on_update`` with each new state until the status is final or ``stop`` is set.

    Blocks: run it off the GUI thread. A broken stream is reopened after a growing delay (reset
    once a connection works again), and ``on_connection`` reports whether the kiosk is currently
    hearing from the backend, so a screen can say "reconnecting" instead of silently going stale.
    """
    failures = 0
    while not stop.is_set():
        try:
            for state in client.watch_invitation(invitation_id, stop):
                if failures:
                    on_connection(True)
                failures = 0
                on_update(state)
                if state.status.is_final:
                    return
            if stop.is_set():
                return
        except (BackendUnreachable, ServerError) as error:
            if failures == 0:
                on_connection(False)
            log.info("status stream for %s broke (%s); reconnecting", invitation_id, type(error).__name__)
            failures += 1
        stop.wait(RECONNECT_DELAYS[min(failures, len(RECONNECT_DELAYS)) - 1] if failures else 0.5)
