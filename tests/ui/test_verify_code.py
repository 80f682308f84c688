import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api_client import BackendUnreachable, Refused, ServerError
from kiosk.wire import ErrorBody, ErrorCode, InvitationStatus
from tests.factories import invitation_view
from tests.ui.screen_texts import texts_of, unlabelled_controls
from ui.i18n import Translations
from ui.screens.verify_code import VerifyCodeScreen

EMAIL = "annika.lindqvist@example.se"


@pytest.fixture
def screen(qtbot: QtBot, translations: Translations) -> VerifyCodeScreen:
    verify = VerifyCodeScreen()
    qtbot.addWidget(verify)
    verify.resize(1280, 725)
    verify.show()
    verify.start(invitation_view(email=EMAIL))
    return verify


def _refused(code: ErrorCode, **details: object) -> Refused:
    return Refused(422, ErrorBody.model_validate({"error": code, **details}))


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_the_email_is_shown_masked_and_nowhere_in_full(screen: VerifyCodeScreen) -> None:
    texts = list(texts_of(screen))
    assert any("a***@example.se" in text for text in texts)
    assert [text for text in texts if "annika" in text.lower()] == []


def test_not_your_email_calls_the_salesperson(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    assert screen.not_yours.text() == "Not your e-mail?"
    assert "salesperson" in screen.not_yours.accessibleDescription()
    with qtbot.waitSignal(screen.correct_email_requested):
        qtbot.mouseClick(screen.not_yours, Qt.MouseButton.LeftButton)


def test_the_keyboard_alone_sends_the_code(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.code.hasFocus())
    qtbot.keyClicks(_focused(), "123 45")
    with qtbot.assertNotEmitted(screen.submitted):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # five digits are not a code
    qtbot.keyClicks(_focused(), "6")
    with qtbot.waitSignal(screen.submitted) as sent:
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert sent.args == ["123456"]
    screen.set_busy(True)
    assert screen.confirm.text() == "Checking…" and not screen.confirm.isEnabled()


def test_shift_tab_reaches_not_your_email_and_enter_presses_it(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.code.hasFocus())
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert screen.not_yours.hasFocus()
    with qtbot.waitSignal(screen.correct_email_requested):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def _shown_ways(screen: VerifyCodeScreen) -> set[str]:
    return {way.objectName() for way in screen._ways if way.isVisible()}


# (error, words the message must contain, the ways forward shown, the signal the first one sends)
ERRORS: dict[str, tuple[Exception, str, set[str], str | None]] = {
    "wrong": (_refused(ErrorCode.CODE_WRONG, attempts_left=4), "That code is not right. Tries left: 4.", set(), None),
    "wrong, tries unknown": (_refused(ErrorCode.CODE_WRONG), "check it and try again", set(), None),
    "dead": (
        _refused(ErrorCode.CODE_DEAD, attempts_left=0),
        "Please ask for a new code",
        {"code_ask_new_code"},
        "new_code_requested",
    ),
    "rate limited": (
        _refused(ErrorCode.RATE_LIMITED, retry_after_seconds=600),
        "in 10 minutes",
        set(),
        None,
    ),
    "expired": (
        _refused(ErrorCode.INVITATION_CLOSED),
        "ask the salesperson to send you a new one",
        {"code_to_salesperson"},
        "salesperson_requested",
    ),
    "unknown invitation": (
        _refused(ErrorCode.NOT_FOUND),
        "does not know this invitation",
        {"code_to_salesperson"},
        "salesperson_requested",
    ),
    "already complete": (
        _refused(ErrorCode.ALREADY_COMPLETED),
        "already complete",
        {"code_to_salesperson"},
        "salesperson_requested",
    ),
    "unreachable": (
        BackendUnreachable("connect"),
        "cannot reach the server",
        {"code_try_again", "code_other_way"},
        "submitted",
    ),
    "server": (ServerError(503), "The server had a problem", {"code_try_again", "code_other_way"}, "submitted"),
    "not enrolled": (
        _refused(ErrorCode.UNAUTHORIZED),
        "cannot check codes right now",
        {"code_other_way"},
        "back_requested",
    ),
    "not saved": (OSError("disk full"), "could not ask for a new code", {"code_other_way"}, "back_requested"),
}


@pytest.mark.parametrize("case", list(ERRORS))
def test_each_problem_has_its_own_words_and_way_forward(qtbot: QtBot, screen: VerifyCodeScreen, case: str) -> None:
    error, words, ways, signal = ERRORS[case]
    qtbot.keyClicks(screen.code, "123 456")
    screen.show_error(error)
    assert screen.problem.isVisible() and words in screen.problem.text()
    assert _shown_ways(screen) == ways
    if signal is None:
        assert screen.code.hasFocus(), "try again: straight back in the field"
        return
    first = next(way for way in screen._ways if way.isVisible())
    assert first.hasFocus(), "the way forward is where the keyboard is"
    with qtbot.waitSignal(getattr(screen, signal)):
        qtbot.keyClick(first, Qt.Key.Key_Return)


def test_a_wrong_code_is_selected_so_typing_replaces_it(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    qtbot.keyClicks(screen.code, "123 456")
    screen.show_error(_refused(ErrorCode.CODE_WRONG, attempts_left=2))
    qtbot.keyClicks(screen.code, "654321")
    assert screen.digits() == "654321"
    with qtbot.waitSignal(screen.submitted):
        qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    assert not screen.problem.isVisible(), "the old complaint goes with the new try"


def test_a_dead_code_offers_one_button_for_a_new_one(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    qtbot.keyClicks(screen.code, "123 456")
    screen.show_error(_refused(ErrorCode.CODE_DEAD, attempts_left=0))
    assert screen.code.text() == ""
    assert screen.ask_new_code.isVisible() and not screen.new_code.isVisible()
    screen.show_problem(None)
    assert screen.new_code.isVisible()


def test_an_expired_invitation_takes_no_code(qtbot: QtBot, screen: VerifyCodeScreen) -> None:
    qtbot.keyClicks(screen.code, "123 456")
    screen.show_error(_refused(ErrorCode.INVITATION_CLOSED))
    assert not screen.confirm.isEnabled() and not screen.new_code.isEnabled()
    with qtbot.assertNotEmitted(screen.submitted):
        screen.submit()
    screen.start(invitation_view(email=EMAIL, status=InvitationStatus.CANCELLED))
    assert screen.to_salesperson.isVisible() and "withdrawn" in screen.problem.text()
    assert screen.to_salesperson.hasFocus() and not screen.confirm.isEnabled()
    screen.start(invitation_view(email=EMAIL))
    assert not screen.problem.isVisible() and screen.new_code.isEnabled()


def test_no_two_problems_read_the_same(screen: VerifyCodeScreen) -> None:
    seen = set()
    for error, *_ in ERRORS.values():
        screen.show_error(error)
        seen.add(screen.problem.text())
    assert len(seen) == len(ERRORS)


def test_every_control_has_an_accessible_name_and_description(screen: VerifyCodeScreen) -> None:
    for error, *_ in ERRORS.values():
        screen.show_error(error)
        assert unlabelled_controls(screen) == []
