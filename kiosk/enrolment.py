"""Enrolling this kiosk: a one-time code from the backend's operator becomes its device token.

Used by ``kiosk enroll --code`` and by the admin screen. The token goes to the keyring only; the
backend's address and the dealer's name go into the settings file, so the kiosk starts with no
flags from then on. Blocking (one HTTP request and a file write): call it from a worker.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from keyring.errors import KeyringError

from kiosk.api_client import ApiClient, ApiError
from kiosk.config import check_backend_url, remember
from kiosk.credentials import Credentials
from kiosk.wire import DealerInfo

log = logging.getLogger("kiosk.enrolment")


@dataclass(frozen=True)
class EnrolResult:
    #: The dealer the backend enrolled this kiosk at.
    dealer: DealerInfo
    #: The address the kiosk now talks to (remembered in the settings file).
    backend_url: str
    #: The kiosk had a device token before, now replaced: a running client must be made anew.
    replaced_token: bool


class EnrolmentFailed(RuntimeError):
    """Enrolment did not happen, or not completely; :attr:`cause` is the reason.

    ``cause`` is an :class:`~kiosk.api_client.ApiError` (unreachable, or the code refused: see its
    ``code``), a :class:`ValueError` (the address or code is not usable: nothing was sent), a
    :class:`keyring.errors.KeyringError` (the code was spent, but the token could not be kept: ask for
    a new code), or an :class:`OSError` (the token was kept, the settings file could not be written).
    """

    def __init__(self, message: str, cause: Exception) -> None:
        super().__init__(message)
        self.cause = cause


def enrol(
    backend_url: str,
    code: str,
    credentials: Credentials,
    config_path: Path | None,
    *,
    client_factory: Callable[[str], ApiClient] = ApiClient,
) -> EnrolResult:
    """Exchange ``code`` for this kiosk's device token at ``backend_url``; raise :class:`EnrolmentFailed`.

    ``config_path``: the settings file (None: the platform's). ``client_factory`` makes the client
    for an address (tests hand in one with a mock transport).
    """
    backend_url = backend_url.strip()
    problem = check_backend_url(backend_url)
    if problem is not None:
        raise EnrolmentFailed(
            f"{backend_url!r} is not a usable backend address ({problem.value})", ValueError(problem.value)
        )
    code = code.strip()
    if not code:
        raise EnrolmentFailed("no enrolment code given", ValueError("empty code"))
    with client_factory(backend_url) as client:
        try:
            answer = client.enrol(code)
        except ApiError as error:
            raise EnrolmentFailed(f"Enrolment with {backend_url} failed: {error}", error) from error
    replaced = credentials.device_token is not None
    try:
        credentials.save_device_token(answer.device_token)
    except KeyringError as error:
        # The code is spent and the token lost: the operator must issue a new code.
        raise EnrolmentFailed(f"The keyring refused the device token: {error}", error) from error
    try:
        remember(config_path, backend_url=backend_url, dealer=answer.dealer.name, dealer_country=answer.dealer.country)
    except OSError as error:
        raise EnrolmentFailed(
            f"Enrolled at {answer.dealer.name}, but the settings file could not be written: {error}", error
        ) from error
    token = "replaced" if replaced else "new"
    log.info("enrolled at %s (%s), device token %s", answer.dealer.name, answer.dealer.country, token)
    return EnrolResult(answer.dealer, backend_url, replaced)
