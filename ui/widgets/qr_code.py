"""Draws a QR code from the core's module matrix: crisp at any size, with the quiet zone."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.qr import QUIET_ZONE, qr_matrix


class QrCodeWidget(QWidget):
    """Shows the QR code of a text (the phone link); blank until :meth:`set_text` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._text = ""
        self.setMinimumSize(QSize(240, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str, matrix: list[list[bool]] | None = None) -> None:
        """Show the code of ``text``; pass its ``matrix`` when a worker has made it already
        (:func:`kiosk.qr.qr_matrix` takes a few milliseconds, which the GUI thread need not spend)."""
        self._text = text
        self._matrix = matrix if matrix is not None else qr_matrix(text) if text else []
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter.fillRect(left, top, side, side, QColor("white"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_ZONE
        # Whole pixels per module: fractional modules blur edges and cost decoders accuracy.
        unit = max(1, side // modules)
        offset_x = left + (side - unit * modules) // 2 + unit * QUIET_ZONE
        offset_y = top + (side - unit * modules) // 2 + unit * QUIET_ZONE
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(offset_x + x * unit, offset_y + y * unit, unit, unit))
