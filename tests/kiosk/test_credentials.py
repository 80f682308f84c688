"""The kiosk's secrets: only a secure keyring may hold them; the demo keyring only when named."""

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null

from kiosk.credentials import HOW_TO_FIX, Credentials, InsecureKeyring, MemoryKeyring


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's plaintext file backend (same name, same low priority)."""

    priority = 0.5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must never be written to")

    def delete_password(self, service: str, username: str) -> None:
        pass


class OsKeyring(MemoryKeyring):
    """Stands in for a real OS keyring (Secret Service, Keychain, Credential Locker)."""

    priority = 5


@pytest.fixture(autouse=True)
def _restore_keyring() -> object:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()], ids=["fail", "null", "plaintext"]
)
def test_without_a_secure_keyring_the_kiosk_refuses_and_says_how_to_fix_it(
    backend: keyring.backend.KeyringBackend,
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(InsecureKeyring) as refusal:
        Credentials.from_system()
    assert HOW_TO_FIX in str(refusal.value)
    assert "gnome-keyring" in str(refusal.value)


def test_a_chain_with_an_insecure_member_is_refused() -> None:
    keyring.set_keyring(chainer.ChainerBackend.__new__(chainer.ChainerBackend))
    chain = keyring.get_keyring()
    type(chain).backends = [OsKeyring(), PlaintextKeyring()]  # type: ignore[misc,assignment]
    try:
        with pytest.raises(InsecureKeyring):
            Credentials.from_system()
    finally:
        del type(chain).backends  # type: ignore[misc]


def test_a_secure_keyring_keeps_the_token_and_one_store_key() -> None:
    keyring.set_keyring(OsKeyring())
    credentials = Credentials.from_system()
    assert credentials.device_token is None
    credentials.save_device_token("token-1")
    key = credentials.store_key()
    assert len(key) == 32
    again = Credentials.from_system()
    assert again.device_token == "token-1"
    assert again.store_key() == key, "the same key, or yesterday's waiting invitations could not be read"
    again.forget_device_token()
    assert again.device_token is None


def test_the_demo_keyring_is_used_only_when_named() -> None:
    assert not isinstance(keyring.get_keyring(), MemoryKeyring), "keyring never picks it by itself"
    keyring.set_keyring(MemoryKeyring())
    assert isinstance(Credentials.from_system().backend, MemoryKeyring)
