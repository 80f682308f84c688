"""`kiosk enroll --code`: the device token goes to the keyring and nowhere else; no secure keyring, no enrolment."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from kiosk.api_client import ApiClient
from kiosk.config import load_settings
from kiosk.credentials import Credentials, MemoryKeyring
from tests.servers import BackendProcess
from ui.app import main


@pytest.fixture
def demo_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    named = MemoryKeyring()
    keyring.set_keyring(named)
    yield named
    keyring.set_keyring(before)


def test_enrolling_keeps_the_device_token_in_the_keyring_and_it_works(
    backend: BackendProcess, demo_keyring: MemoryKeyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = backend.enrolment_code()
    config = tmp_path / "config" / "kiosk.toml"
    assert main(["enroll", "--code", code, "--backend", backend.url, "--config", str(config)]) == 0
    assert "Enrolled at" in capsys.readouterr().out
    # The address and dealer are remembered (the token is not: it is a secret).
    settings = load_settings(config)
    assert (settings.backend_url, settings.dealer) == (backend.url, "Porsche Center Stockholm (demo)")
    assert "token" not in config.read_text()
    token = Credentials(demo_keyring).device_token
    assert token is not None
    with ApiClient(backend.url, token) as client:
        assert client.list_salespeople().items, "the kept token is accepted by the backend"
    # The code was for one use: a second enrolment with it is refused, and the kept token stays.
    assert main(["enroll", "--code", code, "--config", str(config)]) == 2  # the address from the file
    assert Credentials(demo_keyring).device_token == token


def test_without_a_secure_keyring_enrolment_is_refused_with_the_fix_and_nothing_is_written(
    backend: BackendProcess, tmp_path: Path
) -> None:
    code = backend.enrolment_code()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "enroll", "--code", code, "--backend", backend.url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no secure keyring" in done.stdout and "gnome-keyring" in done.stdout
    assert list(tmp_path.rglob("*")) == [], "no token in a file instead"
    # The code was not spent: enrolling properly afterwards still works.
    with ApiClient(backend.url) as client:
        assert client.enrol(code).device_token
