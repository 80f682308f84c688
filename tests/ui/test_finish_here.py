import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from kiosk.api_client import BackendUnreachable, Refused, ServerError
from kiosk.buyer import MarketingChannel
from kiosk.languages import Language
from kiosk.password_policy import CHECKLIST_RULES, PasswordRule
from kiosk.wire import ErrorBody, ErrorCode, InvitationStatus
from tests.factories import invitation_view
from tests.ui.screen_texts import texts_of, unlabelled_controls
from ui.i18n import Translations
from ui.screens.finish_here import FinishHereScreen

EMAIL = "annika.lindqvist@example.se"
GOOD = "Fjord#Granit42"


@pytest.fixture
def screen(qtbot: QtBot, translations: Translations) -> FinishHereScreen:
    finish = FinishHereScreen("Porsche ID")
    qtbot.addWidget(finish)
    finish.resize(1280, 725)
    finish.show()
    finish.start(invitation_view(email=EMAIL))
    return finish


def _marks(screen: FinishHereScreen) -> dict[PasswordRule, str]:
    return {rule: screen.checklist._labels[rule].text()[0] for rule in CHECKLIST_RULES}


def _fill(qtbot: QtBot, screen: FinishHereScreen, password: str = GOOD) -> None:
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClicks(screen.repeat, password)
    screen.terms.setChecked(True)


def _refused(code: ErrorCode, **details: object) -> Refused:
    return Refused(409, ErrorBody.model_validate({"error": code, **details}))


def test_the_email_is_shown_masked_and_nowhere_in_full(screen: FinishHereScreen) -> None:
    texts = list(texts_of(screen))
    assert any("a***@example.se" in text for text in texts)
    assert [text for text in texts if "annika" in text.lower()] == []


def test_not_your_email_calls_the_salesperson_and_keeps_nothing(qtbot: QtBot, screen: FinishHereScreen) -> None:
    assert screen.not_yours.text() == "Not your e-mail?"
    qtbot.keyClicks(screen.password, GOOD)
    with qtbot.waitSignal(screen.correct_email_requested):
        qtbot.mouseClick(screen.not_yours, Qt.MouseButton.LeftButton)
    assert screen.password.text() == ""


def test_the_checklist_follows_each_keystroke(qtbot: QtBot, screen: FinishHereScreen) -> None:
    assert set(_marks(screen).values()) == {"✗"}
    qtbot.keyClicks(screen.password, "S")
    assert _marks(screen)[PasswordRule.UPPERCASE] == "✓"
    assert screen.checklist._labels[PasswordRule.UPPERCASE].accessibleName().endswith(": met")
    qtbot.keyClicks(screen.password, "ecret#1")
    assert _marks(screen) == {
        PasswordRule.MIN_LENGTH: "✓",
        PasswordRule.UPPERCASE: "✓",
        PasswordRule.DIGIT: "✓",
        PasswordRule.SPECIAL: "✓",
    }
    assert screen.checklist.accessibleDescription() == "4 of 4 rules met."
    qtbot.keyClick(screen.password, Qt.Key.Key_Backspace)
    assert _marks(screen)[PasswordRule.DIGIT] == "✗", "and back again as characters go"


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
    _fill(qtbot, screen, password)
    assert [rule for rule, mark in _marks(screen).items() if mark == "✗"] == [missing]
    assert not screen.create_button.isEnabled()
    with qtbot.assertNotEmitted(screen.submitted):
        screen.submit()


def test_mismatch_and_terms_block_submission_until_fixed(qtbot: QtBot, screen: FinishHereScreen) -> None:
    qtbot.keyClicks(screen.password, GOOD)
    qtbot.keyClicks(screen.repeat, GOOD[:-1])
    assert "do not match" in screen.match.text()
    qtbot.keyClicks(screen.repeat, GOOD[-1])
    assert "match" in screen.match.text() and "not" not in screen.match.text()
    assert not screen.create_button.isEnabled(), "terms not yet accepted"
    screen.terms.setChecked(True)
    with qtbot.waitSignal(screen.submitted) as sent:
        screen.create_button.click()
    assert sent.args == [GOOD, True]


def test_show_toggle_reveals_and_hides_both_entries_and_says_so(qtbot: QtBot, screen: FinishHereScreen) -> None:
    toggle = screen.show_password
    assert toggle.sizeHint().height() >= 44 and toggle.sizeHint().width() >= 44, "a touch target"
    assert (toggle.text(), toggle.accessibleName()) == ("Show", "Show password")
    assert toggle.accessibleDescription() == "The password is hidden in both fields."
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert screen.password.echoMode() == QLineEdit.EchoMode.Normal
    assert screen.repeat.echoMode() == QLineEdit.EchoMode.Normal
    assert (toggle.text(), toggle.accessibleName(), toggle.isChecked()) == ("Hide", "Hide password", True)
    assert toggle.accessibleDescription() == "The password is shown in both fields."
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # the keyboard works it too
    assert screen.password.echoMode() == QLineEdit.EchoMode.Password
    assert screen.repeat.echoMode() == QLineEdit.EchoMode.Password
    assert toggle.accessibleName() == "Show password"


def test_a_common_password_is_called_out_once_the_rules_are_met(qtbot: QtBot, screen: FinishHereScreen) -> None:
    qtbot.keyClicks(screen.password, "password")
    assert not screen.checklist.too_common.isVisible(), "one complaint at a time"
    screen.password.clear()
    _fill(qtbot, screen, "Password1!")
    assert screen.checklist.too_common.isVisible()
    assert "most common passwords" in screen.checklist.too_common.text()
    assert not screen.create_button.isEnabled()


def test_marketing_is_opt_in_per_channel(qtbot: QtBot, screen: FinishHereScreen) -> None:
    assert screen.marketing_choices() == frozenset(), "nothing chosen for the customer"
    qtbot.mouseClick(screen.marketing[MarketingChannel.SMS], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.marketing[MarketingChannel.POST], Qt.MouseButton.LeftButton)
    assert screen.marketing_choices() == {MarketingChannel.SMS, MarketingChannel.POST}
    _fill(qtbot, screen)
    with qtbot.waitSignal(screen.submitted):
        screen.submit()  # optional: the ID is created with or without them


def test_the_customer_sees_the_news_the_salesperson_noted_and_has_the_last_word(
    qtbot: QtBot, screen: FinishHereScreen
) -> None:
    screen.start(invitation_view(email=EMAIL, marketing=frozenset({MarketingChannel.EMAIL, MarketingChannel.PHONE})))
    assert screen.marketing_choices() == {MarketingChannel.EMAIL, MarketingChannel.PHONE}
    qtbot.mouseClick(screen.marketing[MarketingChannel.PHONE], Qt.MouseButton.LeftButton)
    assert screen.marketing_choices() == {MarketingChannel.EMAIL}


def test_a_walk_in_is_asked_only_about_e_mail(screen: FinishHereScreen) -> None:
    """They gave no phone number or address, so only e-mail can reach them."""
    screen.start(invitation_view(email=EMAIL, walk_in=True, marketing=frozenset({MarketingChannel.EMAIL})))
    shown = [channel for channel, box in screen.marketing.items() if box.isVisible()]
    assert shown == [MarketingChannel.EMAIL]
    assert screen.marketing_choices() == {MarketingChannel.EMAIL}
    screen.start(invitation_view(email=EMAIL))
    assert all(box.isVisible() for box in screen.marketing.values()), "an invited customer sees all four again"


def test_a_tap_anywhere_on_the_terms_row_accepts_them(qtbot: QtBot, screen: FinishHereScreen) -> None:
    assert screen.terms.height() >= 44
    qtbot.mouseClick(screen.terms, Qt.MouseButton.LeftButton, pos=QPoint(4, 2))  # above the box, at the edge
    assert screen.terms.isChecked()
    qtbot.mouseClick(screen.terms, Qt.MouseButton.LeftButton, pos=QPoint(screen.terms.width() - 4, 40))
    assert not screen.terms.isChecked()


def _shown_ways(screen: FinishHereScreen) -> set[str]:
    return {way.objectName() for way in screen._ways if way.isVisible()}


# (error, words the message must contain, the ways forward shown, the signal the first one sends)
ERRORS: dict[str, tuple[Exception, str, set[str], str | None]] = {
    "unreachable": (
        BackendUnreachable("connect"),
        "The server cannot be reached right now",
        {"finish_try_again", "finish_other_way"},
        "submitted",
    ),
    "server": (ServerError(502), "The server had a problem", {"finish_try_again", "finish_other_way"}, "submitted"),
    "expired": (
        _refused(ErrorCode.INVITATION_CLOSED),
        "ask the salesperson to send you a new one",
        {"finish_to_salesperson"},
        "salesperson_requested",
    ),
    "already complete": (
        _refused(ErrorCode.ALREADY_COMPLETED),
        "already complete",
        {"finish_to_salesperson"},
        "salesperson_requested",
    ),
    "account exists": (
        _refused(ErrorCode.ACCOUNT_EXISTS),
        "already has a Porsche ID",
        {"finish_to_salesperson"},
        "salesperson_requested",
    ),
    "common password": (
        _refused(ErrorCode.PASSWORD_POLICY, failed_rules=["not_common"]),
        "one of the most common passwords",
        set(),
        None,
    ),
    "weak password": (
        _refused(ErrorCode.PASSWORD_POLICY, failed_rules=["special"]),
        "does not meet all the rules",
        set(),
        None,
    ),
    "terms": (_refused(ErrorCode.TERMS_NOT_ACCEPTED), "accept the terms of use", set(), None),
    "code first": (
        _refused(ErrorCode.EMAIL_NOT_VERIFIED),
        "enter the code from the e-mail first",
        {"finish_enter_code"},
        "code_requested",
    ),
    "not enrolled": (
        _refused(ErrorCode.UNAUTHORIZED),
        "cannot create IDs right now",
        {"finish_other_way"},
        "back_requested",
    ),
}


@pytest.mark.parametrize("case", list(ERRORS))
def test_each_problem_has_its_own_words_and_way_forward(qtbot: QtBot, screen: FinishHereScreen, case: str) -> None:
    error, words, ways, signal = ERRORS[case]
    _fill(qtbot, screen)
    screen.set_busy(True)
    screen.set_busy(False)
    screen.show_error(error)
    assert screen.problem.isVisible() and words in screen.problem.text()
    assert _shown_ways(screen) == ways
    if signal is None:
        return
    first = next(way for way in screen._ways if way.isVisible())
    assert first.hasFocus(), "the way forward is where the keyboard is"
    with qtbot.waitSignal(getattr(screen, signal)):
        qtbot.keyClick(first, Qt.Key.Key_Return)


def test_no_two_problems_read_the_same(qtbot: QtBot, screen: FinishHereScreen) -> None:
    seen = set()
    for error, *_ in ERRORS.values():
        screen.show_error(error)
        seen.add(screen.problem.text())
    assert len(seen) == len(ERRORS)


def test_a_refused_password_is_cleared_and_typed_again(qtbot: QtBot, screen: FinishHereScreen) -> None:
    _fill(qtbot, screen)
    screen.show_error(_refused(ErrorCode.PASSWORD_POLICY, failed_rules=["not_common"]))
    assert screen.password.text() == "" and screen.repeat.text() == ""
    assert screen.password.hasFocus()
    assert screen.terms.isChecked(), "the rest stays as chosen"
    qtbot.keyClicks(screen.password, "Tundra&Basalt77")
    qtbot.keyClicks(screen.repeat, "Tundra&Basalt77")
    assert not screen.problem.isVisible() or screen.create_button.isEnabled()
    with qtbot.waitSignal(screen.submitted):
        screen.submit()
    assert not screen.problem.isVisible()


def test_when_unreachable_the_password_stays_for_try_again(qtbot: QtBot, screen: FinishHereScreen) -> None:
    _fill(qtbot, screen)
    screen.show_error(BackendUnreachable("connect"))
    assert screen.password.text() == GOOD, "try again sends the same"
    with qtbot.waitSignal(screen.submitted) as sent:
        qtbot.mouseClick(screen.try_again, Qt.MouseButton.LeftButton)
    assert sent.args == [GOOD, True]


def test_an_expired_invitation_takes_no_password(qtbot: QtBot, screen: FinishHereScreen) -> None:
    _fill(qtbot, screen)
    screen.show_error(_refused(ErrorCode.INVITATION_CLOSED))
    assert screen.password.text() == "" and screen.password.isReadOnly()
    assert not screen.create_button.isEnabled() and not screen.terms.isEnabled()
    with qtbot.assertNotEmitted(screen.submitted):
        screen.submit()
    # Opened on an invitation already over: said at once.
    screen.start(invitation_view(email=EMAIL, status=InvitationStatus.EXPIRED))
    assert "expired" in screen.problem.text() and screen.to_salesperson.isVisible()
    assert screen.to_salesperson.hasFocus() and screen.password.isReadOnly()
    # A fresh start on an open one is a clean page.
    screen.start(invitation_view(email=EMAIL))
    assert not screen.problem.isVisible() and not screen.password.isReadOnly()


def test_busy_says_so_and_takes_no_second_press(qtbot: QtBot, screen: FinishHereScreen) -> None:
    _fill(qtbot, screen)
    screen.set_busy(True)
    assert screen.create_button.text() == "Creating your ID…" and not screen.create_button.isEnabled()
    with qtbot.assertNotEmitted(screen.submitted):
        qtbot.keyClick(screen.repeat, Qt.Key.Key_Return)


def test_leaving_the_screen_forgets_the_password(qtbot: QtBot, screen: FinishHereScreen) -> None:
    _fill(qtbot, screen)
    screen.marketing[MarketingChannel.EMAIL].setChecked(True)
    screen.hide()  # however it is left: back, corrected e-mail, success, idle
    assert screen.password.text() == "" and screen.repeat.text() == ""
    assert not screen.terms.isChecked() and screen.marketing_choices() == frozenset()


def test_the_next_customer_cannot_undo_the_last_ones_password_into_view(qtbot: QtBot, screen: FinishHereScreen) -> None:
    """The screen stays between customers of one salesperson; a forgotten password must not be one Undo away."""
    _fill(qtbot, screen)
    screen.hide()
    screen.show()
    screen.start(invitation_view())  # the next customer
    qtbot.mouseClick(screen.show_password, Qt.MouseButton.LeftButton)  # the text in the clear, Undo allowed
    assert screen.password.echoMode() is QLineEdit.EchoMode.Normal
    for entry in (screen.password, screen.repeat):
        entry.setFocus()
        qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert entry.text() == ""
        entry.undo()  # as Undo in the field's own menu would
        assert entry.text() == ""


def test_every_control_has_an_accessible_name_and_description(screen: FinishHereScreen) -> None:
    for error, *_ in ERRORS.values():  # the ways forward too, each shown once
        screen.show_error(error)
        assert unlabelled_controls(screen) == []


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focused(), key)


def test_the_keyboard_alone_creates_the_id(qtbot: QtBot, screen: FinishHereScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.password.hasFocus())
    qtbot.keyClicks(_focused(), GOOD)
    _press(qtbot, Qt.Key.Key_Return)  # on to the repeat
    assert screen.repeat.hasFocus()
    qtbot.keyClicks(_focused(), GOOD)
    _press(qtbot, Qt.Key.Key_Tab)
    assert screen.terms.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert screen.terms.isChecked()
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)  # news by e-mail
    assert screen.marketing_choices() == {MarketingChannel.EMAIL}
    with qtbot.waitSignal(screen.submitted) as sent:
        _press(qtbot, Qt.Key.Key_Return)
    assert sent.args == [GOOD, True]


def test_tab_reaches_the_show_toggle_and_enter_works_it(qtbot: QtBot, screen: FinishHereScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.password.hasFocus())
    _press(qtbot, Qt.Key.Key_Tab)
    assert screen.show_password.hasFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert screen.password.echoMode() == QLineEdit.EchoMode.Normal


@pytest.mark.parametrize("language", [Language.DE, Language.SV])
def test_a_language_switch_keeps_what_was_typed_and_retells_the_problem(
    qtbot: QtBot, screen: FinishHereScreen, translations: Translations, language: Language
) -> None:
    _fill(qtbot, screen)
    screen.show_error(BackendUnreachable("connect"))
    english = screen.problem.text()
    translations.use(language)
    qtbot.waitUntil(lambda: screen.problem.text() != english)
    assert screen.password.text() == GOOD and screen.try_again.isVisible()


def test_buttons_are_touch_targets(screen: FinishHereScreen) -> None:
    small = [button.objectName() for button in screen.findChildren(QPushButton) if button.sizeHint().height() < 44]
    assert small == []
