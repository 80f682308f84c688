"""The live list of password rules: each turns from ✗ to ✓ as the customer types.

The mark and the words both say it (and each rule's accessible name), so the state never depends on
colour alone; the texts follow the current language.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.password_policy import CHECKLIST_RULES, PasswordRule, check_password
from ui import messages


class PasswordChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._labels: dict[PasswordRule, QLabel] = {}
        for rule in CHECKLIST_RULES:
            label = QLabel(self)
            label.setObjectName(f"rule_{rule.value}")
            label.setWordWrap(True)
            layout.addWidget(label)
            self._labels[rule] = label
        # Not a fifth line to tick off: it appears only when the four rules pass and the password
        # is still one everybody uses.
        self.too_common = QLabel(self)
        self.too_common.setObjectName("password_too_common")
        self.too_common.setProperty("role", "error")
        self.too_common.setWordWrap(True)
        self.too_common.hide()
        layout.addWidget(self.too_common)
        self._passed: frozenset[PasswordRule] = frozenset()
        self._refresh()

    def update_for(self, password: str) -> None:
        self._passed = check_password(password).passed
        self._refresh()

    def is_met(self, rule: PasswordRule) -> bool:
        return rule in self._passed

    def _refresh(self) -> None:
        for rule, label in self._labels.items():
            met = rule in self._passed
            # The mark and the words both say it, so the state never depends on colour alone.
            label.setText(f"{'✓' if met else '✗'}  {messages.password_rule(rule)}")
            label.setProperty("met", met)
            label.setAccessibleName(
                self.tr("%1: met").replace("%1", messages.password_rule(rule))
                if met
                else self.tr("%1: not met yet").replace("%1", messages.password_rule(rule))
            )
            label.style().unpolish(label)
            label.style().polish(label)
        self.too_common.setText(messages.password_rule(PasswordRule.NOT_COMMON))
        self.setAccessibleName(self.tr("Password rules"))
        met_count = sum(1 for rule in self._labels if rule in self._passed)
        self.setAccessibleDescription(
            self.tr("%1 of %2 rules met.").replace("%1", str(met_count)).replace("%2", str(len(self._labels)))
        )
        self.too_common.setVisible(PasswordRule.NOT_COMMON not in self._passed and bool(self._passed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)
