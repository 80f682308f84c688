"""Every state of finishing at the kiosk (code, password, success), in the window, in every language.

No text is cut off at the showroom sizes, and the window never grows past the screen. Set
``FINISH_SHOTS=/some/folder`` to also save each state as a PNG there, to look at.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.api_client import ApiClient, BackendUnreachable, Refused, ServerError
from kiosk.buyer import MarketingChannel
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.wire import ErrorBody, ErrorCode
from tests.ui.test_no_clipped_text import _clipped
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.finish_here import FinishHereScreen
from ui.screens.registered import RegisteredScreen
from ui.screens.verify_code import VerifyCodeScreen
from ui.showcase import SAMPLE
from ui.theme import TOKENS

GOOD = "Fjord#Granit42"


def _refused(code: ErrorCode, **details: object) -> Refused:
    return Refused(409, ErrorBody.model_validate({"error": code, **details}))


def finish_states(window: MainWindow) -> Iterator[str]:
    """Put ``window`` in each state of finishing here; yield the state's name while it is shown."""
    verify, finish = window.verify, window.finish
    window.handoff.show_invitation(SAMPLE)
    verify.start(SAMPLE)
    window.stack.setCurrentWidget(verify)
    yield "code-empty"
    code_errors = {
        "code-wrong": _refused(ErrorCode.CODE_WRONG, attempts_left=3),
        "code-dead": _refused(ErrorCode.CODE_DEAD, attempts_left=0),
        "code-rate-limited": _refused(ErrorCode.RATE_LIMITED, retry_after_seconds=1200),
        "code-expired": _refused(ErrorCode.INVITATION_CLOSED),
        "code-unreachable": BackendUnreachable("connect"),
        "code-server": ServerError(503),
    }
    for name, error in code_errors.items():
        verify.start(SAMPLE)
        verify.code.setText("123 456")
        verify.show_error(error)
        yield name
    verify.start(SAMPLE)
    verify.code.setText("123 456")
    verify.set_busy(True)
    yield "code-checking"
    verify.set_busy(False)
    verify.show_notice(
        verify.tr("A new code is on its way to %1. It replaces the old one.").replace("%1", "a***@example.se")
    )
    yield "code-new-code-sent"

    finish.start(SAMPLE)
    window.stack.setCurrentWidget(finish)
    yield "password-empty"
    finish.password.setText("Porsche9")
    finish.repeat.setText("Porsche")
    yield "password-typing"
    finish.password.setText(GOOD)
    finish.repeat.setText(GOOD)
    finish.terms.setChecked(True)
    finish.marketing[MarketingChannel.EMAIL].setChecked(True)
    finish.show_password.setChecked(True)
    yield "password-ready-shown"
    finish.show_password.setChecked(False)
    finish.password.setText("Password1!")
    finish.repeat.setText("Password1!")
    yield "password-common"
    finish_errors = {
        "password-unreachable": BackendUnreachable("connect"),
        "password-server": ServerError(502),
        "password-expired": _refused(ErrorCode.INVITATION_CLOSED),
        "password-account-exists": _refused(ErrorCode.ACCOUNT_EXISTS),
        "password-refused-as-common": _refused(ErrorCode.PASSWORD_POLICY, failed_rules=["not_common"]),
        "password-code-first": _refused(ErrorCode.EMAIL_NOT_VERIFIED),
    }
    for name, error in finish_errors.items():
        finish.start(SAMPLE)
        finish.password.setText(GOOD)
        finish.repeat.setText(GOOD)
        finish.terms.setChecked(True)
        finish.show_error(error)
        yield name
    finish.start(SAMPLE)
    finish.password.setText(GOOD)
    finish.repeat.setText(GOOD)
    finish.terms.setChecked(True)
    finish.set_busy(True)
    yield "password-creating"
    finish.set_busy(False)

    window.registered.show_for(SAMPLE.first_name, email=SAMPLE.email)
    window.stack.setCurrentWidget(window.registered)
    yield "registered"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_no_text_is_clipped_in_any_state_of_finishing_here(
    qtbot: QtBot,
    qapp: QApplication,
    translations: Translations,
    outbox: Outbox,
    language: Language,
    size: tuple[int, int],
) -> None:
    window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.set_language(language)
    shots = os.environ.get("FINISH_SHOTS")
    problems = []
    for state in finish_states(window):
        for _ in range(3):
            qapp.processEvents()
        if shots and size == (1280, 800):
            Path(shots).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(shots) / f"{state}-{language.value}.png"))
        problems += [f"{state}: {problem}" for problem in _clipped(window.stack.currentWidget())]
        if window.height() > size[1]:
            problems.append(f"{state}: the window grew to {window.height()}px, taller than the screen")
    assert problems == []


def _accent_pixels(image: QImage) -> int:
    accent = QColor(TOKENS.accent).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == accent)


def _screens_in_states(qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    verify = VerifyCodeScreen()
    finish = FinishHereScreen("Porsche ID")
    registered = RegisteredScreen("Porsche ID")
    for screen in (verify, finish, registered):
        qtbot.addWidget(screen)
        screen.resize(1280, 725)
    verify.show()
    verify.start(SAMPLE)
    verify.code.setText("123 456")
    verify.show_error(BackendUnreachable("connect"))
    yield "code-unreachable", verify
    verify.show_error(_refused(ErrorCode.CODE_DEAD, attempts_left=0))
    yield "code-dead", verify
    verify.show_error(_refused(ErrorCode.INVITATION_CLOSED))
    yield "code-expired", verify
    verify.hide()
    finish.show()
    finish.start(SAMPLE)
    finish.password.setText(GOOD)
    finish.repeat.setText(GOOD)
    finish.terms.setChecked(True)
    yield "password-ready", finish
    finish.show_error(BackendUnreachable("connect"))
    yield "password-unreachable", finish
    finish.show_error(_refused(ErrorCode.INVITATION_CLOSED))
    yield "password-expired", finish
    finish.show_error(_refused(ErrorCode.EMAIL_NOT_VERIFIED))
    yield "password-code-first", finish
    finish.hide()
    registered.show()
    registered.show_for(SAMPLE.first_name, email=SAMPLE.email)
    yield "registered", registered


def test_focus_shows_as_a_ring_in_the_accent_colour(qtbot: QtBot, translations: Translations) -> None:
    """Each control Tab reaches, in each state, looks different with focus: a ring of the accent colour."""
    elsewhere = QLineEdit()  # focus is here while the control is drawn without it
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    unseen = []
    reached = 0
    for state, screen in _screens_in_states(qtbot):
        focusable = [
            widget
            for widget in screen.findChildren(QWidget)
            if widget.isVisibleTo(screen) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        for widget in focusable:
            elsewhere.activateWindow()
            qtbot.waitUntil(elsewhere.hasFocus)
            before = widget.grab().toImage()
            screen.activateWindow()
            qtbot.waitActive(screen)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert widget.hasFocus(), f"{state}: {widget.objectName()}"
            ring = _accent_pixels(widget.grab().toImage()) - _accent_pixels(before)
            reached += 1
            if ring < widget.width() + widget.height():
                unseen.append(f"{state}: {widget.objectName()}: {ring} more accent pixels with focus")
    assert reached > 20
    assert unseen == []
