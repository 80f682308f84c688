"""No text is cut off, on any screen, in any language, at the showroom sizes."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.showcase import screen_states


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area, part of a widget may be out of view on purpose."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(root: QWidget) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            shown = widget.visibleRegion().boundingRect()
            if shown.height() < widget.height() and not _scrolled(widget):
                # Tall enough itself, but its row or box is not: the parent cuts it off.
                yield f"{widget.objectName() or widget.text()[:40]!r}: shows {shown.height()}px of {widget.height()}"
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
    window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.set_language(language)  # switched in place, as a visitor does: the layouts must follow
    problems = []
    for state in screen_states(window):
        for _ in range(3):
            qapp.processEvents()
        problems += [f"{state}: {problem}" for problem in _clipped(window.stack.currentWidget())]
        if window.height() > size[1]:
            problems.append(f"{state}: the window grew to {window.height()}px, taller than the screen")
    assert problems == []
