"""What the admin screen shows about the kiosk, and the logs it hands to support.

* :func:`check_connectivity`: can the kiosk reach its backend, how fast, securely, and is its
  device token still accepted?
* :func:`versions`: what is running (Qt's versions are passed in: the core never imports Qt).
* :func:`queue_summary`: what the local store still owes the backend.
* :func:`export_logs`: a zip of the rotating log files and a ``diagnostics.txt``. Every line is
  masked again on the way out (:func:`kiosk.masking.mask_personal_data`, plus bearer tokens and
  argon2 hashes): the files were masked when written, this is the second line of defence. Only
  files named like the kiosk's logs are taken; the local store and the keyring are never read.

Everything here blocks (network, disk): call it from a worker, never from the GUI thread.
"""

import os
import platform
import re
import time
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Protocol

import httpx
import pydantic

from kiosk.api_client import ApiClient, ApiError, Refused
from kiosk.masking import mask_personal_data
from kiosk.outbox import Backlog
from kiosk.wire import ErrorCode

#: The distribution the kiosk is installed as (its version is the kiosk's).
DISTRIBUTION = "showroom-kiosk"
#: Short: the admin is waiting in front of the screen for the answer.
CONNECT_TIMEOUT = 5.0
#: The kiosk's log and its rotated predecessors (see :func:`kiosk.logs.log_to_files`).
LOG_FILE = re.compile(r"^kiosk\.log(\.\d+)?$")
#: Secrets that must never leave in an export even if a line slipped them into a log.
_BEARER = re.compile(r"(?i)\b(bearer\s+)[\w.~+/=-]+")
_ARGON2 = re.compile(r"\$argon2(?:id|i|d)\$[^\s\"',]+")


@dataclass(frozen=True)
class Connectivity:
    """The answer to "can this kiosk reach its backend?"."""

    backend_url: str
    #: Something answered at that address (a refusal or an error page counts: the network is fine).
    reachable: bool
    #: The backend's health check answered 200: it is the onboarding API, and it is up.
    healthy: bool = False
    #: The health check's round trip, connection set-up included.
    round_trip_ms: float | None = None
    #: The backend's version, if its health check says one.
    server_version: str | None = None
    #: The connection was encrypted, and its certificate verified (https).
    tls: bool = False
    #: "TLSv1.3" and the like, when known.
    tls_version: str | None = None
    #: The backend accepts this kiosk's device token (None: not asked: no token, or unreachable).
    token_accepted: bool | None = None
    #: What went wrong, for the admin and support (technical English, no personal data).
    error: str | None = None


def _describe(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _tls_version(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    # An ssl.SSLObject, or the C-level socket object httpcore's sync backend hands out: both say version().
    version = getattr(stream.get_extra_info("ssl_object"), "version", None)
    found = version() if callable(version) else None
    return found if isinstance(found, str) else None


def check_connectivity(
    backend_url: str,
    token: str | None,
    *,
    timeout: float = CONNECT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
) -> Connectivity:
    """Ask ``backend_url``'s health check, then (with ``token``) whether the device token is accepted."""
    url = backend_url.strip().rstrip("/")
    tls = url.lower().startswith("https://")
    limits = httpx.Timeout(timeout)
    try:
        with httpx.Client(base_url=url, timeout=limits, transport=transport) as http:
            started = time.perf_counter()
            with http.stream("GET", "/healthz") as response:
                tls_version = _tls_version(response)  # asked before the server may close the connection
                response.read()
            round_trip = (time.perf_counter() - started) * 1000
    except (httpx.TransportError, httpx.InvalidURL, ValueError) as error:
        return Connectivity(url, reachable=False, tls=False, error=_describe(error))
    healthy = response.status_code == 200
    version = None
    if healthy:
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("version"), str | int | float):
            version = str(body["version"])
    found = Connectivity(
        url,
        reachable=True,
        healthy=healthy,
        round_trip_ms=round_trip,
        server_version=version,
        tls=tls,
        tls_version=tls_version,
        error=None if healthy else f"/healthz answered {response.status_code}: is this the onboarding API?",
    )
    if not healthy or not token:
        return found
    try:
        with ApiClient(url, token, transport=transport, timeout=limits) as client:
            client.list_salespeople()
    except Refused as refusal:
        if refusal.code is ErrorCode.UNAUTHORIZED:
            return replace(found, token_accepted=False, error="the backend does not accept this kiosk's token")
        return replace(found, error=_describe(refusal))
    except ApiError as error:
        return replace(found, error=_describe(error))
    return replace(found, token_accepted=True)


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def versions(*, pyside6: str | None = None, qt: str | None = None) -> dict[str, str]:
    """What is running, by name, in the order to show it. The GUI passes its PySide6 and Qt versions."""
    found = {"Kiosk": _installed(DISTRIBUTION), "Python": platform.python_version()}
    if pyside6:
        found["PySide6"] = pyside6
    if qt:
        found["Qt"] = qt
    found["httpx"] = httpx.__version__
    found["pydantic"] = pydantic.VERSION
    found["OS"] = _operating_system()
    return found


def _operating_system() -> str:
    """``Debian GNU/Linux 12 (bookworm), Linux 6.1.0-18-amd64``; the distribution only where there is one."""
    kernel = f"{platform.system()} {platform.release()}".strip()
    try:
        distribution = platform.freedesktop_os_release().get("PRETTY_NAME")
    except OSError:  # not Linux, or no os-release file
        distribution = None
    return f"{distribution}, {kernel}" if distribution else kernel


class HasBacklog(Protocol):
    def backlog(self) -> Backlog: ...


@dataclass(frozen=True)
class QueueSummary:
    """What the local store still owes the backend, at :attr:`taken_at` (seconds since the epoch)."""

    #: Writes (invitations, resends, corrections…) not yet confirmed by the backend.
    waiting: int
    #: Invitations the backend refused for good: a salesperson must fix them.
    needs_attention: int
    #: When the oldest waiting write was saved (None: nothing waits).
    oldest_waiting_since: float | None
    #: When the backend last confirmed a write (None: never, on this store).
    last_sent_at: float | None
    #: The last reason a send failed (technical English, masked).
    last_error: str | None
    taken_at: float


def queue_summary(outbox: HasBacklog, *, now: float | None = None) -> QueueSummary:
    backlog = outbox.backlog()
    return QueueSummary(
        waiting=backlog.waiting,
        needs_attention=backlog.needs_attention,
        oldest_waiting_since=backlog.oldest_enqueued_at,
        last_sent_at=backlog.last_success_at,
        last_error=_mask(backlog.last_error) if backlog.last_error else None,
        taken_at=time.time() if now is None else now,
    )


def _mask(line: str) -> str:
    line = mask_personal_data(line)
    line = _BEARER.sub(r"\1[token]", line)
    return _ARGON2.sub("[hash]", line)


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "-"
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def _report(
    software: Mapping[str, str],
    queue: QueueSummary | None,
    connectivity: Connectivity | None,
    details: Mapping[str, str],
    logs: Iterable[tuple[str, int]],
) -> list[str]:
    lines = ["Showroom kiosk diagnostics", f"Exported: {_when(time.time())}", ""]
    lines += [f"{key}: {value}" for key, value in details.items()]
    lines += ["", "[Versions]", *(f"{key}: {value}" for key, value in software.items())]
    if queue is not None:
        lines += [
            "",
            "[Queue]",
            f"Waiting to be sent: {queue.waiting}",
            f"Needs attention: {queue.needs_attention}",
            f"Oldest waiting since: {_when(queue.oldest_waiting_since)}",
            f"Last sent: {_when(queue.last_sent_at)}",
            f"Last error: {queue.last_error or '-'}",
        ]
    if connectivity is not None:
        lines += ["", "[Connection]", *(f"{key}: {value}" for key, value in asdict(connectivity).items())]
    lines += ["", "[Log files]", *(f"{name}: {count} lines" for name, count in logs)]
    return [_mask(line) for line in lines]


def export_file_name(now: datetime | None = None) -> str:
    """``kiosk-diagnostics-20261121-104200.zip``: sorts by time, unique to the second."""
    return f"kiosk-diagnostics-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.zip"


def export_logs(
    logs_folder: Path,
    destination_zip: Path,
    *,
    software: Mapping[str, str] | None = None,
    queue: QueueSummary | None = None,
    connectivity: Connectivity | None = None,
    details: Mapping[str, str] | None = None,
) -> Path:
    """Zip the kiosk's log files, every line masked again, with ``diagnostics.txt``; returns the zip.

    ``software``: what is running (default: :func:`versions`, without Qt's); ``details`` are extra lines for the
    report (the dealer, the backend's address). Written atomically: a failure leaves no half zip.
    """
    destination_zip.parent.mkdir(parents=True, exist_ok=True)
    partial = destination_zip.with_name(destination_zip.name + ".partial")
    logs = (
        sorted(
            # A log file is never a link; one that is may point anywhere (the store, the keyring's file).
            (
                path
                for path in logs_folder.iterdir()
                if LOG_FILE.match(path.name) and path.is_file() and not path.is_symlink()
            ),
            key=lambda path: path.name,
        )
        if logs_folder.is_dir()
        else []
    )
    counts = []
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in logs:
                count = 0
                with (
                    path.open("r", encoding="utf-8", errors="replace", newline="") as source,
                    archive.open(f"logs/{path.name}", "w") as target,
                ):
                    for line in source:
                        target.write(_mask(line).encode("utf-8"))
                        count += 1
                counts.append((path.name, count))
            report = _report(software or versions(), queue, connectivity, details or {}, counts)
            archive.writestr("diagnostics.txt", "\n".join(report) + "\n")
        os.replace(partial, destination_zip)
    finally:
        partial.unlink(missing_ok=True)
    return destination_zip
