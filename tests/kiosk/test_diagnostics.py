"""Diagnostics: the connection test against a real backend and a closed port, versions, the queue, the log export."""

import datetime
import http.server
import json
import re
import ssl
import threading
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.diagnostics import (
    Connectivity,
    QueueSummary,
    check_connectivity,
    export_file_name,
    export_logs,
    queue_summary,
    versions,
)
from kiosk.masking import mask_personal_data
from kiosk.outbox import Outbox
from tests.factories import invitation_create
from tests.servers import BackendProcess, free_port

LEAKS = [
    "zebulon.q@example.se",
    "anna-lena.berg+kiosk@porsche-center.example.de",
    "+46 70 123 45 67",
    "0701234567",
    "+49 171 234 5678",
    "06-12345678",
]
TOKEN = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


def test_the_real_backend_is_reachable_and_accepts_the_kiosks_token(backend: BackendProcess, device_token: str) -> None:
    found = check_connectivity(backend.url, device_token)
    assert (found.reachable, found.healthy, found.token_accepted, found.error) == (True, True, True, None)
    assert found.round_trip_ms is not None and 0 < found.round_trip_ms < 5000
    assert (found.tls, found.tls_version) == (False, None), "plain http on the test's loopback"
    assert found.server_version is None, "this backend's /healthz names no version"


def test_a_token_the_backend_does_not_know_is_reported_as_not_accepted(backend: BackendProcess) -> None:
    found = check_connectivity(backend.url, "not-a-token")
    assert (found.reachable, found.healthy, found.token_accepted) == (True, True, False)
    assert found.error and "token" in found.error


def test_without_a_token_only_the_connection_is_tested(backend: BackendProcess) -> None:
    found = check_connectivity(backend.url + "/", None)
    assert (found.reachable, found.healthy, found.token_accepted, found.backend_url) == (True, True, None, backend.url)


def test_a_closed_port_is_unreachable_with_the_reason(device_token: str) -> None:
    found = check_connectivity(f"http://127.0.0.1:{free_port()}", device_token, timeout=2.0)
    assert (found.reachable, found.healthy, found.token_accepted, found.round_trip_ms) == (False, False, None, None)
    assert found.error is not None and found.error.startswith("ConnectError")


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"status": "ok", "version": "1.4.0"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A health check over TLS on a free loopback port, with a self-signed certificate; (address, certificate)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}", cert_file
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_https_with_a_trusted_certificate_says_encrypted_and_how(https_server: tuple[str, Path]) -> None:
    url, certificate = https_server
    trusting = httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(certificate)))
    found = check_connectivity(url, None, transport=trusting)
    assert (found.reachable, found.healthy, found.tls, found.server_version) == (True, True, True, "1.4.0")
    assert found.tls_version is not None and found.tls_version.startswith("TLSv1.")


def test_https_with_a_certificate_nobody_vouches_for_is_refused_with_the_reason(https_server: tuple[str, Path]) -> None:
    url, _ = https_server
    found = check_connectivity(url, None, timeout=2.0)
    assert (found.reachable, found.tls) == (False, False)
    assert found.error is not None and "CERTIFICATE_VERIFY_FAILED" in found.error


def test_the_server_version_is_shown_when_the_health_check_gives_one() -> None:
    def healthz(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/healthz"
        return httpx.Response(200, json={"status": "ok", "version": "1.4.0"})

    found = check_connectivity("https://onboarding.example", None, transport=httpx.MockTransport(healthz))
    assert (found.reachable, found.healthy, found.server_version, found.tls) == (True, True, "1.4.0", True)


def test_something_else_answering_at_the_address_is_told_apart() -> None:
    found = check_connectivity(
        "http://router.example", "token", transport=httpx.MockTransport(lambda _: httpx.Response(404, text="nope"))
    )
    assert (found.reachable, found.healthy, found.token_accepted) == (True, False, None)
    assert found.error == "/healthz answered 404: is this the onboarding API?"


def test_versions_name_the_kiosk_python_and_what_the_gui_passes_in() -> None:
    found = versions(pyside6="6.11.3", qt="6.11.3")
    assert list(found) == ["Kiosk", "Python", "PySide6", "Qt", "httpx", "pydantic", "OS"]
    assert found["Kiosk"] == metadata.version("showroom-kiosk")
    assert found["Python"].count(".") == 2 and found["OS"]
    assert "PySide6" not in versions(), "the core knows no Qt of its own"


def test_the_queue_summary_counts_what_is_owed(outbox: Outbox) -> None:
    empty = queue_summary(outbox, now=100.0)
    assert empty == QueueSummary(0, 0, None, None, None, 100.0)
    outbox.capture(invitation_create(), salesperson_id=7)
    outbox.capture(invitation_create(), salesperson_id=7)
    owed = queue_summary(outbox)
    assert (owed.waiting, owed.needs_attention, owed.last_sent_at) == (2, 0, None)
    assert owed.oldest_waiting_since is not None and owed.oldest_waiting_since <= owed.taken_at


def _leaky_logs(folder: Path) -> None:
    """Log files as a careless library might have left them: personal data and secrets, unmasked."""
    folder.mkdir(parents=True)
    lines = [f"2026-11-21 10:42:0{n} INFO kiosk.test: lookup for {leak} failed" for n, leak in enumerate(LEAKS)]
    lines += [
        f"2026-11-21 10:43:00 DEBUG httpx: headers {{'authorization': 'Bearer {TOKEN}'}}",
        f"2026-11-21 10:43:01 DEBUG kiosk.staff: roster {HASH}",
        "Traceback (most recent call last):",
        '  ValueError: no account for "zebulon.q@example.se" (tel 0701234567)',
        "2026-11-21 10:44:00 INFO kiosk.sync: sent 3 of 3, oldest 12 s, id 1234-5678-abcd",
    ]
    (folder / "kiosk.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "kiosk.log.1").write_bytes(f"older line for {LEAKS[1]}\n".encode() + b"\xff\xfe broken bytes\n")
    (folder / "outbox.sqlite3").write_text("the local store: never exported")
    (folder / "notes.txt").write_text("not a log file: never exported")
    (folder / "kiosk.log.2").symlink_to(folder / "outbox.sqlite3")


def test_the_export_holds_the_logs_masked_again_and_a_report(tmp_path: Path, outbox: Outbox) -> None:
    logs = tmp_path / "logs"
    _leaky_logs(logs)
    outbox.capture(invitation_create(), salesperson_id=7)
    found = Connectivity("http://127.0.0.1:9", reachable=False, error="ConnectError: refused")
    exported = export_logs(
        logs,
        tmp_path / "usb" / export_file_name(),
        software=versions(pyside6="6.11.3", qt="6.11.3"),
        queue=queue_summary(outbox),
        connectivity=found,
        details={"Dealer": "Porsche Center Stockholm (demo)"},
    )
    assert re.fullmatch(r"kiosk-diagnostics-\d{8}-\d{6}\.zip", exported.name)
    assert [path.name for path in exported.parent.iterdir()] == [exported.name], "no partial file left behind"
    with zipfile.ZipFile(exported) as archive:
        assert sorted(archive.namelist()) == ["diagnostics.txt", "logs/kiosk.log", "logs/kiosk.log.1"]
        texts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    everything = "\n".join(texts.values())
    for leak in [*LEAKS, "zebulon", TOKEN, HASH, "local store", "not a log file"]:
        assert leak not in everything
    assert mask_personal_data(everything) == everything, "nothing left that the mask would still change"
    assert "lookup for z***@example.se failed" in texts["logs/kiosk.log"]
    assert "Bearer [token]" in texts["logs/kiosk.log"] and "roster [hash]" in texts["logs/kiosk.log"]
    assert "id 1234-5678-abcd" in texts["logs/kiosk.log"], "ids and times are kept: support needs them"
    assert texts["logs/kiosk.log"].count("\n") == len(LEAKS) + 5, "every line, none lost"
    report = texts["diagnostics.txt"]
    for expected in [
        "Dealer: Porsche Center Stockholm (demo)",
        "PySide6: 6.11.3",
        f"Kiosk: {metadata.version('showroom-kiosk')}",
        "Waiting to be sent: 1",
        "reachable: False",
        "kiosk.log: 11 lines",
    ]:
        assert expected in report


def test_an_export_without_logs_still_has_the_report(tmp_path: Path) -> None:
    exported = export_logs(tmp_path / "no-logs-yet", tmp_path / "out.zip")
    with zipfile.ZipFile(exported) as archive:
        assert archive.namelist() == ["diagnostics.txt"]
        assert "[Versions]" in archive.read("diagnostics.txt").decode()


def test_a_failed_export_leaves_no_half_written_zip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logs = tmp_path / "logs"
    _leaky_logs(logs)

    def broken(*_args: object, **_kwargs: object) -> list[str]:
        raise OSError("disk full")

    monkeypatch.setattr("kiosk.diagnostics._report", broken)
    with pytest.raises(OSError, match="disk full"):
        export_logs(logs, tmp_path / "out" / "export.zip")
    assert list((tmp_path / "out").iterdir()) == []
