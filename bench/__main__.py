"""``python -m bench [--count N]``: every benchmark section, printed as a table."""

import argparse
import os

from bench import backend, drain


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--count", type=int, default=3000, help="measured requests per server (after 200 warm-up)")
    parser.add_argument("--drain", type=int, default=5000, help="invitations queued on the kiosk during the outage")
    args = parser.parse_args()
    print(f"Backend: {args.count} invitation creates per server, 16 concurrent clients, {os.cpu_count()} CPUs")
    print(backend.report(backend.measure(args.count)), flush=True)
    print(f"\nKiosk outbox: {args.drain} invitations saved during an outage, then sent", flush=True)
    print(drain.report(drain.measure(args.drain)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
