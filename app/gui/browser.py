"""The ICF browser: a search field with results as you type, the classification tree, and a
details pane for the selected entry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.classification_service import ClassificationService
from app.entry_details import details
from app.gui.details_html import render, render_welcome
from app.gui.results_model import SearchResultsModel
from app.gui.tree_model import ClassificationTreeModel

RESULT_LIMIT = 100


class SearchField(QLineEdit):
    """A line edit that hands Down/Up/Enter to the results list."""

    navigate = Signal(int)  # +1 down, -1 up
    accepted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Down:
            self.navigate.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class IcfBrowser(QWidget):
    """Browse and search the classification; `selected` carries the chosen code."""

    selected = Signal(str)

    def __init__(self, service: ClassificationService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._lang = lang
        self._current: str | None = None

        self.search_field = SearchField(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setObjectName("icfSearch")
        self.status = QLabel(self)
        self.status.setObjectName("icfSearchStatus")

        self.tree_model = ClassificationTreeModel(service.classification, lang, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("icfTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)

        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("icfResults")
        self.results.setModel(self.results_model)
        self.results.setUniformItemSizes(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)

        self.details = QTextBrowser(self)
        self.details.setObjectName("icfDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_link)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_field.textChanged.connect(self._on_query)
        self.search_field.navigate.connect(self._on_navigate)
        self.search_field.accepted.connect(self._on_accept)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.results.selectionModel().currentChanged.connect(self._on_result_current)
        self.results.activated.connect(self._on_result_activated)
        self.setTabOrder(self.search_field, self.stack)
        self.setTabOrder(self.stack, self.details)
        self.retranslate()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(
            self.tr("Search by code or words, e.g. d166, reading, czytanie…")
        )
        self.search_field.setAccessibleName(self.tr("Search the classification"))
        self.tree.setAccessibleName(self.tr("Classification tree"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self._update_status()
        if self._current is None:
            self.details.setHtml(render_welcome(self._lang))

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.tree_model.set_language(lang)
        self._on_query(self.search_field.text())
        if self._current:
            self.show_code(self._current)
        self.retranslate()

    def reload(self) -> None:
        """After an import: rebuild the tree and rerun the query."""
        self.tree_model.reset(self._service.classification, self._lang)
        self._on_query(self.search_field.text())
        if self._current and self._current in self._service.classification:
            self.show_code(self._current)

    # --- search -------------------------------------------------------------------------

    def _on_query(self, text: str) -> None:
        if not text.strip():
            self.results_model.set_hits([], self._lang)
            self.stack.setCurrentWidget(self.tree)
        else:
            hits = self._service.search(text, limit=RESULT_LIMIT)
            self.results_model.set_hits(hits, self._lang)
            self.stack.setCurrentWidget(self.results)
        self._update_status()

    def _update_status(self) -> None:
        if not self.search_field.text().strip():
            self.status.setText(
                self.tr("%n entries in the classification", "", len(self._service.classification))
            )
            return
        count = self.results_model.rowCount()
        if count == 0:
            self.status.setText(self.tr("Nothing found"))
        elif count >= RESULT_LIMIT:
            self.status.setText(self.tr("The first %n results", "", count))
        else:
            self.status.setText(self.tr("%n result(s)", "", count))

    def _on_navigate(self, step: int) -> None:
        """Down/Up in the search field: move through the results, or enter the tree."""
        if self.stack.currentWidget() is self.results:
            count = self.results_model.rowCount()
            if count == 0:
                return
            current = self.results.currentIndex()
            row = 0 if not current.isValid() else max(0, min(count - 1, current.row() + step))
            self.results.setCurrentIndex(self.results_model.index(row, 0))
        elif self.tree_model.rowCount():
            self.tree.setFocus()
            if not self.tree.currentIndex().isValid():
                self.tree.setCurrentIndex(self.tree_model.index(0, 0))

    def _on_accept(self) -> None:
        if self.stack.currentWidget() is self.results and self.results_model.rowCount():
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.results_model.index(0, 0))
            self._on_result_activated(self.results.currentIndex())

    def _on_result_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.results_model.code(current.row()))

    def _on_result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            code = self.results_model.code(index.row())
            self.show_code(code)  # also selects it in the tree for when the search is cleared
            self.selected.emit(code)

    # --- tree and details ---------------------------------------------------------------

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.tree_model.entry(current)
        if entry is not None:
            self._show(entry.code)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "icf":
            self.show_code(url.path())

    def show_code(self, code: str) -> None:
        """Show an entry and select it in the tree (expanding its ancestors)."""
        index = self.tree_model.index_of(code)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)
        self._show(code)

    def _show(self, code: str) -> None:
        entry = self._service.classification.get(code)
        if entry is None:
            return
        self._current = code
        view = details(entry, self._service.classification, self._lang)
        self.details.setHtml(render(view))

    @property
    def current_code(self) -> str | None:
        return self._current

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
