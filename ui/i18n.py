"""Loading the kiosk's translations: switching language is swapping one translator for another."""

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.languages import Language
from ui.resources import translations_dir

log = logging.getLogger("ui.i18n")


class Translations:
    """Holds the translators, each loaded once per language and kept (parented to the app).

    A kiosk switches language for every visitor: loading the files again at each switch read the
    disk on the GUI thread and left two translators behind each time (16 MiB per 100 customers).
    """

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._loaded: dict[Language, list[QTranslator]] = {}
        #: The language in use, and whether its translation was found.
        self._using: tuple[Language, bool] | None = None

    def use(self, language: Language) -> bool:
        """Show the UI in ``language``; returns False (and stays in English) if its file is missing.

        The language already in use is left alone: every change of translators has every widget of the
        kiosk translate itself again (~20 ms on a slow terminal), and the kiosk asks for its language at
        each change of visitor, mostly the one it is in.
        """
        if self._using is not None and self._using[0] is language:
            return self._using[1]
        for translator in self._installed:
            self._app.removeTranslator(translator)
        QLocale.setDefault(QLocale(language.value))
        if language is Language.EN:
            self._installed = []
            found = True  # the source strings are English
        else:
            if language not in self._loaded:
                self._loaded[language] = self._load(language)
            self._installed = self._loaded[language]
            for translator in self._installed:
                self._app.installTranslator(translator)
            found = any(translator.objectName() == "kiosk" for translator in self._installed)
        self._using = (language, found)
        return found

    def _load(self, language: Language) -> list[QTranslator]:
        """Qt's own strings (dialog buttons) and ours; only those whose file was found."""
        found = []
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
        else:
            qt.deleteLater()
        ours = QTranslator(self._app)
        ours.setObjectName("kiosk")
        if ours.load(f"kiosk_{language.value}", str(translations_dir())):
            found.append(ours)
        else:
            ours.deleteLater()
            log.error("no translation file for %s in %s; showing English", language.value, translations_dir())
        return found
