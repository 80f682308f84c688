"""Tokens and password hashing.

Tokens carry 256 random bits and are stored only as SHA-256 hashes: a copy of the database
gives no working link. Passwords and PINs are hashed with argon2id.
"""

import base64
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def new_token() -> str:
    """A URL-safe token of 256 random bits."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_enrolment_code() -> str:
    """A 160-bit code an operator can read out or type: base32, in groups of four."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


#: Letters and digits nobody confuses on a screen (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
_MATCH_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"


def new_match_code() -> str:
    return "".join(secrets.choice(_MATCH_ALPHABET) for _ in range(3))


def new_verification_code() -> str:
    """Six random digits (leading zeros kept)."""
    return f"{secrets.randbelow(1_000_000):06d}"


def normalise_verification_code(code: str) -> str:
    return "".join(ch for ch in code if ch.isdigit())


def normalise_enrolment_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
