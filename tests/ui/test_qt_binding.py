"""Guards against faults of the Qt binding itself that would take a showroom kiosk down."""

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel


def test_calling_qt_methods_does_not_leak_references_to_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 drops a reference to None on every void call; on Python 3.11 the kiosk then
    # aborts ("deallocating None") after enough use. None is immortal from Python 3.12 on.
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    gc.collect()
    assert abs(sys.getrefcount(None) - before) < 100


def test_connections_to_qt_methods_leak_and_the_pin_pad_makes_none() -> None:
    """PySide6 6.11 never frees a connection to a Qt method of another object (``edit.backspace``),
    ~60 bytes each; screens are made anew for every customer, so they connect to lambdas instead.
    The pin pad of every sign-in screen left ~150 bytes behind before. Measured in a process of its
    own: a first-time cache filled by an earlier test would blur figures this small. When an
    upgrade fixes the binding, the first assertion fails, and the rule can go."""
    kept = _probe("tests.ui.qt_leak_probe")
    assert kept["qt_method"] > 40, kept
    assert kept["lambda"] < 15, kept
    assert kept["pin_pad"] < 25, kept


def test_what_qt_style_sheet_style_keeps_of_gone_widgets_the_kiosk_does_not_make() -> None:
    """Qt 6.11's style-sheet style keeps ~30-130 bytes for each painted list viewport and each combo
    box after the widget is gone (``ui/widgets/viewport.py``). The buyer form is made anew for every
    customer: its two combo boxes were most of the kiosk's steady growth of memory over a day. Its
    choices are now rows of buttons, and lists (the invitations, the sign-in screen's names) give
    their viewport a style sheet of their own, so that Qt forgets it. Measured in a process of its
    own, in bytes of C heap. When an upgrade fixes Qt, the first assertion fails, and the workaround
    in ``viewport.py`` can go."""
    kept = _probe("tests.ui.style_sheet_leak_probe")
    assert kept["list_view_as_before"] > 15 and kept["combo_box"] > 15, kept
    assert kept["list_view"] < 10, kept
    assert kept["choice_row"] < 10, kept
    assert kept["sign_in_screen"] < 15, kept


def _probe(module: str) -> dict[str, float]:
    """Run a leak probe in a process of its own; what it printed last, as JSON."""
    probe = subprocess.run(
        [sys.executable, "-m", module],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    kept: dict[str, float] = json.loads(probe.stdout.strip().splitlines()[-1])
    return kept
