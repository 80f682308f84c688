"""Applies the kiosk's theme (``resources/theme.qss``) once, to the whole application."""

from PySide6.QtWidgets import QApplication

from ui.resources import resource


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on every platform; the QSS refines it
    app.setStyleSheet(resource("theme.qss").read_text(encoding="utf-8"))
