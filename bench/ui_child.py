"""The kiosk-UI benchmarks' child process: ``python -m bench.ui_child SECTION …``; :mod:`bench.ui` starts it.

Each measurement runs in a fresh process of its own, so start-up is really cold and memory counts
nothing but the kiosk. The last line of its output is ``RESULT <json>``. Only the standard library
is imported at the top: a cold start must not pay for what the measured program would not load.
The device token comes in ``BENCH_DEVICE_TOKEN``, the local store's key in ``BENCH_STORE_KEY`` (hex),
the salesperson as ``BENCH_STAFF_NAME`` and ``BENCH_STAFF_PIN``.
"""

import argparse
import json
import logging
import os
import signal
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULT = "RESULT "
#: Written to stderr at the first interactive frame of a cold start.
READY_LINE = "cold start: ready"


def _env(name: str) -> str:
    value = os.environ.get(name)
    if value is None:
        raise SystemExit(f"{name} is not set (bench.ui starts this process with it)")
    return value


# -- cold start --------------------------------------------------------------------------------


def cold_start(kind: str, backend_url: str, folder: Path) -> dict[str, Any]:
    """Start, and stop at the first paint of the welcome screen plus one zero-timer; the moments.

    ``bare``: QApplication and an empty QWidget of the same size. ``welcome``: the kiosk's theme,
    translations, header and welcome screen alone, the floor under its start. ``kiosk``: the kiosk
    itself, ``ui.app.main`` with a settings file and an enrolled kiosk's keyring
    (:mod:`bench.preset_keyring`), timed by its own log: "first frame drawn" (at the first turn of
    the event loop after that frame) and "core loaded" (``core``), after which it stops; its peak
    memory is then the working kiosk's. (An event filter on the whole application would watch it
    too, but would make every event of its start pass through Python.)
    """
    marks: dict[str, float] = {"started": time.monotonic()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    if kind == "kiosk":
        return _kiosk_start(marks, backend_url, folder)
    if kind == "bare":
        marks["imported"] = time.monotonic()
        app = QApplication(sys.argv[:1])
        marks["app"] = time.monotonic()
        window = target = QWidget()
    else:
        # The floor under the kiosk's start: its theme, translations, header and welcome screen, drawn
        # with nothing of the kiosk behind them (no store, no client, no session screens, no workers).
        from PySide6.QtWidgets import QMainWindow, QVBoxLayout

        from kiosk.languages import Language
        from ui.application import build_app
        from ui.screens.welcome import WelcomeScreen
        from ui.widgets.header import Header

        marks["imported"] = time.monotonic()
        app, _translations = build_app(Language.EN)
        marks["app"] = time.monotonic()
        window = QMainWindow()
        central = QWidget(window)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(Header("Porsche ID", list(Language)))
        target = WelcomeScreen("Porsche ID")
        column.addWidget(target, 1)
        window.setCentralWidget(central)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.monotonic()
                QTimer.singleShot(0, ready)
            return False

    def ready() -> None:
        if target.isVisible():
            marks["ready"] = time.monotonic()
            print(READY_LINE, file=sys.stderr, flush=True)
        app.quit()

    watcher = FirstPaint()
    target.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    window.close()
    if "ready" not in marks:
        raise SystemExit("no first paint of an interactive welcome screen within 30 s")
    return marks


def _kiosk_start(marks: dict[str, float], backend_url: str, folder: Path) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import app as kiosk_app

    marks["imported"] = time.monotonic()
    config = folder / "kiosk.toml"
    config.write_text(f'schema_version = 2\nbackend_url = "{backend_url}"\ndealer_country = "SE"\n')

    class Moments(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.msg == kiosk_app.FIRST_FRAME_LOG:
                marks["ready"] = time.monotonic()
                # Under ``-X importtime`` (which writes to stderr too): what is imported from here on
                # is not part of the start.
                print(READY_LINE, file=sys.stderr, flush=True)
            elif record.msg == kiosk_app.STARTED_LOG:
                marks["core"] = time.monotonic()
                QTimer.singleShot(0, QApplication.quit)

    moments = Moments()
    logging.getLogger("ui").addHandler(moments)
    logging.getLogger("ui").setLevel(logging.INFO)
    QTimer.singleShot(30_000, QApplication.quit)  # runs once main has made the application
    argv = ["--config", str(config), "--data-dir", str(folder), "--windowed", "--lang", "en"]
    code = kiosk_app.main(argv)
    for window in QApplication.topLevelWidgets():
        window.close()
    logging.getLogger("ui").removeHandler(moments)
    if code != 0 or "ready" not in marks:
        raise SystemExit(f"no interactive first frame of the kiosk within 30 s (exit code {code})")
    if "core" not in marks:
        raise SystemExit("the kiosk's core was not loaded within 30 s")
    return marks


# -- 1,000 customers ---------------------------------------------------------------------------


def cycles(
    backend_url: str, folder: Path, mail_dir: Path, count: int, warm_up: int, every: int, phone_every: int
) -> dict[str, Any]:
    """``count`` customers, each: sign in, form, invite, QR, code, complete, wipe; a census now and then.

    Each customer is served in the next of the kiosk's languages (the hand-off switches the screens
    to it, the next customer back). Every ``phone_every``-th customer finishes on the phone (the
    phone pages over HTTP, as the QR code leads), the others at the kiosk (code, then password);
    the kiosk shows "Registered" either way, and the salesperson signs out, which wipes every
    screen that held the customer's details.
    """
    import threading
    from dataclasses import asdict

    import httpx

    from bench.uikit import Driver, MailCodes, build_kiosk, census, fill_form, screen_name, sign_in

    name, pin = _env("BENCH_STAFF_NAME"), _env("BENCH_STAFF_PIN")
    kiosk = build_kiosk(backend_url, _env("BENCH_DEVICE_TOKEN"), folder, bytes.fromhex(_env("BENCH_STORE_KEY")))
    window = kiosk.window
    codes = MailCodes(mail_dir)
    driver = Driver()
    phone = httpx.Client(timeout=15)
    phone_errors: list[BaseException] = []
    samples: list[dict[str, Any]] = []
    password = "Fjord#Granit42"

    def on_phone(url: str, code: str) -> None:
        try:
            phone.get(url).raise_for_status()
            phone.post(url, data={"step": "code", "code": code}).raise_for_status()
            done = phone.post(
                url,
                data={"step": "password", "password": password, "password_repeat": password, "accept_terms": "yes"},
            )
            done.raise_for_status()
        except BaseException as error:  # reported by the GUI thread, which is waiting for "Registered"
            phone_errors.append(error)

    def take_census(cycle: int) -> None:
        found = asdict(census())
        found["cycle"] = cycle
        found["seconds"] = time.monotonic() - started
        samples.append(found)

    def shown(screen: object) -> Callable[[], bool]:
        return lambda: window.stack.currentWidget() is screen

    def customer(number: int) -> None:
        sign_in(driver, window, name, pin)
        address = f"bench.{number}.{uuid.uuid4().hex[:8]}@example.se"
        fill_form(driver, window, "Åsa", "Öberg", address, language=number)
        driver.click(window.form.send)
        driver.until(shown(window.handoff), 15, "the hand-off")
        handoff = window.handoff
        driver.click(handoff.phone)
        driver.until(lambda: bool(handoff.qr.text()), 15, "the QR code")
        code = codes.take(driver, address)
        if number % phone_every == 0:
            finished = threading.Thread(target=on_phone, args=(handoff.qr.text(), code))
            finished.start()
            driver.until(lambda: not finished.is_alive(), 30, "the phone")
            if phone_errors:
                raise phone_errors[0]
        else:
            driver.click(handoff.back_to_choices)
            driver.click(handoff.finish_here)
            driver.until(shown(window.verify), 15, "the code screen")
            driver.type(window.verify.code, code)
            driver.key(window.verify.code, _return_key())
            driver.until(shown(window.finish), 15, "the password screen")
            finish = window.finish
            driver.type(finish.password, password)
            driver.type(finish.repeat, password)
            driver.click(finish.terms)
            driver.click(finish.create_button)
        driver.until(shown(window.registered), 15, "Registered")
        driver.click(window.registered.next_customer)
        driver.until(shown(window.form), 15, "the form for the next customer")
        driver.click(window.form.sign_out)
        driver.until(shown(window.welcome), 15, "the welcome screen after the wipe")

    try:
        driver.until(shown(window.welcome), 15, "the welcome screen")
        started = time.monotonic()
        take_census(0)
        for number in range(1, count + 1):
            try:
                customer(number)
            except TimeoutError as error:
                raise SystemExit(f"customer {number}: {error} (on {screen_name(window)})") from None
            if number in (warm_up, count) or (number > warm_up and (number - warm_up) % every == 0):
                take_census(number)
        seconds = time.monotonic() - started
    finally:  # on a failure too: the report says what went wrong, and the process ends
        phone.close()
        kiosk.close()
    return {"cycles": count, "warm_up": warm_up, "seconds": seconds, "samples": samples}


def _return_key() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Return


# -- event-loop stalls ------------------------------------------------------------------------


def stall_hang(backend_url: str, backend_pid: int, folder: Path, patience_s: float, sample: bool) -> dict[str, Any]:
    """The backend hangs (stopped with SIGSTOP: the kernel still accepts connections, nothing answers).

    While the heartbeat runs: sign in and invite with the backend healthy; then it hangs, and the
    salesperson and the customer open what calls it: the QR code, the code check, a second
    invitation (saved, then "will be sent later"), sign-out and sign-in (the staff list), the sync
    details and "send now", the invitations list. ``patience_s``: how long to wait for each answer that
    will not come (the client's own time-outs are 10 s; the full run waits them out).
    """
    from bench.heartbeat import CpuUse, beating
    from bench.uikit import Driver, build_kiosk, fill_form, sign_in

    name, pin = _env("BENCH_STAFF_NAME"), _env("BENCH_STAFF_PIN")
    kiosk = build_kiosk(backend_url, _env("BENCH_DEVICE_TOKEN"), folder, bytes.fromhex(_env("BENCH_STORE_KEY")))
    window = kiosk.window
    driver = Driver(pause_ms=250, key_ms=40)
    driver.until(lambda: name in [b.text() for b in window.sign_in.names.buttons()], 15, "the staff list")
    driver.wait(500)
    seen: dict[str, bool] = {}
    with CpuUse(backend=backend_pid) as cpu, beating(sample=sample) as (heartbeat, sampler):
        sign_in(driver, window, name, pin)
        fill_form(driver, window, "Åsa", "Öberg", f"hang.{uuid.uuid4().hex[:8]}@example.se")
        driver.click(window.form.send)
        driver.until(lambda: window.stack.currentWidget() is window.handoff, 15, "the hand-off")
        os.kill(backend_pid, signal.SIGSTOP)
        try:
            handoff = window.handoff
            driver.click(handoff.phone)  # the QR view; its status stream and refresh now hang
            has_qr = driver.until_or_timeout(lambda: bool(handoff.qr.text()), patience_s)
            seen["QR code (asked for at the hand-off, before the hang)"] = has_qr
            driver.click(handoff.back_to_choices)
            driver.click(handoff.finish_here)
            driver.type(window.verify.code, "123456")
            driver.key(window.verify.code, _return_key())  # the code check: never answered
            seen["code check says so"] = driver.until_or_timeout(window.verify.problem.isVisible, patience_s)
            driver.click(window.verify.back)
            driver.click(window.handoff.new_customer)
            fill_form(driver, window, "Bo", "Ek", f"hang.{uuid.uuid4().hex[:8]}@example.se")
            driver.click(window.form.send)  # saved to the outbox; the sync worker's request hangs
            seen["'saved, sent later' shown"] = driver.until_or_timeout(window.form.notice.isVisible, patience_s)
            driver.click(window.form.sign_out)
            sign_in(driver, window, name, pin)  # the staff list is asked for again; the kept one serves
            driver.click(window.header.sync.summary)
            driver.click(window.header.sync.send_now)
            driver.click(window.header.sync.summary)
            driver.click(window.form.invitations)
            driver.wait(int(patience_s * 1000))
        finally:
            os.kill(backend_pid, signal.SIGCONT)
        driver.wait(3000)  # the backend answers again: what hung comes back
    result = heartbeat.summary(sampler)
    result["seen"] = seen
    result["cpu"] = cpu.busy
    kiosk.close()
    return result


def stall_drain(backend_url: str, backend_pid: int, folder: Path, count: int, sample: bool) -> dict[str, Any]:
    """``count`` invitations saved while the backend was away; then it is back and the sync worker sends them.

    The outbox is filled before the window starts (as bench/drain.py fills it), the backend stopped;
    the salesperson signs in with the kept staff list; the heartbeat starts, the backend continues,
    and while the backlog goes out the salesperson types the next customer and opens the sync details.
    """
    from bench.drain import invitation
    from bench.heartbeat import CpuUse, beating
    from bench.uikit import Driver, build_kiosk, fill_form, open_outbox, sign_in
    from kiosk.api_client import ApiClient

    name, pin = _env("BENCH_STAFF_NAME"), _env("BENCH_STAFF_PIN")
    token, key = _env("BENCH_DEVICE_TOKEN"), bytes.fromhex(_env("BENCH_STORE_KEY"))
    outbox = open_outbox(folder, key)
    with ApiClient(backend_url, token) as client:
        staff = client.list_salespeople()
    outbox.save_staff(staff)
    seller = next(person.id for person in staff.items if person.name == name)
    os.kill(backend_pid, signal.SIGSTOP)
    try:
        for number in range(count):
            outbox.capture(invitation(number), salesperson_id=seller)
        outbox.close()
        kiosk = build_kiosk(backend_url, token, folder, key)
        window = kiosk.window
        driver = Driver(pause_ms=250, key_ms=60)
        sign_in(driver, window, name, pin)
        driver.wait(500)
        with CpuUse(backend=backend_pid) as cpu, beating(sample=sample) as (heartbeat, sampler):
            os.kill(backend_pid, signal.SIGCONT)
            started = time.monotonic()
            driver.click(window.header.sync.summary)
            fill_form(driver, window, "Åsa", "Öberg", f"drain.{uuid.uuid4().hex[:8]}@example.se")

            def drained() -> bool:
                state = window.header.sync.state
                return state is not None and state.online is True and state.backlog.waiting == 0

            driver.until(drained, 600, f"the sync worker to send {count} invitations")
            seconds = time.monotonic() - started
            driver.wait(1000)
    finally:
        os.kill(backend_pid, signal.SIGCONT)
    result = heartbeat.summary(sampler)
    result["drain_seconds"] = seconds
    result["cpu"] = cpu.busy
    kiosk.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.ui_child", description=__doc__)
    parser.add_argument(
        "section", choices=["start-bare", "start-welcome", "start-kiosk", "cycles", "stall-hang", "stall-drain"]
    )
    parser.add_argument("--backend", default="http://127.0.0.1:9")
    parser.add_argument("--backend-pid", type=int, default=0)
    parser.add_argument("--folder", type=Path, required=True, help="the kiosk's data folder")
    parser.add_argument("--mail-dir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--warm-up", type=int, default=100)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--phone-every", type=int, default=10)
    parser.add_argument("--patience", type=float, default=12.0)
    parser.add_argument("--sample", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.WARNING)
    result: dict[str, Any]
    if args.section in ("start-bare", "start-welcome", "start-kiosk"):
        result = cold_start(args.section.removeprefix("start-"), args.backend, args.folder)
    elif args.section == "cycles":
        assert args.mail_dir is not None, "--mail-dir"
        result = cycles(
            args.backend, args.folder, args.mail_dir, args.count, args.warm_up, args.every, args.phone_every
        )
    elif args.section == "stall-hang":
        result = stall_hang(args.backend, args.backend_pid, args.folder, args.patience, args.sample)
    else:
        result = stall_drain(args.backend, args.backend_pid, args.folder, args.count, args.sample)
    print(RESULT + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
