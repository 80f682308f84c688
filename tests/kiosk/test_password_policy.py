import pytest

from kiosk.password_policy import PasswordRule, check_password


def test_a_password_meeting_every_rule_passes() -> None:
    assert check_password("Secret#123").ok
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
