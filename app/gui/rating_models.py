"""Table models of the rating screen: one informant's ratings of the template's categories,
and every informant side by side with the suggested and the agreed (consensus) rating.

Keys rate the current cell (see `rate_key`): digits 0-4, 8 and 9 set a qualifier; for
activities the first column is performance and the second capacity; for environmental
factors a digit rates a barrier, `+` turns the rating into a facilitator and `-` back into
a barrier; Delete clears. What the keys produce is decided here, storing it is the panel's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from forms.compare import ComparisonRow, compare
from forms.model import Item, Template
from icf.classification import Classification
from icf.components import Component
from icf.grammar import CodedExpression

_Index = QModelIndex | QPersistentModelIndex

DISAGREEMENT = QColor("#fde2e1")
AGREED = QColor("#e3f4e1")
DIGITS = "0123489"


@dataclass(frozen=True)
class Row:
    code: str
    item: Item | None  # None: a category added outside the template
    section: str  # the section's title (or "other categories")


class KeyResult:
    """What a key does to a rating: nothing, or a new expression (None clears it)."""

    def __init__(self, handled: bool, expression: CodedExpression | None = None) -> None:
        self.handled = handled
        self.expression = expression


IGNORED = KeyResult(False)


def rate_key(
    code: str,
    current: CodedExpression | None,
    second: bool,
    key: str,
    facilitator_pending: bool = False,
) -> KeyResult:
    """The rating after pressing `key` in the first (`second` False) or second column;
    `facilitator_pending`: `+` was pressed on an unrated environmental factor, so the digit
    that follows rates a facilitator. Raises CodeError for a value the scale does not allow."""
    component = Component.of(code)
    first_value = current.first if current else None
    rest = list(current.qualifiers[1:]) if current else []
    if key in DIGITS and len(key) == 1:
        value = int(key)
        if component is Component.ACTIVITIES_PARTICIPATION:
            capacity = rest[0] if rest else None
            if second:
                return KeyResult(True, CodedExpression.of(code, first_value, value))
            return KeyResult(True, CodedExpression.of(code, value, capacity))
        if second:
            return IGNORED
        if component is Component.ENVIRONMENTAL_FACTORS:
            facilitator = facilitator_pending or bool(current and current.facilitator)
            return KeyResult(True, CodedExpression.of(code, value, facilitator=facilitator))
        return KeyResult(True, CodedExpression.of(code, value, *rest))
    if key in ("+", "-") and component is Component.ENVIRONMENTAL_FACTORS and not second:
        if first_value is None:
            return IGNORED
        return KeyResult(True, CodedExpression.of(code, first_value, facilitator=key == "+"))
    if key == "delete":
        if current is None:
            return IGNORED
        if component is Component.ACTIVITIES_PARTICIPATION:
            capacity = rest[0] if rest else None
            performance = None if not second else first_value
            capacity = None if second else capacity
            if performance is None and capacity is None:
                return KeyResult(True, None)
            return KeyResult(True, CodedExpression.of(code, performance, capacity))
        return KeyResult(True, None) if not second else IGNORED
    return IGNORED


def short(expression: CodedExpression | None, second: bool = False) -> str:
    """A qualifier as the table shows it: `2`, `+3`, `8`, or empty."""
    if expression is None:
        return ""
    qualifiers = expression.qualifiers
    if second:
        value = qualifiers[1] if len(qualifiers) > 1 else None
        return "" if value is None else str(value)
    value = expression.first
    if value is None:
        return ""
    return f"+{value}" if expression.facilitator else str(value)


def rows_for(template: Template | None, extra: list[str], lang: str, other: str) -> list[Row]:
    rows = []
    seen = set()
    if template is not None:
        for section in template.sections:
            title = section.title.get(lang) or section.title["pl"]
            for item in section.items:
                rows.append(Row(item.code, item, title))
                seen.add(item.code)
    for code in sorted(set(extra) - seen):
        rows.append(Row(code, None, other))
    return rows


class RatingTableModel(QAbstractTableModel):
    """One informant's ratings: code, category, first and second qualifier, meaning."""

    CODE, TITLE, FIRST, SECOND, MEANING = range(5)

    def __init__(self, classification: Classification, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.classification = classification
        self.rows: list[Row] = []
        self.ratings: dict[str, CodedExpression] = {}
        self.lang = "pl"
        self.headers: list[str] = [""] * 5
        self.read_only = False

    def reset(self, rows: list[Row], ratings: dict[str, CodedExpression], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.ratings, self.lang = rows, dict(ratings), lang
        self.endResetModel()

    def set_rating(self, code: str, expression: CodedExpression | None) -> None:
        if expression is None:
            self.ratings.pop(code, None)
        else:
            self.ratings[code] = expression
        for number, row in enumerate(self.rows):
            if row.code == code:
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.MEANING))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def title(self, code: str) -> str:
        entry = self.classification.get(code)
        return entry.title_in(self.lang) if entry else code

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        rating = self.ratings.get(row.code)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.CODE:
                return row.code
            if column == self.TITLE:
                return self.title(row.code)
            if column == self.FIRST:
                return short(rating)
            if column == self.SECOND:
                return short(rating, second=True)
            if column == self.MEANING:
                return rating.describe(self.lang) if rating else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.section
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.FIRST, self.SECOND):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and column in (self.FIRST, self.SECOND):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == self.SECOND:
            if Component.of(row.code) is not Component.ACTIVITIES_PARTICIPATION:
                return QBrush(QColor("#f0f0f0"))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_second(self, column: int) -> bool:
        return column == self.SECOND

    def current(self, row: int) -> CodedExpression | None:
        return self.ratings.get(self.rows[row].code)


class ComparisonModel(QAbstractTableModel):
    """Informants side by side: code, category, one column per informant, the suggestion
    and the consensus (the only column the keys change). Disagreements are coloured."""

    def __init__(self, classification: Classification, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.classification = classification
        self.template: Template | None = None
        self.informants: list[str] = []
        self.informant_names: dict[str, str] = {}
        self.by_informant: dict[str, dict[str, CodedExpression]] = {}
        self.extra: list[str] = []
        self.rows: list[ComparisonRow] = []
        self.lang = "pl"
        self.headers: dict[str, str] = {}
        self.marks: Callable[[ComparisonRow], str] = lambda _r: ""

    @property
    def consensus_column(self) -> int:
        return 3 + len(self.informants)

    def reset(
        self,
        template: Template | None,
        informants: list[str],
        by_informant: dict[str, dict[str, CodedExpression]],
        lang: str,
    ) -> None:
        self.beginResetModel()
        self.template, self.informants, self.lang = template, informants, lang
        self.by_informant = {k: dict(v) for k, v in by_informant.items()}
        self.rows = compare(template, self.by_informant)
        self.endResetModel()

    def set_rating(self, informant: str, code: str, expression: CodedExpression | None) -> None:
        ratings = self.by_informant.setdefault(informant, {})
        if expression is None:
            ratings.pop(code, None)
        else:
            ratings[code] = expression
        fresh = compare(self.template, self.by_informant)
        if [r.code for r in fresh] != [r.code for r in self.rows]:
            self.beginResetModel()
            self.rows = fresh
            self.endResetModel()
            return
        self.rows = fresh
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4 + len(self.informants)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.headers.get("code", "")
        if section == 1:
            return self.headers.get("title", "")
        if section < 2 + len(self.informants):
            return self.informant_names.get(self.informants[section - 2], "")
        if section == 2 + len(self.informants):
            return self.headers.get("suggestion", "")
        return self.headers.get("consensus", "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        n = len(self.informants)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.code + (" ≠" if row.disagreement and row.consensus is None else "")
            if column == 1:
                entry = self.classification.get(row.code)
                return entry.title_in(self.lang) if entry else row.code
            if column < 2 + n:
                return _both(row.ratings.get(self.informants[column - 2]))
            if column == 2 + n:
                return _both(row.suggestion)
            return _both(row.consensus)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.marks(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.disagreement:
            return QBrush(AGREED if row.consensus is not None else DISAGREEMENT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and column == self.consensus_column:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def current(self, row: int) -> CodedExpression | None:
        return self.rows[row].consensus

    def is_second(self, _column: int) -> bool:
        return False


def _both(expression: CodedExpression | None) -> str:
    """Both qualifiers of an activity (`2 / 1`), else the first."""
    if expression is None:
        return ""
    first = short(expression)
    if expression.component is Component.ACTIVITIES_PARTICIPATION:
        second = short(expression, second=True)
        if second:
            return f"{first or '–'} / {second}"
    return first


def key_text(key: int, text: str) -> str:
    """The keys the rating tables understand, by name."""
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return "delete"
    return text if text in DIGITS + "+-" and len(text) == 1 else ""
