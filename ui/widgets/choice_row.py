"""A short list of options as a row of buttons, one of them chosen: a drop-down's job in one tap.

The buyer form asks for a salutation (two or three options) and the customer's language (four).
On a touch screen a drop-down takes two taps and opens a list over the form; a row shows every
option at once and takes one. It also keeps memory steady over a showroom's day: each QComboBox
makes a pop-up frame that Qt's style-sheet style remembers after the combo box is gone (see
``ui/widgets/viewport.py``), and the form is made anew for every customer.

Keyboard, as for radio buttons: Tab reaches the row at the chosen option and leaves it with the
next Tab; the arrow keys move the choice along the row. (Qt does both for auto-exclusive buttons;
the row only keeps the other options out of the Tab chain until one of them has had the focus.)
"""

from collections.abc import Hashable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from ui.widgets.flow_layout import FlowLayout


class ChoiceRow(QWidget):
    """Options of any hashable value, one of them chosen (:meth:`value`)."""

    def __init__(self, name: str, values: Sequence[Hashable], parent: QWidget | None = None) -> None:
        """One option per value, in this order; the first is chosen. Labels come with :meth:`set_labels`.

        The options are made here, with the row, so that they take its place in the Tab order.
        """
        super().__init__(parent)
        self.setObjectName(name)
        layout = FlowLayout(self, spacing=8)  # wraps rather than cuts (German, large text)
        self._buttons: dict[Hashable, QPushButton] = {}
        self._description = ""
        for value in values:
            button = QPushButton(self)
            button.setObjectName(f"{name}_{value}")
            button.setProperty("role", "segment")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.toggled.connect(self._toggled)
            layout.addWidget(button)
            self._buttons[value] = button
        if values:
            self.choose(values[0])

    def set_labels(self, labels: Mapping[Hashable, str]) -> None:
        """What each option says (and is called, for a screen reader)."""
        for value, button in self._buttons.items():
            button.setText(labels[value])
            button.setAccessibleName(labels[value])
            button.setAccessibleDescription(self._description)

    def set_description(self, name: str, description: str) -> None:
        """What the row asks (its accessible name) and why; each option carries the description too."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self._description = description
        for button in self._buttons.values():
            button.setAccessibleDescription(description)

    def value(self) -> Hashable | None:
        return next((value for value, button in self._buttons.items() if button.isChecked()), None)

    def _chosen_button(self) -> QPushButton | None:
        return self._buttons.get(self.value())

    def choose(self, value: Hashable) -> None:
        """Make ``value`` the chosen option (ignored if it is not offered)."""
        button = self._buttons.get(value)
        if button is not None:
            button.setChecked(True)
            self._only_chosen_by_tab()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def holds(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is one of the options."""
        return widget is not None and widget in self._buttons.values()

    def _toggled(self, checked: bool) -> None:
        if checked:  # by a tap or an arrow key as well as by choose()
            self._only_chosen_by_tab()

    def _only_chosen_by_tab(self) -> None:
        """Tab stops at the chosen option only (Qt does the same once an option has had the focus)."""
        for button in self._buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus)
        chosen = self._chosen_button()
        if chosen is not None:  # the label's shortcut (e.g. Alt+S) goes to the chosen option
            self.setFocusProxy(chosen)
