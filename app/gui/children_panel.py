"""The children: search as you type (name, PESEL, school, case status) over a lazy list, and
the chosen child's record (guardians, cases, assessments)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.children_model import ChildrenTableModel
from icf.errors import ICFError

if TYPE_CHECKING:  # loaded on first use, so the window opens fast
    from app.services.children import ChildRecord, ChildrenService
    from app.storage.database import Database
    from forms.registry import TemplateRegistry

SEARCH_DELAY_MS = 150


class ChildrenPanel(QWidget):
    #: the id of an assessment the user wants to see or continue
    open_assessment = Signal(int)
    #: the id of a support plan the user wants to see
    open_plan = Signal(int)

    def __init__(
        self,
        open_database: Callable[[], Database],
        actor: str,
        lang: str,
        parent: QWidget | None = None,
        registry: Callable[[], TemplateRegistry] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_database = open_database
        self._registry = registry
        self.current_record: ChildRecord | None = None
        del actor  # who acts is asked anew each time (the signed-in user; see `_actor`)
        self._lang = lang
        self._db: Database | None = None
        self._service: ChildrenService | None = None

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("childrenSearch")
        self.search_field.setClearButtonEnabled(True)
        self.school_field = QLineEdit(self)
        self.school_field.setObjectName("childrenSchool")
        self.school_field.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("childrenStatus")
        self.status = QLabel(self)
        self.status.setObjectName("childrenCount")

        self.model = ChildrenTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("childrenTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.record = QTextBrowser(self)
        self.record.setObjectName("childRecord")
        self.assessments_label = QLabel(self)
        self.assessments = QListWidget(self)
        self.assessments.setObjectName("assessmentList")
        self.assessments_label.setBuddy(self.assessments)
        self.assessments.itemActivated.connect(self._open_chosen)
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (
            ("newChild", self.new_child),
            ("editChild", self.edit_child),
            ("addGuardian", self.add_guardian),
            ("newCase", self.new_case),
            ("startAssessment", self.start_assessment),
            ("openAssessment", self._open_chosen),
            ("gdprExport", self.choose_gdpr_export),
            ("gdprErase", self.confirm_erase),
        ):
            button = QPushButton(self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            self.buttons[name] = button
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_child)

        filters = QHBoxLayout()
        filters.addWidget(self.search_field, 3)
        filters.addWidget(self.school_field, 2)
        filters.addWidget(self.status_box, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.buttons["newChild"])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.record, 3)
        actions = QGridLayout()
        actions.addWidget(self.buttons["editChild"], 0, 0)
        actions.addWidget(self.buttons["addGuardian"], 0, 1)
        actions.addWidget(self.buttons["newCase"], 0, 2)
        actions.addWidget(self.buttons["gdprExport"], 1, 0, 1, 2)
        actions.addWidget(self.buttons["gdprErase"], 1, 2)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.assessments_label)
        right_layout.addWidget(self.assessments, 2)
        assessment_actions = QHBoxLayout()
        assessment_actions.addWidget(self.buttons["startAssessment"])
        assessment_actions.addWidget(self.buttons["openAssessment"])
        right_layout.addLayout(assessment_actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _t: self._timer.start())
        self.school_field.textChanged.connect(lambda _t: self._timer.start())
        self.status_box.currentIndexChanged.connect(lambda _i: self.run_search())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.retranslate()
        self._enable_actions()

    @property
    def _actor(self):  # type: ignore[no-untyped-def]
        from app.records import current_actor

        return current_actor()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Name, surname or PESEL…"))
        self.search_field.setAccessibleName(self.tr("Search children"))
        self.school_field.setPlaceholderText(self.tr("School or preschool…"))
        self.school_field.setAccessibleName(self.tr("Filter by school"))
        current = self.status_box.currentIndex()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        self.status_box.addItem(self.tr("All children"), None)
        self.status_box.addItem(self.tr("With an open case"), "open")
        self.status_box.addItem(self.tr("Cases closed"), "closed")
        self.status_box.setCurrentIndex(max(current, 0))
        self.status_box.blockSignals(False)
        self.status_box.setAccessibleName(self.tr("Case status"))
        self.table.setAccessibleName(self.tr("Children"))
        self.record.setAccessibleName(self.tr("The child's record"))
        self.assessments_label.setText(self.tr("&Assessments and plans of the child:"))
        self.assessments.setAccessibleName(self.tr("Assessments and plans of the child"))
        for name, text in (
            ("newChild", self.tr("&New child… (Ctrl+N)")),
            ("editChild", self.tr("&Edit details…")),
            ("addGuardian", self.tr("Add a &guardian…")),
            ("newCase", self.tr("New c&ase…")),
            ("startAssessment", self.tr("&Start an assessment…")),
            ("openAssessment", self.tr("&Open the assessment")),
            ("gdprExport", self.tr("All data of the child (GDPR)…")),
            ("gdprErase", self.tr("Erase the child…")),
        ):
            self.buttons[name].setText(text)
        self.model.set_headers(
            [
                self.tr("Surname and given names"),
                self.tr("Date of birth"),
                self.tr("PESEL"),
                self.tr("School / preschool"),
                self.tr("Class / group"),
            ]
        )
        self._update_count()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- searching ----------------------------------------------------------------------

    def activate(self) -> None:
        """Open the records on first use and show the first page."""
        if self._service is None:
            from app.services.children import ChildrenService

            try:
                self._db = self._open_database()
            except ICFError as exc:
                self.status.setText(exc.message(self._lang))
                return
            self._service = ChildrenService(self._db, self._actor)
            self.run_search()
            self._enable_actions()

    def close_records(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db = None
        self._service = None
        self.current_record = None

    def run_search(self) -> None:
        if self._service is None:
            return
        try:
            self.model.set_query(
                self._service,
                self.search_field.text(),
                self.school_field.text() or None,
                self.status_box.currentData(),
            )
        except ICFError as exc:
            self.status.setText(exc.message(self._lang))
            return
        self.record.clear()
        self.assessments.clear()
        self.current_record = None
        self._enable_actions()
        self._update_count()

    def _update_count(self) -> None:
        if self._service is None:
            return
        total = self.model.total
        searching = bool(
            self.search_field.text().strip()
            or self.school_field.text().strip()
            or self.status_box.currentData()
        )
        if not total and not searching:  # a new user's first look: say what to do
            self.status.setText(
                self.tr(
                    "No child has been added yet. Add the first one with “New child…” "
                    "(Ctrl+N). To try the program on made-up children, keep them in a "
                    "database of their own: “scripts/run.sh --db demo.sqlite3 demo "
                    "--children 200”, then “scripts/run.sh --db demo.sqlite3”."
                )
            )
            self.status.setWordWrap(True)
            return
        self.status.setText(
            self.tr("%n child(ren) found", "", total)
            if total
            else self.tr("No child matches the search")
        )

    # --- the record ---------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._service is None:
            return
        self.show_child(self.model.child(current.row()).id)

    def show_child(self, child_id: int) -> None:
        """Show one child's record (after choosing it, or after a change to it)."""
        if self._service is None:
            return
        try:
            record = self._service.get(child_id)
        except ICFError as exc:
            self.record.setPlainText(exc.message(self._lang))
            return
        self.current_record = record
        self.record.setHtml(self._render(record))
        self.assessments.clear()
        for a in reversed(record.assessments):
            state = self.tr("final") if a.status == "final" else self.tr("draft")
            count = self.tr("%n rating(s)", "", a.ratings)
            item = QListWidgetItem(
                f"{a.assessed_on.strftime('%d.%m.%Y')} — {a.template_id} ({state}; {count})"
            )
            item.setData(Qt.ItemDataRole.UserRole, ("assessment", a.id))
            self.assessments.addItem(item)
        if self._db is not None:
            from app.services.plans import PlansService

            for plan in reversed(PlansService(self._db, self._actor).for_child(child_id)):
                item = QListWidgetItem(
                    self.tr("Support plan: %1 (%2 – %3)")
                    .replace("%1", plan.title)
                    .replace("%2", plan.starts_on.strftime("%d.%m.%Y"))
                    .replace("%3", plan.ends_on.strftime("%d.%m.%Y"))
                )
                item.setData(Qt.ItemDataRole.UserRole, ("plan", plan.id))
                self.assessments.addItem(item)
        drafts = [n for n, a in enumerate(reversed(record.assessments)) if a.status == "draft"]
        if self.assessments.count():
            self.assessments.setCurrentRow(drafts[0] if drafts else 0)
        self._enable_actions()

    def _render(self, record: ChildRecord) -> str:
        child = record.child
        none = escape(self.tr("None recorded"))
        guardians_title = escape(self.tr("Guardians"))
        cases_title = escape(self.tr("Cases"))
        parts = [
            f"<h2>{escape(child.given_names)} {escape(child.surname)}</h2>",
            "<p>"
            + escape(
                self.tr("Date of birth: %1").replace("%1", child.birth_date.strftime("%d.%m.%Y"))
            )
            + (f", PESEL {escape(child.pesel)}" if child.pesel else "")
            + "</p>",
        ]
        if child.school or child.class_name:
            where = ", ".join(x for x in (child.school, child.class_name) if x)
            parts.append(f"<p>{escape(where)}</p>")
        guardians = []
        for guardian in record.guardians:
            phone = f" — {escape(guardian.phone)}" if guardian.phone else ""
            guardians.append(f"{escape(guardian.name)} ({escape(guardian.relation)}){phone}")
        cases = []
        for case in record.cases:
            state = self.tr("open") if case.status == "open" else self.tr("closed")
            reason = f": {escape(case.reason)}" if case.reason else ""
            cases.append(f"{case.opened_on.strftime('%d.%m.%Y')} — {escape(state)}{reason}")
        for title, items in (
            (guardians_title, guardians),
            (cases_title, cases),
        ):
            parts.append(f"<h3>{title}</h3>")
            if items:
                parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            else:
                parts.append(f"<p>{none}</p>")
        return "\n".join(parts)

    # --- changing the records -----------------------------------------------------------

    def database(self) -> Database | None:
        self.activate()
        return self._db

    def _enable_actions(self) -> None:
        ready = self._service is not None
        chosen = ready and self.current_record is not None
        self.buttons["newChild"].setEnabled(ready)
        for name in (
            "editChild",
            "addGuardian",
            "newCase",
            "startAssessment",
            "gdprExport",
            "gdprErase",
        ):
            self.buttons[name].setEnabled(chosen)
        self.buttons["openAssessment"].setEnabled(chosen and self.assessments.count() > 0)

    def new_child(self) -> QDialog | None:
        from app.gui.record_dialogs import ChildDialog

        if self._service is None:
            return None
        service = self._service
        dialog = ChildDialog(service.create, self._lang, self)
        dialog.accepted.connect(lambda: self._created(dialog.result_value.id))
        dialog.open()
        return dialog

    def _created(self, child_id: int) -> None:
        """A new child: show it at the top of the list, chosen."""
        child = self._service.get(child_id).child if self._service else None
        if child is None:
            return
        self.school_field.clear()
        self.status_box.setCurrentIndex(0)
        self.search_field.setText(child.surname)
        self.run_search()
        for row in range(self.model.rowCount()):
            if self.model.child(row).id == child_id:
                self.table.selectRow(row)
                break
        self.show_child(child_id)

    def edit_child(self) -> QDialog | None:
        from app.gui.record_dialogs import ChildDialog

        record = self.current_record
        if self._service is None or record is None:
            return None
        service, child = self._service, record.child
        dialog = ChildDialog(
            lambda data: service.update(child.id, child.version, data), self._lang, self, child
        )
        dialog.accepted.connect(lambda: self._changed(child.id))
        dialog.open()
        return dialog

    def _changed(self, child_id: int) -> None:
        self.run_search_keeping(child_id)

    def run_search_keeping(self, child_id: int) -> None:
        self.run_search()
        for row in range(self.model.rowCount()):
            if self.model.child(row).id == child_id:
                self.table.selectRow(row)
                break
        self.show_child(child_id)

    def add_guardian(self) -> QDialog | None:
        from app.gui.record_dialogs import GuardianDialog

        record = self.current_record
        if self._service is None or record is None:
            return None
        service, child_id = self._service, record.child.id
        dialog = GuardianDialog(lambda data: service.add_guardian(child_id, data), self._lang, self)
        dialog.accepted.connect(lambda: self.show_child(child_id))
        dialog.open()
        return dialog

    def new_case(self) -> QDialog | None:
        from app.gui.record_dialogs import CaseDialog
        from app.services.cases import CasesService

        record = self.current_record
        if self._db is None or record is None:
            return None
        cases, child_id = CasesService(self._db, self._actor), record.child.id
        dialog = CaseDialog(lambda data: cases.open(child_id, data), self._lang, self)
        dialog.accepted.connect(lambda: self.show_child(child_id))
        dialog.open()
        return dialog

    def start_assessment(self) -> QDialog | None:
        from app.gui.assessment_start import StartAssessmentDialog
        from app.services.assessments import AssessmentsService

        record = self.current_record
        if self._db is None or record is None or self._registry is None:
            return None
        drafts = [a for a in record.assessments if a.status == "draft"]
        if drafts:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Start an assessment"),
                self.tr(
                    "This child has a draft assessment of %1. Continue it instead of "
                    "starting a new one?"
                ).replace("%1", drafts[-1].assessed_on.strftime("%d.%m.%Y")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_assessment.emit(drafts[-1].id)
                return None
        service = AssessmentsService(self._db, self._actor)
        child_id = record.child.id
        dialog = StartAssessmentDialog(
            record,
            self._registry(),
            lambda data: service.create(child_id, data),
            self._lang,
            self,
        )
        dialog.accepted.connect(lambda: self._started(child_id, dialog.result_value.id))
        dialog.open()
        return dialog

    def _started(self, child_id: int, assessment_id: int) -> None:
        self.show_child(child_id)
        self.open_assessment.emit(assessment_id)

    def _open_chosen(self, *_args: object) -> None:
        item = self.assessments.currentItem()
        if item is not None:
            kind, key = item.data(Qt.ItemDataRole.UserRole)
            (self.open_plan if kind == "plan" else self.open_assessment).emit(key)

    # --- GDPR: access and erasure (the service allows it to an administrator or the
    # child's specialist) -------------------------------------------------------------------

    def choose_gdpr_export(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if self.current_record is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("All data of the child (GDPR)"),
            str(Path.home() / f"dane-dziecka-{self.current_record.child.id}.zip"),
            self.tr("ZIP with data and documents (*.zip);;JSON (*.json)"),
        )
        if path:
            self.gdpr_export(Path(path))

    def gdpr_export(self, path: object) -> bool:
        from pathlib import Path

        from app.services.gdpr import GdprService

        if self._db is None or self.current_record is None:
            return False
        try:
            GdprService(self._db, self._actor).export_child(
                self.current_record.child.id, Path(str(path))
            )
        except ICFError as exc:
            self.status.setText(exc.message(self._lang))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def confirm_erase(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        record = self.current_record
        if record is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Erase the child"),
            self.tr(
                "Everything about %1 will be removed for good: the record, guardians, cases, "
                "assessments, plans and documents. The audit log keeps only that an erasure "
                "happened. Type the surname to confirm:"
            ).replace("%1", record.child.full_name),
        )
        if ok:
            self.erase(text)

    def erase(self, confirmation: str) -> bool:
        from app.services.gdpr import GdprService

        record = self.current_record
        if self._db is None or record is None:
            return False
        if confirmation.strip().casefold() != record.child.surname.casefold():
            self.status.setText(self.tr("The surname does not match; nothing was erased."))
            return False
        try:
            report = GdprService(self._db, self._actor).erase_child(record.child.id)
        except ICFError as exc:
            self.status.setText(exc.message(self._lang))
            return False
        self.run_search()
        self.status.setText(
            self.tr(
                "Erased. Older backups (%1) still hold the child until they rotate out."
            ).replace("%1", str(report.backups_left))
        )
        return True
