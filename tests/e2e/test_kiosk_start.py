"""`kiosk` started as a showroom starts it: the welcome screen first, then the core; or a plain refusal."""

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

from tests.servers import BackendProcess
from ui.app import FIRST_FRAME_LOG, STARTED_LOG


def _kiosk(tmp_path: Path, *args: str, keyring: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": keyring,
        "HOME": str(tmp_path),
    }
    command = [sys.executable, "-m", "ui", "--windowed", "--config", str(tmp_path / "kiosk.toml")]
    command += ["--data-dir", str(tmp_path / "data"), *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lines_until(process: subprocess.Popen[str], wanted: str, timeout_s: float = 60) -> list[str]:
    """The log lines (stderr) up to the first that contains ``wanted``."""
    assert process.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stderr, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not waiting.select(timeout=1):
                continue
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            if wanted in line:
                return lines
    raise AssertionError(f"no {wanted!r} in the kiosk's log:\n{''.join(lines)}")


def test_an_enrolled_kiosk_shows_its_welcome_screen_before_its_core_is_loaded(
    backend: BackendProcess, tmp_path: Path
) -> None:
    code = backend.enrolment_code()
    kiosk = _kiosk(tmp_path, "--enrol-code", code, "--backend", backend.url, keyring="kiosk.credentials.MemoryKeyring")
    try:
        lines = _lines_until(kiosk, STARTED_LOG.split(" %")[0])
    finally:
        kiosk.kill()
        kiosk.communicate(timeout=30)
    first_frame = next(n for n, line in enumerate(lines) if FIRST_FRAME_LOG.split(" %")[0] in line)
    enrolled = next(n for n, line in enumerate(lines) if "enrolled at" in line)
    assert first_frame < enrolled < len(lines) - 1, "the welcome screen first; enrolment and the core after it"
    assert "backend_url" in (tmp_path / "kiosk.toml").read_text(), "the enrolment was remembered"


def test_a_kiosk_not_enrolled_says_what_to_do_and_stops(tmp_path: Path) -> None:
    kiosk = _kiosk(tmp_path, keyring="kiosk.credentials.MemoryKeyring")
    out, _log = kiosk.communicate(timeout=60)
    assert kiosk.returncode == 2
    assert "This kiosk is not enrolled. Run `kiosk enroll --code CODE`" in out


def test_without_a_secure_keyring_the_kiosk_does_not_start_and_says_how_to_fix_it(tmp_path: Path) -> None:
    kiosk = _kiosk(tmp_path, keyring="keyring.backends.fail.Keyring")
    out, _log = kiosk.communicate(timeout=60)
    assert kiosk.returncode == 2
    assert "no secure keyring" in out and "gnome-keyring" in out
    assert not (tmp_path / "data" / "outbox.sqlite3").exists(), "nothing kept without a keyring to seal it"
