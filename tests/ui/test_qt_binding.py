"""Guards against faults of the Qt binding itself that would take a showroom kiosk down."""

import gc
import sys

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
