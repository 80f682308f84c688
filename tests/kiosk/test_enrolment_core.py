"""Enrolment in the core: the code becomes a device token in the keyring; address and dealer go to the settings."""

from pathlib import Path

import httpx
import pytest

from kiosk.api_client import ApiClient, BackendUnreachable, Refused
from kiosk.config import load_settings
from kiosk.credentials import Credentials
from kiosk.enrolment import EnrolmentFailed, enrol
from kiosk.wire import ErrorCode
from tests.servers import BackendProcess, free_port

DEALER = "Porsche Center Stockholm (demo)"


def test_enrolling_keeps_the_token_in_the_keyring_and_the_address_and_dealer_in_the_settings(
    backend: BackendProcess, credentials: Credentials, tmp_path: Path
) -> None:
    config = tmp_path / "config" / "kiosk.toml"
    result = enrol(backend.url, backend.enrolment_code(), credentials, config)
    assert (result.dealer.name, result.backend_url, result.replaced_token) == (DEALER, backend.url, False)
    token = credentials.device_token
    assert token is not None
    assert token not in config.read_text()
    settings = load_settings(config)
    assert (settings.backend_url, settings.dealer) == (backend.url, DEALER)
    with ApiClient(backend.url, token) as client:
        assert client.list_salespeople().items, "the kept token is accepted"


def test_enrolling_again_replaces_the_token_and_says_so(
    backend: BackendProcess, credentials: Credentials, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    enrol(backend.url, backend.enrolment_code(), credentials, config)
    first = credentials.device_token
    again = enrol(f"  {backend.url}  ", backend.enrolment_code(), credentials, config)
    assert again.replaced_token and again.backend_url == backend.url
    assert credentials.device_token not in (None, first)


def test_a_spent_code_is_refused_with_the_backends_reason_and_changes_nothing(
    backend: BackendProcess, credentials: Credentials, tmp_path: Path
) -> None:
    code = backend.enrolment_code()
    config = tmp_path / "kiosk.toml"
    enrol(backend.url, code, credentials, config)
    token, settings_text = credentials.device_token, config.read_text()
    with pytest.raises(EnrolmentFailed, match=r"Enrolment with .* failed") as failed:
        enrol(backend.url, code, credentials, config)
    assert isinstance(failed.value.cause, Refused)
    assert failed.value.cause.code is ErrorCode.INVALID_ENROLMENT_CODE
    assert (credentials.device_token, config.read_text()) == (token, settings_text)


def test_an_unreachable_backend_is_said_and_nothing_is_written(credentials: Credentials, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    with pytest.raises(EnrolmentFailed) as failed:
        enrol(
            f"http://127.0.0.1:{free_port()}",
            "ABCD-1234",
            credentials,
            config,
            client_factory=lambda url: ApiClient(url, timeout=httpx.Timeout(2.0)),
        )
    assert isinstance(failed.value.cause, BackendUnreachable)
    assert credentials.device_token is None
    assert not config.exists()


@pytest.mark.parametrize(("url", "code"), [("onboarding.example.com", "ABCD"), ("https://ok.example", "  ")])
def test_a_bad_address_or_empty_code_is_refused_before_anything_is_sent(
    credentials: Credentials, tmp_path: Path, url: str, code: str
) -> None:
    def no_requests(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"nothing may be sent: {request.url}")

    with pytest.raises(EnrolmentFailed) as failed:
        enrol(
            url,
            code,
            credentials,
            tmp_path / "kiosk.toml",
            client_factory=lambda base: ApiClient(base, transport=httpx.MockTransport(no_requests)),
        )
    assert isinstance(failed.value.cause, ValueError)


def test_a_settings_file_that_cannot_be_written_is_said_and_the_token_is_kept(
    backend: BackendProcess, credentials: Credentials, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be")
    with pytest.raises(EnrolmentFailed, match="settings file could not be written") as failed:
        enrol(backend.url, backend.enrolment_code(), credentials, blocked / "kiosk.toml")
    assert isinstance(failed.value.cause, OSError)
    assert credentials.device_token is not None, "the code is spent: the token it bought is not thrown away"
