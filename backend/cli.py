"""``kiosk-backend``: serve the API, seed demo data, issue enrolment codes, run a mail sink."""

import argparse
import contextlib
import logging
import os
import signal
import threading
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from backend import logs

if TYPE_CHECKING:
    from sqlalchemy import Engine
from backend.settings import BackendSettings, sqlite_url


def _settings(args: argparse.Namespace) -> BackendSettings:
    if args.database_url:
        url = args.database_url
    else:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(Path(args.db))
    fields: dict[str, object] = {"database_url": url}
    for name in ("public_url", "smtp_host", "smtp_port", "smtp_username", "brand_name"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    if getattr(args, "smtp_starttls", False):
        fields["smtp_starttls"] = True
    if os.environ.get("KIOSK_BACKEND_SMTP_PASSWORD"):
        fields["smtp_password"] = os.environ["KIOSK_BACKEND_SMTP_PASSWORD"]
    if getattr(args, "mail_retry_first_seconds", None) is not None:
        fields["mail_retry_first"] = timedelta(seconds=args.mail_retry_first_seconds)
    if getattr(args, "qr_link_minutes", None) is not None:
        fields["qr_link_ttl"] = timedelta(minutes=args.qr_link_minutes)
    return BackendSettings(**fields)  # type: ignore[arg-type]


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from backend.app import create_app

    settings = _settings(args)
    engine = _migrated_engine(settings, migrate=not args.no_migrate)
    if args.seed_demo:
        _seed(args)
    engine.dispose()
    app = create_app(settings)
    public = settings.public_url
    logging.getLogger("backend").info("phone pages are linked as %s/r/…", public)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="info", timeout_graceful_shutdown=3)
    logs.configure()  # after uvicorn's own logging set-up, which replaces handlers and filters
    uvicorn.Server(config).run()
    return 0


def _migrated_engine(settings: BackendSettings, migrate: bool = True) -> "Engine":
    """An engine on a database at the current schema: upgraded here, or checked when told not to."""
    from backend import schema
    from backend.db import make_engine

    engine = make_engine(settings.database_url)
    if migrate:
        schema.upgrade(engine)
    else:
        schema.require_current(engine)
    return engine


def _migrate(args: argparse.Namespace) -> int:
    from backend import schema

    engine = _migrated_engine(_settings(args))
    print(f"database schema at {schema.current(engine)}")
    return 0


def _create_dealer(args: argparse.Namespace) -> int:
    from backend.db import make_session_factory
    from backend.models import Dealer
    from kiosk.languages import CODES

    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    unknown = [code for code in languages if code not in CODES]
    if unknown or not languages:
        print(f"unknown languages: {', '.join(unknown) or '(none given)'}; choose from sv, nl, de, en")
        return 2
    if not (len(args.country) == 2 and args.country.isalpha()):
        print("the country is a two-letter ISO 3166 code, e.g. SE, NL, DE")
        return 2
    with make_session_factory(_migrated_engine(_settings(args)))() as session:
        if session.get(Dealer, args.id) is not None:
            print(f"a dealer with id {args.id!r} exists already")
            return 2
        session.add(
            Dealer(
                id=args.id,
                name=args.name,
                country=args.country.upper(),
                languages=",".join(languages),
                self_registration=args.self_registration,
            )
        )
        session.commit()
    print(f"dealer {args.id} created")
    return 0


def _create_salesperson(args: argparse.Namespace) -> int:
    import getpass

    from backend.db import make_session_factory
    from backend.models import Dealer, Salesperson
    from backend.security import hash_password

    # The PIN is asked for, never given as a flag (flags show in `ps` and shell history).
    pin = os.environ.get("KIOSK_BACKEND_PIN") or getpass.getpass("PIN (4 to 8 digits): ")
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        print("a PIN has 4 to 8 digits")
        return 2
    with make_session_factory(_migrated_engine(_settings(args)))() as session:
        if session.get(Dealer, args.dealer) is None:
            print(f"no dealer with id {args.dealer!r}")
            return 2
        salesperson = Salesperson(dealer_id=args.dealer, name=args.name, pin_hash=hash_password(pin))
        session.add(salesperson)
        session.commit()
        print(f"salesperson {salesperson.id} created")
    return 0


def _deactivate_salesperson(args: argparse.Namespace) -> int:
    from backend.db import make_session_factory
    from backend.models import Salesperson

    with make_session_factory(_migrated_engine(_settings(args)))() as session:
        salesperson = session.get(Salesperson, args.id)
        if salesperson is None:
            print(f"no salesperson with id {args.id}")
            return 2
        # Kept, not deleted, so the audit log still says who did what; kiosks stop accepting them
        # at once and drop them from their sign-in list at the next sync.
        salesperson.active = False
        session.commit()
        print(f"salesperson {args.id} ({salesperson.name}) deactivated")
    return 0


def _housekeeping(args: argparse.Namespace) -> int:
    from backend import housekeeping
    from backend.db import make_session_factory

    settings = _settings(args)
    report = housekeeping.run(make_session_factory(_migrated_engine(settings)), settings)
    print(f"expired {report.expired}, personal data deleted for {report.purged}, old keys {report.keys_deleted}")
    return 0


def _seed(args: argparse.Namespace) -> int:
    from backend.db import make_session_factory
    from backend.seed import seed_demo

    engine = _migrated_engine(_settings(args))
    with make_session_factory(engine)() as session:
        dealer = seed_demo(session)
        print(f"demo dealer: {dealer.id} ({dealer.name}, {dealer.country})")
    return 0


def _enrolment_code(args: argparse.Namespace) -> int:
    from backend.db import make_session_factory
    from backend.services import NotFound, create_enrolment_code

    settings = _settings(args)
    engine = _migrated_engine(settings)
    with make_session_factory(engine)() as session:
        try:
            print(create_enrolment_code(session, args.dealer, settings))
        except NotFound:
            print(f"no dealer with id {args.dealer!r}")
            return 2
    return 0


def _mail_sink(args: argparse.Namespace) -> int:
    from backend.devmail import MailSink

    sink = MailSink(args.host, args.port, Path(args.dir) if args.dir else None, echo=True).start()
    print(f"mail sink listening on {args.host}:{sink.port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    sink.stop()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-backend", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        where = sub.add_mutually_exclusive_group(required=True)
        where.add_argument("--db", help="SQLite database file (the embedded default; created if missing)")
        where.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/dbname")
        return sub

    serve = with_db(commands.add_parser("serve", help="serve the kiosk API and the phone pages"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--public-url", help="address phones use to reach this server (default: http://HOST:PORT)")
    serve.add_argument("--smtp-host")
    serve.add_argument("--smtp-port", type=int)
    serve.add_argument("--smtp-starttls", action="store_true", help="upgrade the SMTP connection with STARTTLS")
    serve.add_argument("--smtp-username", help="SMTP login; the password comes from KIOSK_BACKEND_SMTP_PASSWORD")
    serve.add_argument("--mail-retry-first-seconds", type=float, help="first retry delay of an unsent mail")
    serve.add_argument("--brand-name")
    serve.add_argument("--qr-link-minutes", type=float)
    serve.add_argument("--seed-demo", action="store_true", help="create the demo dealer and salesperson")
    serve.add_argument(
        "--no-migrate", action="store_true", help="refuse to start on an old schema instead of upgrading it"
    )
    serve.set_defaults(func=_serve)

    migrate = with_db(commands.add_parser("migrate", help="upgrade the database schema to this version"))
    migrate.set_defaults(func=_migrate)

    housekeeping = with_db(
        commands.add_parser("housekeeping", help="expire invitations and delete personal data now (serve does it too)")
    )
    housekeeping.set_defaults(func=_housekeeping)

    seed = with_db(commands.add_parser("seed-demo", help="create the demo dealer and salesperson"))
    seed.set_defaults(func=_seed)

    dealer = with_db(commands.add_parser("create-dealer", help="add a Porsche Center"))
    dealer.add_argument("--id", required=True, help="a short stable id, e.g. pc-stockholm")
    dealer.add_argument("--name", required=True)
    dealer.add_argument("--country", required=True, help="ISO 3166-1 code: every account invited here gets it")
    dealer.add_argument("--languages", default="en", help="comma-separated, first is the default, e.g. sv,en")
    dealer.add_argument("--self-registration", action="store_true", help="walk-in visitors may register")
    dealer.set_defaults(func=_create_dealer)

    salesperson = with_db(commands.add_parser("create-salesperson", help="add a salesperson (the PIN is asked for)"))
    salesperson.add_argument("--dealer", required=True)
    salesperson.add_argument("--name", required=True)
    salesperson.set_defaults(func=_create_salesperson)

    leaver = with_db(
        commands.add_parser("deactivate-salesperson", help="stop a salesperson signing in and acting at every kiosk")
    )
    leaver.add_argument("--id", type=int, required=True, help="as printed by create-salesperson")
    leaver.set_defaults(func=_deactivate_salesperson)

    code = with_db(commands.add_parser("enrolment-code", help="print a one-time code that enrols a kiosk"))
    code.add_argument("--dealer", required=True)
    code.set_defaults(func=_enrolment_code)

    sink = commands.add_parser("mail-sink", help="a local SMTP server that prints what it receives")
    sink.add_argument("--host", default="127.0.0.1")
    sink.add_argument("--port", type=int, default=8025)
    sink.add_argument("--dir", help="also write each message as an .eml file here")
    sink.set_defaults(func=_mail_sink)
    return parser


def main(argv: list[str] | None = None) -> int:
    logs.configure()
    args = build_parser().parse_args(argv)
    if getattr(args, "public_url", "unset") is None:
        args.public_url = f"http://{args.host}:{args.port}"
    return int(args.func(args))
