"""UI test helpers: the app's real theme and translations, and a way to switch language."""

from collections.abc import Iterator

import pytest

from PySide6.QtWidgets import QApplication

from kiosk.languages import Language
from ui.application import build_app
from ui.i18n import Translations


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    _, translations = build_app(Language.EN)
    yield translations
    translations.use(Language.EN)
