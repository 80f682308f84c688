"""The "Did you mean …?" line under an e-mail field, with the button that takes the suggestion.

Shared by the salesperson's form and the walk-in screen: the same typo list
(:func:`kiosk.email_typos.suggest`), the same words, the same way to accept it.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.email_typos import suggest


class EmailHint(QWidget):
    """Follows ``edit`` as it is typed in; hidden while there is nothing to suggest."""

    def __init__(
        self, edit: QLineEdit, parent: QWidget | None = None, *, wanted: Callable[[], bool] = lambda: True
    ) -> None:
        """``wanted()`` says whether to suggest at all now (the form does not while correcting an unchanged address)."""
        super().__init__(parent)
        self._edit = edit
        self._wanted = wanted
        self.suggestion: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("email_hint")
        self.label.setWordWrap(True)
        self.use = QPushButton(self)
        self.use.setObjectName("use_email_suggestion")
        self.use.setProperty("role", "link")
        self.use.clicked.connect(self._use)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label, 1)
        row.addWidget(self.use)
        edit.textChanged.connect(self.refresh)
        self.retranslate_ui()

    @Slot()
    def refresh(self) -> None:
        self.suggestion = suggest(self._edit.text()) if self._wanted() else None
        self.retranslate_ui()

    @Slot()
    def _use(self) -> None:
        if self.suggestion is not None:
            self._edit.setText(self.suggestion)
            self._edit.setFocus()

    def retranslate_ui(self) -> None:
        suggestion = self.suggestion
        self.label.setText(self.tr("Did you mean %1?").replace("%1", suggestion) if suggestion else "")
        self.use.setText(self.tr("Use it"))
        self.use.setAccessibleName(self.tr("Use the suggested address"))
        self.use.setAccessibleDescription(self.tr("Replaces the e-mail address with the suggestion"))
        self.setVisible(suggestion is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
