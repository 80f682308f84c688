"""The admin PIN: what may be one, its argon2id hash, and checking it with a lockout.

The admin screen changes where the kiosk sends everything and can quit the kiosk, so its PIN is
longer than a salesperson's (6 to 12 digits) and may not be one a passer-by would try first
(``000000``, ``123456``, ``121212``…). Only its argon2id hash is kept, in the settings file
(:attr:`kiosk.config.KioskSettings.admin_pin_hash`).

Guessing is slowed as for salespeople (:mod:`kiosk.staff`, whose result types this reuses): after
:data:`MAX_WRONG_PINS` wrong PINs the admin screen is locked for :data:`LOCKOUT`. The count lives in
memory, so restarting the kiosk clears it; a restart takes long enough not to help a guesser much.
Hashing and checking cost an argon2 hash each (about 0.1 s of CPU): call them from a worker.
"""

import itertools
import threading
import time
from collections.abc import Callable
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.staff import SignIn, SignInResult

#: Shortest and longest admin PIN, in digits.
PIN_LENGTH = (6, 12)
MAX_WRONG_PINS = 5
LOCKOUT = 300.0  # seconds

#: Well-known PINs that neither repeat nor count up or down: keypad lines and mirrored runs.
_COMMON = frozenset(
    {
        "112233",
        "123321",
        "147258",
        "147852",
        "159357",
        "159753",
        "258369",
        "357159",
        "369258",
        "741852",
        "753159",
        "789456",
        "852963",
        "951357",
        "963852",
        "102030",
        "11223344",
        "12344321",
    }
)


class PinProblem(StrEnum):
    """Why a PIN cannot be the admin PIN."""

    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    #: A block repeated: 000000, 121212, 123123.
    REPEATED = "repeated"
    #: Digits counting up or down: 123456, 987654, 890123.
    SEQUENCE = "sequence"
    #: One of the PINs people try first (keypad lines and the like).
    COMMON = "common"


class WeakAdminPin(ValueError):
    """The PIN cannot be the admin PIN; :attr:`problem` says why."""

    def __init__(self, problem: PinProblem) -> None:
        super().__init__(f"not a usable admin PIN: {problem.value}")
        self.problem = problem


def pin_problem(pin: str) -> PinProblem | None:
    """Why ``pin`` cannot be the admin PIN, or None if it can (for live feedback, too)."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < PIN_LENGTH[0]:
        return PinProblem.TOO_SHORT
    if len(pin) > PIN_LENGTH[1]:
        return PinProblem.TOO_LONG
    if any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in range(1, len(pin) // 2 + 1)):
        return PinProblem.REPEATED
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return PinProblem.SEQUENCE
    if pin in _COMMON:
        return PinProblem.COMMON
    return None


_HASHER = PasswordHasher()  # argon2id, RFC 9106's second recommended parameters


def hash_admin_pin(pin: str) -> str:
    """The argon2id hash to keep as ``admin_pin_hash``; :class:`WeakAdminPin` if ``pin`` may not be one."""
    problem = pin_problem(pin)
    if problem is not None:
        raise WeakAdminPin(problem)
    return _HASHER.hash(pin)


def check_admin_pin(settings_hash: str | None, pin: str) -> bool:
    """Whether ``pin`` is the admin PIN. No hash set (None) or an unreadable one: never. Counts nothing."""
    if not settings_hash:
        return False
    try:
        return bool(_HASHER.verify(settings_hash, pin))
    except (VerificationError, InvalidHashError):
        return False


class AdminPinGuard:
    """Checks admin PINs on this kiosk and locks the admin screen after too many wrong ones.

    Outcomes as for a salesperson (:class:`kiosk.staff.SignInResult`): SIGNED_IN, WRONG_PIN with the
    tries left, LOCKED with the seconds left, and UNKNOWN when no admin PIN is set (nothing counted).
    """

    def __init__(
        self,
        *,
        max_wrong: int = MAX_WRONG_PINS,
        lockout: float = LOCKOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_wrong = max_wrong
        self._lockout = lockout
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0
        self._lock = threading.Lock()

    def locked_for(self) -> float:
        """Seconds until the next PIN is checked (0: not locked)."""
        with self._lock:
            return max(0.0, self._locked_until - self._clock())

    def check(self, settings_hash: str | None, pin: str) -> SignInResult:
        """Whether ``pin`` opens the admin screen; counts wrong ones. Slow (argon2): call from a worker."""
        if not settings_hash:
            return SignInResult(SignIn.UNKNOWN)
        with self._lock:
            now = self._clock()
            if self._locked_until > now:
                return SignInResult(SignIn.LOCKED, locked_for=self._locked_until - now)
        matches = check_admin_pin(settings_hash, pin)
        with self._lock:
            if self._locked_until > self._clock():  # another check locked it meanwhile
                return SignInResult(SignIn.LOCKED, locked_for=self._locked_until - self._clock())
            if matches:
                self._wrong = 0
                return SignInResult(SignIn.SIGNED_IN)
            self._wrong += 1
            if self._wrong >= self._max_wrong:
                self._wrong = 0
                self._locked_until = self._clock() + self._lockout
                return SignInResult(SignIn.LOCKED, locked_for=self._lockout)
            return SignInResult(SignIn.WRONG_PIN, attempts_left=self._max_wrong - self._wrong)
