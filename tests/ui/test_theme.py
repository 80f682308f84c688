"""The theme: readable contrast computed from its tokens, every value from a token, touch-sized controls, large text."""

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.languages import Language
from ui.application import build_app
from ui.theme import (
    LARGE_TEXT,
    TOKENS,
    ColourPair,
    Tokens,
    apply_theme,
    outline_pairs,
    stylesheet,
    stylesheet_template,
    theme_pairs,
)
from ui.widgets.check_box import CheckBox


def _channel(value: int) -> float:
    """sRGB to linear light, as WCAG 2.1 defines relative luminance."""
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_gives_the_known_figures() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes AA


@pytest.mark.parametrize("pair", theme_pairs(), ids=lambda pair: pair.where)
def test_text_contrast_is_at_least_4_5_to_1(pair: ColourPair) -> None:
    assert contrast(pair.foreground, pair.background) >= 4.5, pair


@pytest.mark.parametrize("pair", outline_pairs(), ids=lambda pair: pair.where)
def test_focus_rings_and_borders_contrast_at_least_3_to_1(pair: ColourPair) -> None:
    assert contrast(pair.foreground, pair.background) >= 3, pair


def test_the_pairs_cover_what_the_brief_names() -> None:
    t = TOKENS
    pairs = {(pair.foreground, pair.background) for pair in theme_pairs()}
    named = {
        (t.paper, t.ink),  # primary buttons
        (t.muted, t.shade),  # disabled buttons
        (t.muted, t.paper),
        (t.error, t.paper),
        (t.error, t.surface),  # the grey card
        (t.success, t.paper),
        (t.success, t.surface),
    }
    assert named <= pairs
    assert (t.accent, t.paper) in {(pair.foreground, pair.background) for pair in outline_pairs()}


def _declarations(template: str) -> Iterator[dict[str, str]]:
    """Each rule's declarations, property to value; a placeholder ``${name}`` becomes ``@name``."""
    plain = re.sub(r"\$\{(\w+)\}", r"@\1", re.sub(r"/\*.*?\*/", "", template, flags=re.DOTALL))
    for body in re.findall(r"\{([^}]*)\}", plain):
        yield {
            name.strip(): value.strip()
            for name, _, value in (part.partition(":") for part in body.split(";"))
            if name.strip()
        }


def _token(value: str) -> str | None:
    found = re.fullmatch(r"@(\w+)", value)
    return getattr(TOKENS, found.group(1)) if found else None


def test_every_text_colour_on_every_background_in_the_stylesheet_is_a_listed_pair() -> None:
    """A new ``color`` or ``background`` in theme.qss must come with a pair in theme_pairs, or this fails."""
    pairs = theme_pairs()
    foregrounds = {pair.foreground for pair in pairs}
    backgrounds = {pair.background for pair in pairs}
    same_rule = set()
    for rule in _declarations(stylesheet_template().template):
        for text, ground in (("color", "background"), ("selection-color", "selection-background-color")):
            if text in rule:
                assert _token(rule[text]) in foregrounds, rule
            if ground in rule and rule[ground] != "transparent":
                assert _token(rule[ground]) in backgrounds, rule
            if text in rule and ground in rule:
                same_rule.add((_token(rule[text]), _token(rule[ground])))
    assert same_rule, "no rule with both a colour and a background: is the parsing right?"
    assert same_rule <= {(pair.foreground, pair.background) for pair in pairs}


def test_the_stylesheet_is_filled_from_the_tokens_only() -> None:
    template = stylesheet_template()
    used = set(template.get_identifiers())
    assert template.is_valid()
    assert used <= set(vars(TOKENS)), "a placeholder with no token"
    assert set(vars(TOKENS)) <= used, "a token the stylesheet does not use"
    for tokens in (TOKENS, TOKENS.scaled(LARGE_TEXT)):
        assert "$" not in stylesheet(tokens)


def test_the_template_holds_no_colour_or_size_of_its_own() -> None:
    template = stylesheet_template().template
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", template) == []
    assert re.findall(r"\b(?:rgba?|hsla?)\s*\(", template) == []
    assert re.findall(r"\b\d+(?:\.\d+)?px", template) == [], "a size in pixels that is not a token"


def test_a_button_taking_focus_keeps_its_text_room(qtbot: QtBot, qapp: QApplication) -> None:
    """The focus ring is thicker than the frame; the padding gives back the difference, so a button
    laid out at its unfocused size does not squeeze its text when focused."""
    t = TOKENS
    assert t.padding_button_focus + t.border_focus == t.padding_button + t.border_thin
    apply_theme(qapp)
    button = QPushButton("Was ist eine Porsche ID?")
    qtbot.addWidget(button)
    button.show()
    button.resize(button.sizeHint())
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, _option(button), button).width()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, _option(button), button)
    assert focused.width() >= room


def _option(button: QPushButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return option


def test_large_text_scales_fonts_and_controls_but_not_lines() -> None:
    large = TOKENS.scaled(LARGE_TEXT)
    assert large.font_title == 40
    assert large.font_body == round(17 * 1.25)
    assert large.touch_target == 55
    assert large.border_focus == TOKENS.border_focus
    assert large.padding_field == TOKENS.padding_field
    assert large.accent == TOKENS.accent
    assert Tokens().scaled(1) == TOKENS


@pytest.fixture(params=[False, True], ids=["normal", "large-text"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Tokens]:
    """The app's theme, in normal or large text; normal again afterwards, as other tests share the app."""
    build_app(Language.EN)
    large_text: bool = request.param
    apply_theme(qapp, large_text=large_text)
    yield TOKENS.scaled(LARGE_TEXT) if large_text else TOKENS
    apply_theme(qapp)


def _polished(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.ensurePolished()
    return widget


def test_controls_are_at_least_a_touch_target_high(qtbot: QtBot, theme: Tokens) -> None:
    combo = QComboBox()
    combo.addItems(["English", "Svenska"])
    controls = [QPushButton("Send invitation"), QLineEdit(), QCheckBox("I accept the terms"), QCheckBox(), combo]
    for control in controls:
        _polished(qtbot, control)
        for height in (control.sizeHint().height(), control.minimumSizeHint().height()):
            assert height >= max(44, theme.touch_target), control


def test_a_check_box_is_its_full_height_to_touch(qtbot: QtBot, theme: Tokens) -> None:
    box = QCheckBox("I accept the terms")
    _polished(qtbot, box)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert indicator.height() == theme.indicator_size
    assert box.height() >= theme.touch_target


def test_a_tap_near_a_check_box_edge_checks_it(qtbot: QtBot, theme: Tokens) -> None:
    """Anywhere on the touch-target-high row counts, not only the 24 px box and the text (ui.widgets.check_box)."""
    box = CheckBox("I accept the terms")
    _polished(qtbot, box)
    box.resize(box.sizeHint().width() + 200, box.sizeHint().height())  # as wide as a form column makes it
    box.show()
    taps = [QPoint(10, 2), QPoint(2, box.height() - 2), QPoint(box.width() - 3, box.height() // 2)]
    for n, tap in enumerate(taps, start=1):
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tap)
        assert box.isChecked() == (n % 2 == 1), tap
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(box.width() + 5, 2))
    assert box.isChecked(), "a tap beside the row is not the check box's"


def test_large_text_makes_labels_a_quarter_bigger(qtbot: QtBot, qapp: QApplication) -> None:
    build_app(Language.EN)
    body = _polished(qtbot, QLabel("Name"))
    title = QLabel("Welcome")
    title.setProperty("role", "title")
    _polished(qtbot, title)
    normal = (body.font().pixelSize(), title.font().pixelSize())
    assert normal == (TOKENS.font_body, TOKENS.font_title)
    try:
        apply_theme(qapp, large_text=True)
        assert title.font().pixelSize() == normal[1] * 1.25  # 32 to 40: exact
        assert body.font().pixelSize() == round(normal[0] * 1.25)  # 17 to 21: whole pixels only
    finally:
        apply_theme(qapp)
    assert (body.font().pixelSize(), title.font().pixelSize()) == normal
