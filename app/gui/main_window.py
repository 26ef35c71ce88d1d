"""The main window: menus and the ICF browser (the first screen of the application)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from app import __version__
from app.classification_service import ClassificationService, ImportSummary
from app.gui.background import BackgroundTask, Work
from app.gui.browser import IcfBrowser
from app.gui.children_panel import ChildrenPanel
from app.gui.statistics_panel import StatisticsPanel
from app.gui.support_panel import SupportPanel
from app.gui.translation import Translations
from app.records import current_actor, database_url, open_records, restore_passphrase
from app.settings import Settings
from icf.errors import ICFError
from icf.i18n import set_language

if TYPE_CHECKING:
    from app.gui.assessment_panel import AssessmentPanel
    from app.gui.plan_panel import PlanPanel
    from forms.registry import TemplateRegistry


class MainWindow(QMainWindow):
    def __init__(
        self,
        service: ClassificationService,
        settings: Settings,
        translations: Translations,
        parent: QWidget | None = None,
        database: str | None = None,
    ) -> None:
        super().__init__(parent)
        #: the records database chosen with --db (None: settings or the default file)
        self.database_url = database
        self.service = service
        self.settings = settings
        self.translations = translations
        self._task: BackgroundTask | None = None
        self.setObjectName("mainWindow")
        self.browser = IcfBrowser(service, settings.language, self)
        #: the records are being opened (upgraded, backed up) in a worker at start
        self.preparing_records = False
        self.children_panel = ChildrenPanel(
            lambda: open_records(self.database_url, daily_backup=False),
            current_actor(),
            settings.language,
            self,
            registry=self.template_registry,
        )
        self.children_panel.open_assessment.connect(self.open_assessment)
        self._registry: TemplateRegistry | None = None
        self.assessment_panels: dict[int, AssessmentPanel] = {}
        self.plan_panels: dict[int, PlanPanel] = {}
        self.children_panel.open_plan.connect(self.open_plan)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.children_panel, "")
        self.statistics_panel = StatisticsPanel(
            lambda: open_records(self.database_url, daily_backup=False),
            lambda: service.classification,
            self._run,
            settings.language,
            self,
        )
        self.tabs.addTab(self.statistics_panel, "")
        self.support_panel = SupportPanel(self.children_panel.database, settings.language, self)
        self.support_panel.open_plan.connect(self.open_plan)
        self.tabs.addTab(self.support_panel, "")
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        for fixed in (0, 1, 2, 3):  # the browser, children, statistics and network stay
            self.tabs.tabBar().setTabButton(
                fixed, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.retranslate()
        self.resize(1200, 760)
        self.browser.search_field.setFocus()

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self)
        self.import_action.setObjectName("importClaml")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_claml_files)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupDatabase")
        self.backup_action.triggered.connect(self.choose_backup_file)
        self.file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreDatabase")
        self.restore_action.triggered.connect(self.choose_restore_file)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.view_menu.addAction(self.find_action)

        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("pl", "Polski"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{lang}")
            action.setChecked(lang == self.settings.language)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.admin_menu = bar.addMenu("")
        self.audit_action = QAction(self)
        self.audit_action.setObjectName("auditLog")
        self.audit_action.triggered.connect(self.show_audit_log)
        self.users_action = QAction(self)
        self.users_action.setObjectName("userAccounts")
        self.users_action.triggered.connect(self.show_users)
        self.retention_action = QAction(self)
        self.retention_action.setObjectName("retention")
        self.retention_action.triggered.connect(self.show_retention)
        for action in (self.audit_action, self.users_action, self.retention_action):
            self.admin_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.support_panel and not self.preparing_records:
            self.support_panel.activate()
        if self.tabs.widget(index) is self.children_panel:
            if self.preparing_records:  # shown as soon as the records are ready
                self.children_panel.status.setText(self.tr("Opening the records database…"))
                return
            self.children_panel.activate()
            self.children_panel.search_field.setFocus()

    def show_children(self) -> None:
        self.tabs.setCurrentWidget(self.children_panel)

    # --- administration (the services refuse what the signed-in user may not do) --------

    def _admin_dialog(self, make: Callable[..., QDialog]) -> QDialog | None:
        db = self.children_panel.database()
        if db is None:
            return None
        dialog = make(db, current_actor(), self.settings.language, self)
        dialog.open()
        return dialog

    def show_audit_log(self) -> QDialog | None:
        from app.gui.admin_dialogs import AuditLogDialog

        return self._admin_dialog(AuditLogDialog)

    def show_users(self) -> QDialog | None:
        from app.gui.admin_dialogs import UsersDialog

        return self._admin_dialog(UsersDialog)

    def show_retention(self) -> QDialog | None:
        from app.gui.admin_dialogs import RetentionDialog

        return self._admin_dialog(RetentionDialog)

    # --- assessments --------------------------------------------------------------------

    def template_registry(self) -> TemplateRegistry:
        if self._registry is None:
            from forms.registry import TemplateRegistry

            self._registry = TemplateRegistry(self.service.classification)
        return self._registry

    def open_assessment(self, assessment_id: int) -> AssessmentPanel | None:
        """Show an assessment in a tab of its own (the same tab if it is open already)."""
        from app.gui.assessment_panel import AssessmentPanel

        panel = self.assessment_panels.get(assessment_id)
        if panel is None:
            db = self.children_panel.database()
            if db is None:
                return None
            try:
                panel = AssessmentPanel(
                    db,
                    current_actor(),
                    self.service.classification,
                    self.service.index,
                    self.template_registry(),
                    assessment_id,
                    self.settings.language,
                    self,
                )
            except ICFError as exc:
                self._records_failed(exc)
                return None
            panel.open_assessment.connect(self.open_assessment)
            panel.open_plan.connect(self.open_plan)
            panel.changed.connect(lambda: self._assessment_changed(panel))
            self.assessment_panels[assessment_id] = panel
            self.tabs.addTab(panel, self._assessment_tab_title(panel))
        self.tabs.setCurrentWidget(panel)
        panel.table.setFocus()
        return panel

    def open_plan(self, plan_id: int) -> PlanPanel | None:
        """Show a support plan in a tab of its own (the same tab if it is open already)."""
        from app.gui.plan_panel import PlanPanel

        panel = self.plan_panels.get(plan_id)
        if panel is None:
            db = self.children_panel.database()
            if db is None:
                return None
            try:
                panel = PlanPanel(
                    db,
                    current_actor(),
                    self.service.classification,
                    plan_id,
                    self.settings.language,
                    self,
                )
            except ICFError as exc:
                self._records_failed(exc)
                return None
            panel.changed.connect(lambda: self._assessment_changed(panel))
            self.plan_panels[plan_id] = panel
            self.tabs.addTab(panel, self.tr("Plan: %1").replace("%1", panel.child_name))
        self.tabs.setCurrentWidget(panel)
        panel.tree.setFocus()
        return panel

    def _assessment_tab_title(self, panel: AssessmentPanel) -> str:
        return f"{panel.child_name} {panel.view.assessed_on.strftime('%d.%m.%Y')}"

    def _assessment_changed(self, panel: AssessmentPanel | PlanPanel) -> None:
        record = self.children_panel.current_record
        if record is not None and record.child.id == panel.child_id:
            self.children_panel.show_child(record.child.id)

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, panel in list(self.assessment_panels.items()):
            if panel is widget:
                panel.save_narratives()
                del self.assessment_panels[key]
                self.tabs.removeTab(index)
                panel.deleteLater()
        for key, plan in list(self.plan_panels.items()):
            if plan is widget:
                del self.plan_panels[key]
                self.tabs.removeTab(index)
                plan.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        for panel in self.assessment_panels.values():
            panel.save_narratives()
        self.children_panel.close_records()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&ICF classification"))
        self.tabs.setTabText(1, self.tr("&Children"))
        self.tabs.setTabText(2, self.tr("&Statistics"))
        self.tabs.setTabText(3, self.tr("Support &network"))
        self.setWindowTitle(self.tr("ICF Assess — ICF classification"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import ClaML…"))
        self.import_action.setStatusTip(
            self.tr(
                "Import the official ICF classification (titles and definitions) from ClaML files"
            )
        )
        self.backup_action.setText(self.tr("&Back up the database…"))
        self.restore_action.setText(self.tr("&Restore the database from a backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Search the classification"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.admin_menu.setTitle(self.tr("&Administration"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.users_action.setText(self.tr("&User accounts…"))
        self.retention_action.setText(self.tr("&Keeping records…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About ICF Assess"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_search(self) -> None:
        self.browser.search_field.setFocus()
        self.browser.search_field.selectAll()

    # --- language -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.settings.language:
            return
        self.settings.language = lang
        self.settings.save()
        set_language(lang)
        self.translations.install(lang)  # sends LanguageChange to every widget
        self.language_actions[lang].setChecked(True)
        self.browser.set_language(lang)
        self.children_panel.set_language(lang)
        for panel in self.assessment_panels.values():
            panel.set_language(lang)
        for plan in self.plan_panels.values():
            plan.set_language(lang)
        self.statistics_panel.set_language(lang)
        self.support_panel.set_language(lang)
        if self.tabs.currentWidget() is self.support_panel:
            self.support_panel.activate()

    # --- ClaML import -------------------------------------------------------------------

    def choose_claml_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import ClaML"),
            str(Path.home()),
            self.tr("ClaML files (*.xml *.claml);;All files (*)"),
        )
        if files:
            self.import_claml([Path(f) for f in files])

    def import_claml(self, paths: list[Path]) -> BackgroundTask:
        return self._run(
            lambda progress, cancelled: self.service.import_claml(paths, progress, cancelled),
            title=self.tr("Import ClaML"),
            label=self.tr("Importing the classification…"),
            done=self._import_done,
            failed=self._import_failed,
        )

    def _run(
        self,
        work: Work,
        *,
        title: str,
        label: str,
        done: Callable[[Any], object],
        failed: Callable[[Any], object],
        cancellable: bool = True,
        determinate: bool = True,
    ) -> BackgroundTask:
        if self._task is not None and self._task.running:
            # one long operation at a time: e.g. no restore while the records are being opened
            self.show_message(
                QMessageBox.Icon.Information,
                title,
                self.tr("Please wait until the current operation finishes."),
            )
            return self._task
        task = BackgroundTask(
            work,
            self,
            title=title,
            label=label,
            cancel=self.tr("Cancel") if cancellable else None,
            determinate=determinate,
        )
        task.succeeded.connect(done)
        task.failed.connect(failed)
        self._task = task
        task.start()
        return task

    # --- backups of the records ---------------------------------------------------------

    def choose_backup_file(self) -> None:
        name = f"icf-assess-{date.today().isoformat()}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(Path.home() / name),
            self.tr("ICF Assess database (*.sqlite3);;All files (*)"),
        )
        if path:
            self.backup_records(Path(path))

    def backup_records(self, target: Path | None = None) -> BackgroundTask:
        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Path:

            from app.storage.backup import backup_sqlite  # loaded on first use

            db = open_records(self.database_url)
            try:
                return backup_sqlite(db, target)
            finally:
                db.close()

        return self._run(
            work,
            title=self.tr("Back up the database"),
            label=self.tr("Writing and checking the backup…"),
            done=lambda path: self.show_message(
                QMessageBox.Icon.Information,
                self.tr("Back up the database"),
                self.tr("The backup was written and checked:\n%1").replace("%1", str(path)),
            ),
            failed=self._records_failed,
            cancellable=False,
            determinate=False,
        )

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore the database from a backup"),
            str(Path.home()),
            self.tr("ICF Assess database (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore the database from a backup"),
            self.tr(
                "Replace all current records with the contents of\n%1?\n\n"
                "The current state is kept as a backup first."
            ).replace("%1", path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_records(Path(path))

    def restore_records(self, source: Path) -> BackgroundTask:
        for index in reversed(range(self.tabs.count())):  # their connections close too
            widget = self.tabs.widget(index)
            if widget in self.assessment_panels.values() or widget in self.plan_panels.values():
                self.close_tab(index)
        self.children_panel.close_records()  # no connection may stay open over a restore

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Path:

            # the current file is not opened: a damaged database is what gets restored
            from app.storage.backup import restore_sqlite  # loaded on first use
            from app.storage.database import sqlite_file

            restore_sqlite(
                sqlite_file(database_url(self.database_url)),
                source,
                passphrase=restore_passphrase(),
            )
            open_records(self.database_url).close()  # upgrade an older backup at once
            return source

        return self._run(
            work,
            title=self.tr("Restore the database from a backup"),
            label=self.tr("Checking the backup and restoring…"),
            done=self._restored,
            failed=self._records_failed,
            cancellable=False,
            determinate=False,
        )

    def _restored(self, path: Path) -> None:
        if self.tabs.currentWidget() is self.children_panel:
            self.children_panel.activate()  # show the restored records
        self.show_message(
            QMessageBox.Icon.Information,
            self.tr("Restore the database from a backup"),
            self.tr("The database was restored from:\n%1").replace("%1", str(path)),
        )

    def prepare_records(self) -> BackgroundTask:
        """On start: open the records once so the schema is upgraded (after a backup) and the
        daily backup is made, off the GUI thread; a problem is shown, nothing is changed."""

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> str:
            db = open_records(self.database_url)
            try:
                return db.display_name
            finally:
                db.close()

        def done(where: str) -> None:
            self._records_prepared()
            self.statusBar().showMessage(self.tr("Records: %1").replace("%1", str(where)), 10000)

        def failed(error: ICFError) -> None:
            self._records_prepared()
            self._records_failed(error)

        self.preparing_records = True
        return self._run(
            work,
            title=self.tr("Database"),
            label=self.tr("Opening the records database…"),
            done=done,
            failed=failed,
            cancellable=False,
            determinate=False,
        )

    def _records_prepared(self) -> None:
        self.preparing_records = False
        if self.tabs.currentWidget() is self.children_panel:
            self._on_tab(self.tabs.currentIndex())

    def _records_failed(self, error: ICFError) -> None:
        self.show_message(
            QMessageBox.Icon.Critical, self.tr("Database"), error.message(self.settings.language)
        )

    def _import_done(self, summary: ImportSummary) -> None:
        self.browser.reload()
        self.show_message(
            QMessageBox.Icon.Information,
            self.tr("Import ClaML"),
            self.tr("Imported %1 entries (%2 new) in: %3.")
            .replace("%1", str(summary.entries))
            .replace("%2", str(summary.new_entries))
            .replace("%3", ", ".join(summary.languages)),
        )

    def _import_failed(self, error: ICFError) -> None:
        self.show_message(
            QMessageBox.Icon.Critical,
            self.tr("Import ClaML"),
            error.message(self.settings.language)
            + "\n\n"
            + self.tr("Nothing was imported; the classification is unchanged."),
        )

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.open()  # window-modal, does not block the event loop
        return box

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ICF Assess"),
            self.tr(
                "ICF Assess %1\n\nFunctional assessment of children and youth with the WHO "
                "International Classification of Functioning, Disability and Health (ICF, "
                "ICF-CY). The ICF is © World Health Organization."
            ).replace("%1", __version__),
        )
