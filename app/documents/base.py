"""What every PDF document shares: the embedded font, styles, the page frame (running
header, "Strona X z Y", optional confidential mark), PDF metadata and tables that break
across pages with their header rows repeated.

A document is a list of platypus flowables plus a `DocumentMeta`; `render` writes it to a
file (atomically: a temporary file in the same folder renamed over the target, so a failed
run never leaves half a document). The assessment summary, the parents' summary and the
statistics report use this; plan and evaluation documents are meant to as well.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether

from app.documents.errors import DocumentError

FONT = "Lato"
FONT_BOLD = "Lato-Bold"
FONT_ITALIC = "Lato-Italic"
FONT_BOLD_ITALIC = "Lato-BoldItalic"

INK = colors.HexColor("#1d2b33")
ACCENT = colors.HexColor("#1f5f6b")  # headings, rules
MUTED = colors.HexColor("#5d6b73")
RULE = colors.HexColor("#c9d3d8")
HEAD_FILL = colors.HexColor("#e4ecef")
BAND_FILL = colors.HexColor("#f3f6f7")
CONFIDENTIAL = colors.HexColor("#a12b2b")

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

TEXTS = {
    "pl": {"page": "Strona {page} z {pages}", "confidential": "POUFNE"},
    "en": {"page": "Page {page} of {pages}", "confidential": "CONFIDENTIAL"},
}

_registered = False


def font_files() -> dict[str, Path]:
    """The Lato files of the `font-lato` package (SIL Open Font License 1.1)."""
    try:
        import font_lato
    except ImportError as exc:  # a broken installation, not something a user typed
        raise DocumentError("font_missing", reason=str(exc)) from exc
    folder = Path(font_lato.__file__).parent / "files"
    files = {
        FONT: folder / "Lato-Regular.ttf",
        FONT_BOLD: folder / "Lato-Bold.ttf",
        FONT_ITALIC: folder / "Lato-Italic.ttf",
        FONT_BOLD_ITALIC: folder / "Lato-BoldItalic.ttf",
    }
    for path in files.values():
        if not path.is_file():
            raise DocumentError("font_missing", reason=str(path))
    return files


def register_fonts() -> None:
    """Register Lato once per process; reportlab embeds the glyphs a document uses."""
    global _registered
    if _registered:
        return
    for name, path in font_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    _registered = True


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one document, scaled from a base size (larger for parents)."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    bullet: ParagraphStyle
    note: ParagraphStyle
    #: a paragraph that introduces what follows (kept on the same page)
    lead: ParagraphStyle


def styles(size: float = 9.5) -> Styles:
    register_fonts()
    lead = size * 1.38

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": FONT,
            "fontSize": size,
            "leading": lead,
            "textColor": INK,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=size * 0.55),
        small=style("small", fontSize=size * 0.82, leading=size * 1.1, textColor=MUTED),
        cell=style("cell", fontSize=size * 0.92, leading=size * 1.2),
        cell_bold=style("cell_bold", fontName=FONT_BOLD, fontSize=size * 0.92, leading=size * 1.2),
        head_cell=style(
            "head_cell",
            fontName=FONT_BOLD,
            fontSize=size * 0.86,
            leading=size * 1.1,
            textColor=ACCENT,
        ),
        title=style(
            "title", fontName=FONT_BOLD, fontSize=size * 2.0, leading=size * 2.4, textColor=ACCENT
        ),
        subtitle=style("subtitle", fontSize=size * 1.15, leading=size * 1.5, textColor=MUTED),
        h1=style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=size * 1.38,
            leading=size * 1.7,
            textColor=ACCENT,
            spaceBefore=size * 1.3,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=size * 1.1,
            leading=size * 1.4,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.3,
            keepWithNext=1,
        ),
        bullet=style("bullet", leftIndent=size * 1.4, bulletIndent=size * 0.3, spaceAfter=2),
        note=style("note", fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=size * 0.55),
        lead=style("lead", spaceAfter=size * 0.55, keepWithNext=1),
    )


def esc(text: str | None) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept."""
    if not text:
        return ""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return safe.replace("\r\n", "\n").replace("\n", "<br/>")


def paragraphs(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """A narrative as paragraphs: blank lines separate them."""
    if not text or not text.strip():
        return []
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(esc(b), style) for b in blocks if b]


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    subject: str
    author: str
    lang: str  # pl or en
    #: running header: left (institution) and right (document) parts
    header_left: str
    header_right: str
    confidential: bool = False
    keywords: str = ""


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    *,
    bands: Sequence[int] = (),
    zebra: bool = True,
    numeric_from: int | None = None,
) -> Table:
    """A table whose header row repeats on every page it runs onto. Cells may be text
    (escaped and wrapped) or flowables. `bands` are row indexes (in `rows`) drawn as
    full-width group headings, e.g. a chapter within a component's ratings."""
    right = ParagraphStyle("cell_right", parent=st.cell, alignment=TA_RIGHT)
    head_right = ParagraphStyle("head_right", parent=st.head_cell, alignment=TA_RIGHT)

    def numeric(column: int) -> bool:
        return numeric_from is not None and column >= numeric_from

    head = [
        Paragraph(esc(h), head_right if numeric(i) else st.head_cell) for i, h in enumerate(header)
    ]
    body: list[list[Any]] = []
    for row in rows:
        cells = []
        for column, cell in enumerate(row):
            if isinstance(cell, Flowable | list):
                cells.append(cell)
            else:
                style = right if numeric(column) else st.cell
                cells.append(Paragraph(esc("" if cell is None else str(cell)), style))
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    band_rows = {b + 1 for b in bands}
    if zebra:
        stripe = 0
        for index in range(1, len(body) + 1):
            if index in band_rows:
                stripe = 0
                continue
            if stripe % 2:
                commands.append(("BACKGROUND", (0, index), (-1, index), BAND_FILL))
            stripe += 1
    for index in sorted(band_rows):
        commands += [
            ("SPAN", (0, index), (-1, index)),
            # a group heading never stays alone at the foot of a page
            ("NOSPLIT", (0, index), (-1, min(index + 1, len(body)))),
            ("LINEBELOW", (0, index), (-1, index), 0.5, ACCENT),
            ("TOPPADDING", (0, index), (-1, index), 6),
        ]
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(pairs: Sequence[tuple[str, str]], st: Styles, key_width: float) -> Table:
    rows = [[Paragraph(esc(k), st.cell_bold), Paragraph(esc(v), st.cell)] for k, v in pairs if v]
    table = Table(rows, colWidths=[key_width, FRAME_WIDTH - key_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def _numbered_canvas(meta: DocumentMeta) -> type[pdfcanvas.Canvas]:
    texts = TEXTS[meta.lang]

    class NumberedCanvas(pdfcanvas.Canvas):
        """Remembers each page and writes "Strona X z Y" once the total is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE[0] - MARGIN_X,
                11 * mm,
                texts["page"].format(page=self._pageNumber, pages=total),
            )
            self.restoreState()

    return NumberedCanvas


def _page_frame(meta: DocumentMeta):  # type: ignore[no-untyped-def]
    texts = TEXTS[meta.lang]

    def draw(canvas: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE[1] - 13 * mm
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top, _clip(meta.header_left, FONT, 8, FRAME_WIDTH * 0.55))
        right = _clip(meta.header_right, FONT, 8, FRAME_WIDTH * 0.42)
        right_edge = PAGE[0] - MARGIN_X
        if meta.confidential:
            mark = texts["confidential"]
            width = pdfmetrics.stringWidth(mark, FONT_BOLD, 8) + 8
            canvas.setStrokeColor(CONFIDENTIAL)
            canvas.setFillColor(CONFIDENTIAL)
            canvas.setLineWidth(0.8)
            canvas.roundRect(right_edge - width, top - 3, width, 12, 2, stroke=1, fill=0)
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawString(right_edge - width + 4, top, mark)
            right_edge -= width + 6
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
        canvas.drawRightString(right_edge, top, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, PAGE[0] - MARGIN_X, top - 5)
        canvas.line(MARGIN_X, 15 * mm, PAGE[0] - MARGIN_X, 15 * mm)
        if meta.confidential:
            canvas.setFont(FONT, 7)
            canvas.setFillColor(CONFIDENTIAL)
            canvas.drawString(MARGIN_X, 11 * mm, _CONFIDENTIAL_NOTE[meta.lang])
        canvas.restoreState()

    return draw


_CONFIDENTIAL_NOTE = {
    "pl": "Dokument zawiera dane osobowe dziecka. Nie udostępniać osobom nieuprawnionym.",
    "en": "This document holds a child's personal data. Do not share with unauthorised persons.",
}


def _clip(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render(story: list[Flowable], meta: DocumentMeta, out: Path | BinaryIO) -> Path | BinaryIO:
    """Write the document to `out` (a file, atomically; or an in-memory stream, for a
    preview that never touches the disk); returns `out`."""
    register_fonts()
    if not isinstance(out, (str, Path)):
        _document(out, meta).build(story, canvasmaker=_numbered_canvas(meta))
        return out
    out = Path(out)
    if not out.parent.is_dir():
        raise DocumentError("no_folder", folder=str(out.parent))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    doc = _document(str(tmp), meta)
    try:
        doc.build(story, canvasmaker=_numbered_canvas(meta))
        tmp.replace(out)
    except OSError as exc:
        raise DocumentError("write_failed", file=str(out), reason=str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def _document(target: str | BinaryIO, meta: DocumentMeta) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator="ICF Assess",
        lang=meta.lang,
        invariant=False,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_frame(meta))])
    return doc
