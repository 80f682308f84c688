"""The "Are you still there?" question, over whatever screen was left alone."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.keyboard import press_focused_button


class StillThereOverlay(QWidget):
    """Covers the window (so a tap answers it, not a button underneath) and counts down."""

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("still_there")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._left = 0
        self.box = QFrame(self)
        self.box.setObjectName("still_there_box")
        self.box.setProperty("role", "dialog")
        self.title = QLabel(self.box)
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self.box)
        self.text.setObjectName("still_there_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.stay = QPushButton(self.box)
        self.stay.setObjectName("still_here")
        self.stay.setProperty("role", "primary")
        self.stay.clicked.connect(self.still_here)
        box = QVBoxLayout(self.box)
        box.setContentsMargins(48, 40, 48, 40)
        box.setSpacing(20)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addWidget(self.stay, alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.box.setFixedWidth(640)
        self.hide()

    def ask(self, seconds: int) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self._left = seconds
        self.retranslate_ui()
        self.show()
        self.raise_()
        self.stay.setFocus()

    def count(self, seconds: int) -> None:
        self._left = seconds
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.text.setText(
            self.tr("For your privacy, this screen is cleared in %1 s. Touch the screen to continue.").replace(
                "%1", str(self._left)
            )
        )
        self.stay.setText(self.tr("I am still here"))
        self.stay.setAccessibleName(self.tr("I am still here"))
        self.stay.setAccessibleDescription(self.tr("Keeps everything on the screen and carries on"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(17, 17, 17, 160))  # the ink token, dimmed

    def mousePressEvent(self, event: object) -> None:
        self.still_here.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
