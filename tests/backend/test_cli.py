"""The operator's commands, run as an operator runs them."""

import os
import subprocess
import sys
from pathlib import Path

from kiosk.api_client import ApiClient
from tests.servers import BackendProcess


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backend", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_an_operator_sets_up_a_dealer_a_salesperson_and_a_kiosk(tmp_path: Path, backend: BackendProcess) -> None:
    db = ["--database-url", backend.database_url]
    dealer = f"pc-{tmp_path.name[-8:]}".lower()
    made = _cli(
        "create-dealer",
        *db,
        "--id",
        dealer,
        "--name",
        "Porsche Centrum Amsterdam",
        "--country",
        "nl",
        "--languages",
        "nl,en",
    )
    assert made.returncode == 0, made.stdout + made.stderr
    again = _cli("create-dealer", *db, "--id", dealer, "--name", "x", "--country", "NL")
    assert again.returncode == 2 and "exists already" in again.stdout
    person = _cli(
        "create-salesperson", *db, "--dealer", dealer, "--name", "Sanne de Vries", env={"KIOSK_BACKEND_PIN": "135790"}
    )
    assert person.returncode == 0 and "created" in person.stdout
    assert "135790" not in person.stdout + person.stderr
    code = _cli("enrolment-code", *db, "--dealer", dealer).stdout.strip()
    with ApiClient(backend.url) as kiosk:
        assert kiosk.enrol(code).dealer.country == "NL"


def test_bad_operator_input_is_explained(backend: BackendProcess) -> None:
    db = ["--database-url", backend.database_url]
    assert (
        "choose from"
        in _cli("create-dealer", *db, "--id", "x1", "--name", "X", "--country", "SE", "--languages", "fr").stdout
    )
    assert "two-letter" in _cli("create-dealer", *db, "--id", "x2", "--name", "X", "--country", "Sweden").stdout
    weak = _cli("create-salesperson", *db, "--dealer", "demo-stockholm", "--name", "Y", env={"KIOSK_BACKEND_PIN": "12"})
    assert weak.returncode == 2 and "4 to 8 digits" in weak.stdout
