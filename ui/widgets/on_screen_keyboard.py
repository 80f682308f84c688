"""The on-screen keyboard for terminals with a touch screen and no keyboard.

It sits under the screens and appears whenever a text field takes the focus, with the letters of
the language on show (å ä ö for Swedish, ü ö ä ß on a German QWERTZ), a page of digits and symbols
(every special character the password rules ask for), and the keys an e-mail address needs (@ and
the dot) always in reach. Its keys never take the focus: each tap is sent to the field as the key
press a real keyboard would send, so validation, the live checklist and Enter behave the same.

Why our own widget rather than Qt Virtual Keyboard: in a Qt Widgets program the latter works only
through the platform's input context (it showed no panel here under Xvfb or offscreen, so it could
not be tested), it follows neither our theme nor our languages' key layouts, and it would add
175 MB (PySide6-Addons) to every kiosk. This one is a few dozen push buttons.
"""

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.languages import Language

#: The three rows of letters, as each language's own keyboards have them.
LETTERS: dict[Language, tuple[str, str, str]] = {
    Language.EN: ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    Language.NL: ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    Language.DE: ("qwertzuiopü", "asdfghjklöä", "yxcvbnmß"),
    Language.SV: ("qwertyuiopå", "asdfghjklöä", "zxcvbnm"),
}
#: Digits first, then every special character of the password rules' example (``!§$%&?``) and more.
SYMBOLS = ("1234567890", "!§$%&?#*+=", "()/:;'\"_~,")
#: Letters with accents, for the names of customers from anywhere (Hélène, Zoë, Åsa on any layout).
ACCENTS = ("àáâãäåæçß", "èéêëìíîïñ", "òóôõöøœùúûüýÿ")


class Page(Enum):
    LETTERS = "letters"
    SYMBOLS = "symbols"  # digits and symbols
    ACCENTS = "accents"


#: Fields that ask for these start on the page of digits.
_NUMERIC = (
    Qt.InputMethodHint.ImhDigitsOnly
    | Qt.InputMethodHint.ImhFormattedNumbersOnly
    | Qt.InputMethodHint.ImhDialableCharactersOnly
)
#: Set to True on a field that has keys of its own next to it (the PIN pad): no keyboard for it.
OWN_KEYS = "has_own_keys"


def takes_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` is somewhere to type: a field that accepts input and is not read-only."""
    if widget is None or not widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
        return False
    if isinstance(widget, QLineEdit) and widget.isReadOnly():
        return False
    return not widget.property(OWN_KEYS)


def _shifted(character: str) -> str:
    upper = character.upper()
    return upper if len(upper) == 1 else character  # ß stays ß (its capital is two letters)


class OnScreenKeyboard(QWidget):
    """Typed keys go to the widget with the focus; the keyboard follows that focus on its own."""

    #: Shown or hidden (the window lays out the screens above it again).
    shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("osk_tray")  # (not the name of the admin setting's check box)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._language = Language.EN
        self.page = Page.LETTERS
        self._shift = False
        self._target: QWidget | None = None
        self._dismissed = False  # hidden with its own key: a tap on the field brings it back
        #: The keys of the current page, by the character they type.
        self.characters: dict[str, QPushButton] = {}
        # The keys stay together in the middle, as wide as the longest row, on any width of screen.
        block = QWidget(self)
        block.setObjectName("osk_keys")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addStretch(1)
        outer.addWidget(block)
        outer.addStretch(1)
        self._rows = QVBoxLayout(block)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(8)
        self._block = block
        self.erase = self._special("osk_erase", "⌫", lambda: self._send(Qt.Key.Key_Backspace))
        self.erase.setAutoRepeat(True)  # held down, it keeps erasing
        self.enter = self._special("osk_enter", "↵", lambda: self._send(Qt.Key.Key_Return, "\r"))
        self.shift = self._special("osk_shift", "⇧", self._toggle_shift)
        self.shift.setCheckable(True)
        self.mode = self._special("osk_mode", "?123", lambda: self._turn_to(Page.SYMBOLS))
        self.accents = self._special("osk_accents", "àé", lambda: self._turn_to(Page.ACCENTS))
        self.at = self._special("osk_at", "@", lambda: self._type("@"))
        self.space = self._special("osk_space", "", lambda: self._type(" "))
        self.space.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.dot = self._special("osk_dot", ".", lambda: self._type("."))
        self.dash = self._special("osk_dash", "-", lambda: self._type("-"))
        self.hide_key = self._special("osk_hide", "⌄", self.dismiss)
        self._bring_into_view = QTimer(self)
        self._bring_into_view.setSingleShot(True)
        self._bring_into_view.setInterval(0)
        self._bring_into_view.timeout.connect(self._show_target)
        self._build()
        self.retranslate_ui()
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    # -- what the window tells it -----------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """The letters of ``language``; what the field holds stays as it is."""
        if LETTERS.get(language, LETTERS[Language.EN]) != LETTERS.get(self._language, LETTERS[Language.EN]):
            self._language = language
            self._build()
        self._language = language

    def reset(self) -> None:
        """Back to the letters, small, and out of sight (the next customer starts afresh)."""
        self._set_target(None)
        self._dismissed = False
        self._shift = False
        self.page = Page.LETTERS
        self._build()
        self._set_shown(False)

    @Slot()
    def dismiss(self) -> None:
        """Out of the way until the field is touched again or another field takes the focus."""
        self._dismissed = True
        self._set_shown(False)

    def show_for(self, field: QWidget | None) -> None:
        """Appear for ``field`` if it takes text, else go (what a change of focus does)."""
        self._focus_changed(None, field)

    # -- keys --------------------------------------------------------------------------------------

    def _special(self, name: str, label: str, action: object) -> QPushButton:
        key = QPushButton(label, self._block)
        key.setObjectName(name)
        key.setProperty("role", "key")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(action)
        return key

    def _build(self) -> None:
        """Lay out the current page (letters of the language, or digits and symbols)."""
        for key in self.characters.values():
            key.hide()
            key.deleteLater()
        self.characters = {}
        while (row := self._rows.takeAt(0)) is not None:
            if (layout := row.layout()) is not None:
                while layout.takeAt(0) is not None:
                    pass
                layout.deleteLater()
        rows = {
            Page.LETTERS: LETTERS.get(self._language, LETTERS[Language.EN]),
            Page.SYMBOLS: SYMBOLS,
            Page.ACCENTS: ACCENTS,
        }[self.page]
        ends: tuple[list[QPushButton], list[QPushButton], list[QPushButton]] = (
            [self.erase],
            [self.enter],
            [],
        )
        starts: tuple[list[QPushButton], list[QPushButton], list[QPushButton]] = ([], [], [self.shift])
        for characters, start, end in zip(rows, starts, ends, strict=True):
            row_layout = QHBoxLayout()
            row_layout.setSpacing(8)
            row_layout.addStretch(1)
            for key in start:
                row_layout.addWidget(key)
            for character in characters:
                key = QPushButton(self._block)
                key.setObjectName(f"osk_key_{ord(character):x}")
                key.setProperty("character", character)
                key.setProperty("role", "key")
                key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                key.clicked.connect(self._character_clicked)
                if self.isVisible():
                    key.show()  # a layout would show it one turn later (hiding it would keep it hidden)
                self.characters[character] = key
                row_layout.addWidget(key)
            for key in end:
                row_layout.addWidget(key)
            row_layout.addStretch(1)
            self._rows.addLayout(row_layout)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        for key in (self.mode, self.accents, self.at):
            bottom.addWidget(key)
        bottom.addWidget(self.space, 1)
        for key in (self.dot, self.dash, self.hide_key):
            bottom.addWidget(key)
        self._rows.addLayout(bottom)
        self.shift.setHidden(self.page is Page.SYMBOLS)
        self.shift.setChecked(self._shift)
        self.mode.setText("ABC" if self.page is Page.SYMBOLS else "?123")
        self.accents.setText("ABC" if self.page is Page.ACCENTS else "àé")
        self._label_characters()
        self._retranslate_characters()

    def _label_characters(self) -> None:
        for key in self.characters.values():
            key.setText(self.typed_by(key).replace("&", "&&"))  # a lone & would mark a shortcut, and vanish

    def typed_by(self, key: QPushButton) -> str:
        """What tapping ``key`` types now (with shift, its capital)."""
        character = str(key.property("character"))
        return _shifted(character) if self._shift else character

    @Slot()
    def _character_clicked(self) -> None:
        key = self.sender()
        if isinstance(key, QPushButton):
            self._type(self.typed_by(key))

    def _type(self, text: str) -> None:
        self._send(Qt.Key.Key_unknown, text)
        if self.page is Page.ACCENTS:  # one accented letter, then the letters again
            self._shift = False
            self.page = Page.LETTERS
            self._build()
        elif self._shift:  # one capital, as on a phone
            self._shift = False
            self.shift.setChecked(False)
            self._label_characters()

    def _send(self, key: Qt.Key, text: str = "") -> None:
        """The press and release a hardware keyboard sends, to the field with the focus."""
        target = QApplication.focusWidget()
        if not takes_text(target):
            return
        assert target is not None
        code = ord(text.upper()) if key == Qt.Key.Key_unknown and len(text) == 1 and text.isascii() else key
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))

    @Slot()
    def _toggle_shift(self) -> None:
        self._shift = self.shift.isChecked()
        self._label_characters()

    def _turn_to(self, page: Page) -> None:
        """To ``page``, or back to the letters from it (its key then reads "ABC")."""
        self.page = Page.LETTERS if self.page is page else page
        self._shift = False
        self._build()

    # -- following the focus -----------------------------------------------------------------------

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is not self.window():
            return  # a dialog of its own, or another window: not ours to follow
        if not takes_text(new):
            self._set_target(None)
            self._set_shown(False)
            return
        assert new is not None
        if new is not self._target:
            self._set_target(new)
            self._dismissed = False
            numeric = bool(new.inputMethodHints() & _NUMERIC)
            page = Page.SYMBOLS if numeric else Page.LETTERS
            if page is not self.page:
                self.page, self._shift = page, False
                self._build()
        if not self._dismissed:
            self._set_shown(True)

    def _set_target(self, widget: QWidget | None) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
            self._target.destroyed.disconnect(self._target_gone)
        self._target = widget
        if widget is not None:
            widget.installEventFilter(self)
            widget.destroyed.connect(self._target_gone)

    @Slot()
    def _target_gone(self) -> None:
        self._target = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A touch on the field the keyboard was dismissed from brings it back."""
        if watched is self._target and event.type() == QEvent.Type.MouseButtonPress and self._dismissed:
            self._dismissed = False
            self._set_shown(True)
        return False

    def _set_shown(self, shown: bool) -> None:
        if shown == self.isVisible():
            if shown:
                self._bring_into_view.start()
            return
        self.setVisible(shown)
        self.shown_changed.emit(shown)
        if shown:
            self._bring_into_view.start()

    @Slot()
    def _show_target(self) -> None:
        """The screen above just got shorter: scroll the field being typed into back into view."""
        target = self._target
        area = target.parentWidget() if target is not None else None
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()  # a field's own scroll area (a text box) is not the screen's
        if isinstance(area, QScrollArea) and target is not None:
            area.ensureWidgetVisible(target, 0, 24)

    # -- languages ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        names = {
            self.erase: (self.tr("Delete"), self.tr("Deletes the character before the cursor")),
            self.enter: (self.tr("Enter"), self.tr("Does what the Enter key does in this field")),
            self.shift: (self.tr("Capital letter"), self.tr("The next letter is a capital")),
            self.mode: (self.tr("Digits and symbols"), self.tr("Switches between letters and digits with symbols")),
            self.accents: (self.tr("Letters with accents"), self.tr("Switches to letters with accents and back")),
            self.at: ("@", self.tr("Types an at sign, as in an e-mail address")),
            self.space: (self.tr("Space"), self.tr("Types a space")),
            self.dot: (self.tr("Dot"), self.tr("Types a dot")),
            self.dash: (self.tr("Hyphen"), self.tr("Types a hyphen")),
            self.hide_key: (self.tr("Hide the keyboard"), self.tr("Touch a field to bring it back")),
        }
        for key, (name, description) in names.items():
            key.setAccessibleName(name)
            key.setAccessibleDescription(description)
        self._retranslate_characters()

    def _retranslate_characters(self) -> None:
        description = self.tr("Types this character")
        for character, key in self.characters.items():
            key.setAccessibleName(character)
            key.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
