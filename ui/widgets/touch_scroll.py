"""Kinetic scrolling of a list by finger, without Qt's gesture framework.

``QScroller.grabGesture`` registers a new gesture recognizer with the application for every widget
it is called on, and Qt never frees them (about 2.7 KiB each, even after ``ungrabGesture``). The
invitations list is made anew after every wipe, so a kiosk would grow by that for every visitor.
The scroller itself (``QScroller.scroller``) belongs to its widget and goes with it; this module
feeds it the touch events directly, and turns a touch that did not move into a tap on the row.
"""

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QTouchEvent
from PySide6.QtWidgets import QAbstractItemView, QScroller

_INPUT = {
    QEvent.Type.TouchBegin: QScroller.Input.InputPress,
    QEvent.Type.TouchUpdate: QScroller.Input.InputMove,
    QEvent.Type.TouchEnd: QScroller.Input.InputRelease,
}


class _TouchScroll(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._moved = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            QScroller.scroller(watched).stop()
            return True
        if kind not in _INPUT or not isinstance(event, QTouchEvent) or not event.points():
            return super().eventFilter(watched, event)
        position = QPointF(event.points()[0].position())
        scroller = QScroller.scroller(watched)
        if kind == QEvent.Type.TouchBegin:
            self._moved = False
        scroller.handleInput(_INPUT[kind], position, event.timestamp())
        if scroller.state() in (QScroller.State.Dragging, QScroller.State.Scrolling):
            self._moved = True
        if kind == QEvent.Type.TouchEnd and not self._moved:
            self._tap(position)
        event.accept()
        return True

    def _tap(self, position: QPointF) -> None:
        """A touch that did not move chooses the row under it, as a click would."""
        index = self._view.indexAt(position.toPoint())
        if index.isValid():
            self._view.setFocus(Qt.FocusReason.MouseFocusReason)
            self._view.setCurrentIndex(index)
            self._view.clicked.emit(index)


def enable_touch_scrolling(view: QAbstractItemView) -> None:
    """A finger drags ``view`` (with momentum) and a tap chooses a row; a mouse works as before."""
    viewport = view.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
    viewport.installEventFilter(_TouchScroll(view))
