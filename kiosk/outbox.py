"""The kiosk's local store: what the salesperson entered, and the writes still owed to the backend.

Everything is written here first, in one transaction with its outbox entry, before anything is
sent: a salesperson is told "saved" only once it is on disk (SQLite in WAL mode with
``synchronous=FULL``, so a committed transaction survives a power cut), and "sent" only once the
backend confirmed. The sync worker (:mod:`kiosk.sync`) sends the entries in order, each with the
exact bytes and idempotency key it was saved with, so a retry can never create a second invitation.

Personal data is sealed (:mod:`kiosk.sealing`) before it is written: names, the masked e-mail and
every request body. Once the backend confirmed an invitation, only what the salesperson's list
needs stays (name, masked e-mail, status), and after the retention window (default 24 h) that
goes too (:meth:`Outbox.purge`).

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
from typing import Any
from uuid import UUID

from kiosk.api_client import create_key, encode_body
from kiosk.masking import mask_email
from kiosk.sealing import SealBroken, Sealer
from kiosk.wire import EmailCorrection, ErrorBody, InvitationCreate, InvitationStatus, InvitationView, SalespersonList

SCHEMA_VERSION = 2
#: How long the list keeps a confirmed invitation's name and masked e-mail (the issue's default).
DEFAULT_RETENTION_S = 24 * 3600

_SCHEMA = """
CREATE TABLE IF NOT EXISTS invitations (
    id TEXT PRIMARY KEY,
    salesperson_id INTEGER NOT NULL,
    first_name BLOB NOT NULL,
    last_name BLOB NOT NULL,
    masked_email BLOB NOT NULL,
    -- The whole create request, sealed, while the backend does not have it: a refused invitation
    -- can then be fixed and resent without anyone typing it again. Dropped on confirmation.
    details BLOB,
    state TEXT NOT NULL,
    status TEXT,
    problem TEXT,
    captured_at REAL NOT NULL,
    confirmed_at REAL
);
CREATE INDEX IF NOT EXISTS invitations_confirmed_at ON invitations(confirmed_at);
CREATE INDEX IF NOT EXISTS invitations_state ON invitations(state);
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
CREATE INDEX IF NOT EXISTS outbox_by_invitation ON outbox(invitation_id, seq);
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


class StoreLocked(RuntimeError):
    """The store was sealed with a key the keyring no longer holds; its contents cannot be read."""


class Outbox:
    def __init__(self, path: Path, sealer: Sealer, *, retention_s: float = DEFAULT_RETENTION_S) -> None:
        self.path = path
        self._sealer = sealer
        self.retention_s = retention_s
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before "saved" is said
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left in free pages
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            # Version 1 (names in plain text) never left development; nothing to carry over.
            self._db.close()
            raise StoreLocked(f"{path}: a store of schema {version}; this kiosk reads {SCHEMA_VERSION}")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self._check_key()

    def _check_key(self) -> None:
        """Refuse a store sealed with another key at once, not at the first row that fails to open."""
        with self._lock:
            row = self._db.execute("SELECT value FROM sync_log WHERE key = 'seal_check'").fetchone()
            if row is None:
                check = self._sealer.seal(b"showroom-kiosk", "seal_check").hex()
                self._db.execute("INSERT INTO sync_log (key, value) VALUES ('seal_check', ?)", (check,))
                return
        try:
            self._sealer.open(bytes.fromhex(row[0]), "seal_check")
        except SealBroken:
            self._db.close()
            raise StoreLocked(
                f"{self.path} was sealed with a key this keyring does not hold (a new keyring, or another machine)."
            ) from None

    def _seal(self, text: str, invitation_id: UUID, column: str) -> bytes:
        return self._sealer.seal_text(text, f"{invitation_id}:{column}")

    def _open(self, sealed: bytes, invitation_id: UUID, column: str) -> str:
        return self._sealer.open_text(sealed, f"{invitation_id}:{column}")

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
        body = encode_body(invitation)  # the bytes sent on every try, and kept to fix a refusal
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
                "INSERT INTO invitations (id, salesperson_id, first_name, last_name, masked_email, details, state,"
                " captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(invitation.id),
                    salesperson_id,
                    self._seal(invitation.first_name, invitation.id, "first_name"),
                    self._seal(invitation.last_name, invitation.id, "last_name"),
                    self._seal(mask_email(invitation.email), invitation.id, "masked_email"),
                    self._sealer.seal(body, f"{invitation.id}:details"),
                    LocalState.WAITING.value,
                    now,
                ),
            )
            self._enqueue(db, invitation.id, Action.CREATE, salesperson_id, body, now)

    def request(self, invitation_id: UUID, action: Action, salesperson_id: int, email: str | None = None) -> None:
        """Queue a later write on a saved invitation: resend, correct the e-mail (``email``) or cancel."""
        if action is Action.CREATE:
            raise ValueError("use capture() to create")
        body = encode_body(EmailCorrection(email=email)) if action is Action.CORRECT_EMAIL else None
        now = time.time()
        with self._transaction() as db:
            if action is Action.CORRECT_EMAIL and email is not None:
                db.execute(
                    "UPDATE invitations SET masked_email = ? WHERE id = ?",
                    (self._seal(mask_email(email), invitation_id, "masked_email"), str(invitation_id)),
                )
            self._enqueue(db, invitation_id, action, salesperson_id, body, now)

    def _enqueue(
        self,
        db: sqlite3.Connection,
        invitation_id: UUID,
        action: Action,
        salesperson: int,
        body: bytes | None,
        now: float,
    ) -> None:
        key = create_key(invitation_id) if action is Action.CREATE else f"{action.value}-{uuid.uuid4()}"
        sealed = self._sealer.seal(body, f"outbox:{key}") if body is not None else None
        db.execute(
            "INSERT INTO outbox (invitation_id, action, salesperson_id, idempotency_key, body, enqueued_at,"
            " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(invitation_id), action.value, salesperson, key, sealed, now, now),
        )

    # -- draining -----------------------------------------------------------------------------

    def due(
        self, limit: int, *, now: float | None = None, probe: bool = False, busy: set[UUID] | None = None
    ) -> tuple[list[Entry], float]:
        """Up to ``limit`` entries to send now, oldest first, and seconds until the next is due.

        Only the oldest entry of each invitation is offered: a correction never overtakes the
        create it corrects, while different invitations need not wait for each other.
        ``probe`` offers the oldest entry even if its backoff has not run out; ``busy`` names
        invitations with a request in flight, whose entries are not offered.
        """
        moment = time.time() if now is None else now
        skip = [str(invitation_id) for invitation_id in busy or ()]
        with self._lock:
            rows = (
                self._db.execute(
                    "SELECT seq, invitation_id, action, salesperson_id, idempotency_key, body, enqueued_at, attempts,"
                    " next_attempt_at FROM outbox AS o"
                    " WHERE seq = (SELECT MIN(seq) FROM outbox WHERE invitation_id = o.invitation_id)"
                    " AND (next_attempt_at <= ? OR seq = (SELECT MIN(seq) FROM outbox) AND ?)"
                    f" AND invitation_id NOT IN ({', '.join('?' for _ in skip)})"
                    " ORDER BY seq LIMIT ?",
                    (moment, probe, *skip, limit),
                ).fetchall()
                if limit > 0
                else []
            )
            if rows:
                wait = 0.0
            else:
                (soonest,) = self._db.execute(
                    "SELECT MIN(next_attempt_at) FROM outbox AS o"
                    " WHERE seq = (SELECT MIN(seq) FROM outbox WHERE invitation_id = o.invitation_id)"
                ).fetchone()
                wait = 60.0 if soonest is None else max(0.0, soonest - moment)
        return [self._entry(row) for row in rows], wait

    def _entry(self, row: tuple[Any, ...]) -> Entry:
        seq, invitation_id, action, salesperson, key, body, enqueued_at, attempts, next_at = row
        opened = self._sealer.open(body, f"outbox:{key}") if body is not None else None
        return Entry(seq, UUID(invitation_id), Action(action), salesperson, key, opened, enqueued_at, attempts, next_at)

    def head(self) -> Entry | None:
        """The oldest entry: entries go out in the order they were saved."""
        with self._lock:
            row = self._db.execute(
                "SELECT seq, invitation_id, action, salesperson_id, idempotency_key, body, enqueued_at, attempts,"
                " next_attempt_at FROM outbox ORDER BY seq LIMIT 1"
            ).fetchone()
        return None if row is None else self._entry(row)

    def delivered(self, entry: Entry, answer: InvitationView) -> None:
        """The backend confirmed ``entry``: it leaves the outbox, the invitation takes the backend's status."""
        now = time.time()
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
            db.execute(
                "UPDATE invitations SET state = ?, status = ?, problem = NULL, details = NULL,"
                " confirmed_at = COALESCE(confirmed_at, ?) WHERE id = ?",
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
            (waiting,) = self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()
            first = self._db.execute("SELECT enqueued_at FROM outbox ORDER BY seq LIMIT 1").fetchone()
            oldest = first[0] if first else None
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
        found = UUID(row[0])
        return LocalInvitation(
            id=found,
            salesperson_id=row[1],
            first_name=self._open(row[2], found, "first_name"),
            last_name=self._open(row[3], found, "last_name"),
            masked_email=self._open(row[4], found, "masked_email"),
            state=LocalState(row[5]),
            status=InvitationStatus(row[6]) if row[6] else None,
            problem=ErrorBody.model_validate(json.loads(row[7])) if row[7] else None,
            captured_at=row[8],
        )

    def local_invitations(self) -> list[LocalInvitation]:
        """Every invitation the kiosk holds (waiting, refused, confirmed within the retention window), newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, salesperson_id, first_name, last_name, masked_email, state, status, problem, captured_at"
                " FROM invitations ORDER BY captured_at DESC, id"
            ).fetchall()
        found = []
        for row in rows:
            invitation_id = UUID(row[0])
            found.append(
                LocalInvitation(
                    id=invitation_id,
                    salesperson_id=row[1],
                    first_name=self._open(row[2], invitation_id, "first_name"),
                    last_name=self._open(row[3], invitation_id, "last_name"),
                    masked_email=self._open(row[4], invitation_id, "masked_email"),
                    state=LocalState(row[5]),
                    status=InvitationStatus(row[6]) if row[6] else None,
                    problem=ErrorBody.model_validate(json.loads(row[7])) if row[7] else None,
                    captured_at=row[8],
                )
            )
        return found

    def details(self, invitation_id: UUID) -> InvitationCreate | None:
        """What the salesperson entered, while the backend does not have it (to fix a refused one)."""
        with self._lock:
            row = self._db.execute("SELECT details FROM invitations WHERE id = ?", (str(invitation_id),)).fetchone()
        if row is None or row[0] is None:
            return None
        return InvitationCreate.model_validate_json(self._sealer.open(row[0], f"{invitation_id}:details"))

    def purge(self, now: float | None = None) -> int:
        """Forget invitations confirmed longer ago than the retention window; return how many.

        Waiting and refused ones stay whatever their age: they are work not yet done.
        """
        cutoff = (time.time() if now is None else now) - self.retention_s
        with self._transaction() as db:
            gone = db.execute(
                "DELETE FROM invitations WHERE state = ? AND confirmed_at < ?"
                " AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.invitation_id = invitations.id)",
                (LocalState.CONFIRMED.value, cutoff),
            ).rowcount
        if gone:
            with self._lock:
                # Old pages stay in the WAL until a checkpoint; fold them into the file now.
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(gone)

    # -- status from the backend ---------------------------------------------------------------

    def unsettled(self) -> list[UUID]:
        """Confirmed invitations whose status can still change (to look up after an outage)."""
        final = [status.value for status in InvitationStatus if status.is_final]
        marks = ", ".join("?" for _ in final)
        with self._lock:
            rows = self._db.execute(
                f"SELECT id FROM invitations WHERE state = ? AND status NOT IN ({marks}) ORDER BY captured_at",
                (LocalState.CONFIRMED.value, *final),
            ).fetchall()
        return [UUID(row[0]) for row in rows]

    def update_status(self, view: InvitationView) -> bool:
        """Take the backend's current status; True if it changed."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE invitations SET status = ? WHERE id = ? AND state = ? AND status IS NOT ?",
                (view.status.value, str(view.id), LocalState.CONFIRMED.value, view.status.value),
            ).rowcount
        return bool(changed)

    # -- the staff list ------------------------------------------------------------------------

    def save_staff(self, staff: SalespersonList) -> None:
        """Keep the dealer's salespeople (names and PIN hashes, sealed), so sign-in works after an offline restart."""
        sealed = self._sealer.seal(staff.model_dump_json().encode(), "staff").hex()
        with self._transaction() as db:
            self._log(db, "staff", sealed)

    def staff(self) -> SalespersonList | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM sync_log WHERE key = 'staff'").fetchone()
        if row is None:
            return None
        return SalespersonList.model_validate_json(self._sealer.open(bytes.fromhex(row[0]), "staff"))

    def count(self, state: LocalState | None = None) -> int:
        with self._lock:
            if state is None:
                return int(self._db.execute("SELECT COUNT(*) FROM invitations").fetchone()[0])
            return int(
                self._db.execute("SELECT COUNT(*) FROM invitations WHERE state = ?", (state.value,)).fetchone()[0]
            )
