import pytest
from pytestqt.qtbot import QtBot

from kiosk.password_policy import CHECKLIST_RULES, PasswordRule
from tests.factories import invitation_view
from ui.i18n import Translations
from ui.screens.finish_here import FinishHereScreen


@pytest.fixture
def screen(qtbot: QtBot, translations: Translations) -> FinishHereScreen:
    finish = FinishHereScreen("Porsche ID")
    qtbot.addWidget(finish)
    finish.show()
    finish.start(invitation_view())
    return finish


def _marks(screen: FinishHereScreen) -> dict[PasswordRule, str]:
    return {rule: screen.checklist._labels[rule].text()[0] for rule in CHECKLIST_RULES}


def test_the_checklist_follows_each_keystroke(qtbot: QtBot, screen: FinishHereScreen) -> None:
    assert set(_marks(screen).values()) == {"✗"}
    qtbot.keyClicks(screen.password, "S")
    assert _marks(screen)[PasswordRule.UPPERCASE] == "✓"
    qtbot.keyClicks(screen.password, "ecret#1")
    assert _marks(screen) == {
        PasswordRule.MIN_LENGTH: "✓",
        PasswordRule.UPPERCASE: "✓",
        PasswordRule.DIGIT: "✓",
        PasswordRule.SPECIAL: "✓",
    }


@pytest.mark.parametrize(
    ("password", "missing"),
    [
        ("Sec#123", PasswordRule.MIN_LENGTH),
        ("secret#123", PasswordRule.UPPERCASE),
        ("Secret#abc", PasswordRule.DIGIT),
        ("Secret1234", PasswordRule.SPECIAL),
    ],
)
def test_a_password_missing_one_rule_cannot_be_submitted(
    qtbot: QtBot, screen: FinishHereScreen, password: str, missing: PasswordRule
) -> None:
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClicks(screen.repeat, password)
    screen.terms.setChecked(True)
    assert [rule for rule, mark in _marks(screen).items() if mark == "✗"] == [missing]
    assert not screen.create_button.isEnabled()
    with qtbot.assertNotEmitted(screen.submitted):
        screen.submit()


def test_mismatch_and_terms_block_submission_until_fixed(qtbot: QtBot, screen: FinishHereScreen) -> None:
    qtbot.keyClicks(screen.password, "Fjord#Granit42")
    qtbot.keyClicks(screen.repeat, "Fjord#Granit4")
    assert "do not match" in screen.match.text()
    qtbot.keyClicks(screen.repeat, "2")
    assert "match" in screen.match.text() and "not" not in screen.match.text()
    assert not screen.create_button.isEnabled(), "terms not yet accepted"
    screen.terms.setChecked(True)
    with qtbot.waitSignal(screen.submitted) as sent:
        screen.create_button.click()
    assert sent.args == ["Fjord#Granit42", True]


def test_show_toggle_reveals_and_hides_both_entries(qtbot: QtBot, screen: FinishHereScreen) -> None:
    screen.show_password.click()
    assert screen.password.echoMode() == screen.password.EchoMode.Normal
    assert screen.repeat.echoMode() == screen.repeat.EchoMode.Normal
    screen.show_password.click()
    assert screen.password.echoMode() == screen.password.EchoMode.Password


def test_leaving_the_screen_forgets_the_password(qtbot: QtBot, screen: FinishHereScreen) -> None:
    qtbot.keyClicks(screen.password, "Fjord#Granit42")
    qtbot.keyClicks(screen.repeat, "Fjord#Granit42")
    screen.wipe()
    assert screen.password.text() == "" and screen.repeat.text() == ""


def test_a_common_password_is_called_out_once_the_rules_are_met(qtbot: QtBot, screen: FinishHereScreen) -> None:
    qtbot.keyClicks(screen.password, "password")
    assert not screen.checklist.too_common.isVisible(), "one complaint at a time"
    screen.password.clear()
    qtbot.keyClicks(screen.password, "Password1!")
    qtbot.keyClicks(screen.repeat, "Password1!")
    screen.terms.setChecked(True)
    assert screen.checklist.too_common.isVisible()
    assert "most common passwords" in screen.checklist.too_common.text()
    assert not screen.create_button.isEnabled()
