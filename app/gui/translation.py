"""Qt translations: the program's own (resources/i18n) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource


class Translations:
    """Installs the translators for a language; English is the source language.

    One instance per application object (`for_app`), so switching languages always removes
    the translators installed before.
    """

    _instance: Translations | None = None

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    @classmethod
    def for_app(cls, app: QCoreApplication) -> Translations:
        if cls._instance is None or cls._instance._app is not app:
            cls._instance = cls(app)
        return cls._instance

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
