"""The window's stack of screens: each screen scrolls when it is taller than the display.

A QStackedWidget asks for the room of its *largest* page, whichever is shown, and a screen whose
content is taller than the window is squeezed until its text overlaps. Both happened with large
text on a 1280×800 terminal: the buyer form needs ~890 px there, and the window grew taller than
the display. Here every screen sits in a scroll area of its own, which asks for no height at all:
a screen that fits looks exactly as before, and one that does not gets a scroll bar instead of
cut-off text. (A tab to a field out of view scrolls it into view, as QScrollArea does.)

The scroll areas are the stack's own business: ``currentWidget``, ``setCurrentWidget``,
``indexOf``, ``widget`` and ``removeWidget`` speak of the screens, as a QStackedWidget's would.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

PAGE_OBJECT_NAME = "page_scroll"


class PageStack(QStackedWidget):
    def addWidget(self, screen: QWidget) -> int:
        area = QScrollArea(self)
        area.setObjectName(PAGE_OBJECT_NAME)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(screen)
        return super().addWidget(area)

    def removeWidget(self, screen: QWidget) -> None:
        """Take ``screen`` out of the stack; it is deleted later, with its scroll area.

        (Not handed back parentless, as ``takeWidget`` would: a screen without a parent is restyled
        from scratch, ~10 ms for nothing just before it goes.)
        """
        area = self._area_of(screen)
        if area is not None:
            super().removeWidget(area)
            area.deleteLater()

    def indexOf(self, screen: QWidget) -> int:
        area = self._area_of(screen)
        return super().indexOf(area) if area is not None else -1

    def setCurrentWidget(self, screen: QWidget) -> None:
        area = self._area_of(screen)
        if area is None:
            raise ValueError(f"{screen!r} is not in this stack")
        super().setCurrentWidget(area)

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def _area_of(self, screen: QWidget) -> QScrollArea | None:
        for index in range(self.count()):
            area = super().widget(index)
            if isinstance(area, QScrollArea) and area.widget() is screen:
                return area
        return None

    def sizeHint(self) -> QSize:
        """The current screen's own size: the window opens as large as it needs (up to the display)."""
        screen = self.currentWidget()
        return screen.sizeHint() if screen is not None else super().sizeHint()
