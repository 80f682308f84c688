"""How far the showroom's invitations got, today and this week: invited → opened → registered.

Drawn with QPainter in the theme's colours (ink bars on a grey track, no colour of its own), in
the widget's font. A screen reader gets the same numbers as a sentence in the accessible description.
"""

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.wire import Funnel, FunnelReport
from ui.theme import TOKENS

INK = QColor(TOKENS.ink)
TRACK = QColor(TOKENS.surface)
MUTED = QColor(TOKENS.muted)

# Spacing, in pixels: between a period's heading and its bars, between bars, between the periods.
_HEADING_GAP = 8
_ROW_GAP = 10
_PERIOD_GAP = 24
_COLUMN_GAP = 12
_BAR_HEIGHT = 20
# The narrowest a bar's track may get before the chart asks for more room.
_MIN_TRACK = 96


def percent(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in whole percent; None when there is no whole to speak of."""
    return round(100 * part / whole) if whole > 0 else None


class FunnelChart(QWidget):
    """Two small bar charts, today above this week; :meth:`show_report` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnel_chart")
        self._report: FunnelReport | None = None
        self._loading = True
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.retranslate_ui()

    # -- what the screen tells it -------------------------------------------------------------------

    def show_report(self, report: FunnelReport | None) -> None:
        """The numbers to draw; None: the backend cannot be asked (offline), which the chart says."""
        self._report = report
        self._loading = False
        self.retranslate_ui()

    def set_loading(self) -> None:
        self._report = None
        self._loading = True
        self.retranslate_ui()

    @property
    def report(self) -> FunnelReport | None:
        return self._report

    # -- texts ----------------------------------------------------------------------------------

    def _periods(self) -> list[tuple[str, Funnel | None]]:
        report = self._report
        return [
            (self.tr("Today"), report.day if report else None),
            (self.tr("This week"), report.week if report else None),
        ]

    def _labels(self) -> list[str]:
        return [self.tr("Invited"), self.tr("Opened"), self.tr("Registered")]

    def _percent_text(self, value: int | None) -> str:
        #: A whole percentage, as in "42%"; write it as your language does ("42 %" in German).
        return "" if value is None else self.tr("%1%").replace("%1", str(value))

    def _placeholder(self) -> str:
        return self.tr("Loading the figures…") if self._loading else self.tr("Figures are not available offline.")

    def _describe(self, period: str, funnel: Funnel) -> str:
        if funnel.invited == 0:
            return self.tr("%1: no invitations yet.").replace("%1", period)
        return (
            self.tr("%1: %2 invited, %3 opened (%4), %5 registered (%6).")
            .replace("%1", period)
            .replace("%2", str(funnel.invited))
            .replace("%3", str(funnel.opened))
            .replace("%4", self._percent_text(percent(funnel.opened, funnel.invited)))
            .replace("%5", str(funnel.registered))
            .replace("%6", self._percent_text(percent(funnel.registered, funnel.invited)))
        )

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Invited, opened and registered"))
        if self._report is None:
            self.setAccessibleDescription(self._placeholder())
        else:
            self.setAccessibleDescription(
                " ".join(self._describe(period, funnel) for period, funnel in self._periods() if funnel)
            )
        self.updateGeometry()
        self.update()

    # -- geometry -------------------------------------------------------------------------------

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _row_height(self) -> int:
        return max(self.fontMetrics().height(), _BAR_HEIGHT) + 4

    def _columns(self) -> tuple[int, int, int]:
        """Widths of the label, count and percentage columns, for the texts in the current language."""
        metrics = self.fontMetrics()
        label = max(metrics.horizontalAdvance(text) for text in self._labels())
        count = metrics.horizontalAdvance("0000")
        share = metrics.horizontalAdvance(self._percent_text(100))
        report = self._report
        if report is not None:
            numbers = [report.day.invited, report.week.invited]
            count = max(count, *(metrics.horizontalAdvance(str(number)) for number in numbers))
        return label, count, share

    def _period_height(self) -> int:
        heading = QFontMetrics(self._heading_font()).height()
        return heading + _HEADING_GAP + 3 * self._row_height() + 2 * _ROW_GAP

    def _placeholder_height(self, width: int) -> int:
        bounds = QRect(0, 0, max(1, width), 10_000)
        return self.fontMetrics().boundingRect(bounds, int(Qt.TextFlag.TextWordWrap), self._placeholder()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The two charts; without figures, only the line that says why (it wraps in a narrow column)."""
        if self._report is None:
            return self._placeholder_height(width)
        return 2 * self._period_height() + _PERIOD_GAP

    def minimumSizeHint(self) -> QSize:
        label, count, share = self._columns()
        headings = QFontMetrics(self._heading_font())
        heading = max(headings.horizontalAdvance(period) for period, _ in self._periods())
        width = max(label + _COLUMN_GAP + _MIN_TRACK + _COLUMN_GAP + count + _COLUMN_GAP + share, heading)
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:
        width = self.minimumSizeHint().width() + 120
        return QSize(width, self.heightForWidth(width))

    # -- drawing --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        if self._report is None:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._placeholder(),
            )
            painter.end()
            return
        top = 0
        for period, funnel in self._periods():
            assert funnel is not None
            self._paint_period(painter, top, period, funnel)
            top += self._period_height() + _PERIOD_GAP
        painter.end()

    def _paint_period(self, painter: QPainter, top: int, period: str, funnel: Funnel) -> None:
        heading_font = self._heading_font()
        heading_height = QFontMetrics(heading_font).height()
        painter.setFont(heading_font)
        painter.setPen(INK)
        painter.drawText(QRect(0, top, self.width(), heading_height), int(Qt.AlignmentFlag.AlignLeft), period)
        painter.setFont(self.font())
        label_width, count_width, share_width = self._columns()
        track_left = label_width + _COLUMN_GAP
        share_left = self.width() - share_width
        count_left = share_left - _COLUMN_GAP - count_width
        track_width = max(0, count_left - _COLUMN_GAP - track_left)
        row_height = self._row_height()
        scale = max(funnel.invited, funnel.opened, funnel.registered, 1)
        shares = [None, percent(funnel.opened, funnel.invited), percent(funnel.registered, funnel.invited)]
        counts = [funnel.invited, funnel.opened, funnel.registered]
        y = top + heading_height + _HEADING_GAP
        middle = Qt.AlignmentFlag.AlignVCenter
        for label, count, share in zip(self._labels(), counts, shares, strict=True):
            painter.setPen(INK)
            painter.drawText(QRect(0, y, label_width, row_height), int(Qt.AlignmentFlag.AlignLeft | middle), label)
            bar_top = y + (row_height - _BAR_HEIGHT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(QRectF(track_left, bar_top, track_width, _BAR_HEIGHT), 3, 3)
            if count > 0:
                length = max(4.0, track_width * count / scale)
                painter.setBrush(INK)
                painter.drawRoundedRect(QRectF(track_left, bar_top, length, _BAR_HEIGHT), 3, 3)
            painter.setPen(INK)
            painter.drawText(
                QRect(count_left, y, count_width, row_height), int(Qt.AlignmentFlag.AlignRight | middle), str(count)
            )
            painter.setPen(MUTED)
            painter.drawText(
                QRect(share_left, y, share_width, row_height),
                int(Qt.AlignmentFlag.AlignRight | middle),
                self._percent_text(share),
            )
            y += row_height + _ROW_GAP

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.retranslate_ui()
        super().changeEvent(event)
