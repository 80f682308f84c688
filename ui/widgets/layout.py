"""Layout helpers shared by the screens."""

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

#: Forms wider than this are hard to scan on a 1920-pixel showroom screen.
FORM_MAX_WIDTH = 720


def form_column(screen: QWidget) -> QVBoxLayout:
    """Give ``screen`` a left-aligned column of readable width; return the column's layout."""
    column = QWidget(screen)
    column.setMaximumWidth(FORM_MAX_WIDTH)
    outer = QHBoxLayout(screen)
    outer.setContentsMargins(64, 32, 64, 32)
    outer.addWidget(column, 1)
    outer.addStretch(0)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    return inner
