"""The kiosk's theme: every colour and size once, as :class:`Tokens`, applied once as a Qt stylesheet.

``resources/theme.qss`` is a :class:`string.Template`: its ``${name}`` placeholders are the fields of
:class:`Tokens`. The look is restrained on purpose: black, white, greys and one accent, for focus.
:func:`theme_pairs` lists the text colours the stylesheet draws on each background, so a test can
check their contrast against the tokens rather than against a copy of them.
"""

from dataclasses import asdict, dataclass, field, fields, replace
from string import Template
from typing import NamedTuple

from PySide6.QtWidgets import QApplication

from ui.resources import resource

LARGE_TEXT = 1.25
"""How much bigger the large-text setting makes every font, and the controls with them."""


def _grows(pixels: int) -> int:
    """A size that large text makes bigger: a font, or a control that must hold the bigger font."""
    return field(default=pixels, metadata={"grows": True})


@dataclass(frozen=True)
class Tokens:
    # Colours.
    ink: str = "#111111"  # text; primary buttons
    paper: str = "#ffffff"  # the background
    surface: str = "#f3f3f3"  # cards, keys, read-only fields
    shade: str = "#d6d6d6"  # pressed keys, disabled buttons
    muted: str = "#555555"  # secondary and disabled text
    border: str = "#8a8a8a"  # the edges of fields
    accent: str = "#0b5cad"  # the focus ring, and nothing else
    error: str = "#a4161a"
    success: str = "#1d6b35"
    # Font sizes, in pixels: these grow with large text.
    font_body: int = _grows(17)
    font_choice: int = _grows(19)
    font_heading: int = _grows(21)  # headings and the handoff's status
    font_key: int = _grows(24)
    font_title: int = _grows(32)
    font_mark: int = _grows(72)  # the big tick on the "registered" screen
    font_display: int = _grows(44)  # the welcome screen's greeting
    font_lead: int = _grows(21)  # the sentence under it
    font_wordmark: int = _grows(15)  # the account's name in the header, spaced out
    # Sizes of controls, in pixels: these grow with the text too.
    touch_target: int = _grows(44)  # the least height of anything to touch: fields, links, check boxes
    button_height: int = _grows(48)
    button_width: int = _grows(120)
    choice_height: int = _grows(56)
    key_size: int = _grows(64)  # the PIN pad's keys are square
    indicator_size: int = _grows(24)  # a check box's box
    drop_down_width: int = _grows(36)
    # Spacing, borders and corners, in pixels: these stay as they are with large text.
    padding_button: int = 24
    #: padding_button less the focus ring's extra border: a button keeps its size when it takes focus
    #: (Qt keeps the size it measured without focus, and the thicker ring then squeezed the text).
    padding_button_focus: int = 22
    padding_choice: int = 20
    padding_field: int = 12  # fields, links; a notice's sides
    padding_segment_focus: int = 10  # padding_field less the focus ring's extra border (as for buttons)
    padding_notice: int = 8  # a notice's top and bottom
    check_spacing: int = 12  # between a check box and its text
    border_thin: int = 1
    border_field: int = 2  # a focused or invalid field
    border_focus: int = 3  # a focused button
    border_notice: int = 4
    radius_control: int = 6
    radius_card: int = 8
    wordmark_spacing: int = 3  # letter spacing of the wordmark
    radius_step: int = 20  # the round step numbers on the welcome screen (40 px across)
    scroll_bar: int = 12  # the width of a scroll bar (a screen taller than the display, with large text)

    def scaled(self, factor: float) -> "Tokens":
        """These tokens with every font size and control size times ``factor``, rounded to whole pixels.

        Padding, borders and corners stay: larger text needs taller controls, not thicker lines.
        """
        grown = {
            token.name: round(getattr(self, token.name) * factor)
            for token in fields(self)
            if token.metadata.get("grows")
        }
        return replace(self, **grown)


TOKENS = Tokens()


class ColourPair(NamedTuple):
    foreground: str
    background: str
    where: str


def theme_pairs(tokens: Tokens = TOKENS) -> list[ColourPair]:
    """Every text colour the stylesheet draws, on every background it draws it on."""
    t = tokens
    return [
        ColourPair(t.ink, t.paper, "body text, fields, buttons, links"),
        ColourPair(t.ink, t.surface, "text on a card, in a notice, on a PIN key"),
        ColourPair(t.ink, t.shade, "a pressed PIN key"),
        ColourPair(t.paper, t.ink, "primary button, checked choice, selected list item"),
        ColourPair(t.muted, t.paper, "muted text, waiting status, unmet password rule"),
        ColourPair(t.muted, t.surface, "waiting status on a card, read-only or disabled field"),
        ColourPair(t.muted, t.shade, "disabled button"),
        ColourPair(t.paper, t.muted, "the chosen option of a row that cannot change (correcting an e-mail)"),
        ColourPair(t.error, t.paper, "error text"),
        ColourPair(t.error, t.surface, "error text on a card"),
        ColourPair(t.success, t.paper, "met password rule, success mark"),
        ColourPair(t.success, t.surface, "done status on a card"),
    ]


def outline_pairs(tokens: Tokens = TOKENS) -> list[ColourPair]:
    """Lines that show what a control is or that it has focus, on the colour around them (non-text contrast)."""
    t = tokens
    return [
        ColourPair(t.accent, t.paper, "focus ring"),
        ColourPair(t.accent, t.surface, "focus ring on a card"),
        ColourPair(t.border, t.paper, "field border"),
        ColourPair(t.error, t.paper, "invalid field border"),
        ColourPair(t.ink, t.paper, "button border, scroll bar handle"),
    ]


def stylesheet_template() -> Template:
    return Template(resource("theme.qss").read_text(encoding="utf-8"))


def stylesheet(tokens: Tokens = TOKENS) -> str:
    """The kiosk's stylesheet filled from ``tokens``; a placeholder with no token raises KeyError."""
    return stylesheet_template().substitute(asdict(tokens))


def apply_theme(app: QApplication, *, large_text: bool = False) -> None:
    """Apply the theme to the whole application; ``large_text`` makes every font 1.25 times bigger."""
    app.setStyle("Fusion")  # the same look on every platform; the QSS refines it
    app.setStyleSheet(stylesheet(TOKENS.scaled(LARGE_TEXT) if large_text else TOKENS))
