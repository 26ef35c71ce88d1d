"""The local support network and the plans' reviews: the county's directory of institutions
and services (searched, imported from and exported to XLSX/CSV), and the reviews of support
plans that are due or overdue (opening the plan)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icf.errors import ICFError

if TYPE_CHECKING:
    from app.storage.database import Database

SECTORS = ("education", "health", "social_welfare", "ngo", "other")


class SupportPanel(QWidget):
    #: the id of a plan to open (a review is due)
    open_plan = Signal(int)

    def __init__(
        self, open_database: Callable[[], Database | None], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportPanel")
        self._open_database = open_database
        self.lang = lang
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("directorySearch")
        self.search_field.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("directoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importDirectory")
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportDirectory")
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel(self)
        self.status.setObjectName("directoryStatus")
        self.status.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due = QListWidget(self)
        self.due.setObjectName("reviewsDue")
        self.due_label.setBuddy(self.due)
        self.due.itemActivated.connect(
            lambda item: self.open_plan.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_directory)
        self.search_field.textChanged.connect(lambda _t: self._timer.start())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.directory_label = QLabel(left)
        self.directory_label.setBuddy(self.search_field)
        left_layout.addWidget(self.directory_label)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.due_label)
        right_layout.addWidget(self.due, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([820, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    def retranslate(self) -> None:
        self.directory_label.setText(self.tr("Local support network — &search:"))
        self.search_field.setPlaceholderText(self.tr("Name, town or service…"))
        self.search_field.setAccessibleName(self.tr("Search the support network"))
        self.table.setAccessibleName(self.tr("Institutions and services"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Sector"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("Ages"),
                self.tr("Area"),
            ]
        )
        self.import_button.setText(self.tr("&Import XLSX/CSV…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.due_label.setText(self.tr("&Reviews of support plans due (Enter opens the plan):"))
        self.due.setAccessibleName(self.tr("Reviews due"))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def sector_name(self, sector: str) -> str:
        return {
            "education": self.tr("education"),
            "health": self.tr("health care"),
            "social_welfare": self.tr("social welfare"),
            "ngo": self.tr("non-governmental organisation"),
            "other": self.tr("other"),
        }.get(sector, sector)

    def activate(self) -> None:
        self.refresh_directory()
        self.refresh_due()

    def _directory(self):  # type: ignore[no-untyped-def]
        from app.records import current_actor
        from app.services.directory import DirectoryService

        db = self._open_database()
        return None if db is None else DirectoryService(db, current_actor())  # type: ignore[arg-type]

    def refresh_directory(self) -> None:
        service = self._directory()
        if service is None:
            return
        try:
            providers = service.search(self.search_field.text())
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return
        self.table.setRowCount(len(providers))
        for row, p in enumerate(providers):
            cells = (
                p.name,
                self.sector_name(p.sector),
                p.address,
                p.phone or "",
                f"{p.age_min}–{p.age_max}",
                p.area,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and p.services:
                    item.setToolTip(p.services)
                self.table.setItem(row, column, item)
        self.status.setText(
            self.tr("Institutions and services: %1").replace("%1", str(len(providers)))
        )

    def refresh_due(self) -> None:
        from app.records import current_actor
        from app.services.reviews import ReviewsService

        db = self._open_database()
        if db is None:
            return
        self.due.clear()
        try:
            due = ReviewsService(db, current_actor()).due(date.today(), within_days=30)  # type: ignore[arg-type]
        except ICFError as exc:
            self.due.addItem(exc.message(self.lang))
            return
        for review in due:
            mark = self.tr("overdue") if review.overdue else self.tr("due")
            item = QListWidgetItem(
                f"{review.due_on.strftime('%d.%m.%Y')} ({mark}) — {review.child_name}: "
                f"{review.plan_title}"
            )
            item.setData(Qt.ItemDataRole.UserRole, review.plan_id)
            self.due.addItem(item)
        if not due:
            self.due.addItem(self.tr("No review is due in the next 30 days."))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the support network"),
            str(Path.home()),
            self.tr("Workbook or CSV (*.xlsx *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        service = self._directory()
        if service is None:
            return False
        try:
            summary = service.import_file(path)
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return False
        self.status.setText(
            self.tr("Imported: %1 new, %2 updated.")
            .replace("%1", str(summary.added))
            .replace("%2", str(summary.updated))
        )
        self.refresh_directory()
        return True

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the support network"),
            str(Path.home() / "siec-wsparcia.xlsx"),
            self.tr("Workbook or CSV (*.xlsx *.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        service = self._directory()
        if service is None:
            return False
        try:
            service.export(path, self.lang)
        except ICFError as exc:
            self.status.setText(exc.message(self.lang))
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True
