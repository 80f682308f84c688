import pytest

from kiosk.password_policy import PasswordRule, check_password


def test_a_password_meeting_every_rule_passes() -> None:
    assert check_password("Fjord#Granit42").ok
    assert check_password("Ölfläsch§9").ok  # non-ASCII uppercase and the § the rules name


@pytest.mark.parametrize(
    ("password", "broken"),
    [
        ("Sec#123", PasswordRule.MIN_LENGTH),
        ("secret#123", PasswordRule.UPPERCASE),
        ("Secret#abc", PasswordRule.DIGIT),
        ("Secret1234", PasswordRule.SPECIAL),
    ],
)
def test_each_rule_broken_alone_is_named_alone(password: str, broken: PasswordRule) -> None:
    check = check_password(password)
    assert check.failed == [broken]
    assert not check.ok


def test_spaces_are_not_special_characters() -> None:
    assert check_password("Secret 1234").failed == [PasswordRule.SPECIAL]


def test_an_absurdly_long_password_is_refused() -> None:
    assert not check_password("Aa1!" * 100).ok


@pytest.mark.parametrize("password", ["Password1!", "Porsche911!", "Qwerty123!", "Welcome1!", "Dragon#2024"])
def test_common_passwords_dressed_up_to_pass_the_rules_are_refused(password: str) -> None:
    check = check_password(password)
    assert check.failed == [PasswordRule.NOT_COMMON]
    assert not check.ok


@pytest.mark.parametrize("password", ["Fjord#Granit42", "Sommar i Åre 2026!", "Kaffe&Kanelbulle9"])
def test_uncommon_passwords_pass(password: str) -> None:
    assert check_password(password).ok


def test_common_is_judged_only_once_the_rules_are_met() -> None:
    assert check_password("password").failed == [PasswordRule.UPPERCASE, PasswordRule.DIGIT, PasswordRule.SPECIAL]


def test_long_passwords_with_spaces_and_any_script_are_welcome() -> None:
    phrase = "Åsa älskar sin 911 & kaffe på morgonen, 日本語も, ünd Straße! " * 3
    assert len(phrase) >= 128
    assert check_password(phrase[:128]).ok
