"""A lazy tree model over the classification: components › chapters › blocks › categories."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from icf.classification import Classification, Entry

Index = QModelIndex | QPersistentModelIndex


class ClassificationTreeModel(QAbstractItemModel):
    """Rows are entries; each index's internal id is the entry's position in `_codes`."""

    def __init__(self, classification: Classification, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._set(classification)

    def _set(self, classification: Classification) -> None:
        self._classification = classification
        self._codes: list[str] = [e.code for e in classification]
        self._ids: dict[str, int] = {code: i for i, code in enumerate(self._codes)}
        self._roots: list[str] = [e.code for e in classification.roots()]

    def reset(self, classification: Classification, lang: str) -> None:
        self.beginResetModel()
        self._lang = lang
        self._set(classification)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._codes:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
            self.layoutChanged.emit()

    def entry(self, index: Index) -> Entry | None:
        if not index.isValid():
            return None
        return self._classification[self._codes[index.internalId()]]

    def index_of(self, code: str) -> QModelIndex:
        entry = self._classification.get(code)
        if entry is None:
            return QModelIndex()
        siblings = self._siblings(entry.parent)
        return self.createIndex(siblings.index(code), 0, self._ids[code])

    def _siblings(self, parent: str | None) -> list[str] | tuple[str, ...]:
        if parent is None:
            return self._roots
        return self._classification[parent].children

    # --- QAbstractItemModel -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_entry = self.entry(parent)
        siblings = self._siblings(parent_entry.code if parent_entry else None)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, self._ids[siblings[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        entry = self.entry(index)
        if entry is None or entry.parent is None:
            return QModelIndex()
        return self.index_of(entry.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        entry = self.entry(parent)
        if entry is None:
            return len(self._roots)
        return len(entry.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.code}  {entry.title_in(self._lang)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.title_in(self._lang)
        if role == Qt.ItemDataRole.UserRole:
            return entry.code
        return None
