"""Qt translations: the program's own (resources/i18n) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource


class Translations:
    """Installs the translators for a language; English is the source language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(
            QLocale(QLocale.Language.Polish if lang == "pl" else QLocale.Language.English)
        )
        if lang == "en":
            # the source strings are English; plural forms come from the English .qm
            candidates = [(str(resource("i18n")), "icf_assess_en")]
        else:
            candidates = [
                (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
                (str(resource("i18n")), f"icf_assess_{lang}"),
            ]
        for directory, name in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
