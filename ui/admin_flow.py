"""The admin screen's requests carried out: PIN, settings, connection test, enrolment, diagnostics.

Everything here is blocking (argon2, HTTP, the settings file, the keyring, zipping logs), so each
request runs on a worker and its answer goes back to the screen. What changes how the kiosk runs
(settings, a new backend address or device token) is handed to the window through signals, which
applies it at once: the admin never has to restart the kiosk, except for the on-screen keyboard,
which Qt can only load at start.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyring.errors import KeyringError

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot, qVersion

from kiosk.admin_pin import AdminPinGuard, hash_admin_pin
from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings, remember
from kiosk.credentials import Credentials
from kiosk.diagnostics import (
    Connectivity,
    QueueSummary,
    check_connectivity,
    export_file_name,
    export_logs,
    queue_summary,
    versions,
)
from kiosk.enrolment import EnrolmentFailed, EnrolResult, enrol
from kiosk.outbox import Outbox
from kiosk.staff import SignIn, SignInResult
from ui import messages
from ui.background import Background
from ui.screens.admin import AdminScreen

log = logging.getLogger("ui.admin")


class AdminFlow(QObject):
    """Answers one :class:`AdminScreen` (a session screen: it is made anew, with this, at every wipe)."""

    #: The settings now in force (a :class:`KioskSettings`), already stored in the settings file.
    settings_changed = Signal(object)
    #: Leave admin for the welcome screen.
    left = Signal()
    #: The administrator quit the kiosk.
    quit = Signal()

    def __init__(
        self,
        screen: AdminScreen,
        *,
        background: Background,
        guard: AdminPinGuard,
        settings: Callable[[], KioskSettings],
        client: ApiClient,
        outbox: Outbox,
        config_path: Path | None,
        credentials: Credentials | None,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._background = background
        self._guard = guard
        self._settings = settings
        self._client = client
        self._outbox = outbox
        self._config_path = config_path
        self._credentials = credentials
        self._connectivity: Connectivity | None = None
        screen.pin_entered.connect(self._check_pin)
        screen.save_requested.connect(self._save)
        screen.test_connection_requested.connect(self._test_connection)
        screen.enrol_requested.connect(self._enrol)
        screen.diagnostics_requested.connect(self._diagnose)
        screen.export_logs_requested.connect(self._export_logs)
        screen.admin_pin_change_requested.connect(self._change_pin)
        screen.leave_requested.connect(self.left)
        screen.quit_requested.connect(self.quit)

    def open(self) -> None:
        """The PIN step, with every section filled from the settings in force."""
        self._screen.show_settings(self._settings())
        self._screen.start()

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self._screen)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work``; ``done(result)`` if the screen is still there, else a plain message for the failure."""

        def succeeded(result: Any) -> None:
            if self._alive():
                done(result)

        def failed(error: Exception) -> None:
            log.warning("admin request failed: %r", error)
            if self._alive():
                self._screen.show_problem(_problem(error))

        self._background.run(work, succeeded, failed)

    # -- requests -----------------------------------------------------------------------------

    @Slot(str)
    def _check_pin(self, pin: str) -> None:
        stored, guard = self._settings().admin_pin_hash, self._guard
        self._run(lambda: guard.check(stored, pin), self._pin_checked)

    def _pin_checked(self, result: SignInResult) -> None:
        if result.outcome is SignIn.SIGNED_IN:
            log.info("admin opened")
        else:
            log.warning("admin PIN refused (%s)", result.outcome.value)
        self._screen.show_pin_result(
            result.outcome is SignIn.SIGNED_IN, locked_for_s=result.locked_for, attempts_left=result.attempts_left
        )

    def _store(self, values: dict[str, Any]) -> KioskSettings:
        """Check ``values`` against the settings model, then write them (on a worker)."""
        updated = self._settings().replace(**values)
        remember(self._config_path, **values)
        return updated

    @Slot(dict)
    def _save(self, values: dict[str, Any]) -> None:
        client = self._client
        before = self._settings()

        def work() -> KioskSettings:
            updated = self._store(values)
            if updated.backend_url != before.backend_url:
                client.connect_to(updated.backend_url, client.device_token)
            return updated

        self._run(work, self._saved)

    def _saved(self, settings: KioskSettings) -> None:
        log.info("admin saved the settings")
        self.settings_changed.emit(settings)
        self._screen.show_saved()

    @Slot(str)
    def _test_connection(self, url: str) -> None:
        token = self._client.device_token
        self._run(lambda: check_connectivity(url, token), self._tested)

    def _tested(self, connectivity: Connectivity) -> None:
        self._connectivity = connectivity
        self._screen.show_connectivity(connectivity)

    @Slot(str, str)
    def _enrol(self, url: str, code: str) -> None:
        credentials, config, client = self._credentials, self._config_path, self._client
        if credentials is None:
            self._screen.show_problem(
                self.tr("This kiosk has no keyring for a device token; enrol it from the command line.")
            )
            return

        def work() -> tuple[EnrolResult, KioskSettings]:
            result = enrol(url, code, credentials, config)
            client.connect_to(result.backend_url, credentials.device_token)
            updated = self._settings().replace(
                backend_url=result.backend_url, dealer=result.dealer.name, dealer_country=result.dealer.country
            )
            return result, updated

        self._run(work, self._enrolled)

    def _enrolled(self, answer: tuple[EnrolResult, KioskSettings]) -> None:
        result, settings = answer
        log.info("kiosk enrolled at dealer %s", result.dealer.name)
        self.settings_changed.emit(settings)
        self._screen.show_enrolled(result.dealer.name)

    @Slot()
    def _diagnose(self) -> None:
        outbox = self._outbox
        self._run(lambda: (versions(pyside6=pyside_version, qt=qVersion()), queue_summary(outbox)), self._diagnosed)

    def _diagnosed(self, found: tuple[dict[str, str], QueueSummary]) -> None:
        self._screen.show_diagnostics(*found)

    @Slot()
    def _export_logs(self) -> None:
        settings, outbox, connectivity = self._settings(), self._outbox, self._connectivity

        def work() -> Path:
            return export_logs(
                settings.data_dir / "logs",
                settings.data_dir / "diagnostics" / export_file_name(),
                software=versions(pyside6=pyside_version, qt=qVersion()),
                queue=queue_summary(outbox),
                connectivity=connectivity,
                details={"Dealer": settings.dealer or "-", "Backend": settings.backend_url},
            )

        self._run(work, self._screen.show_exported)

    @Slot(str)
    def _change_pin(self, pin: str) -> None:
        self._run(lambda: self._store({"admin_pin_hash": hash_admin_pin(pin)}), self._pin_changed)

    def _pin_changed(self, settings: KioskSettings) -> None:
        log.info("admin PIN changed")
        self.settings_changed.emit(settings)
        self._screen.show_pin_changed()


def _problem(error: Exception) -> str:
    """What the admin reads when a request failed: the cause, in words."""
    cause = error.cause if isinstance(error, EnrolmentFailed) else error
    if isinstance(cause, KeyringError):
        return QCoreApplication.translate(
            "AdminFlow", "The code was used, but this kiosk could not keep its device token. Please ask for a new code."
        )
    return messages.api_error(cause)
