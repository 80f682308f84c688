"""Loading the kiosk's translations: switching language is swapping one translator for another."""

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.languages import Language
from ui.resources import translations_dir

log = logging.getLogger("ui.i18n")


class Translations:
    """Holds the installed translators (parented to the app, so they are never collected)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def use(self, language: Language) -> bool:
        """Show the UI in ``language``; returns False (and stays in English) if its file is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language.value))
        if language is Language.EN:
            return True  # the source strings are English
        ok = True
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        ours = QTranslator(self._app)
        if ours.load(f"kiosk_{language.value}", str(translations_dir())):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.error("no translation file for %s in %s; showing English", language.value, translations_dir())
            ok = False
        return ok
