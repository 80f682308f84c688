"""The administrator's screen: behind the admin PIN, the kiosk's server, enrolment, behaviour and diagnostics.

The screen does no network or disk work itself. It checks what was typed with the core's rules
(:func:`kiosk.config.check_backend_url`, :func:`kiosk.config.setting_range`,
:func:`kiosk.admin_pin.pin_problem`), says what is wrong beside the field, and emits only values
that passed; the window does the work (in a worker) and calls a ``show_…`` method with the answer.
Quitting the kiosk is possible from here only, and asks to be pressed twice.
"""

import itertools
from collections.abc import Mapping
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QRectF, QRegularExpression, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin_pin import PIN_LENGTH, PinProblem, pin_problem
from kiosk.config import KioskSettings, UrlProblem, check_backend_url, setting_range
from kiosk.diagnostics import Connectivity, QueueSummary
from kiosk.languages import Language
from ui.theme import TOKENS
from ui.widgets.check_box import CheckBox
from ui.widgets.forget import forget
from ui.widgets.form_field import FormField
from ui.widgets.keyboard import press_focused_button
from ui.widgets.pin_pad import PinPad
from ui.widgets.viewport import forgettable_viewport

#: The PIN column: three keys a thumb hits easily, and the spacing between them (as on staff sign-in).
ENTRY_WIDTH = 3 * 136 + 2 * 8
#: The column of sections on the left.
NAV_WIDTH = 300
#: Readable line length for a section's content.
CONTENT_MAX_WIDTH = 780
#: How long "Quit kiosk" stays armed after the first press.
QUIT_CONFIRM_MS = 5000
#: The seconds settings, with the step of their − and + keys.
SECONDS_SETTINGS = {"customer_idle_s": 15, "idle_countdown_s": 5, "staff_idle_s": 30}


class Section(IntEnum):
    CONNECTION = 0
    ENROLMENT = 1
    KIOSK = 2
    ADMIN_PIN = 3
    DIAGNOSTICS = 4


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SecondsBox(QSpinBox):
    """Seconds, typed or stepped. Stepping stays in the setting's range; a typed number outside it is
    kept, so the screen can say what is wrong instead of Qt silently putting the old value back."""

    def __init__(self, name: str, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.allowed = setting_range(name)
        self.setRange(0, 99_999)
        self.setSingleStep(step)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # the screen's − and + keys instead
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.setMinimumHeight(44)
        self.setFixedWidth(140)
        # As tall as the − and + keys beside it, whatever size the theme gives them.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame as the theme draws a field's: the accent ring with focus, the error colour when wrong.

        The stylesheet cannot do it here: the box has the focus, not the frameless field inside it, and
        styling the box itself makes Qt squeeze that field to nothing when the box has no arrows.
        """
        super().paintEvent(event)
        invalid = bool(self.lineEdit().property("invalid"))
        if not (self.hasFocus() or invalid):
            return
        width = TOKENS.border_field
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(TOKENS.accent if self.hasFocus() else TOKENS.error), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inside = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.drawRoundedRect(inside, TOKENS.radius_control, TOKENS.radius_control)

    def stepBy(self, steps: int) -> None:
        low, high = self.allowed
        self.setValue(min(high, max(low, self.value() + steps * self.singleStep())))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        low, high = self.allowed
        enabled = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() > low:
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < high:
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled

    def in_range(self) -> bool:
        low, high = self.allowed
        return self.hasAcceptableInput() and low <= self.value() <= high


class AdminScreen(QWidget):
    """PIN first (:meth:`start`), then the sections. Emits requests; the window answers with ``show_…``.

    While a request is out, its button says so ("Testing…") and ignores presses; it stays enabled so
    that keyboard focus stays where the person left it. Tab goes from the chosen section (the arrow
    keys choose another, as in a tab bar) through the section's controls to "Leave admin" and "Quit".
    """

    #: The PIN typed on the PIN step (the window checks it with ``kiosk.admin_pin.AdminPinGuard``).
    pin_entered = Signal(str)
    #: Settings to store, by their names in :class:`kiosk.config.KioskSettings` (already checked).
    save_requested = Signal(dict)
    #: The backend address to test (checked to be http(s)://…).
    test_connection_requested = Signal(str)
    #: (backend address, enrolment code)
    enrol_requested = Signal(str, str)
    export_logs_requested = Signal()
    #: The Diagnostics section was opened: the window answers with :meth:`show_diagnostics`.
    diagnostics_requested = Signal()
    #: A new admin PIN that passed the rules, typed twice alike (the window hashes and stores it).
    admin_pin_change_requested = Signal(str)
    leave_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin_set = True
        self._pin_message = ""
        self._busy: set[str] = set()
        self._dealer: str | None = None
        self._connectivity: Connectivity | None = None
        self._versions: dict[str, str] = {}
        self._queue: QueueSummary | None = None
        self._exported: str | None = None
        self._status: tuple[str, str] | None = None
        self._quit_armed = False
        #: How long "Quit kiosk" stays armed after the first press.
        self.quit_timer = QTimer(self)
        self.quit_timer.setSingleShot(True)
        self.quit_timer.setInterval(QUIT_CONFIRM_MS)
        self.quit_timer.timeout.connect(self._disarm_quit)

        self.steps = QStackedWidget(self)
        self.pin_step = self._build_pin_step()
        self.sections_step = self._build_sections_step()
        self.steps.addWidget(self.pin_step)
        self.steps.addWidget(self.sections_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        self._set_tab_order()
        self.retranslate_ui()
        self.start()

    # -- building ------------------------------------------------------------------------------

    def _build_pin_step(self) -> QWidget:
        step = QWidget(self)
        step.setObjectName("admin_pin_step")
        self.pin_title = QLabel(step)
        self.pin_title.setProperty("role", "title")
        self.pin_intro = QLabel(step)
        self.pin_intro.setObjectName("admin_pin_intro")
        self.pin_intro.setWordWrap(True)
        self.pin_status = QLabel(step)
        self.pin_status.setObjectName("admin_pin_status")
        self.pin_status.setProperty("role", "error")
        self.pin_status.setWordWrap(True)
        self.pin_label = QLabel(step)
        self.pin_label.setProperty("role", "heading")
        self.pin = QLineEdit(step)
        self.pin.setObjectName("admin_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH[1])
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{PIN_LENGTH[1]}}}"), self))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.pin.textChanged.connect(self._refresh_pin_step)
        self.pin.returnPressed.connect(self.submit_pin)
        self.pin_label.setBuddy(self.pin)
        self.pin_problem = QLabel(step)
        self.pin_problem.setObjectName("admin_pin_problem")
        self.pin_problem.setProperty("role", "error")
        self.pin_problem.setWordWrap(True)
        self.pad = PinPad(self.pin, "admin_pin_", step)
        self.digits, self.erase = self.pad.digits, self.pad.erase
        self.open = QPushButton(step)
        self.open.setObjectName("admin_open")
        self.open.setProperty("role", "primary")
        self.open.clicked.connect(self.submit_pin)
        self.back = QPushButton(step)
        self.back.setObjectName("admin_back")
        self.back.clicked.connect(self.leave)

        about = QVBoxLayout()
        about.setSpacing(16)
        about.addWidget(self.pin_intro)
        about.addWidget(self.pin_status)
        about.addStretch(1)
        entry_column = QWidget(step)
        entry_column.setFixedWidth(ENTRY_WIDTH)
        entry = QVBoxLayout(entry_column)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(12)
        entry.addWidget(self.pin_label)
        entry.addWidget(self.pin)
        entry.addWidget(self.pin_problem)
        entry.addWidget(self.pad)
        entry.addSpacing(8)
        entry.addWidget(self.open)
        entry.addWidget(self.back)
        entry.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(64)
        columns.addLayout(about, 1)
        columns.addWidget(entry_column)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(64, 24, 64, 32)
        layout.setSpacing(24)
        layout.addWidget(self.pin_title)
        layout.addLayout(columns, 1)
        return step

    def _build_sections_step(self) -> QWidget:
        step = QWidget(self)
        step.setObjectName("admin_sections_step")
        self.title = QLabel(step)
        self.title.setProperty("role", "title")
        self.nav = QButtonGroup(step)
        self.nav.setExclusive(True)
        nav_column = QWidget(step)
        nav_column.setMinimumWidth(NAV_WIDTH)  # wider if a section's name needs it (large text)
        nav_column.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        nav = QVBoxLayout(nav_column)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.setSpacing(8)
        for section in Section:
            button = QPushButton(nav_column)
            button.setObjectName(f"admin_section_{section.name.lower()}")
            button.setProperty("role", "choice")
            button.setCheckable(True)
            self.nav.addButton(button, section.value)
            nav.addWidget(button)
        nav.addStretch(1)
        self.leave_button = QPushButton(nav_column)
        self.leave_button.setObjectName("leave_admin")
        self.leave_button.clicked.connect(self.leave)
        self.quit_button = QPushButton(nav_column)
        self.quit_button.setObjectName("quit_kiosk")
        self.quit_button.clicked.connect(self._quit_pressed)
        nav.addWidget(self.leave_button)
        nav.addWidget(self.quit_button)

        self.section_title = QLabel(step)
        self.section_title.setObjectName("admin_section_title")
        self.section_title.setProperty("role", "heading")
        self.notice = QLabel(step)
        self.notice.setObjectName("admin_notice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(step)
        self.problem.setObjectName("admin_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.pages = QStackedWidget(step)
        self.pages.addWidget(self._build_connection())
        self.pages.addWidget(self._build_enrolment())
        self.pages.addWidget(self._build_kiosk())
        self.pages.addWidget(self._build_admin_pin())
        self.pages.addWidget(self._build_diagnostics())
        self.nav.idToggled.connect(self._section_toggled)

        content = QVBoxLayout()
        content.setSpacing(12)
        content.addWidget(self.section_title)
        content.addWidget(self.notice)
        content.addWidget(self.problem)
        content.addWidget(self.pages, 1)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addWidget(nav_column)
        columns.addLayout(content, 1)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(64, 24, 64, 32)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        return step

    def _page(self, name: str) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
        """A section's page: a column of readable width that scrolls if large text needs more room."""
        body = QWidget()
        body.setObjectName(f"admin_page_{name}")
        body.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 8)  # room for the focus ring of the widest control
        layout.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"admin_scroll_{name}")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a control that takes focus is scrolled into view
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        forgettable_viewport(scroll)
        return scroll, body, layout

    @staticmethod
    def _label(parent: QWidget, name: str, role: str | None = None) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        return label

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_connection(self) -> QWidget:
        scroll, body, layout = self._page("connection")
        self.connection_intro = self._label(body, "connection_intro")
        self.backend_url = FormField("backend_url", body)
        self.backend_url.edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.backend_url.edit.textChanged.connect(self._check_url)
        self.backend_url.edit.editingFinished.connect(self._touch_url)
        self.backend_url.edit.returnPressed.connect(self.test_connection)
        self.test_button = QPushButton(body)
        self.test_button.setObjectName("test_connection")
        self.test_button.setProperty("role", "primary")
        self.test_button.clicked.connect(self.test_connection)
        self.save_url_button = QPushButton(body)
        self.save_url_button.setObjectName("save_backend_url")
        self.save_url_button.clicked.connect(self.save_backend_url)
        self.result_card, self.result_headline, grid = self._card(body, "connection_result")
        self.result_keys: dict[str, QLabel] = {}
        self.result_values: dict[str, QLabel] = {}
        for row, key in enumerate(["round_trip", "tls", "server_version", "token", "error"]):
            name = self._label(self.result_card, f"connection_{key}_label", "muted")
            name.setWordWrap(False)  # the values wrap instead
            value = self._label(self.result_card, f"connection_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.result_keys[key] = name
            self.result_values[key] = value
        self.result_card.hide()
        layout.addWidget(self.connection_intro)
        layout.addWidget(self.backend_url)
        layout.addLayout(self._buttons(self.test_button, self.save_url_button))
        layout.addWidget(self.result_card)
        layout.addStretch(1)
        return scroll

    def _build_enrolment(self) -> QWidget:
        scroll, body, layout = self._page("enrolment")
        self.dealer = self._label(body, "enrolled_dealer")
        self.enrolment_intro = self._label(body, "enrolment_intro")
        self.enrolment_server = self._label(body, "enrolment_server", "muted")
        self.enrolment_code = FormField("enrolment_code", body)
        self.enrolment_code.edit.setMaxLength(64)  # as the backend takes
        self.enrolment_code.edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.enrolment_code.edit.textChanged.connect(self._check_code)
        self.enrolment_code.edit.editingFinished.connect(self._touch_code)
        self.enrolment_code.edit.returnPressed.connect(self.enrol)
        self.enrol_warning = self._label(body, "enrol_replaces_token", "muted")
        self.enrol_button = QPushButton(body)
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setProperty("role", "primary")
        self.enrol_button.clicked.connect(self.enrol)
        layout.addWidget(self.dealer)
        layout.addWidget(self.enrolment_intro)
        layout.addWidget(self.enrolment_server)
        layout.addWidget(self.enrolment_code)
        layout.addWidget(self.enrol_warning)
        layout.addLayout(self._buttons(self.enrol_button))
        layout.addStretch(1)
        return scroll

    def _build_kiosk(self) -> QWidget:
        scroll, body, layout = self._page("kiosk")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.language_label = QLabel(body)
        self.language_label.setWordWrap(True)
        self.default_language = QComboBox(body)
        self.default_language.setObjectName("default_language")
        self.default_language.addItem("", "")  # the system's language; named in retranslate_ui
        for language in Language:
            self.default_language.addItem(language.endonym, language.value)  # Qt hands an enum back as str
        self.default_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.default_language.setMinimumWidth(288)  # as wide as the rows of − seconds + below
        self.language_label.setBuddy(self.default_language)
        grid.addWidget(self.language_label, 0, 0)
        grid.addWidget(self.default_language, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setRowMinimumHeight(1, 12)
        self.seconds: dict[str, SecondsBox] = {}
        self.seconds_labels: dict[str, QLabel] = {}
        self.seconds_errors: dict[str, QLabel] = {}
        self.steppers: dict[str, tuple[QPushButton, QPushButton]] = {}
        for index, (name, step) in enumerate(SECONDS_SETTINGS.items()):
            row = 2 + index * 2
            box = SecondsBox(name, step, body)
            box.valueChanged.connect(self._check_seconds)
            label = QLabel(body)
            label.setWordWrap(True)
            label.setBuddy(box)
            less = QPushButton("−", body)
            less.setObjectName(f"{name}_less")
            more = QPushButton("+", body)
            more.setObjectName(f"{name}_more")
            for key in (less, more):
                key.setProperty("role", "key")
                key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys step the box itself
                key.setAutoRepeat(True)
            # Lambdas, not box.stepDown itself: PySide6 6.11 never frees a connection to a Qt method
            # of another object, nor what that connection keeps alive (see ui/widgets/pin_pad.py).
            less.clicked.connect(lambda _checked=False, box=box: box.stepDown())
            more.clicked.connect(lambda _checked=False, box=box: box.stepUp())
            stepper = QHBoxLayout()
            stepper.setSpacing(8)
            stepper.addWidget(less)
            stepper.addWidget(box)
            stepper.addWidget(more)
            stepper.addStretch(1)
            error = self._label(body, f"{name}_error", "error")
            error.hide()
            # No alignment flag: a word-wrapped label given one loses its height-for-width, and German
            # ("Inaktivität Kunde (Sekunden)", three lines) was cut at the top and bottom.
            grid.addWidget(label, row, 0)
            grid.addLayout(stepper, row, 1)
            grid.addWidget(error, row + 1, 1)
            self.seconds[name] = box
            self.seconds_labels[name] = label
            self.seconds_errors[name] = error
            self.steppers[name] = (less, more)
        self.kiosk_mode = CheckBox(body)
        self.kiosk_mode.setObjectName("kiosk_mode")
        self.on_screen_keyboard = CheckBox(body)
        self.on_screen_keyboard.setObjectName("on_screen_keyboard")
        self.large_text = CheckBox(body)
        self.large_text.setObjectName("large_text")
        self.save_button = QPushButton(body)
        self.save_button.setObjectName("save_kiosk_settings")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_kiosk_settings)
        layout.addLayout(grid)
        checks = QVBoxLayout()
        checks.setSpacing(0)
        for check in self.checkboxes():
            checks.addWidget(check)
        layout.addLayout(checks)
        layout.addLayout(self._buttons(self.save_button))
        layout.addStretch(1)
        return scroll

    def _build_admin_pin(self) -> QWidget:
        scroll, body, layout = self._page("admin_pin")
        self.new_pin_intro = self._label(body, "new_admin_pin_intro")
        validator = QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{PIN_LENGTH[1]}}}"), self)
        self.new_pin = FormField("new_admin_pin", body)
        self.repeat_pin = FormField("repeat_admin_pin", body)
        for field in (self.new_pin, self.repeat_pin):
            field.edit.setEchoMode(QLineEdit.EchoMode.Password)
            field.edit.setMaxLength(PIN_LENGTH[1])
            field.edit.setValidator(validator)
            field.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
            field.edit.setMaximumWidth(ENTRY_WIDTH)
            field.edit.textChanged.connect(self._check_new_pin)
            field.edit.editingFinished.connect(self._touch_new_pin)
            field.edit.returnPressed.connect(self.change_admin_pin)
        self.change_pin_button = QPushButton(body)
        self.change_pin_button.setObjectName("change_admin_pin")
        self.change_pin_button.setProperty("role", "primary")
        self.change_pin_button.clicked.connect(self.change_admin_pin)
        layout.addWidget(self.new_pin_intro)
        layout.addWidget(self.new_pin)
        layout.addWidget(self.repeat_pin)
        layout.addLayout(self._buttons(self.change_pin_button))
        layout.addStretch(1)
        return scroll

    def _card(self, parent: QWidget, name: str) -> tuple[QFrame, QLabel, QGridLayout]:
        """A grey card with a heading over a grid of names (muted) and values."""
        card = QFrame(parent)
        card.setObjectName(name)
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        heading = self._label(card, f"{name}_heading", "heading")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return card, heading, grid

    def _build_diagnostics(self) -> QWidget:
        scroll, body, layout = self._page("diagnostics")
        self.versions_card, self.versions_heading, versions = self._card(body, "versions")
        self.queue_card, self.queue_heading, queue = self._card(body, "queue")
        self.queue_keys: dict[str, QLabel] = {}
        self.queue_values: dict[str, QLabel] = {}
        for row, key in enumerate(["waiting", "needs_attention", "oldest", "last_sent", "last_error"]):
            name = self._label(self.queue_card, f"queue_{key}_label", "muted")
            name.setWordWrap(False)  # the values wrap instead
            value = self._label(self.queue_card, f"queue_{key}")
            queue.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            queue.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.queue_keys[key] = name
            self.queue_values[key] = value
        self.export_button = QPushButton(body)
        self.export_button.setObjectName("export_logs")
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self.export_logs)
        self.export_note = self._label(body, "export_note", "muted")
        self.exported_to = self._label(body, "exported_to", "notice")
        self.exported_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exported_to.hide()
        self.versions = self._label(self.versions_card, "versions")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions.addWidget(self.versions, 0, 0, 1, 2)
        layout.addWidget(self.versions_card)
        layout.addWidget(self.queue_card)
        layout.addWidget(self.export_note)
        layout.addLayout(self._buttons(self.export_button))
        layout.addWidget(self.exported_to)
        layout.addStretch(1)
        return scroll

    def checkboxes(self) -> list[CheckBox]:
        return [self.kiosk_mode, self.on_screen_keyboard, self.large_text]

    def _set_tab_order(self) -> None:
        """Left to right as the eye goes: the PIN step; then the sections, the section shown, the way out."""
        chain: list[QWidget] = [self.pin, self.open, self.back]
        chain += [self.nav.button(section) for section in Section]
        chain += [self.backend_url.edit, self.test_button, self.save_url_button]
        chain += [self.enrolment_code.edit, self.enrol_button]
        chain += [self.default_language, *self.seconds.values(), *self.checkboxes(), self.save_button]
        chain += [self.new_pin.edit, self.repeat_pin.edit, self.change_pin_button]
        chain += [self.export_button]
        chain += [self.leave_button, self.quit_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the window tells it --------------------------------------------------------------

    def start(self) -> None:
        """Show the PIN step, empty; everything typed before is forgotten."""
        self._busy.clear()
        self._pin_message = ""
        forget(self.pin)
        for field in (self.enrolment_code, self.new_pin, self.repeat_pin):
            forget(field.edit)
            field.touched = False
            field.show_error(None)
        self.backend_url.touched = False
        self.backend_url.show_error(None)
        self._disarm_quit()
        self._show_status(None)
        self.exported_to.hide()
        self._exported = None
        self.steps.setCurrentWidget(self.pin_step)
        self.retranslate_ui()
        self.pin.setFocus()

    def show_pin_result(self, ok: bool, locked_for_s: float = 0.0, attempts_left: int | None = None) -> None:
        """The answer to :attr:`pin_entered`: open the sections, or say why not and empty the PIN."""
        self._busy.discard("pin")
        forget(self.pin)
        if ok:
            self._pin_message = ""
            self.steps.setCurrentWidget(self.sections_step)
            self.show_section(Section.CONNECTION)
            self.nav.button(Section.CONNECTION).setFocus()
        elif locked_for_s > 0:
            minutes = max(1, round(locked_for_s / 60))
            self._pin_message = self.tr("Too many wrong PINs. Admin is locked for %1 min.").replace("%1", str(minutes))
        elif attempts_left == 1:
            self._pin_message = self.tr("That PIN is not right. One more wrong PIN locks admin for a few minutes.")
        else:
            self._pin_message = self.tr("That PIN is not right. Please try again.")
        self.retranslate_ui()
        if not ok:
            self.pin.setFocus()

    def show_settings(self, settings: KioskSettings) -> None:
        """Fill every section from ``settings`` (what is typed and not saved is replaced)."""
        self._pin_set = settings.admin_pin_hash is not None
        self.backend_url.edit.setText(settings.backend_url)
        self._dealer = settings.dealer
        chosen = settings.default_language.value if settings.default_language else ""
        self.default_language.setCurrentIndex(max(0, self.default_language.findData(chosen)))
        for name, box in self.seconds.items():
            box.setValue(getattr(settings, name))
        self.kiosk_mode.setChecked(settings.kiosk_mode)
        self.on_screen_keyboard.setChecked(settings.on_screen_keyboard)
        self.large_text.setChecked(settings.large_text)
        self.retranslate_ui()

    def show_connectivity(self, connectivity: Connectivity) -> None:
        self._busy.discard("test")
        self._connectivity = connectivity
        self.retranslate_ui()

    def show_enrolled(self, dealer_name: str) -> None:
        self._busy.discard("enrol")
        self._dealer = dealer_name
        forget(self.enrolment_code.edit)
        self.enrolment_code.touched = False
        self.retranslate_ui()
        self._show_status("enrolled", dealer_name)

    def show_saved(self) -> None:
        """The settings from :attr:`save_requested` were stored."""
        self._busy.discard("save")
        self.retranslate_ui()
        self._show_status("saved")

    def show_pin_changed(self) -> None:
        """The PIN from :attr:`admin_pin_change_requested` is now the admin PIN."""
        self._busy.discard("pin_change")
        for field in (self.new_pin, self.repeat_pin):
            forget(field.edit)
            field.touched = False
            field.show_error(None)
        self.retranslate_ui()
        self._show_status("pin_changed")

    def show_diagnostics(self, versions: Mapping[str, str], queue: QueueSummary | None) -> None:
        self._versions = dict(versions)
        self._queue = queue
        self._fill_versions()
        self.retranslate_ui()

    def show_exported(self, path: Path | str) -> None:
        self._busy.discard("export")
        self._exported = str(path)
        self.retranslate_ui()

    def show_problem(self, text: str | None) -> None:
        """Something the window could not do (already in words); every pending request is over."""
        self._busy.clear()
        if self.steps.currentWidget() is self.pin_step:
            self._pin_message = text or ""
        else:
            self._show_status("problem", text or "")
        self.retranslate_ui()

    def show_section(self, section: Section) -> None:
        self.nav.button(section).setChecked(True)

    @property
    def section(self) -> Section:
        return Section(self.nav.checkedId()) if self.nav.checkedId() != -1 else Section.CONNECTION

    # -- user actions -------------------------------------------------------------------------

    @Slot()
    def submit_pin(self) -> None:
        if not self.open.isEnabled():
            return
        self._busy.add("pin")
        self._pin_message = ""
        self.retranslate_ui()
        self.pin_entered.emit(self.pin.text())

    @Slot()
    def test_connection(self) -> None:
        if "test" in self._busy:
            return
        url = self._valid_url()
        if url is None:
            return
        self._busy.add("test")
        self._show_status(None)
        self.retranslate_ui()
        self.test_connection_requested.emit(url)

    @Slot()
    def save_backend_url(self) -> None:
        if "save" in self._busy:
            return
        url = self._valid_url()
        if url is None:
            return
        self._busy.add("save")
        self._show_status(None)
        self.retranslate_ui()
        self.save_requested.emit({"backend_url": url})

    @Slot()
    def enrol(self) -> None:
        if "enrol" in self._busy:
            return
        self.enrolment_code.touched = True
        self._check_code()
        url = self.backend_url.edit.text().strip()
        if check_backend_url(url) is not None:
            self._show_status("url_for_enrolment")
            return
        code = self.enrolment_code.edit.text().strip()
        if not code:
            self.enrolment_code.edit.setFocus()
            return
        self._busy.add("enrol")
        self._show_status(None)
        self.retranslate_ui()
        self.enrol_requested.emit(url, code)

    @Slot()
    def save_kiosk_settings(self) -> None:
        if "save" in self._busy:
            return
        bad = [box for box in self.seconds.values() if not box.in_range()]
        for box in self.seconds.values():
            box.setProperty("touched", True)
        self._check_seconds()
        if bad:
            bad[0].setFocus()
            bad[0].selectAll()
            return
        self._busy.add("save")
        self._show_status(None)
        self.retranslate_ui()
        code = self.default_language.currentData()
        values: dict[str, object] = {"default_language": Language(code) if code else None}
        values |= {name: box.value() for name, box in self.seconds.items()}
        values |= {check.objectName(): check.isChecked() for check in self.checkboxes()}
        self.save_requested.emit(values)

    @Slot()
    def change_admin_pin(self) -> None:
        if "pin_change" in self._busy:
            return
        for field in (self.new_pin, self.repeat_pin):
            field.touched = True
        if not self._check_new_pin():
            bad = self.new_pin if self.new_pin.error.text() else self.repeat_pin
            bad.edit.setFocus()
            return
        self._busy.add("pin_change")
        self._show_status(None)
        self.retranslate_ui()
        self.admin_pin_change_requested.emit(self.new_pin.edit.text())

    @Slot()
    def export_logs(self) -> None:
        if "export" in self._busy:
            return
        self._busy.add("export")
        self._exported = None
        self._show_status(None)
        self.retranslate_ui()
        self.export_logs_requested.emit()

    @Slot()
    def leave(self) -> None:
        self.start()  # nothing typed here stays behind for the next person
        self.leave_requested.emit()

    @Slot()
    def _quit_pressed(self) -> None:
        if self._quit_armed:
            self._disarm_quit()
            self.quit_requested.emit()
            return
        self._quit_armed = True
        self.quit_timer.start()
        self.retranslate_ui()

    @Slot()
    def _disarm_quit(self) -> None:
        self._quit_armed = False
        self.quit_timer.stop()
        self.retranslate_ui()

    # -- checking what was typed --------------------------------------------------------------

    def _valid_url(self) -> str | None:
        self.backend_url.touched = True
        if not self._check_url():
            self.backend_url.edit.setFocus()
            return None
        return self.backend_url.edit.text().strip()

    @Slot()
    def _touch_url(self) -> None:
        self.backend_url.note_left()
        self._check_url()

    @Slot()
    def _check_url(self) -> bool:
        problem = check_backend_url(self.backend_url.edit.text())
        self.backend_url.show_error(self._url_message(problem) if problem else None)
        self.enrolment_server.setText(
            self.tr("Server: %1 (change it under Connection)").replace("%1", self.backend_url.edit.text().strip())
        )
        return problem is None

    def _url_message(self, problem: UrlProblem) -> str:
        if problem is UrlProblem.EMPTY:
            return self.tr("Please enter the server's address.")
        if problem is UrlProblem.SCHEME:
            return self.tr("The address starts with http:// or https://, e.g. https://onboarding.example.com.")
        if problem is UrlProblem.EXTRA:
            return self.tr("Only the server's address, please: no user name, password, “?” or “#”.")
        return self.tr("This is not a complete address, e.g. https://onboarding.example.com.")

    @Slot()
    def _touch_code(self) -> None:
        self.enrolment_code.note_left()
        self._check_code()

    @Slot()
    def _check_code(self) -> None:
        empty = not self.enrolment_code.edit.text().strip()
        self.enrolment_code.show_error(self.tr("Please enter the enrolment code.") if empty else None)

    @Slot()
    def _check_seconds(self) -> None:
        for name, box in self.seconds.items():
            error = self.seconds_errors[name]
            wrong = bool(box.property("touched")) and not box.in_range()
            low, high = box.allowed
            error.setText(
                self.tr("Please choose between %1 and %2 seconds.").replace("%1", str(low)).replace("%2", str(high))
            )
            error.setVisible(wrong)
            box.lineEdit().setProperty("invalid", wrong)
            box.update()  # the box draws the frame (see SecondsBox.paintEvent)
        for name, box in self.seconds.items():
            less, more = self.steppers[name]
            low, high = box.allowed
            less.setEnabled(box.value() > low)
            more.setEnabled(box.value() < high)

    @Slot()
    def _touch_new_pin(self) -> None:
        for field in (self.new_pin, self.repeat_pin):
            if field.edit is self.sender():
                field.note_left()
        self._check_new_pin()

    @Slot()
    def _check_new_pin(self) -> bool:
        pin, repeat = self.new_pin.edit.text(), self.repeat_pin.edit.text()
        problem = pin_problem(pin)
        self.new_pin.show_error(self._pin_rule_message(problem) if problem else None)
        mismatch = problem is None and repeat != pin
        self.repeat_pin.show_error(self.tr("The two PINs are not the same.") if mismatch else None)
        return problem is None and not mismatch

    def _pin_rule_message(self, problem: PinProblem) -> str:
        if problem in (PinProblem.NOT_DIGITS, PinProblem.TOO_SHORT, PinProblem.TOO_LONG):
            return (
                self.tr("Please use %1 to %2 digits.")
                .replace("%1", str(PIN_LENGTH[0]))
                .replace("%2", str(PIN_LENGTH[1]))
            )
        if problem is PinProblem.REPEATED:
            return self.tr("Repeated digits or patterns (000000, 121212) are too easy to guess.")
        if problem is PinProblem.SEQUENCE:
            return self.tr("Digits counting up or down (123456, 987654) are too easy to guess.")
        return self.tr("This is one of the PINs people try first. Please choose another.")

    # -- showing ------------------------------------------------------------------------------

    @Slot(int, bool)
    def _section_toggled(self, section: int, checked: bool) -> None:
        if not checked:
            return
        self.pages.setCurrentIndex(section)
        if QApplication.focusWidget() in self.nav.buttons():
            self.nav.button(section).setFocus()  # the focus ring stays on the section shown
        self._show_status(None)
        self.retranslate_ui()
        if section == Section.DIAGNOSTICS:
            self.diagnostics_requested.emit()

    def _show_status(self, kind: str | None, detail: str = "") -> None:
        """Good news or a problem above the section: ``kind`` is what happened (None: nothing to say)."""
        self._status = (kind, detail) if kind else None
        self._retranslate_status()

    def _retranslate_status(self) -> None:
        kind, detail = self._status or (None, "")
        notice = problem = ""
        if kind == "saved":
            notice = self.tr("Saved.")
        elif kind == "enrolled":
            notice = self.tr("This kiosk is now enrolled at %1.").replace("%1", detail)
        elif kind == "pin_changed":
            notice = self.tr("The admin PIN was changed. Use the new PIN from now on.")
        elif kind == "url_for_enrolment":
            problem = self.tr("The server address under Connection is not valid. Please correct it first.")
        elif kind == "problem":
            problem = detail  # from the window, in words already
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    @Slot()
    def _refresh_pin_step(self) -> None:
        busy = "pin" in self._busy
        ready = self._pin_set and len(self.pin.text()) >= PIN_LENGTH[0]
        self.open.setEnabled(ready and not busy)
        self.open.setText(self.tr("Checking…") if busy else self.tr("Open admin"))
        self.pin.setEnabled(self._pin_set)
        self.pad.set_keys_enabled(self._pin_set and not busy)

    def _fill_versions(self) -> None:
        # Product names and numbers, not translated; one line of them, wrapped, and the system on its own.
        software = [f"{name}\u00a0{version}" for name, version in self._versions.items() if name != "OS"]
        lines = [" · ".join(software), self._versions.get("OS", "")]
        self.versions.setText("\n".join(line for line in lines if line) or "–")

    def _time(self, timestamp: float | None) -> str:
        if timestamp is None:
            return self.tr("never")
        moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def retranslate_ui(self) -> None:
        self._retranslate_pin_step()
        self.title.setText(self.tr("Admin"))
        names = {
            Section.CONNECTION: (self.tr("Connection"), self.tr("The server this kiosk sends everything to")),
            Section.ENROLMENT: (self.tr("Enrolment"), self.tr("The showroom this kiosk belongs to")),
            Section.KIOSK: (self.tr("Kiosk"), self.tr("Language, time-outs and how the kiosk is shown")),
            Section.ADMIN_PIN: (self.tr("Admin PIN"), self.tr("Change the PIN that opens this screen")),
            Section.DIAGNOSTICS: (self.tr("Diagnostics"), self.tr("Versions, what is waiting to be sent, logs")),
        }
        for section, (name, description) in names.items():
            button = self.nav.button(section)
            button.setText(name)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        self.section_title.setText(names[self.section][0])
        self.leave_button.setText(self.tr("Leave admin"))
        self.leave_button.setAccessibleName(self.tr("Leave admin"))
        self.leave_button.setAccessibleDescription(self.tr("Back to the kiosk; the admin PIN is asked again"))
        if self._quit_armed:
            self.quit_button.setText(self.tr("Press again to quit"))
            self.quit_button.setAccessibleDescription(
                self.tr("Press again within 5 seconds to close the kiosk program")
            )
        else:
            self.quit_button.setText(self.tr("Quit kiosk"))
            self.quit_button.setAccessibleDescription(
                self.tr("Closes the kiosk program; customers cannot use the kiosk until it is started again")
            )
        self.quit_button.setAccessibleName(self.tr("Quit kiosk"))
        self.notice.setAccessibleName(self.tr("Done"))
        self.problem.setAccessibleName(self.tr("Problem"))
        self._retranslate_status()
        self._retranslate_connection()
        self._retranslate_enrolment()
        self._retranslate_kiosk()
        self._retranslate_admin_pin()
        self._retranslate_diagnostics()

    def _retranslate_pin_step(self) -> None:
        self.pin_title.setText(self.tr("Admin"))
        self.pin_intro.setText(
            self.tr(
                "Settings for the showroom's administrator: the server, the enrolment, how the kiosk behaves, "
                "and diagnostics for support. Enter the admin PIN to continue."
            )
        )
        self.pin_status.setText(
            ""
            if self._pin_set
            else self.tr(
                "No admin PIN is set on this kiosk, so this screen cannot be opened. "
                "Please ask whoever installed the kiosk to set one."
            )
        )
        self.pin_status.setVisible(not self._pin_set)
        self.pin_label.setText(self.tr("Admin &PIN"))
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.pin.setAccessibleDescription(
            self.tr("%1 to %2 digits").replace("%1", str(PIN_LENGTH[0])).replace("%2", str(PIN_LENGTH[1]))
        )
        self.open.setAccessibleName(self.tr("Open admin"))
        self.open.setAccessibleDescription(self.tr("Checks the PIN and opens the admin settings"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Back to the kiosk without opening admin"))
        self.pin_problem.setText(self._pin_message)
        self.pin_problem.setVisible(bool(self._pin_message))
        self._refresh_pin_step()

    def _retranslate_connection(self) -> None:
        self.connection_intro.setText(
            self.tr("The address of the onboarding server. Test it before you save it or enrol with it.")
        )
        self.backend_url.set_texts(self.tr("Server &address"), self.tr("For example https://onboarding.example.com"))
        self._check_url()
        busy = "test" in self._busy
        self.test_button.setText(self.tr("Testing…") if busy else self.tr("Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setAccessibleDescription(self.tr("Asks the server at this address whether it answers"))
        saving = "save" in self._busy
        self.save_url_button.setText(self.tr("Saving…") if saving else self.tr("Save address"))
        self.save_url_button.setAccessibleName(self.tr("Save address"))
        self.save_url_button.setAccessibleDescription(
            self.tr("The kiosk uses this address from now on, with its current enrolment")
        )
        self._retranslate_connectivity()

    def _retranslate_connectivity(self) -> None:
        found = self._connectivity
        self.result_card.setVisible(found is not None)
        if found is None:
            return
        good = found.reachable and found.healthy and found.token_accepted is not False
        if not found.reachable:
            headline = self.tr("The server cannot be reached.")
        elif not found.healthy:
            headline = self.tr("Something answered at this address, but not the onboarding server.")
        elif found.token_accepted is False:
            headline = self.tr("The server answers, but does not accept this kiosk. Please enrol it again.")
        elif found.token_accepted is None:
            headline = self.tr("The server answers. This kiosk is not enrolled with it yet.")
        else:
            headline = self.tr("Connected: the server answers and accepts this kiosk.")
        self.result_headline.setText(headline)
        self.result_headline.setProperty("role", "status" if good else "error")
        self.result_headline.setProperty("state", "done" if good else "")
        _repolish(self.result_headline)
        self.result_card.setAccessibleName(self.tr("Connection test result"))
        self.result_card.setAccessibleDescription(headline)
        keys = {
            "round_trip": self.tr("Response time"),
            "tls": self.tr("Encrypted"),
            "server_version": self.tr("Server version"),
            "token": self.tr("This kiosk's enrolment"),
            "error": self.tr("Details"),
        }
        if found.tls:
            tls = self.tr("Yes (%1)").replace("%1", found.tls_version) if found.tls_version else self.tr("Yes")
        elif found.backend_url.lower().startswith("http://"):
            tls = self.tr("No: the address starts with http://")
        else:
            tls = "–"
        token = {
            True: self.tr("Accepted"),
            False: self.tr("Not accepted"),
            None: self.tr("Not checked"),
        }[found.token_accepted]
        values = {
            "round_trip": self.tr("%1 ms").replace("%1", f"{found.round_trip_ms:.0f}")
            if found.round_trip_ms is not None
            else "–",
            "tls": tls,
            "server_version": found.server_version or self.tr("Not given"),
            "token": token,
            "error": found.error or "",
        }
        for key, label in self.result_keys.items():
            label.setText(keys[key])
            self.result_values[key].setText(values[key])
            visible = key != "error" or bool(found.error)
            if key in ("round_trip", "server_version"):
                visible = visible and found.reachable
            label.setVisible(visible)
            self.result_values[key].setVisible(visible)

    def _retranslate_enrolment(self) -> None:
        if self._dealer:
            self.dealer.setText(self.tr("This kiosk is enrolled at: %1").replace("%1", self._dealer))
        else:
            self.dealer.setText(self.tr("This kiosk is not enrolled yet."))
        self.enrolment_intro.setText(
            self.tr(
                "To enrol it, ask the server's operator for a one-time enrolment code and enter it here. "
                "The kiosk keeps its device token in the system's keyring."
            )
        )
        self.enrolment_code.set_texts(
            self.tr("Enrolment &code"), self.tr("The one-time code from the server's operator")
        )
        self._check_code()
        self.enrol_warning.setText(
            self.tr("Enrolling again replaces this kiosk's device token; the old one stops working.")
        )
        self.enrol_warning.setVisible(bool(self._dealer))
        busy = "enrol" in self._busy
        self.enrol_button.setText(self.tr("Enrolling…") if busy else self.tr("Enrol"))
        self.enrol_button.setAccessibleName(self.tr("Enrol"))
        self.enrol_button.setAccessibleDescription(
            self.tr("Enrols this kiosk at the server under Connection with this code")
        )

    def _retranslate_kiosk(self) -> None:
        self.language_label.setText(self.tr("Default &language"))
        self.default_language.setItemText(0, self.tr("The system's language"))
        self.default_language.setAccessibleName(self.tr("Default language"))
        self.default_language.setAccessibleDescription(self.tr("The language the kiosk starts in"))
        labels = {
            "customer_idle_s": (
                self.tr("&Customer idle time (seconds)"),
                self.tr("Seconds without a touch before a customer screen asks whether anyone is still there"),
            ),
            "idle_countdown_s": (
                self.tr("C&ountdown (seconds)"),
                self.tr("Seconds the question counts down before everything typed is wiped"),
            ),
            "staff_idle_s": (
                self.tr("&Staff idle time (seconds)"),
                self.tr("Seconds without a touch before salesperson mode locks itself"),
            ),
        }
        for name, (label, description) in labels.items():
            box = self.seconds[name]
            low, high = box.allowed
            self.seconds_labels[name].setText(label)
            box.setAccessibleName(label.replace("&", ""))
            box.setAccessibleDescription(
                description + " " + self.tr("(%1 to %2)").replace("%1", str(low)).replace("%2", str(high))
            )
            less, more = self.steppers[name]
            less.setAccessibleName(self.tr("Fewer seconds"))
            less.setAccessibleDescription(label.replace("&", ""))
            more.setAccessibleName(self.tr("More seconds"))
            more.setAccessibleDescription(label.replace("&", ""))
        self._check_seconds()
        checks = {
            self.kiosk_mode: (
                self.tr("&Kiosk mode: full screen, no way out without the admin PIN"),
                self.tr("Off: a normal window, for trying things out"),
            ),
            self.on_screen_keyboard: (
                self.tr("On-screen &keyboard, for terminals without a keyboard"),
                self.tr("Shows a keyboard on the screen whenever a field is touched"),
            ),
            self.large_text: (
                self.tr("Lar&ge text"),
                self.tr("Makes all text and controls a quarter larger"),
            ),
        }
        for check, (text, description) in checks.items():
            check.setText(text)
            check.setAccessibleName(text.replace("&", ""))
            check.setAccessibleDescription(description)
        busy = "save" in self._busy
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setAccessibleDescription(self.tr("Stores these kiosk settings"))

    def _retranslate_admin_pin(self) -> None:
        self.new_pin_intro.setText(
            self.tr(
                "The admin PIN has %1 to %2 digits. Repeated digits, patterns and digits counting up or "
                "down are refused: they are the first anyone tries."
            )
            .replace("%1", str(PIN_LENGTH[0]))
            .replace("%2", str(PIN_LENGTH[1]))
        )
        self.new_pin.set_texts(self.tr("&New admin PIN"), self.tr("Digits only"))
        self.repeat_pin.set_texts(self.tr("&Repeat the new PIN"), self.tr("The same digits again"))
        self._check_new_pin()
        busy = "pin_change" in self._busy
        self.change_pin_button.setText(self.tr("Changing…") if busy else self.tr("Change PIN"))
        self.change_pin_button.setAccessibleName(self.tr("Change PIN"))
        self.change_pin_button.setAccessibleDescription(self.tr("Makes the new PIN the admin PIN"))

    def _retranslate_diagnostics(self) -> None:
        self.versions_heading.setText(self.tr("Versions"))
        self.queue_heading.setText(self.tr("Waiting to be sent"))
        keys = {
            "waiting": self.tr("Waiting"),
            "needs_attention": self.tr("Needs a salesperson"),
            "oldest": self.tr("Oldest waiting since"),
            "last_sent": self.tr("Last sent"),
            "last_error": self.tr("Last problem"),
        }
        queue = self._queue
        values = {
            "waiting": str(queue.waiting) if queue else "–",
            "needs_attention": str(queue.needs_attention) if queue else "–",
            "oldest": self._time(queue.oldest_waiting_since) if queue and queue.oldest_waiting_since else "–",
            "last_sent": self._time(queue.last_sent_at) if queue else "–",
            "last_error": (queue.last_error if queue else None) or "–",
        }
        for key, label in self.queue_keys.items():
            label.setText(keys[key])
            self.queue_values[key].setText(values[key])
        self.export_note.setText(
            self.tr("Holds the logs, e-mail addresses and phone numbers masked, and this page; no customer's details.")
        )
        busy = "export" in self._busy
        self.export_button.setText(self.tr("Exporting…") if busy else self.tr("Export logs"))
        self.export_button.setAccessibleName(self.tr("Export logs"))
        self.export_button.setAccessibleDescription(self.tr("Saves the logs for support as one zip file"))
        self.exported_to.setText(self.tr("Saved as: %1").replace("%1", self._exported or ""))
        self.exported_to.setVisible(self._exported is not None)
        self.exported_to.setAccessibleName(self.tr("Export saved as"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
