"""The Porsche ID password rules, checked in one place.

The kiosk uses :func:`check_password` for the live checklist while the customer types; the
backend calls the same function to enforce the rules authoritatively. Rules are reported one by
one (not as a single yes/no) because the customer needs to see which one is still missing.
"""

import string
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

MIN_LENGTH = 8
#: Far above any password a person types; bounds the hashing work a request can cause.
MAX_LENGTH = 256


class PasswordRule(StrEnum):
    """One rule of the policy; the value is its code on the wire."""

    MIN_LENGTH = "min_length"
    UPPERCASE = "uppercase"
    DIGIT = "digit"
    SPECIAL = "special"
    #: Not one of the most common passwords (judged once the four above are met).
    NOT_COMMON = "not_common"


#: The rules a checklist shows while the customer types; NOT_COMMON speaks up only when these pass.
CHECKLIST_RULES = (PasswordRule.MIN_LENGTH, PasswordRule.UPPERCASE, PasswordRule.DIGIT, PasswordRule.SPECIAL)
#: How many digits and symbols around a common word still leave it common ("Password1!", "Dragon#2024").
_MAX_DECORATION = 5
_DECORATION = string.digits + string.punctuation + "§€£ "


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list, read once (call it early, off any GUI thread, to spare the first keystroke)."""
    text = (files("kiosk") / "data" / "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common(password: str) -> bool:
    """True for a listed password, or a listed word with a few digits or symbols around it."""
    lowered = password.casefold()
    common = common_passwords()
    if lowered in common:
        return True
    core = lowered.strip(_DECORATION)
    return bool(core) and len(lowered) - len(core) <= _MAX_DECORATION and core in common


def _is_special(ch: str) -> bool:
    # "Special" is anything that is neither a letter, a digit nor white space, so §, €, ! and ?
    # all count, in every keyboard layout the showrooms use.
    return not ch.isalnum() and not ch.isspace()


@dataclass(frozen=True)
class PasswordCheck:
    """The outcome of checking one password against every rule."""

    passed: frozenset[PasswordRule]
    too_long: bool = False

    @property
    def failed(self) -> list[PasswordRule]:
        """The rules not yet met, in the order the checklist shows them."""
        return [rule for rule in PasswordRule if rule not in self.passed]

    @property
    def too_common(self) -> bool:
        return PasswordRule.NOT_COMMON not in self.passed

    @property
    def ok(self) -> bool:
        return not self.failed and not self.too_long


def check_password(password: str) -> PasswordCheck:
    """Check ``password`` against each rule (lengths count characters, not bytes)."""
    passed = set()
    if len(password) >= MIN_LENGTH:
        passed.add(PasswordRule.MIN_LENGTH)
    if any(ch.isupper() for ch in password):
        passed.add(PasswordRule.UPPERCASE)
    if any(ch.isdigit() for ch in password):
        passed.add(PasswordRule.DIGIT)
    if any(_is_special(ch) for ch in password):
        passed.add(PasswordRule.SPECIAL)
    # Judged only once the four rules pass: one complaint at a time while the customer types.
    if len(passed) < len(CHECKLIST_RULES) or not is_common(password):
        passed.add(PasswordRule.NOT_COMMON)
    return PasswordCheck(passed=frozenset(passed), too_long=len(password) > MAX_LENGTH)
