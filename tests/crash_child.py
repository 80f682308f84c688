"""The kiosk core as its own process, for the crash test (tests/e2e/test_crash.py), which kills it.

It does what a busy kiosk does, without the GUI: it opens the outbox, starts the sync worker on
its own thread, and keeps capturing new invitations 10-30 ms apart (about as fast as the backend
takes them, so its backlog neither runs dry nor grows without end). Its stdout is a
report for the harness, one line each, flushed at once:

``READY``
    the outbox is open, the staff list fetched (as the window does once it is up, which also makes
    the client's connection: its CA certificates take ~0.1 s) and the sync worker started;
``SAVED <uuid>``
    ``capture()`` returned: the moment a salesperson is told "saved";
``SENT <uuid>``
    the backend confirmed the invitation and the outbox recorded it.

It never stops by itself (the harness SIGKILLs it), except with ``--drain-only``: then it
captures nothing, sends until the outbox is empty and exits 0.

    python -m tests.crash_child --outbox PATH --store-key HEX --backend URL --token T --salesperson N --seed S

The store key (64 hex digits) seals the outbox; every run on the same outbox needs the same one
(a real kiosk keeps it in the keyring, which a killed test process cannot share with the next).
"""

import argparse
import logging
import os
import random
import sys
import threading
import time
import traceback
from pathlib import Path

import httpx

from kiosk.api_client import ApiClient
from kiosk.outbox import Outbox
from kiosk.sealing import Sealer
from kiosk.sync import Backoff, Outcome, Result, SyncEvent, SyncWorker
from tests.factories import invitation_create

#: Exit status when the sync thread died of an exception (the harness expects only SIGKILL).
SYNC_THREAD_DIED = 70

_print_lock = threading.Lock()


def report(line: str) -> None:
    """One line to the harness, on its way before this returns (the capture and sync threads both report)."""
    with _print_lock:
        print(line, flush=True)


def _on_event(event: SyncEvent) -> None:
    if isinstance(event, Outcome) and event.result is Result.DELIVERED:
        report(f"SENT {event.invitation_id}")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outbox", required=True, help="the kiosk's outbox SQLite file")
    parser.add_argument("--store-key", required=True, help="the key sealing the outbox, as 64 hex digits")
    parser.add_argument("--backend", required=True, help="the backend's base URL")
    parser.add_argument("--token", required=True, help="this kiosk's device token")
    parser.add_argument("--salesperson", required=True, type=int, help="the signed-in salesperson's id")
    parser.add_argument("--seed", type=int, default=0, help="seeds the pauses between captures and the backoff")
    parser.add_argument("--drain-only", action="store_true", help="capture nothing; exit 0 once the outbox is empty")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.WARNING, format=f"crash_child[{os.getpid()}] %(name)s: %(message)s")
    rng = random.Random(args.seed)
    outbox = Outbox(Path(args.outbox), Sealer(bytes.fromhex(args.store_key)))
    client = ApiClient(args.backend, args.token, timeout=httpx.Timeout(5.0, connect=1.0))
    worker = SyncWorker(
        outbox,
        client,
        backoff=Backoff(base=0.02, cap=0.2),
        rng=random.Random(rng.random()),
        on_event=_on_event,
    )
    if args.drain_only:
        return _drain(outbox, worker, client)

    stop = threading.Event()

    def sync() -> None:
        try:
            worker.run(stop)
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(SYNC_THREAD_DIED)  # a kiosk whose sync thread died would never send again: say so loudly

    client.list_salespeople()
    threading.Thread(target=sync, name="sync", daemon=True).start()
    report("READY")
    while True:  # until killed
        invitation = invitation_create()
        outbox.capture(invitation, args.salesperson)
        report(f"SAVED {invitation.id}")  # what the salesperson is told, only once capture() returned
        worker.wake()  # as the window does after every save
        time.sleep(rng.uniform(0.01, 0.03))


def _drain(outbox: Outbox, worker: SyncWorker, client: ApiClient) -> int:
    try:
        while outbox.backlog().waiting:
            due_in = worker.drain()
            if outbox.backlog().waiting:
                time.sleep(min(max(due_in, 0.0), 0.2))
    finally:
        client.close()
        outbox.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
