"""Opening the kiosk's core at start: the keyring's secrets, the local store, the API client, the staff list.

Everything a kiosk needs before it can do anything for a visitor, and nothing its welcome screen
needs: the window draws that screen first and runs :func:`open_core` on a worker after it. Blocking
(the keyring, SQLite, perhaps one enrolment request); the libraries it imports (keyring, pydantic,
httpx's dependencies, cryptography) are most of what a kiosk loads at start.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.credentials import Credentials, InsecureKeyring
from kiosk.enrolment import EnrolmentFailed, enrol
from kiosk.outbox import Outbox, StoreLocked
from kiosk.sealing import Sealer
from kiosk.staff import StaffRoster
from kiosk.sync import Backoff

log = logging.getLogger("kiosk.startup")

NOT_ENROLLED = "This kiosk is not enrolled. Run `kiosk enroll --code CODE` (see `kiosk-backend enrolment-code`)."


@dataclass(frozen=True)
class Core:
    """The kiosk's core objects, which the window's journey (:mod:`ui.journey`) works with."""

    client: ApiClient
    outbox: Outbox
    #: Who may sign in, from the list the outbox kept (:func:`kept_roster`), so sign-in works after an
    #: offline restart; refreshed from the backend. None: nobody yet.
    roster: StaffRoster | None = None
    #: Keep the device token the admin screen's enrolment gets (None: it cannot enrol).
    credentials: Credentials | None = None
    #: The settings file the admin screen saves to (None: the platform's).
    config_path: Path | None = None
    #: How the sync worker waits between tries (tests shorten it).
    sync_backoff: Backoff | None = None


class CoreUnavailable(RuntimeError):
    """The kiosk cannot start; the message says why and what to do, for whoever installs it."""


def kept_roster(outbox: Outbox) -> StaffRoster:
    """The staff list kept from the last time the backend answered: sign-in works offline from the start."""
    kept = outbox.staff()
    return StaffRoster(kept.items if kept is not None else ())


def open_core(settings: KioskSettings, *, config_path: Path | None = None, enrol_code: str | None = None) -> Core:
    """The core for ``settings``, enrolling first with ``enrol_code`` if one is given; else :class:`CoreUnavailable`."""
    try:
        credentials = Credentials.from_system()
    except InsecureKeyring as refusal:
        raise CoreUnavailable(str(refusal)) from refusal
    backend_url = settings.backend_url
    if enrol_code:
        try:
            backend_url = enrol(backend_url, enrol_code, credentials, config_path).backend_url
        except EnrolmentFailed as failure:
            raise CoreUnavailable(str(failure)) from failure
    token = credentials.device_token
    if token is None:
        raise CoreUnavailable(NOT_ENROLLED)
    try:
        outbox = Outbox(
            settings.data_dir / "outbox.sqlite3",
            Sealer(credentials.store_key()),
            retention_s=settings.retention_hours * 3600,
        )
    except StoreLocked as locked:
        raise CoreUnavailable(f"The kiosk's local store cannot be opened: {locked}") from locked
    return Core(ApiClient(backend_url, token), outbox, kept_roster(outbox), credentials, config_path)
