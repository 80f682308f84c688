"""The salesperson's invitations: find one, see where it stands, act on it; the showroom's funnel beside.

The screen only shows what it is given (:meth:`InvitationsScreen.show_rows`, ``show_funnel``) and
says what the salesperson asked for by signal; which buttons a row allows is decided in the core
(:func:`kiosk.invitation_list.actions`). Cancelling asks to confirm inline — the button becomes
"Confirm cancel" for a few seconds — because a dialog on a kiosk is easy to lose behind a customer.
"""

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ClassVar, TypeAlias
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.invitation_list import ListedInvitation, RowAction, ShownStatus, actions, search
from kiosk.wire import ErrorCode, FunnelReport
from ui.theme import TOKENS
from ui.widgets.funnel_chart import FunnelChart
from ui.widgets.keyboard import press_focused_button
from ui.widgets.touch_scroll import enable_touch_scrolling
from ui.widgets.viewport import forgettable_viewport

# How long "Confirm cancel" waits for the second tap.
CONFIRM_MS = 5000
# The column of buttons and figures beside the list.
SIDE_WIDTH = 360

# The theme's tokens, for the rows the delegate paints (QSS does not reach them).
INK, PAPER, SURFACE, SHADE = (QColor(c) for c in (TOKENS.ink, TOKENS.paper, TOKENS.surface, TOKENS.shade))
MUTED, ACCENT, ERROR, SUCCESS = (QColor(c) for c in (TOKENS.muted, TOKENS.accent, TOKENS.error, TOKENS.success))
RowIndex: TypeAlias = QModelIndex | QPersistentModelIndex


# Written out in full each time (not wrapped in a helper) because lupdate only recognises
# literal QCoreApplication.translate("Context", "text") calls.
def status_text(status: ShownStatus) -> str:
    """The status column's words for ``status``, in the kiosk's current language."""
    return {
        ShownStatus.WAITING: QCoreApplication.translate("InvitationsScreen", "Waiting to send"),
        ShownStatus.SENT: QCoreApplication.translate("InvitationsScreen", "Sent"),
        ShownStatus.OPENED: QCoreApplication.translate("InvitationsScreen", "Opened"),
        ShownStatus.REGISTERED: QCoreApplication.translate("InvitationsScreen", "Registered"),
        ShownStatus.EXISTING_ID: QCoreApplication.translate("InvitationsScreen", "Already had an ID"),
        ShownStatus.EXPIRED: QCoreApplication.translate("InvitationsScreen", "Expired"),
        ShownStatus.CANCELLED: QCoreApplication.translate("InvitationsScreen", "Cancelled"),
        ShownStatus.FAILED: QCoreApplication.translate("InvitationsScreen", "Delivery failed"),
        ShownStatus.NEEDS_ATTENTION: QCoreApplication.translate("InvitationsScreen", "Needs attention"),
    }[status]


def _hints() -> dict[str, str]:
    return {
        "failed": QCoreApplication.translate("InvitationsScreen", "Check the address"),
        "not_accepted": QCoreApplication.translate("InvitationsScreen", "Details not accepted"),
        "refused": QCoreApplication.translate("InvitationsScreen", "Refused by the server"),
    }


def status_hint(row: ListedInvitation) -> str:
    """A short second line under the status, for the rows someone must act on; else empty."""
    if row.status is ShownStatus.FAILED:
        return _hints()["failed"]
    if row.status is ShownStatus.NEEDS_ATTENTION:
        return _hints()["not_accepted" if row.problem is ErrorCode.VALIDATION_FAILED else "refused"]
    return ""


def status_explanation(row: ListedInvitation) -> str:
    """A sentence beside the buttons: where the chosen invitation stands and what can be done."""
    if row.status is ShownStatus.WAITING:
        return QCoreApplication.translate(
            "InvitationsScreen", "Saved on this kiosk. It goes out as soon as the server can be reached."
        )
    if row.status is ShownStatus.SENT:
        return QCoreApplication.translate("InvitationsScreen", "The customer has not opened the invitation yet.")
    if row.status is ShownStatus.OPENED:
        return QCoreApplication.translate(
            "InvitationsScreen", "The customer opened the invitation but has not finished registering."
        )
    if row.status is ShownStatus.REGISTERED:
        return QCoreApplication.translate("InvitationsScreen", "The customer has registered.")
    if row.status is ShownStatus.EXISTING_ID:
        return QCoreApplication.translate(
            "InvitationsScreen", "The customer already had an ID; the vehicle was linked to it."
        )
    if row.status is ShownStatus.EXPIRED:
        return QCoreApplication.translate(
            "InvitationsScreen", "The invitation expired. Send a new one if the customer still wants an ID."
        )
    if row.status is ShownStatus.CANCELLED:
        return QCoreApplication.translate("InvitationsScreen", "This invitation was cancelled.")
    if row.status is ShownStatus.FAILED:
        return QCoreApplication.translate(
            "InvitationsScreen", "The e-mail could not be delivered. Please check the address with the customer."
        )
    if row.problem is ErrorCode.VALIDATION_FAILED:
        return QCoreApplication.translate(
            "InvitationsScreen", "The server did not accept some of the details. Correct them and send it again."
        )
    return QCoreApplication.translate(
        "InvitationsScreen", "The server refused this invitation. Check the details and send it again."
    )


def when_texts(moment: datetime, now: datetime) -> tuple[str, str]:
    """When, as the salesperson reads it: the time, and the day unless it is today ("Yesterday", or the date)."""
    local = moment.astimezone()
    today = now.astimezone().date()
    locale = QLocale()
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return clock, ""
    if local.date() == today - timedelta(days=1):
        return clock, QCoreApplication.translate("InvitationsScreen", "Yesterday")
    return clock, locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def _widest_when(metrics: QFontMetrics, small: QFontMetrics) -> int:
    """The time column's width: its longest texts in this language, so the column never moves."""
    late = datetime(2026, 12, 28, 22, 58).astimezone()
    clock, yesterday = when_texts(late, late + timedelta(days=1))
    _, date = when_texts(late, late.replace(year=2027))
    return max(metrics.horizontalAdvance(clock), small.horizontalAdvance(yesterday), small.horizontalAdvance(date))


class InvitationListModel(QAbstractListModel):
    """The rows shown (already filtered by the search); one item per invitation."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2
    HintRole = Qt.ItemDataRole.UserRole + 3
    TimeRole = Qt.ItemDataRole.UserRole + 4
    DayRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[ListedInvitation] = []

    def set_rows(self, rows: list[ListedInvitation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ListedInvitation]:
        return list(self._rows)

    def row_of(self, invitation_id: UUID) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == invitation_id), None)

    def retranslate(self) -> None:
        """The texts depend on the language and the clock: ask the view to fetch them again."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: RowIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: RowIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: RowIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            clock, day = when_texts(row.created_at, self._clock())
            parts = [row.name, row.email, status_text(row.status), status_hint(row), day, clock]
            return ", ".join(part for part in parts if part)
        if role == self.RowRole:
            return row
        if role == self.StatusRole:
            return status_text(row.status)
        if role == self.HintRole:
            return status_hint(row)
        if role == self.TimeRole:
            return when_texts(row.created_at, self._clock())[0]
        if role == self.DayRole:
            return when_texts(row.created_at, self._clock())[1]
        return None


class InvitationDelegate(QStyledItemDelegate):
    """Paints a row as two calm lines: name over e-mail, status (marked when someone must act), time.

    The columns are as wide as their longest text in the current language, so they line up.
    """

    PADDING = 14
    INSET = 20
    GAP = 24
    MARK = 18

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The status and time columns' widths by font: measured once per language, not for every row
        #: painted (two dozen texts translated and measured a row made the list's first paint slow).
        self._columns: dict[str, tuple[int, int]] = {}

    def forget_columns(self) -> None:
        """The language changed: measure the columns again."""
        self._columns.clear()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        strong = QFont(base)
        strong.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPixelSize(max(12, round(base.pixelSize() * 0.88)) if base.pixelSize() > 0 else 15)
        return strong, small

    def sizeHint(self, option: QStyleOptionViewItem, index: RowIndex) -> QSize:
        strong, small = self._fonts(option.font)
        height = 2 * self.PADDING + QFontMetrics(strong).height() + 2 + QFontMetrics(small).height()
        return QSize(-1, max(64, height))

    def _status_width(self, metrics: QFontMetrics, small: QFontMetrics) -> int:
        widest = max(metrics.horizontalAdvance(status_text(status)) for status in ShownStatus)
        hints = max(small.horizontalAdvance(hint) for hint in _hints().values())
        return self.MARK + 8 + max(widest, hints)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: RowIndex) -> None:
        row = index.data(InvitationListModel.RowRole)
        if not isinstance(row, ListedInvitation):
            return
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        strong, small = self._fonts(option.font)
        regular_metrics = QFontMetrics(option.font)
        strong_metrics, small_metrics = QFontMetrics(strong), QFontMetrics(small)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, SURFACE if selected else PAPER)
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), INK)
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), SHADE)

        font_key = option.font.key()
        if font_key not in self._columns:
            status = self._status_width(strong_metrics, small_metrics)
            self._columns[font_key] = (status, _widest_when(regular_metrics, small_metrics))
        status_width, time_width = self._columns[font_key]
        right = rect.right() - self.INSET
        time_left = right - time_width
        status_left = time_left - self.GAP - status_width
        name_left = rect.left() + self.INSET
        name_width = max(0, status_left - self.GAP - name_left)
        line1 = QRect(0, rect.top() + self.PADDING, 0, strong_metrics.height())
        line2 = QRect(0, line1.bottom() + 3, 0, small_metrics.height())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.setFont(strong)
        painter.setPen(INK)
        name = strong_metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, name_width)
        painter.drawText(QRect(name_left, line1.top(), name_width, line1.height()), int(left), name)
        painter.setFont(small)
        painter.setPen(MUTED)
        email = small_metrics.elidedText(row.email, Qt.TextElideMode.ElideMiddle, name_width)
        painter.drawText(QRect(name_left, line2.top(), name_width, line2.height()), int(left), email)

        problem = row.status.is_problem
        text_left = status_left + self.MARK + 8
        if problem:
            # A filled mark with "!" as well as the colour and the weight: seen without colour vision too.
            mark = QRect(status_left, line1.center().y() - self.MARK // 2, self.MARK, self.MARK)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ERROR)
            painter.drawEllipse(mark)
            painter.setPen(QPen(PAPER))
            painter.setFont(strong)
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), "!")
        colour = {
            ShownStatus.REGISTERED: SUCCESS,
            ShownStatus.EXISTING_ID: SUCCESS,
            ShownStatus.EXPIRED: MUTED,
            ShownStatus.CANCELLED: MUTED,
            ShownStatus.WAITING: MUTED,
            ShownStatus.FAILED: ERROR,
            ShownStatus.NEEDS_ATTENTION: ERROR,
        }.get(row.status, INK)
        painter.setPen(colour)
        painter.setFont(strong if problem else option.font)
        status_area = QRect(text_left, line1.top(), status_width - self.MARK - 8, line1.height())
        painter.drawText(status_area, int(left), str(index.data(InvitationListModel.StatusRole)))
        hint = str(index.data(InvitationListModel.HintRole) or "")
        if hint:
            painter.setFont(small)
            painter.setPen(ERROR if problem else MUTED)
            painter.drawText(QRect(text_left, line2.top(), status_area.width(), line2.height()), int(left), hint)

        painter.setFont(option.font)
        painter.setPen(INK)
        flush_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        when = str(index.data(InvitationListModel.TimeRole))
        painter.drawText(QRect(time_left, line1.top(), time_width, line1.height()), int(flush_right), when)
        day = str(index.data(InvitationListModel.DayRole) or "")
        if day:
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(QRect(time_left, line2.top(), time_width, line2.height()), int(flush_right), day)
        if focused:
            painter.setPen(QPen(ACCENT, TOKENS.border_field))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


def _now() -> datetime:
    return datetime.now().astimezone()


class InvitationsScreen(QWidget):
    """The salesperson's invitations. Every signal carries the invitation's id (a :class:`uuid.UUID`)."""

    show_qr_requested = Signal(object)
    resend_requested = Signal(object)
    # Correct the e-mail of a sent invitation, or open the saved details of one that needs attention.
    correct_requested = Signal(object)
    # Only after the salesperson confirmed (a second tap on the same button).
    cancel_requested = Signal(object)
    back_requested = Signal()
    refresh_requested = Signal()

    # The buttons in the order they stand (and are reached with Tab).
    ACTIONS: ClassVar[tuple[RowAction, ...]] = (
        RowAction.SHOW_QR,
        RowAction.RESEND,
        RowAction.CORRECT,
        RowAction.CANCEL,
    )

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = _now,
        confirm_ms: int = CONFIRM_MS,
    ) -> None:
        """``clock`` says what "today" is for the times shown; ``confirm_ms``: how long "Confirm cancel" waits."""
        super().__init__(parent)
        self._side: QScrollArea | None = None
        self._rows: list[ListedInvitation] = []
        self._online = True
        self._loading = True
        self._selected: UUID | None = None
        self._restoring = False  # the list is being refilled: its selection signals are not the salesperson's
        self._confirming: UUID | None = None
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(confirm_ms)
        self._confirm_timer.timeout.connect(self._end_confirm)

        self.title = QLabel(self)
        self.title.setObjectName("invitations_title")
        self.title.setProperty("role", "title")
        self.offline_note = QLabel(self)
        self.offline_note.setObjectName("offline_note")
        self.offline_note.setProperty("role", "muted")
        self.offline_note.setWordWrap(True)
        self.offline_note.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("invitations_problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.search = QLineEdit(self)
        self.search.setObjectName("search_invitations")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)

        self.model = InvitationListModel(clock, self)
        self.list = QListView(self)
        self.list.setObjectName("invitation_list")
        self.list.setModel(self.model)
        self._delegate = InvitationDelegate(self.list)
        self.list.setItemDelegate(self._delegate)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        forgettable_viewport(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # A finger drags the list; a mouse (and the tests' clicks) still selects at once.
        enable_touch_scrolling(self.list)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("invitations_placeholder")
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        list_area = QFrame(self)
        list_area.setObjectName("invitation_list_area")
        self._list_pages = QStackedLayout(list_area)
        self._list_pages.addWidget(self.list)
        self._list_pages.addWidget(self.placeholder)

        # Beside the list: the chosen invitation, what can be done with it, and the figures.
        self.selected_name = QLabel(self)
        self.selected_name.setObjectName("selected_name")
        self.selected_name.setProperty("role", "heading")
        self.selected_name.setWordWrap(True)
        self.selected_detail = QLabel(self)
        self.selected_detail.setObjectName("selected_detail")
        self.selected_detail.setProperty("role", "muted")
        self.selected_detail.setWordWrap(True)
        self.buttons: dict[RowAction, QPushButton] = {}
        for action, name in zip(self.ACTIONS, ("show_qr_again", "resend", "correct", "cancel_invitation"), strict=True):
            button = QPushButton(self)
            button.setObjectName(name)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, a=action: self._act(a))
            self.buttons[action] = button
        self.funnel_heading = QLabel(self)
        self.funnel_heading.setObjectName("funnel_heading")
        self.funnel_heading.setProperty("role", "heading")
        self.funnel = FunnelChart(self)

        self.back = QPushButton(self)
        self.back.setObjectName("back")
        self.back.clicked.connect(self.back_requested)
        self.refresh = QPushButton(self)
        self.refresh.setObjectName("refresh_invitations")
        self.refresh.setProperty("role", "link")
        self.refresh.clicked.connect(self.refresh_requested)

        main = QVBoxLayout()
        main.setSpacing(12)
        main.addWidget(self.title)
        main.addSpacing(4)
        main.addWidget(self.offline_note)
        main.addWidget(self.problem)
        main.addWidget(self.search)
        main.addWidget(list_area, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.back)
        bottom.addWidget(self.refresh)
        bottom.addStretch(1)
        main.addSpacing(4)
        main.addLayout(bottom)

        # Beside the list, from the top: the chosen invitation and its buttons; at the foot, the figures.
        # It scrolls only if it must (large text in German, say), rather than cut the figures off.
        side_column = QWidget()
        self._side_content = side_column
        side = QVBoxLayout(side_column)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        side.addWidget(self.selected_name)
        side.addWidget(self.selected_detail)
        side.addSpacing(8)
        for button in self.buttons.values():
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            side.addWidget(button)
        side.addStretch(1)
        side.addSpacing(24)
        side.addWidget(self.funnel_heading)
        side.addWidget(self.funnel)
        self._side = QScrollArea(self)
        self._side.setObjectName("invitation_side")
        self._side.setWidget(side_column)
        self._side.setWidgetResizable(True)
        self._side.setFrameShape(QFrame.Shape.NoFrame)
        self._side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        forgettable_viewport(self._side)
        side_column.installEventFilter(self)
        self._side.viewport().installEventFilter(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 32)
        layout.setSpacing(48)
        layout.addLayout(main, 1)
        layout.addWidget(self._side)

        # Tab goes as the eye does: search, list, the buttons for the chosen row, then back.
        order = [self.search, self.list, *self.buttons.values(), self.back, self.refresh]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate_ui()

    # -- what the window tells it ---------------------------------------------------------------------

    def set_loading(self) -> None:
        """Waiting for the list (and the figures): say so instead of "no invitations".

        Rows and figures already shown stay until the new ones come (a refresh does not blank the screen).
        """
        self._loading = True
        if self.funnel.report is None:
            self.funnel.set_loading()
        self.retranslate_ui()

    def show_rows(self, rows: list[ListedInvitation], *, online: bool) -> None:
        """The invitations to list (from :func:`kiosk.invitation_list.merge`); ``online``: the backend answered.

        The chosen row stays chosen if it is still there; a pending "Confirm cancel" stays only while
        its row can still be cancelled.
        """
        self._rows = list(rows)
        self._online = online
        self._loading = False
        self._filter()

    def show_funnel(self, report: FunnelReport | None) -> None:
        """The showroom's figures; None: not available (offline)."""
        self.funnel.show_report(report)

    def show_problem(self, text: str | None) -> None:
        self._show_message(text, "error")

    def show_notice(self, text: str | None) -> None:
        """Good news or what will happen next (a queued resend), in the place of a problem."""
        self._show_message(text, "notice")

    def _show_message(self, text: str | None, role: str) -> None:
        self.problem.setProperty("role", role)
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    @property
    def selected(self) -> ListedInvitation | None:
        """The chosen invitation, if any (and still shown)."""
        index = self.model.row_of(self._selected) if self._selected is not None else None
        return self.model.rows()[index] if index is not None else None

    def select(self, invitation_id: UUID) -> bool:
        """Choose a row, as a tap on it does; False if it is not shown."""
        index = self.model.row_of(invitation_id)
        if index is None:
            return False
        self.list.setCurrentIndex(self.model.index(index))
        return True

    def confirming(self) -> bool:
        """The cancel button is waiting for its second tap."""
        return self._confirming is not None

    # -- reacting -------------------------------------------------------------------------------

    @Slot()
    def _filter(self) -> None:
        # The chosen invitation stays chosen while a search hides it, and is chosen again when it shows.
        keep = self._selected
        self._restoring = True
        self.model.set_rows(search(self._rows, self.search.text()))
        index = self.model.row_of(keep) if keep is not None else None
        if index is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(index), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(self.model.index(index))
        self._restoring = False
        self._selected = keep
        self._refresh_actions()
        self.retranslate_ui()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The chosen row follows the cursor: arrow keys and a Tab into the list choose as a tap does.
        if current.isValid() and not self._restoring:
            self.list.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @Slot()
    def _selection_changed(self) -> None:
        if self._restoring:
            return
        chosen = self.list.selectionModel().selectedRows()
        now = self.model.rows()[chosen[0].row()].id if chosen else None
        if now != self._selected:
            self._end_confirm()
        self._selected = now
        self._refresh_actions()
        self._retranslate_selection()

    def _refresh_actions(self) -> None:
        row = self.selected
        allowed = actions(row) if row is not None else set()
        if not self._online:
            allowed.discard(RowAction.SHOW_QR)  # the QR link is made by the server, there and then
        if self._confirming is not None and (
            row is None or row.id != self._confirming or RowAction.CANCEL not in allowed
        ):
            self._end_confirm()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)

    def _act(self, action: RowAction) -> None:
        row = self.selected
        if row is None or not self.buttons[action].isEnabled():
            return
        if action is RowAction.CANCEL:
            if self._confirming != row.id:
                self._confirming = row.id
                self._confirm_timer.start()
                self._retranslate_cancel()
                return
            self._end_confirm()
            self.cancel_requested.emit(row.id)
            return
        self._end_confirm()
        {
            RowAction.SHOW_QR: self.show_qr_requested,
            RowAction.RESEND: self.resend_requested,
            RowAction.CORRECT: self.correct_requested,
        }[action].emit(row.id)

    @Slot()
    def _end_confirm(self) -> None:
        if self._confirming is None:
            return
        self._confirming = None
        self._confirm_timer.stop()
        self._retranslate_cancel()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._delegate.forget_columns()
        self.title.setText(self.tr("Invitations"))
        self.offline_note.setText(self.tr("Offline: showing only what this kiosk holds."))
        self.offline_note.setVisible(not self._online and bool(self._rows or not self._loading))
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.search.setAccessibleName(self.tr("Search invitations"))
        self.search.setAccessibleDescription(
            self.tr("Type part of a name or an e-mail address; the list shows the matches as you type.")
        )
        for clear in self.search.findChildren(QToolButton):  # the search field's own ✕, shown once it holds text
            clear.setAccessibleName(self.tr("Clear the search"))
            clear.setAccessibleDescription(self.tr("Empties the search field; the list shows every invitation again"))
        self.list.setAccessibleName(self.tr("Invitations"))
        self.list.setAccessibleDescription(
            self.tr("Newest first. Use the arrow keys to choose an invitation; its actions follow the list.")
        )
        self.model.retranslate()
        self._retranslate_placeholder()
        self._retranslate_selection()
        self.buttons[RowAction.SHOW_QR].setText(self.tr("Show QR code again"))
        self.buttons[RowAction.SHOW_QR].setAccessibleDescription(
            self.tr("Shows the invitation's QR code so the customer can scan it with a phone.")
        )
        self.buttons[RowAction.RESEND].setText(self.tr("Resend"))
        self.buttons[RowAction.RESEND].setAccessibleDescription(
            self.tr("Sends the e-mail again with a new link and code; the old ones stop working.")
        )
        for action, button in self.buttons.items():
            if action is not RowAction.CANCEL:
                button.setAccessibleName(button.text())
        self._retranslate_cancel()
        self.funnel_heading.setText(self.tr("Showroom figures"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Leaves the list of invitations."))
        self.refresh.setText(self.tr("Refresh"))
        self.refresh.setAccessibleName(self.tr("Refresh"))
        self.refresh.setAccessibleDescription(self.tr("Loads the invitations and the figures again."))
        self._fit_side()

    def _fit_side(self) -> None:
        """The column beside the list: fixed, so wrapped texts are measured at the width they get,
        and wide enough for its longest button (in German, or with large text)."""
        if self._side is None:
            return  # not built yet
        needed = [SIDE_WIDTH, self.funnel.minimumSizeHint().width()]
        for button in self.buttons.values():
            button.ensurePolished()
            needed.append(button.sizeHint().width())
        width = max(needed)
        content = self._side_content
        content.setFixedWidth(width)
        # Room for the scroll bar only when it shows (large text), so it never covers the texts.
        tall = content.heightForWidth(width) > self._side.viewport().height()
        self._side.setFixedWidth(width + (self._side.verticalScrollBar().sizeHint().width() if tall else 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The side column's content grew (a longer name, larger text) or its room changed: fit again.
        side = self._side
        if event.type() == QEvent.Type.Resize and side is not None and watched in (self._side_content, side.viewport()):
            self._fit_side()
        return super().eventFilter(watched, event)

    def _retranslate_placeholder(self) -> None:
        if self._loading and not self._rows:
            text = self.tr("Loading the invitations…")
        elif self.model.rowCount() > 0:
            text = ""
        elif self._rows:
            text = self.tr("No invitation matches “%1”.").replace("%1", self.search.text().strip())
        elif self._online:
            text = self.tr("No invitations yet. The invitations you send appear here.")
        else:
            text = self.tr("This kiosk holds no invitations. Those sent earlier show when the server can be reached.")
        self.placeholder.setText(text)
        self.placeholder.setAccessibleName(text)
        self._list_pages.setCurrentWidget(self.placeholder if text else self.list)

    def _retranslate_selection(self) -> None:
        row = self.selected
        if row is None:
            self.selected_name.setText(self.tr("No invitation chosen"))
            self.selected_detail.setText(self.tr("Choose one in the list to see what you can do with it."))
        else:
            self.selected_name.setText(row.name)
            self.selected_detail.setText(status_explanation(row))
        # Nothing to choose (loading, empty, no match): no invitation to talk about either.
        listed = self.model.rowCount() > 0
        self.selected_name.setVisible(listed)
        self.selected_detail.setVisible(listed)
        correct = self.buttons[RowAction.CORRECT]
        if row is not None and row.status is ShownStatus.NEEDS_ATTENTION:
            correct.setText(self.tr("Correct the details"))
            correct.setAccessibleDescription(
                self.tr("Opens the details saved on this kiosk to fix them and send the invitation again.")
            )
        else:
            correct.setText(self.tr("Correct e-mail"))
            correct.setAccessibleDescription(
                self.tr("Opens the invitation to correct the e-mail address; the old link and code stop working.")
            )
        correct.setAccessibleName(correct.text())

    def _retranslate_cancel(self) -> None:
        cancel = self.buttons[RowAction.CANCEL]
        confirming = self._confirming is not None
        if confirming:
            cancel.setText(self.tr("Confirm cancel"))
            cancel.setAccessibleDescription(
                self.tr("Press again within 5 seconds to cancel the invitation; its link and code stop working.")
            )
        else:
            cancel.setText(self.tr("Cancel invitation"))
            cancel.setAccessibleDescription(
                self.tr("Withdraws the invitation: its link and code stop working. You confirm with a second press.")
            )
        cancel.setAccessibleName(cancel.text())
        if bool(cancel.property("role")) != confirming:
            cancel.setProperty("role", "primary" if confirming else None)
            cancel.style().unpolish(cancel)
            cancel.style().polish(cancel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_side()
        super().changeEvent(event)
