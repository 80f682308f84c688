"""Every control a person can operate says what it is and what it does, in every language; focus always shows.

A *control* is anything visible that can be operated (a button, a field, a list, a check box, a spin box)
or that Tab can reach. Each needs an accessible name (what it is) and an accessible description (what
happens, or what to enter): a screen reader reads both, and a button's text alone says only the first.

Every screen is checked on its own, built as its tests build it and put in each of its states, and again
inside the kiosk window, walked through every state :mod:`ui.showcase` shows and every page of its stack.
Both in English, Swedish, Dutch and German, and in a pseudo-language that marks every string that went
through ``tr()``: each description must carry the mark, so none is a fixed English text. (That each such
string then has a finished translation in every ``.ts`` file is tests/ui/test_translations.py's part.)
"""

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.api_client import ApiClient
from kiosk.credentials import Credentials, MemoryKeyring
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.sealing import Sealer
from kiosk.staff import SignIn, SignInResult
from kiosk.wire import InvitationStatus
from tests.ui.test_admin_screen import SETTINGS, _each_view, _fill_for_pictures
from tests.ui.test_invitations_screen import NOW, REPORT, ROWS
from ui.application import build_app
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.admin import AdminScreen
from ui.screens.buyer_form import BuyerFormScreen
from ui.screens.handoff import HandoffScreen
from ui.screens.info_pages import AboutIdPage, HowItWorksPage
from ui.screens.invitations import InvitationsScreen
from ui.screens.sign_in import SignInScreen
from ui.screens.welcome import WelcomeScreen
from ui.showcase import SAMPLE, SAMPLE_LINK, SAMPLE_STAFF, screen_states
from ui.theme import TOKENS

BRAND = "Porsche ID"
#: The kinds of widget a person operates; anything else Tab reaches counts too.
KINDS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
#: What the pseudo-language puts round every string that went through tr().
MARK = "⟦"
SPEECH = [language.value for language in Language] + ["through-tr"]
#: Screens another engineer is finishing: reported here, expected to fail until they are done.


class Pseudo(QTranslator):
    """A stand-in language: each of our strings (not Qt's own, whose contexts start with Q) marked ⟦…⟧."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "" if context.startswith("Q") else f"{MARK}{source}⟧"

    def isEmpty(self) -> bool:
        return False  # else Qt installs it without telling the widgets the language changed


def controls(root: QWidget) -> list[QWidget]:
    """Everything under ``root`` shown now that a person can operate or Tab can reach.

    A spin box's or combo box's own inner field is part of the box, which is checked instead.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, KINDS) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def _called(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{widget.objectName() or type(widget).__name__}" + (f" ({text[:30]!r})" if text else "")


def problems(widgets: list[QWidget], speech: str) -> Iterator[str]:
    for widget in widgets:
        name, description = widget.accessibleName().strip(), widget.accessibleDescription().strip()
        if not name:
            yield f"{_called(widget)} has no accessible name"
        if not description:
            yield f"{_called(widget)} has no accessible description"
        elif speech == "through-tr" and MARK not in description:
            yield f"{_called(widget)}'s description is not translated (not through tr()): {description!r}"


@pytest.fixture(params=SPEECH)
def speech(request: pytest.FixtureRequest, qapp: QApplication, translations: Translations) -> Iterator[str]:
    """The kiosk in each language, and in the pseudo-language; English again afterwards."""
    chosen: str = request.param
    pseudo = Pseudo(qapp)
    if chosen == "through-tr":
        qapp.installTranslator(pseudo)
    else:
        assert translations.use(Language(chosen))
    qapp.processEvents()  # the LanguageChange is posted
    yield chosen
    qapp.removeTranslator(pseudo)
    qapp.processEvents()


# -- each screen on its own, in each of its states ---------------------------------------------------


def _welcome() -> Iterator[tuple[str, QWidget]]:
    screen = WelcomeScreen(BRAND)
    yield "idle", screen
    screen.set_self_registration(True)
    yield "self-registration", screen


def _info_pages() -> Iterator[tuple[str, QWidget]]:
    yield "what-is-an-id", AboutIdPage(BRAND)
    yield "how-it-works", HowItWorksPage(BRAND)


def _sign_in() -> Iterator[tuple[str, QWidget]]:
    screen = SignInScreen()
    yield "loading", screen
    screen.show_load_failed()
    yield "load-failed", screen
    screen.show_people(SAMPLE_STAFF)
    yield "names", screen
    screen.names.button(SAMPLE_STAFF[1].id).click()
    screen.pin.setText("1357")
    screen.show_result(SignInResult(SignIn.WRONG_PIN, attempts_left=1))
    yield "wrong-pin", screen


def _form() -> Iterator[tuple[str, QWidget]]:
    screen = BuyerFormScreen(Language.EN, country="DE")  # a market with salutations: every field shows
    screen.set_salesperson(SAMPLE_STAFF[0].name)
    yield "empty", screen
    screen.submit()
    yield "errors", screen
    screen.email.edit.setText("asa.oberg@gmial.com")
    yield "typo-suggested", screen
    screen.set_correcting(True)
    yield "correcting", screen


def _handoff() -> Iterator[tuple[str, QWidget]]:
    screen = HandoffScreen()
    screen.show_invitation(SAMPLE)
    yield "choices", screen
    screen.set_qr_link(SAMPLE_LINK, "K7F")
    screen.show_phone()
    yield "phone", screen
    screen.show_later()
    yield "later", screen
    screen.update_status(SAMPLE.model_copy(update={"status": InvitationStatus.DELIVERY_FAILED}))
    yield "undeliverable", screen
    screen.show_invitation(SAMPLE.model_copy(update={"status": InvitationStatus.COMPLETED}))
    yield "registered", screen


def _invitations() -> Iterator[tuple[str, QWidget]]:
    screen = InvitationsScreen(clock=lambda: NOW)
    yield "loading", screen
    screen.show_rows(ROWS, online=True)
    screen.show_funnel(REPORT)
    yield "rows", screen
    screen.select(ROWS[4].id)
    yield "chosen", screen
    screen.buttons[InvitationsScreen.ACTIONS[-1]].click()
    yield "confirm-cancel", screen
    screen.search.setText("nobody by this name")  # the field's own clear button shows
    yield "no-match", screen
    screen.search.clear()
    screen.show_rows(ROWS, online=False)
    yield "offline", screen


def _admin() -> Iterator[tuple[str, QWidget]]:
    screen = AdminScreen()
    screen.show_settings(SETTINGS)
    _fill_for_pictures(screen)
    for view in _each_view(screen):
        yield view, screen


SCREENS: dict[str, Callable[[], Iterator[tuple[str, QWidget]]]] = {
    "welcome": _welcome,
    "info-pages": _info_pages,
    "sign-in": _sign_in,
    "buyer-form": _form,
    "handoff": _handoff,
    "invitations": _invitations,
    "admin": _admin,
}


@pytest.mark.parametrize("name", SCREENS)
def test_each_screen_names_and_describes_every_control(qtbot: QtBot, speech: str, name: str) -> None:
    found: list[str] = []
    checked = 0
    for state, screen in SCREENS[name]():
        if not screen.isVisible():
            qtbot.addWidget(screen)
            screen.resize(1280, 800)
            screen.show()
        QApplication.processEvents()
        widgets = controls(screen)
        checked += len(widgets)
        found += [f"{state}: {problem}" for problem in problems(widgets, speech)]
    assert checked > 0, "no control found: is the screen built?"
    assert found == []


# -- the same screens inside the kiosk window -------------------------------------------------------

#: Who owns the controls in the window: each screen of its stack, and what stands round them.
WINDOW_PARTS = [
    "Header",
    "SyncIndicator",
    "StillThereOverlay",
    "WelcomeScreen",
    "AboutIdPage",
    "HowItWorksPage",
    "SignInScreen",
    "BuyerFormScreen",
    "HandoffScreen",
    "VerifyCodeScreen",
    "FinishHereScreen",
    "RegisteredScreen",
    "InvitationsScreen",
    "AdminScreen",
    "SelfRegistrationScreen",
    "OnScreenKeyboard",
]


def _owner(window: MainWindow, widget: QWidget) -> str:
    parts: list[tuple[QWidget, str]] = [
        (window.header.sync.details, "SyncIndicator"),  # floats over the screen, a child of the window
        (window.header.sync, "SyncIndicator"),
        (window.header, "Header"),
        (window.still_there, "StillThereOverlay"),
    ]
    if window.keyboard is not None:
        parts.append((window.keyboard, "OnScreenKeyboard"))
    pages = [window.stack.widget(n) for n in range(window.stack.count())]
    parts += [(page, type(page).__name__) for page in pages if page is not None]
    return next((name for part, name in parts if part is widget or part.isAncestorOf(widget)), "the window itself")


def _walk(window: MainWindow, speech: str) -> dict[str, list[str]]:
    """Every state the showcase shows, then every page of the stack it did not: problems by owner."""
    found: dict[str, list[str]] = {}
    seen_pages = set()

    def check(state: str) -> None:
        QApplication.processEvents()
        seen_pages.add(window.stack.currentWidget())
        for widget in controls(window):
            owner = found.setdefault(_owner(window, widget), [])
            owner += [f"{state}: {problem}" for problem in problems([widget], speech)]

    for state in screen_states(window):
        check(state)
    for n in range(window.stack.count()):
        if window.stack.widget(n) not in seen_pages:
            window.stack.setCurrentIndex(n)
            check(f"page {type(window.stack.widget(n)).__name__}")
    return found


@pytest.fixture(scope="module")
def walked(qapp: QApplication) -> Iterator[dict[str, dict[str, list[str]]]]:
    """The window walked once in each language (a walk takes a while): problems by language, then owner."""
    _, translations = build_app(Language.EN)
    results: dict[str, dict[str, list[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="a11y-") as folder:
        for speech in SPEECH:
            outbox = Outbox(Path(folder) / f"{speech}.sqlite3", Sealer(Credentials(MemoryKeyring()).store_key()))
            window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)
            window.resize(1280, 800)
            window.show()
            pseudo = Pseudo(qapp)
            if speech == "through-tr":
                qapp.installTranslator(pseudo)
            else:
                window.set_language(Language(speech))
            try:
                results[speech] = _walk(window, speech)
            finally:
                qapp.removeTranslator(pseudo)
                window.close()
                window.deleteLater()
                outbox.close()
                QApplication.processEvents()
    translations.use(Language.EN)
    QApplication.processEvents()
    yield results


def test_the_walk_reaches_every_part_of_the_window(walked: dict[str, dict[str, list[str]]]) -> None:
    for speech, owners in walked.items():
        assert set(owners) <= set(WINDOW_PARTS), f"{speech}: a new part of the window: add it to WINDOW_PARTS"
        assert set(WINDOW_PARTS) <= set(owners), f"{speech}: the walk met no control of these"


@pytest.mark.parametrize("speech", SPEECH)
@pytest.mark.parametrize("part", WINDOW_PARTS)
def test_in_the_window_every_control_is_named_and_described(
    walked: dict[str, dict[str, list[str]]], part: str, speech: str
) -> None:
    assert walked[speech].get(part) == []


# -- focus always shows --------------------------------------------------------------------------


def _accent_pixels(image: QImage) -> int:
    accent = QColor(TOKENS.accent).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == accent)


def _focusable(screen: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in controls(screen)
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.focusProxy()
    ]


def _in_state(states: Iterator[tuple[str, QWidget]], wanted: str) -> QWidget:
    return next(screen for state, screen in states if state == wanted)


#: A state of each screen in which every control it has is shown.
FOCUS_STATES = {
    "buyer-form": (_form, "typo-suggested"),
    "sign-in": (_sign_in, "wrong-pin"),
    "welcome": (_welcome, "self-registration"),
    "handoff": (_handoff, "choices"),
    "handoff-later": (_handoff, "later"),
    "info-page": (_info_pages, "what-is-an-id"),
    "invitations": (_invitations, "chosen"),
    "admin-pin": (_admin, "0-pin"),
    "admin-kiosk": (_admin, "3-kiosk"),
}


@pytest.mark.parametrize("name", FOCUS_STATES)
def test_focus_shows_as_a_ring_in_the_accent_colour(qtbot: QtBot, translations: Translations, name: str) -> None:
    """Each control Tab reaches looks different once it has focus: a ring of the accent colour appears."""
    states, wanted = FOCUS_STATES[name]
    screen = _in_state(states(), wanted)
    # The screen in a window with one more field, somewhere to keep the focus while a control has none.
    window = QWidget()
    qtbot.addWidget(window)
    elsewhere = QLineEdit(window)
    elsewhere.setObjectName("elsewhere")
    column = QVBoxLayout(window)
    column.addWidget(elsewhere)
    column.addWidget(screen, 1)
    window.resize(1280, 860)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    reached = _focusable(screen)
    assert reached
    unseen = []
    for widget in reached:
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert elsewhere.hasFocus()
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert widget.hasFocus(), _called(widget)
        after = widget.grab().toImage()
        ring = _accent_pixels(after) - _accent_pixels(before)
        if before == after or ring < widget.width() + widget.height():
            unseen.append(f"{_called(widget)}: {ring} more accent pixels with focus")
    assert unseen == []
