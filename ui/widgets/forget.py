"""Emptying a text field so that what it held is gone, not one Undo away.

``QLineEdit.clear()`` is an edit like any other: the old text stays in the field's undo history.
In a password field Undo is unavailable only while the text is hidden; tap "Show" and Ctrl+Z (or
Undo in the field's menu) brings the last customer's password back. ``setText`` empties the
history too. Every field the kiosk empties between people (passwords, PINs, codes, the buyer's
details) goes through here.
"""

from PySide6.QtWidgets import QLineEdit


def forget(*fields: QLineEdit) -> None:
    """Empty ``fields`` and their undo histories."""
    for field in fields:
        field.setText("")
