"""No text is cut off, on any screen, in any language, at the showroom sizes."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.showcase import screen_states
from ui.theme import apply_theme
from ui.widgets.page_stack import PAGE_OBJECT_NAME


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area of the screen's own, part of a widget may be out of view on purpose."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown_height(widget: QWidget, root: QWidget) -> int:
    """How much of ``widget``'s height its boxes and rows leave it, up to the screen ``root``.

    Not ``visibleRegion``: a screen taller than the window scrolls (ui.widgets.page_stack), and a
    label below the fold is out of view, not cut off.
    """
    shown = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        shown = shown.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return max(0, shown.height())


def _page_scrolls(window: MainWindow) -> bool:
    screen = window.stack.currentWidget()
    area = screen.parentWidget().parentWidget() if screen is not None else None
    assert isinstance(area, QScrollArea) and area.objectName() == PAGE_OBJECT_NAME
    return area.verticalScrollBar().isVisible()


def _clipped(root: QWidget) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            shown = _shown_height(widget, root)
            if shown < widget.height() and not _scrolled(widget, root):
                # Tall enough itself, but its row or box is not: the parent cuts it off.
                yield f"{widget.objectName() or widget.text()[:40]!r}: shows {shown}px of {widget.height()}"
            elif widget.wordWrap():
                # For the whole label, padding included (the notice has some), as its height is.
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height():
                    yield f"{widget.objectName() or widget.text()[:40]!r}: needs {needed}px high, has {widget.height()}"
            else:
                needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                if needed > widget.contentsRect().width():
                    yield f"{widget.text()[:40]!r}: needs {needed}px wide, has {widget.contentsRect().width()}"
        elif isinstance(widget, QAbstractButton) and widget.text():
            # The text plus the button's own padding: squeezed narrower than that, it is cut.
            needed = max(
                widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")), widget.sizeHint().width()
            )
            if needed > widget.width():
                yield f"button {widget.text()!r}: needs {needed}px wide, has {widget.width()}"


def _problems(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, size: tuple[int, int], may_scroll: bool
) -> list[str]:
    """Every screen state's clipped text, a window taller than the display, and (``may_scroll``
    False) a screen that needs a scroll bar."""
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    problems = []
    for state in screen_states(window):
        for _ in range(3):
            qapp.processEvents()
        problems += [f"{state}: {problem}" for problem in _clipped(window.stack.currentWidget())]
        keys_up = window.keyboard is not None and window.keyboard.isVisible()
        if keys_up:
            assert window.keyboard is not None
            problems += [f"{state}, on-screen keyboard: {problem}" for problem in _clipped(window.keyboard)]
        if window.height() > size[1]:
            problems.append(f"{state}: the window grew to {window.height()}px, taller than the screen")
        # Under the on-screen keys a screen may scroll: the field being typed into is kept in view.
        if not may_scroll and not keys_up and _page_scrolls(window):
            problems.append(f"{state}: the screen does not fit; it scrolls")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_no_text_is_clipped(
    qtbot: QtBot,
    qapp: QApplication,
    translations: Translations,
    outbox: Outbox,
    language: Language,
    size: tuple[int, int],
) -> None:
    """Every screen fits the showroom's displays as it is, without scrolling."""
    window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)
    window.set_language(language)  # switched in place, as a visitor does: the layouts must follow
    assert _problems(qtbot, qapp, window, size, may_scroll=False) == []


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_with_large_text_nothing_is_clipped_and_tall_screens_scroll(
    qtbot: QtBot, qapp: QApplication, translations: Translations, outbox: Outbox, language: Language
) -> None:
    """Large text on the smaller display: a screen taller than the window scrolls; no text is cut off."""
    apply_theme(qapp, large_text=True)
    try:
        window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)
        window.set_language(language)
        assert _problems(qtbot, qapp, window, (1280, 800), may_scroll=True) == []
    finally:
        apply_theme(qapp, large_text=False)
