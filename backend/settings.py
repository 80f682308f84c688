"""How an operator configures the backend (command-line flags map onto these fields)."""

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


@dataclass(frozen=True)
class BackendSettings:
    #: SQLAlchemy URL: ``sqlite:///path`` (the embedded default) or ``postgresql+psycopg://…``.
    database_url: str
    #: The address phones and mail recipients use to reach the phone pages; on a showroom LAN
    #: this is the server's LAN address, not 127.0.0.1.
    public_url: str = "http://127.0.0.1:8765"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    smtp_starttls: bool = False
    smtp_username: str | None = None
    #: From the environment (KIOSK_BACKEND_SMTP_PASSWORD), never a command-line flag: flags show in `ps`.
    smtp_password: str | None = field(default=None, repr=False)
    smtp_timeout: float = 15.0
    #: Retries of a mail that could not be sent: full-jitter exponential backoff from the first
    #: delay, capped, for as long as the link would be valid anyway.
    mail_retry_first: timedelta = timedelta(seconds=5)
    mail_retry_cap: timedelta = timedelta(minutes=10)
    mail_from: str = "Porsche ID <no-reply@id.example.com>"
    brand_name: str = "Porsche ID"
    email_link_ttl: timedelta = timedelta(days=7)
    qr_link_ttl: timedelta = timedelta(minutes=10)
    #: Password-reset and sign-in links.
    account_link_ttl: timedelta = timedelta(hours=1)
    #: Personal data of invitations never completed is deleted this long after they expire or
    #: are cancelled.
    purge_after: timedelta = timedelta(days=14)
    #: How long a kiosk may retry a request with the same Idempotency-Key (it may be offline for days).
    idempotency_retention: timedelta = timedelta(days=30)
    #: How often each backend process expires invitations and deletes what is due.
    housekeeping_interval: timedelta = timedelta(minutes=10)
    #: How often an open events stream looks for a change (one process; see backend/events.py).
    status_poll_interval: float = 0.2
