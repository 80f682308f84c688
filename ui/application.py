"""The application object with the kiosk's theme and translations: all the first frame needs of Qt.

Apart from :mod:`ui.app` (which starts the whole kiosk), so that what only draws screens (the
screenshots, the benchmarks' welcome-screen floor, tests) does not import the kiosk's core with it.
"""

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kiosk.languages import Language
from ui.i18n import Translations
from ui.resources import resource
from ui.theme import apply_theme


def build_app(language: Language, *, large_text: bool = False) -> tuple[QApplication, Translations]:
    """The application object with the kiosk's theme and translations (also used by tests)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Showroom Kiosk")
    app.setWindowIcon(QIcon(str(resource("icons", "kiosk.svg"))))
    apply_theme(app, large_text=large_text)
    translations = Translations(app)
    translations.use(language)
    return app, translations
