"""Start the GUI: application object, translations, settings, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.classification_service import ClassificationService
from app.gui.main_window import MainWindow
from app.gui.translation import Translations
from app.settings import Settings
from icf.i18n import set_language


def create_window(
    app: QApplication, database: str | None = None, language: str | None = None
) -> MainWindow:
    settings = Settings.load()
    if language:
        settings.language = language
    set_language(settings.language)
    translations = Translations.for_app(app)
    translations.install(settings.language)
    service = ClassificationService()
    return MainWindow(service, settings, translations, database=database)


def run_gui(database: str | None = None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ICF Assess")
    app.setOrganizationName("icf-assess")
    # the records' passphrase and the account before the window (issue 9)
    from app.gui.unlock_dialog import IdleLock, prepare_session

    lang = language or Settings.load().language
    set_language(lang)
    Translations.for_app(app).install(lang)
    if not prepare_session(database):
        return 0
    window = create_window(app, database, language)
    window.idle_lock = IdleLock(app, database, window)  # type: ignore[attr-defined]
    window.show()
    window.prepare_records()
    if window.service.load_problem is not None:
        window.show_message(
            QMessageBox.Icon.Warning,
            window.tr("ICF classification"),
            window.service.load_problem.message(window.settings.language),
        )
    return app.exec()
