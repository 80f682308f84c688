"""Kill the kiosk core at random moments: every invitation it said was saved reaches the backend once.

The kiosk core (tests/crash_child.py: the outbox, the sync worker, a salesperson capturing
invitations as fast as they can) runs as its own process against the real backend process. It
is killed with SIGKILL at ``KILLS`` random moments -- during start-up, while it captures, while
it sends -- and started again on the same outbox each time. At the end it drains the outbox,
and every invitation it reported "saved" must be on the backend exactly once: none lost, none
twice, none the kiosk never saved; the local outbox is empty, its database sound.
"""

import contextlib
import os
import random
import select
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from backend.devmail import MailSink
from tests.conftest import Db
from tests.servers import BackendProcess, start_backend

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

#: As the issue asks: at least 200 kills.
KILLS = 200
#: Change (or set CRASH_SEED) to kill at other moments; the seed is printed with the figures.
SEED = int(os.environ.get("CRASH_SEED", "20240611"))
#: Share of the kills aimed at the child's start-up (before it says READY); the rest hit it at work.
STARTUP_SHARE = 0.15
#: After READY, the child captures and sends for a random time up to this long before it is killed.
WORK_WINDOW = 0.2

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    """What one child printed before it was killed."""

    ready: bool = False
    saved: list[uuid.UUID] = field(default_factory=list)
    sent: list[uuid.UUID] = field(default_factory=list)
    startup_seconds: float | None = None


def parse(output: bytes) -> Run:
    """The child's complete lines; a last line the kill cut short (no newline) is not a report."""
    run = Run()
    *lines, _unfinished = output.split(b"\n")
    for line in lines:
        word, _, rest = line.decode().partition(" ")
        if word == "READY":
            run.ready = True
        elif word == "SAVED":
            run.saved.append(uuid.UUID(rest))
        elif word == "SENT":
            run.sent.append(uuid.UUID(rest))
        else:
            raise AssertionError(f"the child printed {line!r}")
    return run


def child_command(outbox: Path, key: bytes, backend: BackendProcess, token: str, seller: int, seed: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tests.crash_child",
        "--outbox",
        str(outbox),
        "--store-key",
        key.hex(),
        "--backend",
        backend.url,
        f"--token={token}",  # one token in 64 begins with "-", which argparse would take for an option
        "--salesperson",
        str(seller),
        "--seed",
        str(seed),
    ]


def read_until(fd: int, buffer: bytearray, deadline: float, until: bytes | None = None) -> bool:
    """Add what the child writes to ``buffer`` until ``deadline`` (or ``until`` appears); False if it closed stdout."""
    while (remaining := deadline - time.monotonic()) > 0 and not (until is not None and until in buffer):
        readable, _, _ = select.select([fd], [], [], remaining)
        if readable:
            chunk = os.read(fd, 65536)
            if not chunk:
                return False
            buffer += chunk
    return True


def run_and_kill(command: list[str], log: IO[bytes], rng: random.Random, startup_guess: float) -> Run:
    """Start the child, SIGKILL it at a random moment, and return what it reported before."""
    at_startup = rng.random() < STARTUP_SHARE
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log)
    assert child.stdout is not None
    try:
        fd = child.stdout.fileno()
        output = bytearray()
        ready_at = None
        if at_startup:
            alive = read_until(fd, output, started + rng.uniform(0.0, startup_guess))
        else:
            alive = read_until(fd, output, started + 30, until=b"READY\n")
            assert b"READY\n" in output or not alive, f"the child did not start in 30 s: see {log.name}"
            ready_at = time.monotonic()
            alive = alive and read_until(fd, output, ready_at + rng.uniform(0.0, WORK_WINDOW))
        assert alive, f"the child stopped by itself (exit status {child.poll()}): see {log.name}"
        os.kill(child.pid, signal.SIGKILL)
        output += child.stdout.read()  # everything it wrote before it died
        status = child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    assert status == -signal.SIGKILL, f"the child ended with {status}, not by the kill: see {log.name}"
    run = parse(bytes(output))
    if ready_at is not None and b"READY\n" in output:
        run.startup_seconds = ready_at - started
    return run


def drain(command: list[str], log: IO[bytes]) -> None:
    """Start the child once more to send what is left, and let it finish."""
    child = subprocess.Popen(
        [*command, "--drain-only"], cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log
    )
    try:
        output, _ = child.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise AssertionError(f"the drain did not finish in 120 s: see {log.name}") from None
    assert child.returncode == 0, f"the drain ended with {child.returncode}: see {log.name}"
    assert not parse(output).saved, "a drain captures nothing"


def on_backend(db: Db, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Which of ``ids`` the backend has."""
    if not ids:
        return set()
    marks = ", ".join(f"'{one.hex}'" for one in ids)  # uuids: nothing to escape
    return {uuid.UUID(hex=row[0]) for row in db.rows(f"SELECT id FROM invitations WHERE id IN ({marks})")}


def test_killing_the_kiosk_at_random_moments_loses_and_doubles_nothing(tmp_path: Path, mail_sink: MailSink) -> None:
    began = time.monotonic()
    (tmp_path / "backend").mkdir()
    backend = start_backend(tmp_path / "backend", mail_sink.port)
    db = Db(backend.database_url)
    outbox_path = tmp_path / "kiosk" / "outbox.sqlite3"
    store_key = os.urandom(32)  # the same for every run, as the keyring would give it
    log_path = tmp_path / "crash_child.log"
    rng = random.Random(SEED)
    try:
        token = backend.device_token()
        seller = backend.salesperson_id()
        runs: list[Run] = []
        saved: list[uuid.UUID] = []
        #: Saved, and not yet reported sent: a kill may have cut them off mid-send.
        unconfirmed: set[uuid.UUID] = set()
        runs_backend_grew = 0
        cut_sends = 0
        startup_times = [0.5]
        backend_count = 0
        with log_path.open("ab") as log:
            for _ in range(KILLS):
                command = child_command(outbox_path, store_key, backend, token, seller, rng.randrange(2**32))
                run = run_and_kill(command, log, rng, statistics.median(startup_times))
                assert backend.process.poll() is None, (
                    f"the backend stopped ({backend.process.returncode}) mid-test: see {backend.log_path}"
                )
                runs.append(run)
                if run.startup_seconds is not None:
                    startup_times.append(run.startup_seconds)
                saved += run.saved
                unconfirmed = (unconfirmed | set(run.saved)) - set(run.sent)
                # The backend has it, the kiosk never heard back: the kill came mid-send.
                cut_off = on_backend(db, unconfirmed)
                cut_sends += len(cut_off)
                unconfirmed -= cut_off
                count = db.count("invitations")
                runs_backend_grew += count > backend_count
                backend_count = count
            killed_at = time.monotonic()
            drain(child_command(outbox_path, store_key, backend, token, seller, rng.randrange(2**32)), log)
        drained_at = time.monotonic()

        stored = [uuid.UUID(hex=row[0]) for row in db.rows("SELECT id FROM invitations")]
        # What a second create would leave behind even without a second row: a second mail, a second audit entry.
        mailed = [uuid.UUID(hex=row[0]) for row in db.rows("SELECT invitation_id FROM outbox_mails")]
        audited = [
            uuid.UUID(hex=row[0])
            for row in db.rows("SELECT invitation_id FROM audit_events WHERE action = 'invitation_created'")
        ]
        with contextlib.closing(sqlite3.connect(outbox_path)) as local:
            integrity = local.execute("PRAGMA integrity_check").fetchall()
            local_states = {uuid.UUID(row[0]): row[1] for row in local.execute("SELECT id, state FROM invitations")}
            (waiting,) = local.execute("SELECT COUNT(*) FROM outbox").fetchone()
        backend_integrity = db.rows("PRAGMA integrity_check")
    finally:
        db.close()
        backend.stop()

    lost = set(saved) - set(stored)
    duplicated = len(stored) - len(set(stored))
    startup_kills = sum(not run.ready for run in runs)
    runs_saving = sum(bool(run.saved) for run in runs)
    runs_sending = sum(bool(run.sent) for run in runs)
    print(
        f"\ncrash test (seed {SEED}): {KILLS} kills ({startup_kills} during start-up, {runs_saving} after saving,"
        f" {runs_sending} after sending, median start-up {statistics.median(startup_times[1:] or [0]):.2f} s);"
        f" {len(saved)} reported saved, {len(local_states)} in the outbox, {len(stored)} on the backend"
        f" ({len(lost)} lost, {duplicated} duplicated); backend grew in {runs_backend_grew} runs;"
        f" {cut_sends} invitations reached the backend in a run killed before it reported them sent;"
        f" {killed_at - began:.1f} s killing, {drained_at - killed_at:.1f} s draining,"
        f" {time.monotonic() - began:.1f} s in all"
    )

    assert integrity == [("ok",)], f"the kiosk's outbox is damaged: {integrity}"
    assert backend_integrity == [("ok",)], f"the backend's database is damaged: {backend_integrity}"
    assert len(saved) == len(set(saved)), "the child reported an id saved twice"
    assert lost == set(), f"{len(lost)} invitations said to be saved never reached the backend"
    assert duplicated == 0, f"{duplicated} invitations are on the backend twice"
    assert sorted(mailed) == sorted(stored), "each invitation was mailed once"
    assert sorted(audited) == sorted(stored), "each invitation was created once"
    assert set(saved) <= set(local_states), "an invitation reported saved is not in the outbox"
    assert set(stored) <= set(local_states), "the backend has invitations this kiosk never saved"
    assert set(stored) == set(local_states), "invitations saved in the outbox never reached the backend"
    assert waiting == 0, f"{waiting} outbox entries still wait after the drain"
    assert set(local_states.values()) == {"confirmed"}, "every invitation is confirmed by the backend"
    log_text = log_path.read_text(errors="replace")
    assert "Traceback" not in log_text, f"the child failed:\n{log_text[-4000:]}"

    # The kills hit the kiosk at work, not just starting up, or the test proves nothing.
    assert startup_kills >= KILLS // 20, "too few kills during start-up"
    assert runs_saving >= KILLS // 2, "too few kills after invitations were saved"
    assert runs_sending >= KILLS // 3, "too few kills after the backend confirmed invitations"
    assert runs_backend_grew >= KILLS // 3, "the backend received invitations in too few runs"
    assert cut_sends >= KILLS // 40, "too few kills between the backend taking an invitation and the kiosk hearing so"
