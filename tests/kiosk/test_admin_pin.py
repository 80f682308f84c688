"""The admin PIN: long enough, not one a passer-by tries first, kept as argon2id, locked after five wrong tries."""

import pytest

from kiosk.admin_pin import (
    LOCKOUT,
    MAX_WRONG_PINS,
    AdminPinGuard,
    PinProblem,
    WeakAdminPin,
    check_admin_pin,
    hash_admin_pin,
    pin_problem,
)
from kiosk.staff import SignIn

PIN = "482916"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_admin_pin(PIN)


def test_the_pin_is_kept_as_an_argon2id_hash_that_only_it_matches(pin_hash: str) -> None:
    assert pin_hash.startswith("$argon2id$")
    assert PIN not in pin_hash
    assert check_admin_pin(pin_hash, PIN)
    assert not check_admin_pin(pin_hash, "482917")
    assert not check_admin_pin(pin_hash, "")
    assert hash_admin_pin(PIN) != pin_hash, "salted: the same PIN never hashes the same twice"


@pytest.mark.parametrize("stored", [None, "", "not a hash", "$argon2id$v=19$broken"])
def test_without_a_usable_hash_no_pin_opens_admin(stored: str | None) -> None:
    assert not check_admin_pin(stored, PIN)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("48291", PinProblem.TOO_SHORT),
        ("4829164829164", PinProblem.TOO_LONG),
        ("48a916", PinProblem.NOT_DIGITS),
        ("482 916", PinProblem.NOT_DIGITS),
        ("٤٨٢٩١٦", PinProblem.NOT_DIGITS),  # Arabic-Indic digits: isdigit(), but not what the pad types
        ("", PinProblem.NOT_DIGITS),
        ("000000", PinProblem.REPEATED),
        ("999999999", PinProblem.REPEATED),
        ("121212", PinProblem.REPEATED),
        ("123123", PinProblem.REPEATED),
        ("12341234", PinProblem.REPEATED),
        ("123456", PinProblem.SEQUENCE),
        ("987654", PinProblem.SEQUENCE),
        ("890123", PinProblem.SEQUENCE),
        ("1234567890", PinProblem.SEQUENCE),
        ("147258", PinProblem.COMMON),
        ("112233", PinProblem.COMMON),
        ("123321", PinProblem.COMMON),
        (PIN, None),
        ("20261121", None),
        ("735019", None),
        ("123457", None),
        ("000001", None),
    ],
)
def test_what_may_be_the_admin_pin(pin: str, problem: PinProblem | None) -> None:
    assert pin_problem(pin) is problem


def test_a_weak_pin_is_refused_with_the_reason_and_never_hashed() -> None:
    with pytest.raises(WeakAdminPin) as refused:
        hash_admin_pin("123456")
    assert refused.value.problem is PinProblem.SEQUENCE
    with pytest.raises(WeakAdminPin, match="too_short"):
        hash_admin_pin("1234")


def test_five_wrong_pins_lock_admin_for_five_minutes_even_against_the_right_one(pin_hash: str) -> None:
    clock = Clock()
    guard = AdminPinGuard(clock=clock)
    assert (MAX_WRONG_PINS, LOCKOUT) == (5, 300.0)
    left = [guard.check(pin_hash, "111112").attempts_left for _ in range(4)]
    assert left == [4, 3, 2, 1]
    locked = guard.check(pin_hash, "111112")
    assert (locked.outcome, locked.locked_for) == (SignIn.LOCKED, 300.0)
    clock.now += 299
    still = guard.check(pin_hash, PIN)
    assert still.outcome is SignIn.LOCKED, "no PIN is checked while locked, not even the right one"
    assert still.locked_for == pytest.approx(1.0)
    assert guard.locked_for() == pytest.approx(1.0)
    clock.now += 1
    assert guard.locked_for() == 0
    assert guard.check(pin_hash, PIN).outcome is SignIn.SIGNED_IN


def test_the_right_pin_clears_the_count_of_wrong_ones(pin_hash: str) -> None:
    guard = AdminPinGuard(clock=Clock())
    for _ in range(4):
        guard.check(pin_hash, "111112")
    assert guard.check(pin_hash, PIN).outcome is SignIn.SIGNED_IN
    assert guard.check(pin_hash, "111112").attempts_left == 4


def test_with_no_admin_pin_set_nothing_opens_and_nothing_is_counted() -> None:
    guard = AdminPinGuard(clock=Clock(), max_wrong=1)
    assert guard.check(None, PIN).outcome is SignIn.UNKNOWN
    assert guard.check(None, PIN).outcome is SignIn.UNKNOWN
    assert guard.locked_for() == 0
