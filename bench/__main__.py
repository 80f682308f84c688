"""``python -m bench [--only SECTION …] [--count N] [--drain N] [--starts N] [--cycles N] [--queued N]``.

Every benchmark section, printed as a table. Sections: ``backend`` (invitation create throughput),
``drain`` (the outbox after an outage), and the kiosk window's ``start`` (cold start), ``cycles``
(customers through the window, memory and objects alive) and ``stall`` (the GUI event loop while
the backend hangs and while a backlog is sent); ``ui`` names those three together.
"""

import argparse
import os

from bench import backend, drain, ui

SECTIONS = ["backend", "drain", "start", "cycles", "stall"]
GROUPS = {"ui": ["start", "cycles", "stall"]}


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=[*SECTIONS, *GROUPS],
        help="run only this section (may be given more than once; default: all)",
    )
    parser.add_argument("--count", type=int, default=3000, help="measured requests per server (after 200 warm-up)")
    parser.add_argument("--drain", type=int, default=5000, help="invitations queued on the kiosk during the outage")
    parser.add_argument("--starts", type=int, default=7, help="cold starts of each window (median reported)")
    parser.add_argument("--cycles", type=int, default=1000, help="customers through the kiosk window")
    parser.add_argument("--warm-up", type=int, default=100, help="customers before the first measured census")
    parser.add_argument("--queued", type=int, default=5000, help="invitations sent under the heartbeat")
    args = parser.parse_args()
    chosen = {name for picked in args.only or SECTIONS for name in GROUPS.get(picked, [picked])}

    if "backend" in chosen:
        print(f"Backend: {args.count} invitation creates per server, 16 concurrent clients, {os.cpu_count()} CPUs")
        print(backend.report(backend.measure(args.count)), flush=True)
    if "drain" in chosen:
        print(f"\nKiosk outbox: {args.drain} invitations saved during an outage, then sent", flush=True)
        print(drain.report(drain.measure(args.drain)), flush=True)
    if "start" in chosen:
        print(f"\nKiosk window: cold start, {args.starts} of each, {os.cpu_count()} CPUs", flush=True)
        print(ui.report_start(ui.measure_start(args.starts)), flush=True)
    if "cycles" in chosen:
        print(f"\nKiosk window: {args.cycles} customers (form, invite, QR, complete, wipe)", flush=True)
        print(ui.report_cycles(ui.measure_cycles(args.cycles, args.warm_up)), flush=True)
    if "stall" in chosen:
        print("\nKiosk window: event-loop stalls on the GUI thread", flush=True)
        print(ui.report_stalls(ui.measure_stalls(args.queued)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
