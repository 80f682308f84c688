"""The salesperson's Invitations screen: find an invitation, see where it stands, act on it; the funnel beside."""

import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QScroller, QWidget

from kiosk.invitation_list import ListedInvitation, RowAction, ShownStatus, actions
from kiosk.languages import Language
from kiosk.wire import ErrorCode, Funnel, FunnelReport
from tests.ui.test_no_clipped_text import _clipped
from ui.i18n import Translations
from ui.screens.invitations import InvitationListModel, InvitationsScreen
from ui.widgets.funnel_chart import FunnelChart

LEFT = Qt.MouseButton.LeftButton
NOW = datetime(2026, 11, 21, 16, 5).astimezone()
REPORT = FunnelReport(day=Funnel(invited=12, opened=8, registered=5), week=Funnel(invited=64, opened=41, registered=27))


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def sample_rows() -> list[ListedInvitation]:
    """One of every status, newest first, with the long names and addresses showrooms really see."""
    spec = [
        ("Åsa", "Öberg", "a***@example.se", ShownStatus.WAITING, 3, None),
        (
            "Maximilian",
            "Schönberger-Hausmann",
            "maximilian.schoenberger-hausmann@porsche-zentrum-stuttgart.de",
            ShownStatus.NEEDS_ATTENTION,
            25,
            ErrorCode.VALIDATION_FAILED,
        ),
        ("Sanne", "de Vries", "sanne.devries@example.nl", ShownStatus.OPENED, 48, None),
        ("Erik", "Lind", "erik.lind@example.com", ShownStatus.FAILED, 95, None),
        ("Zoë", "Müller", "zoe.mueller@example.de", ShownStatus.SENT, 130, None),
        ("Björn", "Åkesson", "bjorn.akesson@example.se", ShownStatus.REGISTERED, 200, None),
        ("Charlotte", "van den Heuvel-Brandt", "c.vandenheuvel@example.nl", ShownStatus.EXISTING_ID, 60 * 20, None),
        ("Jonas", "Weber", "jonas.weber@example.de", ShownStatus.EXPIRED, 60 * 30, None),
        ("Lea", "Hoffmann", "lea.hoffmann@example.de", ShownStatus.CANCELLED, 60 * 50, None),
    ]
    return [
        ListedInvitation(_id(n + 1), first, last, email, status, NOW - timedelta(minutes=minutes), 7, problem)
        for n, (first, last, email, status, minutes, problem) in enumerate(spec)
    ]


ROWS = sample_rows()
BY_STATUS = {row.status: row for row in ROWS}


def make_screen(qtbot: QtBot, **options: int) -> InvitationsScreen:
    screen = InvitationsScreen(clock=lambda: NOW, **options)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def screen(qtbot: QtBot, translations: Translations) -> InvitationsScreen:
    return make_screen(qtbot)


def _names(screen: InvitationsScreen) -> list[str]:
    return [row.name for row in screen.model.rows()]


def _role(screen: InvitationsScreen, role: int) -> list[str]:
    return [str(screen.model.index(n).data(role)) for n in range(screen.model.rowCount())]


def _enabled(screen: InvitationsScreen) -> set[RowAction]:
    return {action for action, button in screen.buttons.items() if button.isEnabled()}


class Recorder:
    """Every signal the screen sends, in order, with its argument."""

    def __init__(self, screen: InvitationsScreen) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in (
            "show_qr_requested",
            "resend_requested",
            "correct_requested",
            "cancel_requested",
            "back_requested",
            "refresh_requested",
        ):
            getattr(screen, name).connect(lambda *args, n=name: self.seen.append((n, args[0] if args else None)))


class Pseudo(QTranslator):
    """Stands in for a translation: every string of these screens, marked and made ~40 % longer, as German is."""

    CONTEXTS = frozenset({"InvitationsScreen", "FunnelChart"})

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context not in self.CONTEXTS:
            return ""
        return f"[{source}{'·' * max(1, len(source) * 2 // 5)}]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication, translations: Translations) -> Iterator[None]:
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    qapp.processEvents()  # the LanguageChange is posted
    yield
    qapp.removeTranslator(translator)
    qapp.processEvents()


# -- the rows ----------------------------------------------------------------------------------------


def test_before_any_rows_arrive_the_screen_says_it_is_loading(screen: InvitationsScreen) -> None:
    assert screen.placeholder.isVisible()
    assert screen.placeholder.text() == "Loading the invitations…"
    assert not screen.list.isVisible()
    assert screen.funnel.accessibleDescription() == "Loading the figures…"
    assert _enabled(screen) == set()


def test_rows_show_name_email_translated_status_and_time_newest_first(screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    assert screen.list.isVisible() and not screen.placeholder.isVisible()
    assert _names(screen) == [row.name for row in ROWS]
    assert _role(screen, InvitationListModel.StatusRole) == [
        "Waiting to send",
        "Needs attention",
        "Opened",
        "Delivery failed",
        "Sent",
        "Registered",
        "Already had an ID",
        "Expired",
        "Cancelled",
    ]
    # The rows someone must act on say so in words (with a mark), not by colour alone.
    assert _role(screen, InvitationListModel.HintRole)[1] == "Details not accepted"
    assert _role(screen, InvitationListModel.HintRole)[3] == "Check the address"
    times = _role(screen, InvitationListModel.TimeRole)
    days = _role(screen, InvitationListModel.DayRole)
    assert times[0] == QLocale().toString(NOW.time().replace(minute=2), QLocale.FormatType.ShortFormat)
    assert days[0] == "", "today: the time says enough"
    assert days[6] == "Yesterday"
    # A screen reader hears the whole row, status and all.
    spoken = screen.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Maximilian Schönberger-Hausmann, maximilian.schoenberger-hausmann@")
    assert "Needs attention, Details not accepted" in spoken


def test_every_row_is_touch_sized(screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    assert all(screen.list.visualRect(screen.model.index(n)).height() >= 44 for n in range(len(ROWS)))


def _many_rows(count: int) -> list[ListedInvitation]:
    return [
        ListedInvitation(_id(100 + n), "Kund", f"Nummer {n}", f"kund{n}@example.se", ShownStatus.SENT, NOW, 7, None)
        for n in range(count)
    ]


def _touch_drag(qtbot: QtBot, screen: InvitationsScreen, points: list[QPoint]) -> None:
    device = QTest.createTouchDevice()
    viewport = screen.list.viewport()
    QTest.touchEvent(viewport, device).press(0, points[0], viewport).commit()
    for point in points[1:]:
        qtbot.wait(16)
        QTest.touchEvent(viewport, device).move(0, point, viewport).commit()
    QTest.touchEvent(viewport, device).release(0, points[-1], viewport).commit()


def test_a_finger_drags_a_long_list_and_a_tap_chooses_a_row(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(_many_rows(60), online=True)
    bar = screen.list.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    x = screen.list.viewport().width() // 2
    _touch_drag(qtbot, screen, [QPoint(x, 400 - 20 * step) for step in range(16)])
    qtbot.waitUntil(lambda: bar.value() > 100)
    assert screen.list.currentIndex().isValid() is False, "a drag chooses nothing"

    qtbot.waitUntil(lambda: QScroller.scroller(screen.list.viewport()).state() is QScroller.State.Inactive)
    tapped = screen.list.indexAt(QPoint(x, 60))
    _touch_drag(qtbot, screen, [QPoint(x, 60)])
    assert screen.list.currentIndex() == tapped
    # The pane beside the list names whom the finger chose.
    assert screen.selected_name.text() == tapped.data(Qt.ItemDataRole.AccessibleTextRole).split(",")[0]
    assert screen.selected_name.text().startswith("Kund Nummer ")


def test_the_statuses_follow_the_language(
    qtbot: QtBot, screen: InvitationsScreen, qapp: QApplication, translations: Translations
) -> None:
    screen.show_rows(ROWS, online=True)
    screen.show_funnel(REPORT)
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    try:
        assert _role(screen, InvitationListModel.StatusRole)[2].startswith("[Opened")
        qtbot.waitUntil(lambda: screen.title.text().startswith("[Invitations"))
        assert screen.buttons[RowAction.RESEND].text().startswith("[Resend")
        assert screen.funnel.accessibleDescription().startswith("[[Today")
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: screen.title.text() == "Invitations")
    assert _role(screen, InvitationListModel.StatusRole)[2] == "Opened"


# -- search ------------------------------------------------------------------------------------------


def test_search_filters_as_you_type_ignoring_case_and_accents(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    qtbot.keyClicks(screen.search, "ake")
    assert _names(screen) == ["Björn Åkesson"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "ÖBERG")
    assert _names(screen) == ["Åsa Öberg"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "example.de")
    assert _names(screen) == ["Zoë Müller", "Jonas Weber", "Lea Hoffmann"]
    screen.search.clear()
    assert _names(screen) == [row.name for row in ROWS]


def test_a_search_that_finds_nothing_says_so(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    qtbot.keyClicks(screen.search, "nobody")
    assert screen.placeholder.isVisible()
    assert screen.placeholder.text() == "No invitation matches “nobody”."


def test_the_chosen_invitation_stays_chosen_through_a_search_and_a_refresh(
    qtbot: QtBot, screen: InvitationsScreen
) -> None:
    screen.show_rows(ROWS, online=True)
    sanne = BY_STATUS[ShownStatus.OPENED]
    qtbot.mouseClick(screen.list.viewport(), LEFT, pos=screen.list.visualRect(screen.model.index(2)).center())
    assert screen.selected == sanne
    assert screen.selected_name.text() == "Sanne de Vries"
    qtbot.keyClicks(screen.search, "erik")
    assert screen.selected is None and _enabled(screen) == set(), "hidden: nothing to act on"
    screen.search.clear()
    assert screen.selected == sanne, "shown again: chosen again"
    screen.show_rows([BY_STATUS[ShownStatus.WAITING], sanne], online=True)
    assert screen.selected == sanne
    assert screen.list.selectionModel().selectedRows()[0].row() == 1


# -- actions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", list(ShownStatus), ids=lambda status: status.value)
def test_the_buttons_offered_are_those_the_status_allows(
    qtbot: QtBot, screen: InvitationsScreen, status: ShownStatus
) -> None:
    screen.show_rows(ROWS, online=True)
    row = BY_STATUS[status]
    assert screen.select(row.id)
    assert _enabled(screen) == actions(row)


def test_offline_the_qr_code_cannot_be_shown_again_but_the_rest_still_queue(
    qtbot: QtBot, screen: InvitationsScreen
) -> None:
    screen.show_rows(ROWS, online=False)
    screen.select(BY_STATUS[ShownStatus.SENT].id)
    assert _enabled(screen) == {RowAction.RESEND, RowAction.CORRECT, RowAction.CANCEL}


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        (RowAction.SHOW_QR, "show_qr_requested"),
        (RowAction.RESEND, "resend_requested"),
        (RowAction.CORRECT, "correct_requested"),
    ],
)
def test_each_button_asks_for_its_action_on_the_chosen_invitation(
    qtbot: QtBot, screen: InvitationsScreen, action: RowAction, signal: str
) -> None:
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    zoe = BY_STATUS[ShownStatus.SENT]
    screen.select(zoe.id)
    qtbot.mouseClick(screen.buttons[action], LEFT)
    assert recorder.seen == [(signal, zoe.id)]


def test_a_refused_invitation_is_fixed_through_correct_which_says_so(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    refused = BY_STATUS[ShownStatus.NEEDS_ATTENTION]
    screen.select(refused.id)
    correct = screen.buttons[RowAction.CORRECT]
    assert correct.text() == "Correct the details"
    assert screen.selected_detail.text().startswith("The server did not accept some of the details.")
    qtbot.mouseClick(correct, LEFT)
    assert recorder.seen == [("correct_requested", refused.id)]
    screen.select(BY_STATUS[ShownStatus.FAILED].id)
    assert correct.text() == "Correct e-mail"


def test_cancel_asks_to_confirm_on_the_same_button_first(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    sanne = BY_STATUS[ShownStatus.OPENED]
    screen.select(sanne.id)
    cancel = screen.buttons[RowAction.CANCEL]
    qtbot.mouseClick(cancel, LEFT)
    assert recorder.seen == [], "one tap is not enough"
    assert cancel.text() == "Confirm cancel"
    assert cancel.accessibleName() == "Confirm cancel"
    assert "within 5 seconds" in cancel.accessibleDescription()
    assert screen.confirming()
    qtbot.mouseClick(cancel, LEFT)
    assert recorder.seen == [("cancel_requested", sanne.id)]
    assert cancel.text() == "Cancel invitation" and not screen.confirming()


def test_an_unconfirmed_cancel_lapses_after_a_while(qtbot: QtBot, translations: Translations) -> None:
    screen = make_screen(qtbot, confirm_ms=50)
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    screen.select(BY_STATUS[ShownStatus.SENT].id)
    cancel = screen.buttons[RowAction.CANCEL]
    qtbot.mouseClick(cancel, LEFT)
    assert cancel.text() == "Confirm cancel"
    qtbot.waitUntil(lambda: cancel.text() == "Cancel invitation", timeout=2000)
    qtbot.mouseClick(cancel, LEFT)
    assert recorder.seen == [], "after the pause, a tap asks to confirm again"
    assert screen.confirming()


def test_choosing_another_invitation_drops_a_pending_confirmation(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    screen.select(BY_STATUS[ShownStatus.SENT].id)
    qtbot.mouseClick(screen.buttons[RowAction.CANCEL], LEFT)
    screen.select(BY_STATUS[ShownStatus.OPENED].id)
    assert not screen.confirming()
    qtbot.mouseClick(screen.buttons[RowAction.CANCEL], LEFT)
    assert recorder.seen == [], "the other invitation's cancel needs its own confirmation"


def test_a_confirmation_ends_when_the_invitation_can_no_longer_be_cancelled(
    qtbot: QtBot, screen: InvitationsScreen
) -> None:
    screen.show_rows(ROWS, online=True)
    zoe = BY_STATUS[ShownStatus.SENT]
    screen.select(zoe.id)
    qtbot.mouseClick(screen.buttons[RowAction.CANCEL], LEFT)
    registered = ListedInvitation(zoe.id, zoe.first_name, zoe.last_name, zoe.email, ShownStatus.REGISTERED, NOW)
    screen.show_rows([registered], online=True)
    assert not screen.confirming()
    assert not screen.buttons[RowAction.CANCEL].isEnabled()


def test_back_and_refresh(qtbot: QtBot, screen: InvitationsScreen) -> None:
    recorder = Recorder(screen)
    qtbot.mouseClick(screen.refresh, LEFT)
    qtbot.mouseClick(screen.back, LEFT)
    assert recorder.seen == [("refresh_requested", None), ("back_requested", None)]


# -- states ------------------------------------------------------------------------------------------


def test_with_no_invitations_the_list_says_where_they_will_appear(screen: InvitationsScreen) -> None:
    screen.show_rows([], online=True)
    assert screen.placeholder.isVisible()
    assert screen.placeholder.text() == "No invitations yet. The invitations you send appear here."
    assert not screen.offline_note.isVisible()
    assert not screen.selected_name.isVisible(), "no invitation to talk about"


def test_offline_the_screen_says_it_shows_only_what_the_kiosk_holds(screen: InvitationsScreen) -> None:
    screen.show_rows([BY_STATUS[ShownStatus.WAITING]], online=False)
    assert screen.offline_note.isVisible()
    assert screen.offline_note.text() == "Offline: showing only what this kiosk holds."
    screen.show_rows([], online=False)
    assert screen.placeholder.text().startswith("This kiosk holds no invitations.")
    screen.show_rows(ROWS, online=True)
    assert not screen.offline_note.isVisible()


def test_a_problem_is_shown_until_cleared(screen: InvitationsScreen) -> None:
    screen.show_problem("The list could not be loaded.")
    assert screen.problem.isVisible() and screen.problem.text() == "The list could not be loaded."
    screen.show_problem(None)
    assert not screen.problem.isVisible()


def test_a_refresh_keeps_what_is_shown_until_the_new_rows_come(screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    screen.show_funnel(REPORT)
    screen.select(ROWS[2].id)
    screen.set_loading()
    assert screen.list.isVisible() and screen.selected == ROWS[2], "no blank screen while refreshing"
    assert screen.funnel.report == REPORT
    screen.show_rows([], online=True)
    screen.show_funnel(None)
    screen.set_loading()
    assert screen.placeholder.text() == "Loading the invitations…"
    assert screen.funnel.accessibleDescription() == "Loading the figures…"


# -- the funnel --------------------------------------------------------------------------------------


def test_the_funnel_states_its_numbers_in_words_for_screen_readers(screen: InvitationsScreen) -> None:
    screen.show_funnel(REPORT)
    funnel = screen.funnel
    assert funnel.accessibleName() == "Invited, opened and registered"
    assert funnel.accessibleDescription() == (
        "Today: 12 invited, 8 opened (67%), 5 registered (42%). "
        "This week: 64 invited, 41 opened (64%), 27 registered (42%)."
    )


def test_a_period_without_invitations_says_so_instead_of_dividing_by_zero(screen: InvitationsScreen) -> None:
    screen.show_funnel(FunnelReport(day=Funnel(invited=0, opened=0, registered=0), week=REPORT.week))
    assert screen.funnel.accessibleDescription().startswith("Today: no invitations yet. This week: 64 invited")
    screen.funnel.grab()  # and draws without trouble


def test_offline_the_funnel_says_it_is_not_available(screen: InvitationsScreen) -> None:
    screen.show_funnel(None)
    assert screen.funnel.accessibleDescription() == "Figures are not available offline."


def test_the_funnel_draws_ink_bars_in_proportion(qtbot: QtBot, translations: Translations) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.show_report(FunnelReport(day=Funnel(invited=10, opened=5, registered=0), week=REPORT.week))
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()

    def ink_width(y: int) -> int:
        return sum(1 for x in range(image.width()) if image.pixelColor(x, y).name() == "#111111")

    rows = [y for y in range(image.height()) if ink_width(y) > 20][:1]
    assert rows, "no bar drawn"
    bars = sorted({ink_width(y) for y in range(image.height()) if ink_width(y) > 20}, reverse=True)
    assert bars[0] >= 1.8 * bars[-1], "the opened bar is about half the invited one"


def test_the_funnel_asks_for_room_for_its_longest_label(qtbot: QtBot, translations: Translations, pseudo: None) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.show_report(REPORT)
    chart.ensurePolished()
    label = chart.fontMetrics().horizontalAdvance(chart.tr("Registered"))
    assert chart.tr("Registered").startswith("[Registered")
    assert chart.minimumSizeHint().width() > label + 96


# -- the keyboard ------------------------------------------------------------------------------------


def test_the_screen_works_with_the_keyboard_alone(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    recorder = Recorder(screen)
    screen.search.setFocus()
    qtbot.keyClick(screen.search, Qt.Key.Key_Tab)
    assert screen.list.hasFocus(), "search, then the list"
    assert screen.selected == ROWS[0], "arriving in the list chooses its first row"
    for _ in range(4):
        qtbot.keyClick(screen.list, Qt.Key.Key_Down)
    assert screen.selected == BY_STATUS[ShownStatus.SENT]
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    qtbot.keyClick(screen.list, Qt.Key.Key_Enter)
    assert recorder.seen == [], "Enter on a row does nothing by itself"
    qtbot.keyClick(screen.list, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is screen.buttons[RowAction.SHOW_QR], "then the buttons for the chosen row"
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert recorder.seen == [("show_qr_requested", ROWS[4].id)]
    visited = []
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert isinstance(widget, QPushButton)
        visited.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == ["show_qr_again", "resend", "correct", "cancel_invitation", "back"]
    assert QApplication.focusWidget() is screen.refresh
    screen.back.setFocus()
    qtbot.keyClick(screen.back, Qt.Key.Key_Space)
    assert recorder.seen[-1] == ("back_requested", None)


def test_disabled_buttons_are_skipped_by_tab(qtbot: QtBot, screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    screen.select(BY_STATUS[ShownStatus.NEEDS_ATTENTION].id)
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.buttons[RowAction.CORRECT]
    qtbot.keyClick(screen.buttons[RowAction.CORRECT], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.back


def test_every_control_has_an_accessible_name_and_description(screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    screen.show_funnel(REPORT)
    controls: list[QWidget] = [screen.search, screen.list, *screen.buttons.values(), screen.back, screen.refresh]
    controls.append(screen.funnel)
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.accessibleDescription(), control.objectName()
        assert control.objectName()


# -- how it looks ------------------------------------------------------------------------------------


def _show_everything(screen: InvitationsScreen) -> None:
    screen.show_rows(ROWS, online=True)
    screen.show_funnel(REPORT)
    screen.select(BY_STATUS[ShownStatus.NEEDS_ATTENTION].id)


def _fits(qapp: QApplication, screen: InvitationsScreen, height: int = 800) -> list[str]:
    qapp.processEvents()
    problems = list(_clipped(screen))
    side = screen.findChild(QWidget, "invitation_side")
    assert side is not None
    if side.verticalScrollBar().maximum() > 0:  # type: ignore[attr-defined]
        problems.append("the buttons and figures do not fit beside the list")
    chart = screen.funnel
    if chart.height() < chart.heightForWidth(chart.width()) or chart.width() < chart.minimumSizeHint().width():
        problems.append(f"the funnel has {chart.size()}, needs {chart.minimumSizeHint()}")
    if screen.height() > height:
        problems.append(f"the screen grew to {screen.height()} px")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_clipped_in_english(
    qtbot: QtBot, qapp: QApplication, screen: InvitationsScreen, size: tuple[int, int]
) -> None:
    screen.resize(*size)
    _show_everything(screen)
    assert _fits(qapp, screen, size[1]) == []


def test_nothing_is_clipped_with_strings_as_long_as_german(
    qtbot: QtBot, qapp: QApplication, translations: Translations, pseudo: None
) -> None:
    screen = make_screen(qtbot)
    _show_everything(screen)
    assert screen.title.text().startswith("[Invitations")
    assert _fits(qapp, screen) == []
    screen.show_rows([], online=False)
    screen.show_funnel(None)
    screen.show_problem("The list could not be loaded: the kiosk cannot reach the server.")
    assert _fits(qapp, screen) == []


def test_renders_in_english_and_german(
    qtbot: QtBot, qapp: QApplication, translations: Translations, tmp_path: Path
) -> None:
    """Pictures to look at: set INVITATIONS_PNG_DIR to keep them (else they go to pytest's tmp_path)."""
    out = Path(os.environ.get("INVITATIONS_PNG_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in (Language.EN, Language.DE):
        translations.use(language)
        screen = make_screen(qtbot)
        _show_everything(screen)
        screen.list.setFocus()
        qapp.processEvents()
        for name, state in (("list", None), ("offline", False)):
            if state is False:
                screen.show_rows([ROWS[0], ROWS[3]], online=False)
                screen.show_funnel(None)
                qapp.processEvents()
            path = out / f"invitations-{name}-{language.value}.png"
            assert screen.grab().save(str(path))
            written.append(path)
        screen.close()
    translations.use(Language.EN)
    assert all(path.stat().st_size > 10_000 for path in written)
    assert QCoreApplication.translate("InvitationsScreen", "Sent") == "Sent"


def test_rows_switched_to_german_look_as_rows_started_in_german(
    qtbot: QtBot, qapp: QApplication, translations: Translations
) -> None:
    """The columns are measured once per language: after a switch, the status column is as wide as
    German needs ("Zustellung fehlgeschlagen"), exactly as on a screen opened in German."""
    switched = make_screen(qtbot)
    _show_everything(switched)
    qapp.processEvents()
    switched.list.viewport().grab()  # painted, and measured, in English first
    translations.use(Language.DE)
    try:
        qapp.processEvents()
        fresh = make_screen(qtbot)
        _show_everything(fresh)
        qapp.processEvents()
        assert switched.list.viewport().grab().toImage() == fresh.list.viewport().grab().toImage()
    finally:
        translations.use(Language.EN)
