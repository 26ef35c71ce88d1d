"""The children: search as you type (name, PESEL, school, case status) over a lazy list, and
the chosen child's record (guardians, cases, assessments)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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

SEARCH_DELAY_MS = 150


class ChildrenPanel(QWidget):
    def __init__(
        self,
        open_database: Callable[[], Database],
        actor: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_database = open_database
        self._actor = actor
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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.record)
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

    def close_records(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db = None
        self._service = None

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
        self._update_count()

    def _update_count(self) -> None:
        if self._service is None:
            return
        total = self.model.total
        self.status.setText(
            self.tr("%n child(ren) found", "", total)
            if total
            else self.tr("No child matches the search")
        )

    # --- the record ---------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._service is None:
            return
        try:
            record = self._service.get(self.model.child(current.row()).id)
        except ICFError as exc:
            self.record.setPlainText(exc.message(self._lang))
            return
        self.record.setHtml(self._render(record))

    def _render(self, record: ChildRecord) -> str:
        child = record.child
        none = escape(self.tr("None recorded"))
        guardians_title = escape(self.tr("Guardians"))
        cases_title = escape(self.tr("Cases"))
        assessments_title = escape(self.tr("Assessments"))
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
        assessments = []
        for a in record.assessments:
            state = self.tr("final") if a.status == "final" else self.tr("draft")
            count = escape(self.tr("%n rating(s)", "", a.ratings))
            assessments.append(
                f"{a.assessed_on.strftime('%d.%m.%Y')} — {escape(a.template_id)} "
                f"{escape(a.template_version)} ({escape(state)}; {count})"
            )
        for title, items in (
            (guardians_title, guardians),
            (cases_title, cases),
            (assessments_title, assessments),
        ):
            parts.append(f"<h3>{title}</h3>")
            if items:
                parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            else:
                parts.append(f"<p>{none}</p>")
        return "\n".join(parts)
