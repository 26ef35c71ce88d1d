"""The statistics as an Excel workbook (a sheet per table, native charts) and as a PDF
report. Hidden figures are written as "×", never as numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.documents.base import (
    FONT,
    FRAME_WIDTH,
    INK,
    DocumentMeta,
    data_table,
    esc,
    key_value_table,
    render,
    styles,
)
from app.documents.errors import DocumentError
from app.documents.spreadsheets import put, save_workbook, write_rows
from app.documents.texts import long_date
from app.statistics import SUPPRESSED, Statistics, StatTable
from app.statistics import T as STAT_TEXTS

T = {
    "pl": {
        "title": "Potrzeby dzieci w ocenie funkcjonalnej – statystyka",
        "subject": "Zanonimizowana statystyka ocen funkcjonalnych ICF",
        "summary": "Podsumowanie",
        "scope": "Zakres",
        "made": "Data zestawienia",
        "children": "Dzieci",
        "assessments": "Zatwierdzone oceny",
        "privacy": "Zestawienie nie zawiera danych osobowych. Liczby dotyczą dzieci, nie ocen; "
        "każda liczba mniejsza niż 5 jest ukryta (×), podobnie jak liczby, z których "
        "dałoby się ją odtworzyć.",
        "chart_chapter": "Dzieci z trudnością lub barierą według rozdziałów "
        "(najwyższy kwalifikator)",
        "sheet_summary": "Podsumowanie",
        "empty": "Brak zatwierdzonych ocen w tym zakresie.",
    },
    "en": {
        "title": "Children's needs in functional assessment – statistics",
        "subject": "Anonymised statistics of ICF functional assessments",
        "summary": "Summary",
        "scope": "Scope",
        "made": "Date",
        "children": "Children",
        "assessments": "Final assessments",
        "privacy": "The report holds no personal data. Figures count children, not "
        "assessments; every figure below 5 is hidden (×), as are figures it could be "
        "worked out from.",
        "chart_chapter": "Children with a difficulty or barrier by chapter (highest qualifier)",
        "sheet_summary": "Summary",
        "empty": "No final assessments in this scope.",
    },
}

SHEET_NAMES = {
    "by_category": {"pl": "Kategorie", "en": "Categories"},
    "by_chapter": {"pl": "Rozdziały", "en": "Chapters"},
    "by_age": {"pl": "Wiek", "en": "Age"},
    "by_school": {"pl": "Szkoły", "en": "Schools"},
    "by_sex": {"pl": "Płeć", "en": "Sex"},
    "by_need": {"pl": "Obszar potrzeb", "en": "Area of need"},
    "changes": {"pl": "Zmiany", "en": "Changes"},
    "goals": {"pl": "Cele", "en": "Goals"},
    "goals_t": {"pl": "Wynik T", "en": "T-score"},
}
CHART_ROWS = 30
SERIES_COLOURS = ("3D6F8E", "7FA7C0", "B5523B", "E3A08F", "4F8F5F", "9DC3A4", "C9A13B")


def _shown(value: object, lang: str) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool) and value == SUPPRESSED:
        return STAT_TEXTS[lang]["suppressed"]
    if hasattr(value, "item"):  # numpy numbers
        value = value.item()  # type: ignore[union-attr]
        if value == SUPPRESSED:
            return STAT_TEXTS[lang]["suppressed"]
    return value


def _text(value: object, lang: str) -> str:
    """A figure as printed: a decimal comma in Polish (a mean T-score)."""
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if lang == "pl" else text
    return str(value)


def _rows(table: StatTable, lang: str) -> list[list[object]]:
    return [[_shown(v, lang) for v in row] for row in table.frame.itertuples(index=False)]


def write_statistics_xlsx(stats: Statistics, out: Path, *, made: date | None = None) -> Path:
    lang = stats.lang
    t = T[lang]
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise DocumentError("bad_format", file=out.name, allowed=".xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = t["sheet_summary"]
    put(ws, 1, 1, t["title"])
    ws.cell(row=1, column=1).font = Font(bold=True, size=14, color="1F5F6B")
    pairs = [
        (t["scope"], stats.scope),
        (t["made"], (made or date.today()).isoformat()),
        (t["children"], _shown(stats.children, lang)),
        (t["assessments"], _shown(stats.assessments, lang)),
    ]
    for number, (key, value) in enumerate(pairs, start=3):
        put(ws, number, 1, key)
        ws.cell(row=number, column=1).font = Font(bold=True)
        put(ws, number, 2, value)
    put(ws, 8, 1, t["privacy"])
    put(ws, 9, 1, STAT_TEXTS[lang]["suppression_note"])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    for table in stats.tables:
        sheet = wb.create_sheet(SHEET_NAMES.get(table.key, {}).get(lang, table.key)[:31])
        put(sheet, 1, 1, table.title)
        sheet.cell(row=1, column=1).font = Font(bold=True, size=12, color="1F5F6B")
        put(sheet, 2, 1, table.note)
        header = [str(c) for c in table.frame.columns]
        rows = _rows(table, lang)
        write_rows(sheet, header, rows, start=4)
        for column in range(1, len(header) + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 10
        sheet.column_dimensions["A"].width = 14 if table.label_columns == 2 else 44
        if table.label_columns == 2:
            sheet.column_dimensions["B"].width = 44
        if table.chart_columns:
            _chart(sheet, table, header, len(_body(table, lang)), start=4)
    return save_workbook(wb, out)


def _chart(sheet, table: StatTable, header: list[str], count: int, start: int) -> None:  # type: ignore[no-untyped-def]
    """A native bar chart of the figure columns over the rows (without the total row)."""
    rows = min(count, CHART_ROWS)
    if rows <= 0 or not table.chart_columns:
        return
    chart = BarChart()
    chart.type = "bar" if table.label_columns == 1 else "col"
    chart.grouping = (
        "stacked" if table.key in ("by_chapter", "changes", "by_category") else "clustered"
    )
    if chart.grouping == "stacked":
        chart.overlap = 100
    chart.title = table.title
    chart.height = 9 + rows * (0.35 if chart.type == "bar" else 0.0)
    chart.width = 24
    label_col = 1
    categories = Reference(sheet, min_col=label_col, min_row=start + 1, max_row=start + rows)
    for name in table.chart_columns:
        column = header.index(str(name)) + 1
        data = Reference(sheet, min_col=column, min_row=start, max_row=start + rows)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    for series, colour in zip(chart.series, SERIES_COLOURS, strict=False):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    anchor_col = get_column_letter(len(header) + 2)
    sheet.add_chart(chart, f"{anchor_col}{start}")


def _body(table: StatTable, lang: str):  # type: ignore[no-untyped-def]
    """The table's rows without its total row (if it has one)."""
    frame = table.frame
    if len(frame) and str(frame.iloc[-1, 0]) == STAT_TEXTS[lang]["total"]:
        return frame.iloc[:-1]
    return frame


def _chapter_chart(table: StatTable, lang: str) -> Drawing | None:
    frame = _body(table, lang)
    columns = [c for c in ("1", "2", "3", "4") if c in frame.columns]
    if frame.empty or not columns:
        return None
    width, height = FRAME_WIDTH, 150
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 34, width - 40, height - 56
    data = []
    for column in columns:
        data.append([max(0, int(v)) if int(v) != SUPPRESSED else 0 for v in frame[column]])
    chart.data = data
    chart.categoryAxis.categoryNames = [str(c) for c in frame.iloc[:, 0]]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.style = "stacked"
    for index, colour in enumerate(("#9dc3d6", "#5f93b3", "#3d6f8e", "#1f4459")[: len(columns)]):
        chart.bars[index].fillColor = colors.HexColor(colour)
        chart.bars[index].strokeColor = None
    d.add(chart)
    for index, column in enumerate(columns):
        x = 34 + index * 36
        d.add(Rect(x, 6, 8, 8, fillColor=chart.bars[index].fillColor, strokeColor=None))
        d.add(String(x + 11, 7, column, fontName=FONT, fontSize=7.5, fillColor=INK))
    d.add(
        String(30, height - 10, T[lang]["chart_chapter"], fontName=FONT, fontSize=8, fillColor=INK)
    )
    return d


def statistics_story(stats: Statistics, made: date) -> list[Flowable]:
    lang = stats.lang
    t = T[lang]
    st = styles(9)
    story: list[Flowable] = [Paragraph(esc(t["title"]), st.title), Spacer(1, 3 * mm)]
    pairs = [
        (t["scope"], stats.scope),
        (t["made"], long_date(made, lang)),
        (t["children"], str(_shown(stats.children, lang))),
        (t["assessments"], str(_shown(stats.assessments, lang))),
    ]
    story.append(key_value_table(pairs, st, 40 * mm))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(esc(t["privacy"]), st.note))
    if not stats.tables:
        story.append(Paragraph(esc(t["empty"]), st.body))
        return story
    for table in stats.tables:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(esc(table.title), st.h1))
        story.append(Paragraph(esc(table.note), st.note))
        if table.key == "by_chapter":
            chart = _chapter_chart(table, lang)
            if chart is not None:
                story.append(chart)
                story.append(Spacer(1, 3 * mm))
        header = [str(c) for c in table.frame.columns]
        figures = len(header) - table.label_columns
        figure_w = 10 * mm if figures > 6 else 21 * mm
        labels_w = FRAME_WIDTH - figures * figure_w
        if table.label_columns == 2:
            widths = [14 * mm, labels_w - 14 * mm]
        else:
            widths = [labels_w]
        widths += [figure_w] * (figures - 1) + [14 * mm]
        widths[0 if table.label_columns == 1 else 1] -= 14 * mm - figure_w
        rows = _rows(table, lang)
        story.append(
            data_table(
                header,
                [[_text(v, lang) for v in r] for r in rows],
                widths,
                st,
                numeric_from=table.label_columns,
            )
        )
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(esc(STAT_TEXTS[lang]["suppression_note"]), st.small))
    return story


def write_statistics_pdf(stats: Statistics, out: Path, *, made: date | None = None) -> Path:
    lang = stats.lang
    t = T[lang]
    made = made or date.today()
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise DocumentError("bad_format", file=out.name, allowed=".pdf")
    meta = DocumentMeta(
        title=f"{t['title']} – {stats.scope}",
        subject=t["subject"],
        author="ICF Assess",
        lang=lang,
        header_left=stats.scope,
        header_right=t["title"],
    )
    return render(statistics_story(stats, made), meta, out)


def write_statistics(stats: Statistics, out: Path, *, made: date | None = None) -> Path:
    suffix = Path(out).suffix.lower()
    if suffix == ".xlsx":
        return write_statistics_xlsx(stats, out, made=made)
    if suffix == ".pdf":
        return write_statistics_pdf(stats, out, made=made)
    raise DocumentError("bad_format", file=Path(out).name, allowed=".xlsx, .pdf")
