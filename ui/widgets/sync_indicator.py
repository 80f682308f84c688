"""One line on the staff screens: is the backend heard, and what still waits to be sent."""

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.sync import SyncState


class SyncIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.setProperty("role", "muted")
        self.state: SyncState | None = None
        self.retranslate_ui()

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self.retranslate_ui()

    @staticmethod
    def _time(epoch: float) -> str:
        return QLocale().toString(
            QTime(*datetime.fromtimestamp(epoch).timetuple()[3:5]), QLocale.FormatType.ShortFormat
        )

    def retranslate_ui(self) -> None:
        state = self.state
        if state is None:
            self.setText(self.tr("Connecting…"))
            return
        backlog = state.backlog
        parts = [
            {True: self.tr("Online"), False: self.tr("Offline"), None: self.tr("Connecting…")}[state.online],
        ]
        if backlog.waiting and backlog.oldest_enqueued_at is not None:
            parts.append(
                self.tr("Waiting to send: %1 (oldest %2)")
                .replace("%1", str(backlog.waiting))
                .replace("%2", self._time(backlog.oldest_enqueued_at))
            )
        elif backlog.last_success_at is not None:
            parts.append(self.tr("All sent, last at %1").replace("%1", self._time(backlog.last_success_at)))
        if backlog.needs_attention:
            parts.append(self.tr("Needs attention: %1").replace("%1", str(backlog.needs_attention)))
        self.setText(" · ".join(parts))
        self.setAccessibleName(self.tr("Connection and sending"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
