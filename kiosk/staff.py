"""Who may sign in at this kiosk, and whether a PIN is theirs.

The backend sends the dealer's salespeople with argon2id hashes of their PINs, so the kiosk checks
a PIN itself: a salesperson can sign in while the showroom network is down. Guessing is slowed the
usual way: after :data:`MAX_WRONG_PINS` wrong PINs that salesperson is locked on this kiosk for
:data:`LOCKOUT`. Checking a PIN costs an argon2 hash (about 0.1 s of CPU), so it is called from a
worker, never from the GUI thread.
"""

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.wire import SalespersonInfo

MAX_WRONG_PINS = 5
LOCKOUT = 300.0  # seconds


class SignIn(Enum):
    SIGNED_IN = "signed_in"
    WRONG_PIN = "wrong_pin"
    #: Too many wrong PINs: no PIN is checked until the lock runs out.
    LOCKED = "locked"
    #: Not (any more) one of the dealer's salespeople.
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SignInResult:
    outcome: SignIn
    #: WRONG_PIN: tries left before the lock.
    attempts_left: int = 0
    #: LOCKED: seconds until the next try.
    locked_for: float = 0.0


@dataclass
class _Tries:
    wrong: int = 0
    locked_until: float = 0.0


class StaffRoster:
    """The dealer's salespeople as last heard from the backend, and their sign-in attempts here."""

    def __init__(
        self,
        people: Iterable[SalespersonInfo] = (),
        *,
        max_wrong: int = MAX_WRONG_PINS,
        lockout: float = LOCKOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._people = {person.id: person for person in people}
        self._max_wrong = max_wrong
        self._lockout = lockout
        self._clock = clock
        self._tries: dict[int, _Tries] = {}
        self._lock = threading.Lock()
        self._hasher = PasswordHasher()

    @property
    def people(self) -> list[SalespersonInfo]:
        """By name, as a person looks for their own."""
        with self._lock:
            return sorted(self._people.values(), key=lambda person: (person.name.casefold(), person.id))

    def replace(self, people: Iterable[SalespersonInfo]) -> None:
        """The backend's current list: newcomers can sign in, leavers cannot. Locks are kept."""
        with self._lock:
            self._people = {person.id: person for person in people}

    def get(self, salesperson_id: int) -> SalespersonInfo | None:
        with self._lock:
            return self._people.get(salesperson_id)

    def check_pin(self, salesperson_id: int, pin: str) -> SignInResult:
        """Whether ``pin`` is this salesperson's; counts wrong ones. Slow (argon2): call from a worker."""
        with self._lock:
            person = self._people.get(salesperson_id)
            if person is None:
                return SignInResult(SignIn.UNKNOWN)
            tries = self._tries.setdefault(salesperson_id, _Tries())
            now = self._clock()
            if tries.locked_until > now:
                return SignInResult(SignIn.LOCKED, locked_for=tries.locked_until - now)
        try:
            matches: bool = self._hasher.verify(person.pin_hash, pin)
        except (VerificationError, InvalidHashError):
            matches = False
        with self._lock:
            if matches:
                tries.wrong = 0
                return SignInResult(SignIn.SIGNED_IN)
            tries.wrong += 1
            if tries.wrong >= self._max_wrong:
                tries.wrong = 0
                tries.locked_until = self._clock() + self._lockout
                return SignInResult(SignIn.LOCKED, locked_for=self._lockout)
            return SignInResult(SignIn.WRONG_PIN, attempts_left=self._max_wrong - tries.wrong)
