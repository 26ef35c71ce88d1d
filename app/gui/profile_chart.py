"""The functioning profile drawn as a chart: one bar per rated category, grouped by component
and chapter; difficulty (0–4) to the right of zero, facilitators to the left; with an earlier
assessment, its bars are drawn as outlines beside the current ones."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.profile import ProfileRow

DIFFICULTY = QColor("#3b6ea5")
BARRIER = QColor("#c0392b")
FACILITATOR = QColor("#2e8b57")
EARLIER = QColor("#7f7f7f")
GRID = QColor("#d0d0d0")


class ProfileChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChart")
        self.rows: list[ProfileRow] = []
        self.earlier: dict[str, ProfileRow] = {}
        self.component_titles: dict[str, str] = {}  # b, s, d, e
        self.scale_labels = ("", "")
        self.unspecified = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, read by a screen reader

    def set_profile(self, rows: list[ProfileRow], earlier: list[ProfileRow] | None = None) -> None:
        self.rows = rows
        self.earlier = {r.code: r for r in earlier or []}
        self.updateGeometry()
        self.update()

    # --- layout ---------------------------------------------------------------------------

    def _line(self) -> int:
        return int(self.fontMetrics().height() * 1.5)

    def _lines(self) -> list[tuple[str, object]]:
        """What goes on each line: a component heading, a chapter heading, or a category."""
        lines: list[tuple[str, object]] = []
        component = None
        chapter = None
        for row in self.rows:
            if row.component is not component:
                component = row.component
                lines.append(("component", self.component_titles.get(component, component)))
                chapter = None
            if row.chapter != chapter:
                chapter = row.chapter
                lines.append(("chapter", f"{row.chapter}  {row.chapter_title}"))
            lines.append(("row", row))
        return lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(700, (len(self._lines()) + 4) * self._line())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(400, self.sizeHint().height())

    # --- drawing --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        line = self._line()
        width = self.width()
        label_width = int(width * 0.46)
        left = label_width + 10
        right = width - self.fontMetrics().horizontalAdvance("+4") - 8
        zero = left + (right - left) / 2
        unit = (right - left) / 8
        text_color = self.palette().text().color()
        normal = QFont(self.font())
        bold = QFont(self.font())
        bold.setBold(True)

        # the meaning of both sides on the first line, the scale -4 .. 4 on the second
        y = 2 * line
        painter.setFont(normal)
        painter.setPen(text_color)
        for value in range(-4, 5):
            x = zero + value * unit
            painter.drawText(
                QRectF(x - unit / 2, y - line, unit, line),
                Qt.AlignmentFlag.AlignCenter,
                f"+{-value}" if value < 0 else str(value),
            )
        painter.drawText(
            QRectF(left, 0, zero - left, line * 0.9),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.scale_labels[0],
        )
        painter.drawText(
            QRectF(zero, 0, right - zero, line * 0.9),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            self.scale_labels[1],
        )
        top = y + line * 0.2
        lines = self._lines()
        bottom = top + len(lines) * line
        painter.setPen(QPen(GRID, 1))
        for value in range(-4, 5):
            x = zero + value * unit
            painter.drawLine(int(x), int(top), int(x), int(bottom))
        painter.setPen(QPen(text_color, 1.5))
        painter.drawLine(int(zero), int(top), int(zero), int(bottom))

        y = top
        for kind, content in lines:
            if kind == "component":
                painter.setFont(bold)
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(4, y, width - 8, line),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    str(content),
                )
            elif kind == "chapter":
                painter.setFont(normal)
                painter.setPen(EARLIER)
                painter.drawText(
                    QRectF(12, y, label_width - 12, line),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    painter.fontMetrics().elidedText(
                        str(content), Qt.TextElideMode.ElideRight, label_width - 12
                    ),
                )
            else:
                assert isinstance(content, ProfileRow)
                self._draw_row(painter, content, y, line, label_width, zero, unit, text_color)
            y += line
        painter.end()

    def _draw_row(
        self,
        painter: QPainter,
        row: ProfileRow,
        y: float,
        line: int,
        label_width: int,
        zero: float,
        unit: float,
        text_color: QColor,
    ) -> None:
        painter.setFont(self.font())
        painter.setPen(text_color)
        label = f"{row.code}  {row.title}"
        painter.drawText(
            QRectF(24, y, label_width - 24, line),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, label_width - 24),
        )
        earlier = self.earlier.get(row.code)
        bar = line * 0.55
        if earlier is not None and earlier.signed is not None:
            painter.setPen(QPen(EARLIER, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._bar(earlier.signed, zero, unit, y + line * 0.1, bar))
        value = row.signed
        if value is None:
            painter.setPen(EARLIER)
            painter.drawText(
                QRectF(zero + 4, y, unit * 4, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.unspecified,
            )
            return
        if value < 0:
            color = FACILITATOR
        elif row.component == "e":
            color = BARRIER
        else:
            color = DIFFICULTY
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        offset = line * 0.3 if earlier is not None else line * 0.22
        rect = self._bar(value, zero, unit, y + offset, bar)
        if value == 0:
            rect.setWidth(3)  # "no problem" is still a rating: a thin mark on the zero line
            rect.moveLeft(zero - 1.5)
        painter.drawRect(rect)
        if row.capacity is not None:  # capacity: a diamond beside the performance bar
            x = zero + row.capacity * unit
            middle = y + offset + bar / 2
            half = bar / 2
            painter.setPen(QPen(text_color, 1))
            painter.setBrush(self.palette().base())
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, middle - half),
                        QPointF(x + half, middle),
                        QPointF(x, middle + half),
                        QPointF(x - half, middle),
                    ]
                )
            )

    @staticmethod
    def _bar(value: int, zero: float, unit: float, top: float, height: float) -> QRectF:
        if value >= 0:
            return QRectF(zero, top, value * unit, height)
        return QRectF(zero + value * unit, top, -value * unit, height)
