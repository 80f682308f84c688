"""The band across the top of every screen: the account's name, then staff or customer controls."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.languages import Language
from ui.widgets.language_bar import LanguageBar
from ui.widgets.sync_indicator import SyncIndicator


class Header(QWidget):
    """Customers see the language buttons; staff see how sending goes (:meth:`set_audience`)."""

    def __init__(self, brand: str, languages: list[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        # A word, not a logo: the brand is configuration and no trademarked artwork ships with us.
        self.wordmark = QLabel(brand.upper(), self)
        self.wordmark.setObjectName("wordmark")
        self.wordmark.setProperty("role", "wordmark")
        self.wordmark.setAccessibleName(brand)
        self.languages = LanguageBar(languages, self)
        self.sync = SyncIndicator(self)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.wordmark, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.sync, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        self.set_audience("customer")

    def set_audience(self, audience: str) -> None:
        """``"customer"``, ``"staff"`` or ``"admin"``: who the screen below is for."""
        self.languages.setVisible(audience == "customer")
        self.sync.setVisible(audience == "staff")
        if audience != "staff":
            self.sync.summary.setChecked(False)
