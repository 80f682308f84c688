"""Sealing the buyers' details before they touch the disk: AES-256-GCM, the key in the keyring.

SQLite keeps old pages around (the WAL, free pages, a deleted row's bytes) long after a row is
gone, so deleting personal data is not enough to keep it off the disk. Sealing it before it is
written is: whatever lingers is ciphertext, and it is unreadable without the key in the keyring.

Each value is bound to where it belongs (the invitation id and the column) as associated data,
so a sealed value copied into another row or column does not open.
"""

import os
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE_BYTES: Final = 12


class SealBroken(ValueError):
    """A sealed value did not open: another key, or bytes changed on disk."""


class Sealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the store key must be 256 bits")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, where: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)  # random 96-bit nonces: safe far beyond a kiosk's lifetime of writes
        return nonce + self._aead.encrypt(nonce, plaintext, where.encode())

    def open(self, sealed: bytes, where: str) -> bytes:
        try:
            return self._aead.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], where.encode())
        except InvalidTag as error:
            raise SealBroken(where) from error

    def seal_text(self, text: str, where: str) -> bytes:
        return self.seal(text.encode(), where)

    def open_text(self, sealed: bytes, where: str) -> str:
        return self.open(sealed, where).decode()
