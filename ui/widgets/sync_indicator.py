"""On every staff screen: is the backend heard, and what still waits to be sent; details on click."""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # a type only: the header is drawn in the first frame, before the sync engine is imported
    from kiosk.sync import SyncState


def _time(epoch: float) -> str:
    return QLocale().toString(QTime(*datetime.fromtimestamp(epoch).timetuple()[3:5]), QLocale.FormatType.ShortFormat)


class SyncIndicator(QWidget):
    """A one-line summary that opens the details below it.

    The details float over the screen (a child of the window, not a pop-up window: kiosks show one
    window), so opening them never pushes the form down or makes the window taller.
    """

    send_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.state: SyncState | None = None
        self.summary = QPushButton(self)
        self.summary.setObjectName("sync_summary")
        self.summary.setProperty("role", "sync")
        self.summary.setCheckable(True)
        self.details = QFrame(self)
        self.details.setObjectName("sync_details")
        self.details.setProperty("role", "card")
        self.details.hide()
        self.summary.toggled.connect(self._toggle_details)
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for row, key in enumerate(("connection", "waiting", "last_sent", "attention", "problem")):
            name, value = QLabel(self.details), QLabel(self.details)
            name.setProperty("role", "muted")
            value.setObjectName(f"sync_{key}")
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._labels[key] = (name, value)
        grid.setColumnStretch(1, 1)
        self.send_now = QPushButton(self.details)
        self.send_now.setObjectName("sync_send_now")
        self.send_now.clicked.connect(self.send_now_requested)
        panel = QVBoxLayout(self.details)
        panel.setContentsMargins(16, 12, 16, 12)
        panel.setSpacing(8)
        panel.addLayout(grid)
        panel.addWidget(self.send_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        self.retranslate_ui()

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        window = self.window()
        if shown and window is not self:
            if self.details.parentWidget() is not window:  # moving it restyles all of it: once
                self.details.setParent(window)
            width = max(self.summary.width(), 420)
            self.details.setFixedWidth(width)
            # Its height for that width, asked of the layout: adjustSize() measured the wrapping values
            # at the width the layout had last seen, which after a move or a new language was sometimes
            # narrower, and the rows were spread over a panel 20 px too tall.
            self.details.ensurePolished()
            self.details.resize(width, self.details.heightForWidth(width))
            below = self.summary.mapTo(window, self.summary.rect().bottomRight())
            self.details.move(below.x() - self.details.width() + 1, below.y() + 4)
            self.details.raise_()
        self.details.setVisible(shown)

    def show_state(self, state: "SyncState") -> None:
        self.state = state
        self.retranslate_ui()

    def text(self) -> str:
        """The summary line, as shown."""
        return self.summary.text()

    def retranslate_ui(self) -> None:
        state = self.state
        self.summary.setAccessibleName(self.tr("Connection and sending"))
        self.summary.setAccessibleDescription(self.tr("Shows or hides the details"))
        self.send_now.setText(self.tr("Try sending now"))
        self.send_now.setAccessibleName(self.tr("Try sending now"))
        self.send_now.setAccessibleDescription(self.tr("Sends what is waiting without waiting for the next try"))
        titles = {
            "connection": self.tr("Connection"),
            "waiting": self.tr("Waiting to send"),
            "last_sent": self.tr("Last sent"),
            "attention": self.tr("Needs attention"),
            "problem": self.tr("Last problem"),
        }
        for key, (name, _value) in self._labels.items():
            name.setText(titles[key])
        online = state.online if state is not None else None
        connection = {True: self.tr("Online"), False: self.tr("Offline"), None: self.tr("Connecting…")}[online]
        if state is None:
            self.summary.setText(connection)
            for _name, value in self._labels.values():
                value.setText("–")
            return
        backlog = state.backlog
        parts = [connection]
        if backlog.waiting and backlog.oldest_enqueued_at is not None:
            parts.append(
                self.tr("Waiting to send: %1 (oldest %2)")
                .replace("%1", str(backlog.waiting))
                .replace("%2", _time(backlog.oldest_enqueued_at))
            )
        elif backlog.last_success_at is not None:
            parts.append(self.tr("All sent, last at %1").replace("%1", _time(backlog.last_success_at)))
        if backlog.needs_attention:
            parts.append(self.tr("Needs attention: %1").replace("%1", str(backlog.needs_attention)))
        self.summary.setText(" · ".join(parts))
        values = {
            "connection": connection,
            "waiting": str(backlog.waiting)
            + (
                self.tr(" (oldest %1)").replace("%1", _time(backlog.oldest_enqueued_at))
                if backlog.oldest_enqueued_at is not None
                else ""
            ),
            "last_sent": _time(backlog.last_success_at) if backlog.last_success_at is not None else "–",
            "attention": str(backlog.needs_attention),
            # The sync worker's own words (an exception's class, a status code): for the technician.
            "problem": backlog.last_error or "–",
        }
        for key, (_name, value) in self._labels.items():
            value.setText(values[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
