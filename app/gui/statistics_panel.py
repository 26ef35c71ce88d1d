"""Anonymous statistics as a dashboard: a filter (a school, or every child in the records),
the tables computed by app.statistics in a worker thread, one table at a time with a chart,
and the report saved as a workbook or a PDF. Hidden figures (fewer than 5 children) read
"×", exactly as in the reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icf.errors import ICFError

if TYPE_CHECKING:
    from app.gui.background import BackgroundTask
    from app.statistics import Statistics, StatTable
    from app.storage.database import Database
    from icf.classification import Classification

_Index = QModelIndex | QPersistentModelIndex
HIDDEN = "×"
PALETTE = ("#d9e7f5", "#a9c9e8", "#6fa2d4", "#3b6ea5", "#1d3f66")


class FrameModel(QAbstractTableModel):
    """A statistics table: label columns, then figures (hidden ones shown as ×)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: StatTable | None = None

    def set_table(self, table: StatTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.frame.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.table.frame.columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        value = self.table.frame.iat[index.row(), index.column()]
        figure = index.column() >= self.table.label_columns
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if figure:
                return HIDDEN if _hidden(value) else str(int(value))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and figure:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def _hidden(value: object) -> bool:
    from app.statistics import SUPPRESSED

    try:
        return int(value) == SUPPRESSED  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return True


class StackedBars(QWidget):
    """One horizontal bar per row of a table, its chart columns stacked (hidden ones left
    out, so nothing about fewer than 5 children is drawn)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsChart")
        self.table: StatTable | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_table(self, table: StatTable | None) -> None:
        self.table = table
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        table = self.table
        if table is None or not table.chart_columns or table.frame.empty:
            return
        frame = table.frame
        columns = [c for c in table.chart_columns if c in frame.columns]
        labels = frame.iloc[:, 0].astype(str).tolist()
        values = [
            [0 if _hidden(frame.at[i, c]) else int(frame.at[i, c]) for c in columns]
            for i in frame.index
        ]
        line = self.fontMetrics().height() + 6
        legend_h = line + 4
        rows = min(len(labels), max(1, (self.height() - legend_h - 8) // line))
        widest = max(sum(v) for v in values[:rows]) or 1
        label_w = min(
            int(self.width() * 0.4),
            max(self.fontMetrics().horizontalAdvance(x) for x in labels[:rows]) + 12,
        )
        left, right = label_w + 8, self.width() - 12
        text = self.palette().text().color()
        # legend
        x = left
        for n, column in enumerate(columns):
            painter.fillRect(QRectF(x, 6, 12, 12), QColor(PALETTE[n % len(PALETTE)]))
            painter.setPen(text)
            painter.drawText(int(x + 16), 17, str(column))
            x += 16 + self.fontMetrics().horizontalAdvance(str(column)) + 14
        for r in range(rows):
            y = legend_h + 4 + r * line
            painter.setPen(text)
            painter.drawText(
                QRectF(4, y, label_w, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.fontMetrics().elidedText(labels[r], Qt.TextElideMode.ElideRight, label_w),
            )
            x = float(left)
            for n, value in enumerate(values[r]):
                width = (right - left) * value / widest
                painter.fillRect(
                    QRectF(x, y + 3, width, line - 6), QColor(PALETTE[n % len(PALETTE)])
                )
                x += width
        painter.end()


class StatisticsPanel(QWidget):
    def __init__(
        self,
        open_database: Callable[[], Database],
        classification: Callable[[], Classification],
        run: Callable[..., BackgroundTask],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPanel")
        self._open_database = open_database
        self.classification = classification
        self._run = run
        self.lang = lang
        self.stats: Statistics | None = None
        self.school = QLineEdit(self)
        self.school.setObjectName("statisticsSchool")
        self.school.setClearButtonEnabled(True)
        self.school_label = QLabel(self)
        self.school_label.setBuddy(self.school)
        self.compute_button = QPushButton(self)
        self.compute_button.setObjectName("computeStatistics")
        self.compute_button.clicked.connect(self.compute)
        self.school.returnPressed.connect(self.compute)
        self.summary = QLabel(self)
        self.summary.setObjectName("statisticsSummary")
        self.summary.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("statisticsTable")
        self.choice_label = QLabel(self)
        self.choice_label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(lambda _i: self._show_table())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = FrameModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statisticsGrid")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.chart = StackedBars(self)
        self.save_xlsx = QPushButton(self)
        self.save_xlsx.setObjectName("saveStatisticsXlsx")
        self.save_xlsx.clicked.connect(lambda: self.choose_file("xlsx"))
        self.save_pdf = QPushButton(self)
        self.save_pdf.setObjectName("saveStatisticsPdf")
        self.save_pdf.clicked.connect(lambda: self.choose_file("pdf"))
        for button in (self.save_xlsx, self.save_pdf):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.school_label)
        top.addWidget(self.school, 1)
        top.addWidget(self.compute_button)
        top.addWidget(self.save_xlsx)
        top.addWidget(self.save_pdf)
        pick = QHBoxLayout()
        pick.addWidget(self.choice_label)
        pick.addWidget(self.choice, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(pick)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.school_label.setText(self.tr("&School (part of the name; empty: all children):"))
        self.school.setAccessibleName(self.tr("School"))
        self.compute_button.setText(self.tr("&Compute"))
        self.choice_label.setText(self.tr("&Table:"))
        self.choice.setAccessibleName(self.tr("Table of statistics"))
        self.table.setAccessibleName(self.tr("Figures of the table"))
        self.chart.setAccessibleName(self.tr("Chart of the table"))
        self.save_xlsx.setText(self.tr("Save as &Excel…"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        if self.stats is None:
            self.summary.setText(
                self.tr(
                    "Figures about children without names: no figure about fewer than 5 "
                    "children is shown (×). Choose a school or leave it empty for all, then "
                    "Compute."
                )
            )

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def compute(self) -> BackgroundTask | None:
        from app.statistics import Scope, statistics

        scope = Scope(school=self.school.text().strip() or None)
        classification, lang, opener = self.classification(), self.lang, self._open_database

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            db = opener()  # a connection of the worker's own
            try:
                return statistics(db, scope, classification, lang)
            finally:
                db.close()

        return self._run(
            work,
            title=self.tr("Statistics"),
            label=self.tr("Computing the statistics…"),
            done=self._computed,
            failed=lambda error: self.summary.setText(error.message(self.lang)),
            cancellable=False,
            determinate=False,
        )

    def _computed(self, stats: Statistics) -> None:
        from app.statistics import SUPPRESSED

        self.stats = stats
        children = HIDDEN if stats.children == SUPPRESSED else str(stats.children)
        assessments = HIDDEN if stats.assessments == SUPPRESSED else str(stats.assessments)
        self.summary.setText(
            self.tr("%1: children %2, final assessments %3.")
            .replace("%1", stats.scope)
            .replace("%2", children)
            .replace("%3", assessments)
            if stats.tables
            else self.tr("%1: no final assessment to count.").replace("%1", stats.scope)
        )
        self.choice.blockSignals(True)
        self.choice.clear()
        for table in stats.tables:
            self.choice.addItem(table.title, table.key)
        self.choice.blockSignals(False)
        for button in (self.save_xlsx, self.save_pdf):
            button.setEnabled(bool(stats.tables))
        self._show_table()

    def _show_table(self) -> None:
        if self.stats is None or not self.stats.tables:
            self.model.set_table(None)
            self.chart.set_table(None)
            self.note.clear()
            return
        table = self.stats.table(self.choice.currentData() or self.stats.tables[0].key)
        self.model.set_table(table)
        self.chart.set_table(table)
        self.note.setText(table.note)
        self.table.resizeColumnsToContents()

    def choose_file(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the statistics"),
            str(Path.home() / f"statystyki.{kind}"),
            "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)",
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> bool:
        from app.documents.statistics_report import write_statistics

        if self.stats is None:
            return False
        try:
            write_statistics(self.stats, path)
        except ICFError as exc:
            self.summary.setText(exc.message(self.lang))
            return False
        self.summary.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True
