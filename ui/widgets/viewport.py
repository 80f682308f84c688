"""Scroll areas whose viewport Qt's style-sheet style forgets when it is gone.

Under an application style sheet, Qt (6.11) notes a cache entry for a widget it cannot style
directly: a scroll area's viewport, which is styled through its scroll area, and a combo box's
pop-up frame. (``QStyleSheetStyle::hasStyleRule`` inserts ``hasStyleRuleCache[widget]`` before it
asks whether the widget can be styled at all.) It forgets entries only for the widgets it styles
itself, when they are destroyed, so these stay for the life of the process: ~30-60 bytes for each
list made and painted (``tests/ui/style_sheet_leak_probe.py``), ~80-130 for each combo box, and
~40-190 bytes for each sign-in screen whose names were tapped (made anew for every customer: it
holds a PIN).

A viewport with a style sheet of its own is styled directly, and Qt then forgets it on destruction.
The style sheet set here is a comment: it adds no rule, so nothing looks different.

Needed where a viewport is painted: a list view's, and a scroll area's inside a screen (a tap on
the sign-in screen's names repaints the list's viewport under the name). The screens' own scroll
areas (``PageStack``) were measured too, screens made, tapped and dropped: they keep nothing.
"""

from PySide6.QtWidgets import QAbstractScrollArea

FORGETTABLE = "/* its own (empty) style sheet: Qt's style-sheet style forgets this viewport when it is gone */"


def forgettable_viewport(area: QAbstractScrollArea) -> None:
    """Call once the area has its final viewport (``setViewport`` makes a new one)."""
    area.viewport().setStyleSheet(FORGETTABLE)
