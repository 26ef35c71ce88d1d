"""The functioning profile as vector drawings (ICF Categorical Profile style).

One bar per rated category, grouped under component and chapter headings. The axis runs
from 4 (complete facilitator) on the left through 0 to 4 (complete problem or barrier) on
the right: impairments, limitations and barriers grow to the right, facilitators to the
left. For activities a small mark shows the capacity (second qualifier) beside the
performance bar. A profile longer than one page is cut into several drawings, each with
its own axis, so that it flows across pages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from app.documents.base import ACCENT, BAND_FILL, FONT, FONT_BOLD, INK, MUTED, RULE
from app.profile import Kind, ProfileRow
from icf.components import Component

BAR = {
    Kind.IMPAIRMENT: colors.HexColor("#3d6f8e"),
    Kind.LIMITATION: colors.HexColor("#3d6f8e"),
    Kind.BARRIER: colors.HexColor("#b5523b"),
    Kind.FACILITATOR: colors.HexColor("#4f8f5f"),
}
ROW_H = 13.0
HEAD_H = 15.0
AXIS_H = 30.0

TEXTS = {
    "pl": {
        "facilitator": "czynnik ułatwiający",
        "problem": "problem lub bariera",
        "capacity": "zdolność bez pomocy",
        "earlier": "wcześniejsza ocena",
        8: "nieokreślone",
        9: "nie dotyczy",
    },
    "en": {
        "facilitator": "facilitator",
        "problem": "problem or barrier",
        "capacity": "capacity without assistance",
        "earlier": "earlier assessment",
        8: "not specified",
        9: "not applicable",
    },
}


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _lines(rows: list[ProfileRow], lang: str) -> list[tuple[str, object]]:
    """The drawing's lines: ("component", title), ("chapter", title), ("row", ProfileRow)."""
    lines: list[tuple[str, object]] = []
    component = chapter = None
    for row in rows:
        if row.component != component:
            component = row.component
            chapter = None
            lines.append(("component", Component(component).titles[lang]))
        if row.chapter != chapter:
            chapter = row.chapter
            lines.append(("chapter", f"{row.chapter}  {row.chapter_title}"))
        lines.append(("row", row))
    return lines


def _height(kind: str) -> float:
    return HEAD_H if kind != "row" else ROW_H


def profile_drawings(
    rows: list[ProfileRow],
    width: float,
    lang: str = "pl",
    max_height: float = 640.0,
    expressions: dict[str, str] | None = None,
    earlier: Mapping[str, ProfileRow] | None = None,
) -> list[Drawing]:
    """Drawings of at most `max_height` points each, every one with the axis on top.
    With `earlier` (an earlier profile by code) each category's earlier rating is drawn
    as an outline over its bar, so two assessments are compared on one chart."""
    texts = TEXTS[lang]
    lines = _lines(rows, lang)
    chunks: list[list[tuple[str, object]]] = [[]]
    used = AXIS_H
    for line in lines:
        h = _height(line[0])
        if chunks[-1] and used + h > max_height:
            # do not leave a heading alone at the bottom of a chunk
            carry: list[tuple[str, object]] = []
            while chunks[-1] and chunks[-1][-1][0] != "row":
                carry.insert(0, chunks[-1].pop())
            chunks.append(carry)
            used = AXIS_H + math.fsum(_height(k) for k, _ in carry)
        chunks[-1].append(line)
        used += h
    return [_drawing(chunk, width, texts, earlier or {}) for chunk in chunks if chunk]


def _drawing(
    lines: list[tuple[str, object]],
    width: float,
    texts: dict,  # type: ignore[type-arg]
    earlier: Mapping[str, ProfileRow],
) -> Drawing:
    label_w = width * 0.46
    value_w = 46.0
    plot_x = label_w + value_w
    plot_w = width - plot_x - 4
    unit = plot_w / 8
    zero = plot_x + 4 * unit
    height = AXIS_H + sum(_height(k) for k, _ in lines) + 4
    d = Drawing(width, height)
    top = height - AXIS_H
    # axis: labels 4..0..4 and captions
    d.add(Rect(plot_x, 0, 4 * unit, top, fillColor=colors.HexColor("#f1f7f2"), strokeColor=None))
    for i in range(9):
        x = plot_x + i * unit
        d.add(Line(x, 0, x, top, strokeColor=RULE, strokeWidth=0.4))
        d.add(
            String(
                x,
                top + 4,
                str(abs(i - 4)),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    d.add(Line(zero, 0, zero, top + 2, strokeColor=INK, strokeWidth=0.9))
    d.add(
        String(
            plot_x + 2 * unit,
            top + 15,
            "← " + texts["facilitator"],
            fontName=FONT,
            fontSize=7,
            fillColor=BAR[Kind.FACILITATOR],
            textAnchor="middle",
        )
    )
    d.add(
        String(
            zero + 2 * unit,
            top + 15,
            texts["problem"] + " →",
            fontName=FONT,
            fontSize=7,
            fillColor=BAR[Kind.BARRIER],
            textAnchor="middle",
        )
    )
    y = top
    for kind, item in lines:
        h = _height(kind)
        y -= h
        if kind == "component":
            d.add(Rect(0, y + 1, width, h - 2, fillColor=ACCENT, strokeColor=None))
            d.add(
                String(
                    4, y + 4.5, str(item), fontName=FONT_BOLD, fontSize=8, fillColor=colors.white
                )
            )
            continue
        if kind == "chapter":
            d.add(Rect(0, y + 1, plot_x - 2, h - 2, fillColor=BAND_FILL, strokeColor=None))
            d.add(
                String(
                    4,
                    y + 4.5,
                    _fit(str(item), FONT_BOLD, 7.5, plot_x - 8),
                    fontName=FONT_BOLD,
                    fontSize=7.5,
                    fillColor=INK,
                )
            )
            continue
        row: ProfileRow = item  # type: ignore[assignment]
        label = _fit(f"{row.code}  {row.title}", FONT, 7.5, label_w - 6)
        d.add(String(8, y + 3.5, label, fontName=FONT, fontSize=7.5, fillColor=INK))
        d.add(
            String(label_w + 2, y + 3.5, row.expression, fontName=FONT, fontSize=7, fillColor=MUTED)
        )
        d.add(Line(0, y, plot_x - 2, y, strokeColor=RULE, strokeWidth=0.25))
        if row.value is None:
            raw = _raw_first(row.expression)
            d.add(
                String(
                    zero + 4,
                    y + 3.5,
                    texts.get(raw, ""),
                    fontName=FONT,
                    fontSize=7,
                    fillColor=MUTED,
                )
            )
            continue
        signed = row.signed or 0
        bar_h = h - 5
        if signed == 0:
            d.add(Rect(zero - 1, y + 2.5, 2, bar_h, fillColor=BAR[row.kind], strokeColor=None))
        else:
            x0 = min(zero, zero + signed * unit)
            d.add(
                Rect(
                    x0,
                    y + 2.5,
                    abs(signed) * unit,
                    bar_h,
                    fillColor=BAR[row.kind],
                    strokeColor=None,
                )
            )
        before = earlier.get(row.code)
        if before is not None and before.signed is not None:
            x0 = min(zero, zero + before.signed * unit)
            d.add(
                Rect(
                    x0 if before.signed else zero - 1,
                    y + 1.5,
                    abs(before.signed) * unit if before.signed else 2,
                    h - 3,
                    fillColor=None,
                    strokeColor=INK,
                    strokeWidth=0.8,
                    strokeDashArray=[2, 1.5],
                )
            )
        if row.capacity is not None:
            cx = zero + row.capacity * unit
            cy = y + h / 2
            d.add(
                Polygon(
                    [cx - 3, cy, cx, cy + 3.5, cx + 3, cy, cx, cy - 3.5],
                    fillColor=colors.white,
                    strokeColor=INK,
                    strokeWidth=0.7,
                )
            )
    return d


def _raw_first(expression: str) -> int | None:
    for sep in (".", "+"):
        if sep in expression:
            tail = expression.split(sep, 1)[1]
            return int(tail[0]) if tail and tail[0].isdigit() else None
    return None


def legend_drawing(width: float, lang: str = "pl", earlier: bool = False) -> Drawing:
    """A one-line key to the bar colours and the capacity mark (and, comparing two
    assessments, the outline of the earlier one)."""
    labels = {
        "pl": [
            "upośledzenie funkcji / ograniczenie aktywności",
            "bariera",
            "czynnik ułatwiający",
            "zdolność bez pomocy",
        ],
        "en": [
            "impairment / activity limitation",
            "barrier",
            "facilitator",
            "capacity without assistance",
        ],
    }[lang]
    top = 14.0 if earlier else 0.0  # the earlier assessment's key goes on a second line
    d = Drawing(width, 14 + top)
    x = 0.0
    for label, fill in zip(
        labels[:3], (BAR[Kind.LIMITATION], BAR[Kind.BARRIER], BAR[Kind.FACILITATOR]), strict=True
    ):
        d.add(Rect(x, top + 3, 14, 8, fillColor=fill, strokeColor=None))
        d.add(String(x + 18, top + 4, label, fontName=FONT, fontSize=7.5, fillColor=INK))
        x += 26 + pdfmetrics.stringWidth(label, FONT, 7.5)
    cx, cy = x + 4, top + 7
    d.add(
        Polygon(
            [cx - 3, cy, cx, cy + 3.5, cx + 3, cy, cx, cy - 3.5],
            fillColor=colors.white,
            strokeColor=INK,
            strokeWidth=0.7,
        )
    )
    d.add(String(x + 12, top + 4, labels[3], fontName=FONT, fontSize=7.5, fillColor=INK))
    if earlier:
        x = 0.0
        d.add(
            Rect(
                x,
                2.5,
                14,
                9,
                fillColor=None,
                strokeColor=INK,
                strokeWidth=0.8,
                strokeDashArray=[2, 1.5],
            )
        )
        text = TEXTS[lang]["earlier"]
        d.add(String(x + 18, 4, text, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d
