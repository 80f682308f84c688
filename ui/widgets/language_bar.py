"""The language buttons: each labelled in its own language, so a visitor finds theirs at a glance."""

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.languages import Language


class LanguageBar(QWidget):
    """Emits :attr:`chosen` when a language is picked; :meth:`show_current` marks the one in use."""

    chosen = Signal(object)  # Language

    def __init__(self, languages: list[Language], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_bar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[Language, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for language in languages:
            # Not translated: "Deutsch" is what a German speaker looks for, whatever is on screen.
            button = QPushButton(language.endonym, self)
            button.setObjectName(f"language_{language.value}")
            button.setProperty("role", "language")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(self._clicked)
            self._group.addButton(button)
            self.buttons[language] = button
            layout.addWidget(button)
        self.retranslate_ui()

    def show_current(self, language: Language) -> None:
        button = self.buttons.get(language)
        if button is not None:
            button.setChecked(True)

    @Slot()
    def _clicked(self) -> None:
        for language, button in self.buttons.items():
            if button is self.sender():
                self.chosen.emit(language)

    def retranslate_ui(self) -> None:
        for language, button in self.buttons.items():
            button.setAccessibleName(language.endonym)
            button.setAccessibleDescription(self.tr("Show the kiosk in this language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
