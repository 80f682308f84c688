"""`make demo`: the backend, a local mail sink and the kiosk window, wired together on this machine.

Starts what an operator would start (the backend's own command, as its own process), keeps its
data under data/demo/, prints every e-mail the backend sends, enrols the kiosk and opens it.
Without a display it says so and keeps serving, with an example invitation to open in a browser.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

from backend.devmail import MailSink
from kiosk.api_client import ApiClient
from kiosk.buyer import Consents
from kiosk.languages import Language
from kiosk.wire import InvitationCreate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "demo"


def _port(preferred: int) -> int:
    """The preferred port if it is free, else any free one (a second demo must not fail)."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            probe.bind(("127.0.0.1", 0))
            return int(probe.getsockname()[1])


def _wait_healthy(url: str, backend: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if backend.poll() is not None:
            raise SystemExit("The backend stopped during start-up; see its output above.")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"The backend did not answer at {url} within {seconds:.0f} s.")


def _has_display() -> bool:
    return sys.platform != "linux" or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    DATA.mkdir(parents=True, exist_ok=True)
    db = DATA / "backend.sqlite"
    sink = MailSink(port=_port(8025), folder=DATA / "mail", echo=True).start()
    port = _port(8765)
    url = f"http://127.0.0.1:{port}"
    backend_cmd = [sys.executable, "-m", "backend"]
    print(f"Mail sink: 127.0.0.1:{sink.port} (messages are printed here and saved in {DATA / 'mail'})")
    backend = subprocess.Popen(
        [*backend_cmd, "serve", "--db", str(db), "--port", str(port), "--smtp-port", str(sink.port), "--seed-demo"]
    )
    try:
        _wait_healthy(url, backend)
        code = subprocess.run(
            [*backend_cmd, "enrolment-code", "--db", str(db), "--dealer", "demo-stockholm"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        print(f"\nBackend: {url}   (database {db})")
        if _has_display():
            print("Opening the kiosk window. Close it to stop the demo.\n")
            # The demo names the in-memory keyring: this machine may have no secure one, and the demo
            # must not leave a device token behind. Its key is new each run, so the store is too.
            kiosk_data = DATA / "kiosk"
            shutil.rmtree(kiosk_data, ignore_errors=True)
            env = {**os.environ, "PYTHON_KEYRING_BACKEND": "kiosk.credentials.MemoryKeyring"}
            kiosk_cmd = [
                sys.executable,
                "-m",
                "ui",
                "--backend",
                url,
                "--enrol-code",
                code,
                "--data-dir",
                str(kiosk_data),
                "--config",
                str(kiosk_data / "kiosk.toml"),
                "--windowed",
            ]
            return subprocess.call(kiosk_cmd, env=env)
        _serve_without_display(url, code, sink)
        return 0
    finally:
        backend.terminate()
        backend.wait(10)
        sink.stop()


def _serve_without_display(url: str, code: str, sink: MailSink) -> None:
    print(
        "\nNo display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the kiosk window cannot open here.\n"
        "The backend keeps serving the phone page. An example invitation was sent; open its link in a\n"
        "browser to register as the customer would. Press Ctrl-C to stop.\n"
    )
    client = ApiClient(url)
    client.enrol(code)
    invitation = InvitationCreate(
        id=uuid.uuid4(),
        first_name="Åsa",
        last_name="Öberg",
        email="asa.oberg@example.se",
        language=Language.SV,
        consents=Consents(privacy_notice_acknowledged=True),
    )
    client.create_invitation(invitation)
    print(f"Phone link (as the kiosk's QR code shows it): {client.create_qr_link(invitation.id).url}")
    sink.wait_for(1, timeout=10)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping.")


if __name__ == "__main__":
    raise SystemExit(main())
