"""The kiosk's local store: what the salesperson entered, and the writes still owed to the backend.

Everything is written here first, in one transaction with its outbox entry, before anything is
sent: a salesperson is told "saved" only once it is on disk (SQLite in WAL mode with
``synchronous=FULL``, so a committed transaction survives a power cut), and "sent" only once the
backend confirmed. The sync worker (:mod:`kiosk.sync`) sends the entries in order, each with the
exact bytes and idempotency key it was saved with, so a retry can never create a second invitation.

Used from two threads (the GUI's workers and the sync worker): one connection behind a lock.
"""

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from kiosk.api_client import create_key, encode_body
from kiosk.buyer import mask_email
from kiosk.wire import EmailCorrection, ErrorBody, InvitationCreate, InvitationStatus, InvitationView

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS invitations (
    id TEXT PRIMARY KEY,
    salesperson_id INTEGER NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    masked_email TEXT NOT NULL,
    state TEXT NOT NULL,
    status TEXT,
    problem TEXT,
    captured_at REAL NOT NULL,
    confirmed_at REAL
);
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id TEXT NOT NULL REFERENCES invitations(id),
    action TEXT NOT NULL,
    salesperson_id INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    body BLOB,
    enqueued_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS sync_log (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class Action(StrEnum):
    CREATE = "create"
    RESEND = "resend"
    CORRECT_EMAIL = "correct_email"
    CANCEL = "cancel"


class LocalState(StrEnum):
    """Where an invitation stands on this kiosk (the backend's own status is separate)."""

    #: Saved here; the backend has not confirmed it yet.
    WAITING = "waiting"
    #: The backend has it.
    CONFIRMED = "confirmed"
    #: The backend refused it for good; the salesperson must fix it (the reason is kept).
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True)
class Entry:
    """One write owed to the backend, exactly as it will be sent on every try."""

    seq: int
    invitation_id: UUID
    action: Action
    salesperson_id: int
    idempotency_key: str
    body: bytes | None
    enqueued_at: float
    attempts: int
    next_attempt_at: float


@dataclass(frozen=True)
class LocalInvitation:
    """What the salesperson's list shows: names, masked e-mail, where it stands."""

    id: UUID
    salesperson_id: int
    first_name: str
    last_name: str
    masked_email: str
    state: LocalState
    status: InvitationStatus | None
    problem: ErrorBody | None
    captured_at: float


@dataclass(frozen=True)
class Backlog:
    """The outbox at a glance, for the sync indicator."""

    waiting: int
    #: Invitations the backend refused, waiting for a salesperson to fix them.
    needs_attention: int
    oldest_enqueued_at: float | None
    last_success_at: float | None
    last_error: str | None


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before "saved" is said
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- capturing ----------------------------------------------------------------------------

    def capture(self, invitation: InvitationCreate, salesperson_id: int, *, replaces: UUID | None = None) -> None:
        """Save a new invitation and its create request together; durable when this returns.

        Saving the same invitation id again is a no-op (a double-clicked "send" saves once).
        ``replaces`` names a refused invitation this one fixes: it goes in the same transaction,
        so the details are on disk at every moment, in the old form or the new.
        """
        now = time.time()
        with self._transaction() as db:
            known = db.execute("SELECT 1 FROM invitations WHERE id = ?", (str(invitation.id),)).fetchone()
            if known:
                return
            if replaces is not None:
                stale = (str(replaces), LocalState.NEEDS_ATTENTION.value)
                db.execute(
                    "DELETE FROM outbox WHERE invitation_id = (SELECT id FROM invitations WHERE id = ? AND state = ?)",
                    stale,
                )
                db.execute("DELETE FROM invitations WHERE id = ? AND state = ?", stale)
            db.execute(
                "INSERT INTO invitations (id, salesperson_id, first_name, last_name, masked_email, state, captured_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    str(invitation.id),
                    salesperson_id,
                    invitation.first_name,
                    invitation.last_name,
                    mask_email(invitation.email),
                    LocalState.WAITING.value,
                    now,
                ),
            )
            self._enqueue(db, invitation.id, Action.CREATE, salesperson_id, encode_body(invitation), now)

    def request(self, invitation_id: UUID, action: Action, salesperson_id: int, email: str | None = None) -> None:
        """Queue a later write on a saved invitation: resend, correct the e-mail (``email``) or cancel."""
        if action is Action.CREATE:
            raise ValueError("use capture() to create")
        body = encode_body(EmailCorrection(email=email)) if action is Action.CORRECT_EMAIL else None
        now = time.time()
        with self._transaction() as db:
            if action is Action.CORRECT_EMAIL and email is not None:
                db.execute(
                    "UPDATE invitations SET masked_email = ? WHERE id = ?", (mask_email(email), str(invitation_id))
                )
            self._enqueue(db, invitation_id, action, salesperson_id, body, now)

    @staticmethod
    def _enqueue(
        db: sqlite3.Connection, invitation_id: UUID, action: Action, salesperson: int, body: bytes | None, now: float
    ) -> None:
        key = create_key(invitation_id) if action is Action.CREATE else f"{action.value}-{uuid.uuid4()}"
        db.execute(
            "INSERT INTO outbox (invitation_id, action, salesperson_id, idempotency_key, body, enqueued_at,"
            " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(invitation_id), action.value, salesperson, key, body, now, now),
        )

    # -- draining -----------------------------------------------------------------------------

    def head(self) -> Entry | None:
        """The oldest entry: entries go out in the order they were saved."""
        with self._lock:
            row = self._db.execute(
                "SELECT seq, invitation_id, action, salesperson_id, idempotency_key, body, enqueued_at, attempts,"
                " next_attempt_at FROM outbox ORDER BY seq LIMIT 1"
            ).fetchone()
        if row is None:
            return None
        return Entry(row[0], UUID(row[1]), Action(row[2]), row[3], row[4], row[5], row[6], row[7], row[8])

    def delivered(self, entry: Entry, answer: InvitationView) -> None:
        """The backend confirmed ``entry``: it leaves the outbox, the invitation takes the backend's status."""
        now = time.time()
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
            db.execute(
                "UPDATE invitations SET state = ?, status = ?, problem = NULL, confirmed_at = COALESCE(confirmed_at, ?)"
                " WHERE id = ?",
                (LocalState.CONFIRMED.value, answer.status.value, now, str(entry.invitation_id)),
            )
            self._log(db, "last_success_at", str(now))

    def refused(self, entry: Entry, reason: ErrorBody) -> None:
        """The backend refused ``entry`` for good: it leaves the outbox; the invitation needs attention."""
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
            db.execute(
                "UPDATE invitations SET state = ?, problem = ? WHERE id = ?",
                (LocalState.NEEDS_ATTENTION.value, reason.model_dump_json(), str(entry.invitation_id)),
            )
            self._log(db, "last_error", f"{entry.action.value} refused: {reason.error.value}")

    def postpone(self, entry: Entry, delay: float, error: str) -> None:
        """``entry`` could not go now: try again after ``delay`` seconds (same bytes, same key)."""
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE seq = ?",
                (now + delay, error, entry.seq),
            )
            self._log(db, "last_error", error)

    @staticmethod
    def _log(db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute(
            "INSERT INTO sync_log (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- reading ------------------------------------------------------------------------------

    def backlog(self) -> Backlog:
        with self._lock:
            waiting, oldest = self._db.execute("SELECT COUNT(*), MIN(enqueued_at) FROM outbox").fetchone()
            (attention,) = self._db.execute(
                "SELECT COUNT(*) FROM invitations WHERE state = ?", (LocalState.NEEDS_ATTENTION.value,)
            ).fetchone()
            log = dict(self._db.execute("SELECT key, value FROM sync_log").fetchall())
        success = log.get("last_success_at")
        return Backlog(waiting, attention, oldest, float(success) if success else None, log.get("last_error"))

    def invitation(self, invitation_id: UUID) -> LocalInvitation | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, salesperson_id, first_name, last_name, masked_email, state, status, problem, captured_at"
                " FROM invitations WHERE id = ?",
                (str(invitation_id),),
            ).fetchone()
        if row is None:
            return None
        return LocalInvitation(
            id=UUID(row[0]),
            salesperson_id=row[1],
            first_name=row[2],
            last_name=row[3],
            masked_email=row[4],
            state=LocalState(row[5]),
            status=InvitationStatus(row[6]) if row[6] else None,
            problem=ErrorBody.model_validate(json.loads(row[7])) if row[7] else None,
            captured_at=row[8],
        )

    def count(self, state: LocalState | None = None) -> int:
        with self._lock:
            if state is None:
                return int(self._db.execute("SELECT COUNT(*) FROM invitations").fetchone()[0])
            return int(
                self._db.execute("SELECT COUNT(*) FROM invitations WHERE state = ?", (state.value,)).fetchone()[0]
            )
