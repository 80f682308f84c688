"""What a screen shows or tells assistive technology, gathered for tests that search it."""

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget


def texts_of(root: QWidget) -> Iterator[str]:
    """Every text of ``root`` and its children: labels, buttons, fields, names, descriptions, tooltips."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield from (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield from (widget.text(), widget.placeholderText())


def controls_of(root: QWidget) -> list[QWidget]:
    """The widgets a person operates: buttons, check boxes, fields."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, QAbstractButton | QLineEdit)]


def unlabelled_controls(root: QWidget) -> list[str]:
    """Controls (shown or not) without an accessible name or description, by object name."""
    return [
        f"{control.objectName() or type(control).__name__}"
        for control in controls_of(root)
        if not control.accessibleName() or not control.accessibleDescription()
    ]
