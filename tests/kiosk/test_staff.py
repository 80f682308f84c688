"""Signing in with a PIN at the kiosk, without asking the backend."""

from argon2 import PasswordHasher

from kiosk.staff import SignIn, StaffRoster
from kiosk.wire import SalespersonInfo

_HASH = PasswordHasher().hash("2468")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _roster(clock: Clock) -> StaffRoster:
    people = [
        SalespersonInfo(id=7, name="Erik Lind", pin_hash=_HASH),
        SalespersonInfo(id=3, name="anna berg", pin_hash=_HASH),
    ]
    return StaffRoster(people, max_wrong=5, lockout=300, clock=clock)


def test_the_right_pin_signs_in_and_a_wrong_one_says_how_many_tries_are_left() -> None:
    roster = _roster(Clock())
    assert roster.check_pin(7, "2468").outcome is SignIn.SIGNED_IN
    wrong = roster.check_pin(7, "1234")
    assert (wrong.outcome, wrong.attempts_left) == (SignIn.WRONG_PIN, 4)


def test_five_wrong_pins_lock_that_salesperson_here_for_a_while_even_with_the_right_pin() -> None:
    clock = Clock()
    roster = _roster(clock)
    outcomes = [roster.check_pin(7, "0000").outcome for _ in range(5)]
    assert outcomes == [SignIn.WRONG_PIN] * 4 + [SignIn.LOCKED]
    locked = roster.check_pin(7, "2468")
    assert (locked.outcome, locked.locked_for) == (SignIn.LOCKED, 300)
    assert roster.check_pin(3, "2468").outcome is SignIn.SIGNED_IN, "only that salesperson is locked"
    clock.now += 299
    assert roster.check_pin(7, "2468").outcome is SignIn.LOCKED
    clock.now += 2
    assert roster.check_pin(7, "2468").outcome is SignIn.SIGNED_IN
    assert roster.check_pin(7, "0000").attempts_left == 4, "a fresh count after the lock"


def test_a_right_pin_forgives_earlier_slips() -> None:
    roster = _roster(Clock())
    for _ in range(4):
        roster.check_pin(7, "0000")
    assert roster.check_pin(7, "2468").outcome is SignIn.SIGNED_IN
    assert roster.check_pin(7, "0000").attempts_left == 4


def test_a_leaver_removed_by_the_backend_cannot_sign_in_and_a_lock_survives_a_refresh() -> None:
    roster = _roster(Clock())
    for _ in range(5):
        roster.check_pin(3, "0000")
    roster.replace([SalespersonInfo(id=3, name="Anna Berg", pin_hash=_HASH)])
    assert roster.check_pin(7, "2468").outcome is SignIn.UNKNOWN
    assert roster.check_pin(3, "2468").outcome is SignIn.LOCKED, "refreshing the list does not lift a lock"


def test_people_are_listed_by_name_as_people_read_them() -> None:
    assert [person.name for person in _roster(Clock()).people] == ["anna berg", "Erik Lind"]


def test_a_damaged_hash_refuses_instead_of_failing() -> None:
    roster = StaffRoster([SalespersonInfo(id=1, name="X", pin_hash="not-a-hash")])
    assert roster.check_pin(1, "2468").outcome is SignIn.WRONG_PIN
