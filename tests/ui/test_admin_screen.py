"""The admin screen: PIN first, then sections that emit only checked values, usable by keyboard alone."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from kiosk.config import KioskSettings
from kiosk.diagnostics import Connectivity, QueueSummary
from kiosk.languages import Language
from tests.ui.driving import LEFT
from tests.ui.test_no_clipped_text import _clipped
from ui.i18n import Translations
from ui.screens.admin import AdminScreen, Section
from ui.theme import apply_theme

SETTINGS = KioskSettings(
    backend_url="https://onboarding.example.com",
    dealer="Porsche Center Stockholm (demo)",
    admin_pin_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",  # the screen only asks whether one is set
    default_language=Language.SV,
    customer_idle_s=90,
    idle_countdown_s=15,
    staff_idle_s=300,
    kiosk_mode=True,
)


@pytest.fixture
def screen(qtbot: QtBot, translations: Translations) -> Iterator[AdminScreen]:
    admin = AdminScreen()
    qtbot.addWidget(admin)
    admin.resize(1280, 800)
    admin.show()
    admin.activateWindow()
    qtbot.waitActive(admin)
    admin.show_settings(SETTINGS)
    admin.start()
    yield admin
    admin.close()


@pytest.fixture
def opened(screen: AdminScreen) -> AdminScreen:
    """Past the PIN step (the window said the PIN was right)."""
    screen.show_pin_result(True)
    return screen


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def _press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), key)


def _controls(root: QWidget) -> list[QWidget]:
    """Everything a person can operate that is visible now (a spin box's own inner field excluded)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isVisibleTo(root)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)
    ]


# -- the PIN step ---------------------------------------------------------------------------------


def test_the_pin_step_comes_first_and_sends_the_pin_typed_on_the_pad(qtbot: QtBot, screen: AdminScreen) -> None:
    assert screen.steps.currentWidget() is screen.pin_step
    for digit in "48291":
        qtbot.mouseClick(screen.digits[int(digit)], LEFT)
    assert not screen.open.isEnabled(), "an admin PIN has at least 6 digits"
    qtbot.mouseClick(screen.digits[6], LEFT)
    qtbot.mouseClick(screen.digits[7], LEFT)
    qtbot.mouseClick(screen.erase, LEFT)
    assert screen.pin.text() == "482916"
    with qtbot.waitSignal(screen.pin_entered) as entered:
        qtbot.mouseClick(screen.open, LEFT)
    assert entered.args == ["482916"]
    assert screen.open.text() == "Checking…" and not screen.open.isEnabled()


def test_a_wrong_pin_is_explained_emptied_and_a_lock_named(qtbot: QtBot, screen: AdminScreen) -> None:
    qtbot.keyClicks(screen.pin, "111112")
    screen.submit_pin()
    screen.show_pin_result(False, attempts_left=4)
    assert screen.pin_problem.text() == "That PIN is not right. Please try again."
    assert screen.pin.text() == "" and screen.steps.currentWidget() is screen.pin_step
    screen.show_pin_result(False, attempts_left=1)
    assert "One more wrong PIN locks admin" in screen.pin_problem.text()
    screen.show_pin_result(False, locked_for_s=300)
    assert screen.pin_problem.text() == "Too many wrong PINs. Admin is locked for 5 min."
    assert screen.open.text() == "Open admin"


def test_the_right_pin_opens_the_connection_section(qtbot: QtBot, screen: AdminScreen) -> None:
    screen.show_pin_result(True)
    assert screen.steps.currentWidget() is screen.sections_step
    assert screen.section is Section.CONNECTION
    assert screen.backend_url.edit.text() == "https://onboarding.example.com"
    assert _focused() is screen.nav.button(Section.CONNECTION)


def test_without_an_admin_pin_set_the_screen_says_so_and_takes_no_pin(qtbot: QtBot, screen: AdminScreen) -> None:
    screen.show_settings(SETTINGS.replace(admin_pin_hash=None))
    assert screen.pin_status.isVisible() and "No admin PIN is set" in screen.pin_status.text()
    assert not screen.pin.isEnabled() and not screen.open.isEnabled()
    assert not any(key.isEnabled() for key in screen.digits)


# -- what each section emits ---------------------------------------------------------------------


def test_an_invalid_address_is_refused_with_a_message_and_nothing_emitted(qtbot: QtBot, opened: AdminScreen) -> None:
    field = opened.backend_url
    for typed, message in [
        ("onboarding.example.com", "starts with http:// or https://"),
        ("", "Please enter the server's address."),
        ("https://admin:secret@onboarding.example.com", "no user name, password"),
        ("https://onboarding example.com", "not a complete address"),
    ]:
        field.edit.setText(typed)
        with qtbot.assertNotEmitted(opened.test_connection_requested), qtbot.assertNotEmitted(opened.save_requested):
            qtbot.mouseClick(opened.test_button, LEFT)
            qtbot.mouseClick(opened.save_url_button, LEFT)
        assert field.error.isVisible() and message in field.error.text(), typed
        assert field.edit.property("invalid") is True


def test_test_connection_sends_the_typed_address_and_shows_the_answer(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.backend_url.edit.setText("  http://192.168.1.20:8765 ")
    with qtbot.waitSignal(opened.test_connection_requested) as asked:
        qtbot.keyClick(opened.backend_url.edit, Qt.Key.Key_Return)
    assert asked.args == ["http://192.168.1.20:8765"]
    assert opened.test_button.text() == "Testing…"
    with qtbot.assertNotEmitted(opened.test_connection_requested):
        qtbot.mouseClick(opened.test_button, LEFT)  # one test at a time
    opened.show_connectivity(
        Connectivity("http://192.168.1.20:8765", True, True, 41.6, None, False, None, token_accepted=True)
    )
    assert opened.test_button.text() == "Test connection"
    assert opened.result_card.isVisible()
    assert opened.result_headline.text() == "Connected: the server answers and accepts this kiosk."
    assert opened.result_values["round_trip"].text() == "42 ms"
    assert opened.result_values["tls"].text() == "No: the address starts with http://"
    assert not opened.result_values["error"].isVisible()
    opened.show_connectivity(Connectivity("http://192.168.1.20:8765", False, error="ConnectError: refused"))
    assert opened.result_headline.text() == "The server cannot be reached."
    assert opened.result_values["error"].text() == "ConnectError: refused"


def test_save_address_emits_only_the_address(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.backend_url.edit.setText("https://new.example.com")
    with qtbot.waitSignal(opened.save_requested) as saved:
        qtbot.mouseClick(opened.save_url_button, LEFT)
    assert saved.args == [{"backend_url": "https://new.example.com"}]
    opened.show_saved()
    assert opened.notice.isVisible() and opened.notice.text() == "Saved."


def test_enrolment_sends_the_address_and_code_and_shows_the_new_dealer(qtbot: QtBot, opened: AdminScreen) -> None:
    qtbot.mouseClick(opened.nav.button(Section.ENROLMENT), LEFT)
    assert opened.dealer.text() == "This kiosk is enrolled at: Porsche Center Stockholm (demo)"
    assert opened.enrol_warning.isVisible(), "enrolling again replaces the token: said before it is done"
    with qtbot.assertNotEmitted(opened.enrol_requested):
        qtbot.mouseClick(opened.enrol_button, LEFT)
    assert opened.enrolment_code.error.text() == "Please enter the enrolment code."
    qtbot.keyClicks(opened.enrolment_code.edit, " K7F-2Q9X ")
    assert not opened.enrolment_code.error.isVisible()
    with qtbot.waitSignal(opened.enrol_requested) as asked:
        qtbot.keyClick(opened.enrolment_code.edit, Qt.Key.Key_Return)
    assert asked.args == ["https://onboarding.example.com", "K7F-2Q9X"]
    assert opened.enrol_button.text() == "Enrolling…"
    opened.show_enrolled("Porsche Zentrum Köln")
    assert opened.dealer.text() == "This kiosk is enrolled at: Porsche Zentrum Köln"
    assert opened.enrolment_code.edit.text() == "", "a spent code is not left on the screen"
    assert opened.notice.text() == "This kiosk is now enrolled at Porsche Zentrum Köln."


def test_enrolment_refuses_an_invalid_address_from_the_connection_section(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.backend_url.edit.setText("onboarding.example.com")
    opened.show_section(Section.ENROLMENT)
    opened.enrolment_code.edit.setText("K7F-2Q9X")
    with qtbot.assertNotEmitted(opened.enrol_requested):
        qtbot.mouseClick(opened.enrol_button, LEFT)
    assert opened.problem.isVisible() and "under Connection is not valid" in opened.problem.text()


def test_kiosk_settings_are_shown_and_saved_as_typed(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.show_section(Section.KIOSK)
    assert opened.default_language.currentText() == "Svenska"
    assert [opened.default_language.itemText(i) for i in range(opened.default_language.count())] == [
        "The system's language",
        "Svenska",
        "Nederlands",
        "Deutsch",
        "English",
    ]
    assert [box.value() for box in opened.seconds.values()] == [90, 15, 300]
    opened.default_language.setCurrentIndex(opened.default_language.findText("Deutsch"))
    opened.seconds["customer_idle_s"].lineEdit().selectAll()
    qtbot.keyClicks(opened.seconds["customer_idle_s"], "120")
    qtbot.mouseClick(opened.steppers["idle_countdown_s"][1], LEFT)  # + 5
    qtbot.mouseClick(opened.steppers["staff_idle_s"][0], LEFT)  # − 30
    opened.kiosk_mode.setChecked(False)
    opened.on_screen_keyboard.setChecked(True)
    opened.large_text.setChecked(True)
    with qtbot.waitSignal(opened.save_requested) as saved:
        qtbot.mouseClick(opened.save_button, LEFT)
    assert saved.args == [
        {
            "default_language": Language.DE,
            "customer_idle_s": 120,
            "idle_countdown_s": 20,
            "staff_idle_s": 270,
            "kiosk_mode": False,
            "on_screen_keyboard": True,
            "large_text": True,
        }
    ]
    opened.default_language.setCurrentIndex(0)
    opened.show_saved()
    with qtbot.waitSignal(opened.save_requested) as saved:
        qtbot.mouseClick(opened.save_button, LEFT)
    assert saved.args[0]["default_language"] is None, "None: the system's language"


@pytest.mark.parametrize(
    ("name", "typed"), [("customer_idle_s", "5"), ("idle_countdown_s", "500"), ("staff_idle_s", "0")]
)
def test_seconds_out_of_range_are_refused_with_the_range_and_nothing_emitted(
    qtbot: QtBot, opened: AdminScreen, name: str, typed: str
) -> None:
    opened.show_section(Section.KIOSK)
    box = opened.seconds[name]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, typed)
    with qtbot.assertNotEmitted(opened.save_requested):
        qtbot.mouseClick(opened.save_button, LEFT)
    low, high = box.allowed
    error = opened.seconds_errors[name]
    assert error.isVisible() and error.text() == f"Please choose between {low} and {high} seconds."
    assert box.value() == int(typed), "what was typed stays, to be corrected"
    assert _focused() is box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, str(low))
    assert not error.isVisible()


def test_the_steppers_and_arrow_keys_stay_inside_the_range(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.show_section(Section.KIOSK)
    box = opened.seconds["idle_countdown_s"]
    less, more = opened.steppers["idle_countdown_s"]
    box.setValue(10)
    for _ in range(3):
        qtbot.mouseClick(less, LEFT)
    assert box.value() == 5 and not less.isEnabled()
    box.setValue(115)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 120 and not more.isEnabled()


def test_a_new_admin_pin_must_pass_the_rules_and_be_typed_twice_alike(qtbot: QtBot, opened: AdminScreen) -> None:
    opened.show_section(Section.ADMIN_PIN)
    for new, repeat, field, message in [
        ("12345", "12345", opened.new_pin, "Please use 6 to 12 digits."),
        ("000000", "000000", opened.new_pin, "Repeated digits or patterns"),
        ("123456", "123456", opened.new_pin, "counting up or down"),
        ("147258", "147258", opened.new_pin, "one of the PINs people try first"),
        ("735019", "735018", opened.repeat_pin, "The two PINs are not the same."),
    ]:
        opened.new_pin.edit.setText(new)
        opened.repeat_pin.edit.setText(repeat)
        with qtbot.assertNotEmitted(opened.admin_pin_change_requested):
            qtbot.mouseClick(opened.change_pin_button, LEFT)
        assert field.error.isVisible() and message in field.error.text(), new
    opened.new_pin.edit.clear()
    qtbot.keyClicks(opened.new_pin.edit, "7a3b5-019")
    assert opened.new_pin.edit.text() == "735019", "digits only"
    opened.repeat_pin.edit.setText("735019")
    with qtbot.waitSignal(opened.admin_pin_change_requested) as changed:
        qtbot.mouseClick(opened.change_pin_button, LEFT)
    assert changed.args == ["735019"]
    opened.show_pin_changed()
    assert opened.new_pin.edit.text() == opened.repeat_pin.edit.text() == ""
    assert opened.notice.text().startswith("The admin PIN was changed.")


def test_diagnostics_are_asked_for_when_shown_and_the_export_path_is_shown(qtbot: QtBot, opened: AdminScreen) -> None:
    with qtbot.waitSignal(opened.diagnostics_requested):
        qtbot.mouseClick(opened.nav.button(Section.DIAGNOSTICS), LEFT)
    opened.show_diagnostics(
        {"Kiosk": "0.1.0", "Python": "3.11.7", "Qt": "6.11.3", "OS": "Debian GNU/Linux 12 (bookworm)"},
        QueueSummary(3, 1, 1_763_718_000.0, None, "create: BackendUnreachable", 1_763_721_600.0),
    )
    assert (
        opened.versions.text()
        == "Kiosk\u00a00.1.0 · Python\u00a03.11.7 · Qt\u00a06.11.3\nDebian GNU/Linux 12 (bookworm)"
    )
    assert opened.queue_values["waiting"].text() == "3"
    assert opened.queue_values["needs_attention"].text() == "1"
    assert opened.queue_values["last_sent"].text() == "never"
    assert opened.queue_values["last_error"].text() == "create: BackendUnreachable"
    with qtbot.waitSignal(opened.export_logs_requested):
        qtbot.mouseClick(opened.export_button, LEFT)
    assert opened.export_button.text() == "Exporting…"
    with qtbot.assertNotEmitted(opened.export_logs_requested):
        qtbot.mouseClick(opened.export_button, LEFT)
    opened.show_exported(Path("/media/usb/kiosk-diagnostics-20261121-104200.zip"))
    assert opened.exported_to.isVisible()
    assert opened.exported_to.text() == "Saved as: /media/usb/kiosk-diagnostics-20261121-104200.zip"
    assert opened.export_button.text() == "Export logs"


def test_a_problem_from_the_window_is_shown_and_ends_the_wait(qtbot: QtBot, opened: AdminScreen) -> None:
    qtbot.mouseClick(opened.test_button, LEFT)
    assert opened.test_button.text() == "Testing…"
    opened.show_problem("The kiosk cannot reach the server right now. Nothing was sent; please try again.")
    assert opened.problem.isVisible() and opened.test_button.text() == "Test connection"
    opened.show_section(Section.KIOSK)
    assert not opened.problem.isVisible(), "a problem belongs to the section it happened in"


def test_quitting_takes_a_second_press_and_leaving_forgets_what_was_typed(qtbot: QtBot, opened: AdminScreen) -> None:
    with qtbot.assertNotEmitted(opened.quit_requested):
        qtbot.mouseClick(opened.quit_button, LEFT)
    assert opened.quit_button.text() == "Press again to quit"
    with qtbot.waitSignal(opened.quit_requested):
        qtbot.mouseClick(opened.quit_button, LEFT)
    assert opened.quit_button.text() == "Quit kiosk"
    opened.quit_timer.setInterval(50)
    qtbot.mouseClick(opened.quit_button, LEFT)
    qtbot.waitUntil(lambda: opened.quit_button.text() == "Quit kiosk", timeout=2000)  # disarms by itself
    opened.show_section(Section.ENROLMENT)
    opened.enrolment_code.edit.setText("K7F-2Q9X")
    with qtbot.waitSignal(opened.leave_requested):
        qtbot.mouseClick(opened.leave_button, LEFT)
    assert opened.steps.currentWidget() is opened.pin_step
    assert opened.enrolment_code.edit.text() == "" and opened.pin.text() == ""


def test_back_on_the_pin_step_leaves_without_opening(qtbot: QtBot, screen: AdminScreen) -> None:
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.mouseClick(screen.back, LEFT)


# -- keyboard only --------------------------------------------------------------------------------


def test_the_whole_screen_works_with_the_keyboard_alone(qtbot: QtBot, screen: AdminScreen) -> None:
    assert _focused() is screen.pin
    qtbot.keyClicks(_focused(), "482916")
    with qtbot.waitSignal(screen.pin_entered) as entered:
        _press(qtbot, Qt.Key.Key_Return)
    assert entered.args == ["482916"]
    screen.show_pin_result(True)
    assert _focused() is screen.nav.button(Section.CONNECTION)
    _press(qtbot, Qt.Key.Key_Down, 2)  # the sections are one stop for Tab; the arrow keys choose among them
    assert _focused() is screen.nav.button(Section.KIOSK)
    assert screen.section is Section.KIOSK
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is screen.default_language
    _press(qtbot, Qt.Key.Key_Down)  # Svenska → Nederlands
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is screen.seconds["customer_idle_s"]
    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), "60")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Up)  # 15 → 20
    _press(qtbot, Qt.Key.Key_Tab, 4)  # staff idle, kiosk mode, on-screen keyboard, large text
    assert _focused() is screen.large_text
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is screen.save_button
    with qtbot.waitSignal(screen.save_requested) as saved:
        _press(qtbot, Qt.Key.Key_Space)
    assert saved.args[0] == {
        "default_language": Language.NL,
        "customer_idle_s": 60,
        "idle_countdown_s": 20,
        "staff_idle_s": 300,
        "kiosk_mode": True,
        "on_screen_keyboard": False,
        "large_text": True,
    }
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is screen.leave_button
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused() is screen.quit_button
    with qtbot.waitSignal(screen.quit_requested):
        _press(qtbot, Qt.Key.Key_Space)
        _press(qtbot, Qt.Key.Key_Space)


def test_tab_goes_from_the_sections_through_the_one_shown_to_the_way_out_and_back(
    qtbot: QtBot, opened: AdminScreen
) -> None:
    opened.show_section(Section.ENROLMENT)
    expected = [
        opened.enrolment_code.edit,
        opened.enrol_button,
        opened.leave_button,
        opened.quit_button,
        opened.nav.button(Section.ENROLMENT),  # the chosen section is the group's one stop
    ]
    opened.nav.button(Section.ENROLMENT).setFocus()
    forwards = []
    for _ in expected:
        _press(qtbot, Qt.Key.Key_Tab)
        forwards.append(_focused())
    assert forwards == expected
    backwards = []
    for _ in expected:
        _press(qtbot, Qt.Key.Key_Backtab)
        backwards.append(_focused())
    assert backwards == [*expected[-2::-1], opened.nav.button(Section.ENROLMENT)]


# -- what people and assistive technology get ----------------------------------------------------


def _each_view(screen: AdminScreen) -> Iterator[str]:
    screen.start()
    yield "0-pin"
    screen.show_pin_result(True)
    for section in Section:
        screen.show_section(section)
        yield f"{section.value + 1}-{section.name.lower()}"


def test_every_control_is_named_described_and_big_enough_to_touch(opened: AdminScreen) -> None:
    problems = []
    for view in _each_view(opened):
        for control in _controls(opened):
            name = control.objectName() or type(control).__name__
            if not control.objectName():
                problems.append(f"{view}: a {type(control).__name__} has no objectName")
            if not control.accessibleName():
                problems.append(f"{view}: {name} has no accessible name")
            if not control.accessibleDescription():
                problems.append(f"{view}: {name} has no accessible description")
            if control.height() < 44 or control.width() < 44:
                problems.append(f"{view}: {name} is {control.width()}×{control.height()}, under 44 px")
    assert problems == []


def _fill_for_pictures(screen: AdminScreen) -> None:
    screen.show_connectivity(
        Connectivity("https://onboarding.example.com", True, True, 42.0, "1.4.0", True, "TLSv1.3", True)
    )
    screen.show_diagnostics(
        {"Kiosk": "0.1.0", "Python": "3.11.7", "PySide6": "6.11.3", "Qt": "6.11.3", "httpx": "0.28.1", "OS": "Linux"},
        QueueSummary(
            3, 1, 1_763_718_000.0, 1_763_717_400.0, "create: BackendUnreachable ConnectError", 1_763_721_600.0
        ),
    )
    screen.show_exported("/home/kiosk/.local/share/showroom-kiosk/exports/kiosk-diagnostics-20261121-104200.zip")


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large-text"])
def test_each_view_fits_1280x800_with_nothing_clipped(
    qtbot: QtBot, qapp: QApplication, opened: AdminScreen, tmp_path: Path, large_text: bool
) -> None:
    """Each view is also saved as a picture (to $ADMIN_SCREEN_PNG_DIR if set) for people to look at."""
    folder = Path(os.environ.get("ADMIN_SCREEN_PNG_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    apply_theme(qapp, large_text=large_text)
    try:
        _fill_for_pictures(opened)
        problems = []
        for view in _each_view(opened):
            if view == "1-connection":
                _fill_for_pictures(opened)
            qapp.processEvents()
            problems += [f"{view}: {problem}" for problem in _clipped(opened)]
            if (opened.width(), opened.height()) != (1280, 800):
                problems.append(f"{view}: the screen grew to {opened.width()}×{opened.height()}")
            page = opened.pages.currentWidget()
            sections = opened.steps.currentWidget() is opened.sections_step
            if sections and not large_text and page.verticalScrollBar().isVisible():  # large text may scroll
                problems.append(f"{view}: the section needs scrolling at 1280×800")
            picture = folder / f"admin-{view}{'-large' if large_text else ''}.png"
            assert opened.grab().save(str(picture)), picture
        assert problems == []
    finally:
        apply_theme(qapp)


class Shouting(QTranslator):
    """A stand-in language: every string of the admin screen, in capitals."""

    def isEmpty(self) -> bool:
        return False  # else Qt installs it without telling the widgets the language changed

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source_text.upper() if context == "AdminScreen" else ""


def test_a_language_switch_retranslates_everything_shown_even_a_notice(
    qtbot: QtBot, qapp: QApplication, opened: AdminScreen
) -> None:
    opened.show_section(Section.KIOSK)
    opened.show_saved()
    shouting = Shouting(qapp)
    qapp.installTranslator(shouting)
    try:
        qapp.processEvents()  # the LanguageChange event is posted
        assert opened.notice.text() == "SAVED."
        assert opened.nav.button(Section.KIOSK).text() == "KIOSK"
        assert opened.save_button.accessibleName() == "SAVE"
        assert opened.default_language.itemText(0) == "THE SYSTEM'S LANGUAGE"
        assert opened.default_language.itemText(1) == "Svenska", "a language is named in itself, always"
    finally:
        qapp.removeTranslator(shouting)
    qapp.processEvents()
    assert opened.notice.text() == "Saved."
