"""The kiosk's secrets, held by the operating system's keyring and never in a file.

Two secrets: the device token the backend gave this kiosk at enrolment (it authorises every
request), and the key that seals the buyers' details in the local store (:mod:`kiosk.sealing`).
Either, in a readable file next to the database, would hand a thief of the disk everything.

Fail closed: when the machine has no secure keyring (a server without a desktop session, or only
keyring's "fail"/"null"/plaintext backends), :meth:`Credentials.from_system` refuses and says how to
fix it. Demos and tests name :class:`MemoryKeyring` explicitly; nothing falls back to it silently.
"""

import base64
import contextlib
import logging
import secrets

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer

log = logging.getLogger("kiosk.credentials")

SERVICE = "showroom-kiosk"
_DEVICE_TOKEN = "device-token"
_STORE_KEY = "store-key"

#: Backends that exist to fail, to do nothing, or to keep secrets in a plaintext file.
_INSECURE = {"fail", "null", "PlaintextKeyring"}

HOW_TO_FIX = (
    "This machine has no secure keyring, so the kiosk cannot keep its credentials safely and will not "
    "store them. On Debian, install and unlock a Secret Service provider (apt install gnome-keyring, "
    "and start the kiosk inside a desktop session), or name a keyring backend with "
    "PYTHON_KEYRING_BACKEND. For a demo only: PYTHON_KEYRING_BACKEND=kiosk.credentials.MemoryKeyring "
    "(everything is forgotten when the kiosk closes)."
)


class InsecureKeyring(RuntimeError):
    """No keyring this kiosk may trust with its secrets."""

    def __init__(self, backend: str) -> None:
        super().__init__(f"{HOW_TO_FIX} (keyring backend found: {backend})")
        self.backend = backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets held in this process only: for ``make demo`` and tests, named on purpose, never chosen."""

    priority = 0  # keyring never picks it by itself

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, MemoryKeyring):
        return True  # only ever there because someone named it
    if isinstance(backend, chainer.ChainerBackend):
        members = backend.backends
        return bool(members) and all(_is_secure(member) for member in members)
    name = type(backend).__module__.rsplit(".", 1)[-1]
    return name not in _INSECURE and type(backend).__name__ not in _INSECURE and backend.priority >= 1


class Credentials:
    """Reads and writes the kiosk's two secrets in one keyring backend."""

    def __init__(self, backend: keyring.backend.KeyringBackend) -> None:
        self.backend = backend

    @classmethod
    def from_system(cls) -> "Credentials":
        """The keyring this machine offers, if it is a secure one; else :class:`InsecureKeyring`."""
        backend = keyring.get_keyring()
        if not _is_secure(backend):
            raise InsecureKeyring(type(backend).__module__ + "." + type(backend).__name__)
        return cls(backend)

    @property
    def device_token(self) -> str | None:
        return self.backend.get_password(SERVICE, _DEVICE_TOKEN)

    def save_device_token(self, token: str) -> None:
        self.backend.set_password(SERVICE, _DEVICE_TOKEN, token)
        log.info("device token saved in the keyring (%s)", type(self.backend).__name__)

    def forget_device_token(self) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, _DEVICE_TOKEN)

    def store_key(self) -> bytes:
        """The local store's 256-bit key; made on first use and kept for as long as the keyring keeps it."""
        saved = self.backend.get_password(SERVICE, _STORE_KEY)
        if saved is None:
            saved = base64.b64encode(secrets.token_bytes(32)).decode()
            self.backend.set_password(SERVICE, _STORE_KEY, saved)
            log.info("new key for the local store saved in the keyring")
        return base64.b64decode(saved)
