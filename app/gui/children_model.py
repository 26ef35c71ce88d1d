"""A lazy table model of children over ChildrenService.search: pages are fetched as the
view scrolls (canFetchMore/fetchMore), so tens of thousands of children never freeze it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:  # the services (and SQLAlchemy) load when the tab is first opened
    from app.services.children import ChildrenService, ChildRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 100


class ChildrenTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: ChildrenService | None = None
        self._query: dict[str, Any] = {}
        self._rows: list[ChildRow] = []
        self.total = 0
        self._headers: list[str] = []

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_query(
        self,
        service: ChildrenService,
        text: str = "",
        school: str | None = None,
        status: str | None = None,
    ) -> None:
        """Run a new search: the first page now, the rest as the view asks for it."""
        self.beginResetModel()
        self._service = service
        self._query = {"text": text, "school": school, "status": status}
        first = service.search(page=0, page_size=PAGE, **self._query)
        self._rows = list(first.items)
        self.total = first.total
        self.endResetModel()

    def child(self, row: int) -> ChildRow:
        return self._rows[row]

    # --- lazy loading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if self._service is None or not self.canFetchMore(parent):
            return
        page = self._service.search(page=len(self._rows) // PAGE, page_size=PAGE, **self._query)
        new = [row for row in page.items]
        if not new:
            self.total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        child = self._rows[index.row()]
        return (
            f"{child.surname} {child.given_names}",
            child.birth_date.strftime("%d.%m.%Y"),
            child.pesel or "",
            child.school or "",
            child.class_name or "",
        )[index.column()]
