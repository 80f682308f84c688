"""A labelled input with its error shown right beneath it."""

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


class FormField(QWidget):
    """Label, line edit and error text. The error stays hidden until the field is *touched*
    (left once, or the form submitted), so nobody is scolded for a field they have not reached."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{name}")
        self.name = name
        self.touched = False
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.label.setBuddy(self.edit)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def note_left(self) -> None:
        """The field lost the focus (``editingFinished``): touched if the person changed what it holds.

        Tabbing through a field, or leaving the one the screen started in, scolds nobody; typing in it
        and leaving it, empty or wrong, does.
        """
        if self.edit.isModified():
            self.touched = True

    def set_texts(self, label: str, accessible_description: str = "") -> None:
        self.label.setText(label)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.edit.setAccessibleDescription(accessible_description)

    def show_error(self, message: str | None) -> None:
        visible = bool(message) and self.touched
        self.error.setText(message or "")
        self.error.setVisible(visible)
        if bool(self.edit.property("invalid")) != visible:
            # The theme draws an invalid field's border in the error colour; restyling is what costs, and
            # the form calls this for every field at each keystroke, so only when the state changes.
            self.edit.setProperty("invalid", visible)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
