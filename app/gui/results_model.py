"""A list model of search results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from icf.search import Hit


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._lang = "pl"

    def set_hits(self, hits: list[Hit], lang: str) -> None:
        self.beginResetModel()
        self._hits = hits
        self._lang = lang
        self.endResetModel()

    def code(self, row: int) -> str:
        return self._hits[row].entry.code

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = hit.entry.title_in(self._lang)
            if hit.language and hit.language != self._lang:
                # the match was in the other language: show that title too
                title = f"{title}  ({hit.entry.title_in(hit.language)})"
            return f"{hit.entry.code}  {title}"
        if role == Qt.ItemDataRole.UserRole:
            return hit.entry.code
        return None
