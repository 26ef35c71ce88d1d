"""Excel and CSV exports: one child's assessment, and a class's or caseload's worksheet.

No spreadsheet may ever evaluate what a user typed: a text that begins with `=`, `+`, `-`,
`@`, a tab or a carriage return is written as plain text. In XLSX the cell is stored as a
string with Excel's "quote prefix" (the text shows unchanged, nothing is evaluated); in CSV,
which has no types, such a text gets a leading apostrophe, as spreadsheets expect.
CSV files are UTF-8 with a byte-order mark and semicolons, which Polish Excel opens
correctly.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from app.documents.assessment_data import AssessmentData
from app.documents.errors import DocumentError
from app.documents.texts import (
    INFORMANTS,
    SOURCES,
    Privacy,
    child_name,
    meaning_lines,
)
from app.profile import settled, sort_key
from app.services.access import (
    Actor,
    acting,
    require_assessments,
    require_records,
    visible_children,
)
from app.storage.database import Database
from app.storage.models import Assessment, AssessmentStatus, Child, Rating
from icf.classification import Classification
from icf.grammar import parse
from icf.text import fold

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
HEAD_FONT = Font(bold=True, color="1F5F6B")
HEAD_FILL = PatternFill("solid", fgColor="E4ECEF")


def dangerous(value: object) -> bool:
    return isinstance(value, str) and value.startswith(DANGEROUS)


def put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Write one cell; text that a spreadsheet could take for a formula stays text."""
    cell = ws.cell(row=row, column=column)
    if dangerous(value):
        cell.value = value
        cell.data_type = "s"
        cell.quotePrefix = True
    else:
        cell.value = value


def csv_safe(value: Any) -> Any:
    return "'" + value if dangerous(value) else value


def write_rows(
    ws: Worksheet, header: Sequence[str], rows: Iterable[Sequence[Any]], start: int = 1
) -> int:
    """A header row (bold, frozen) and the rows; returns the next free row."""
    for column, title in enumerate(header, start=1):
        put(ws, start, column, title)
        cell = ws.cell(row=start, column=column)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    number = start
    for number, row in enumerate(rows, start=start + 1):
        for column, value in enumerate(row, start=1):
            put(ws, number, column, value)
    ws.freeze_panes = ws.cell(row=start + 1, column=1)
    return number + 1


def _atomic_save(save, out: Path) -> Path:  # type: ignore[no-untyped-def]
    out = Path(out)
    if not out.parent.is_dir():
        raise DocumentError("no_folder", folder=str(out.parent))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        save(tmp)
        tmp.replace(out)
    except OSError as exc:
        raise DocumentError("write_failed", file=str(out), reason=str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def save_workbook(wb: Workbook, out: Path) -> Path:
    return _atomic_save(lambda path: wb.save(path), out)


def save_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], out: Path) -> Path:
    def save(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            for row in rows:
                writer.writerow([csv_safe(v) for v in row])

    return _atomic_save(save, out)


# --- one child's assessment -----------------------------------------------------------------

T: dict[str, dict[str, Any]] = {
    "pl": {
        "ratings": "Oceny",
        "profile": "Profil",
        "description": "Opis",
        "header": [
            "Kod",
            "Kategoria",
            "Rozdział",
            "Informator",
            "Zapis",
            "Pierwszy kwalifikator",
            "Znaczenie",
            "Źródło",
            "Uzasadnienie",
        ],
        "profile_header": ["Kod", "Kategoria", "Rozdział", "Zapis", "Znaczenie", "Według"],
        "about": ["Dziecko", "Data urodzenia", "Data oceny", "Rodzaj oceny", "Szablon"],
        "section": "Część",
        "text": "Treść",
        "child": "Dziecko",
        "born": "Data urodzenia",
        "school": "Szkoła",
        "class": "Klasa",
        "date": "Data oceny",
        "worksheet": "Zestawienie",
    },
    "en": {
        "ratings": "Ratings",
        "profile": "Profile",
        "description": "Description",
        "header": [
            "Code",
            "Category",
            "Chapter",
            "Informant",
            "Expression",
            "First qualifier",
            "Meaning",
            "Source",
            "Evidence",
        ],
        "profile_header": ["Code", "Category", "Chapter", "Expression", "Meaning", "Rated by"],
        "about": ["Child", "Date of birth", "Date of assessment", "Kind", "Template"],
        "section": "Part",
        "text": "Text",
        "child": "Child",
        "born": "Date of birth",
        "school": "School",
        "class": "Class",
        "date": "Date of assessment",
        "worksheet": "Worksheet",
    },
}


def _rating_rows(
    data: AssessmentData, classification: Classification, lang: str
) -> list[list[Any]]:
    rows = []
    view = data.assessment
    order = {"consensus": 0, "specialist": 1, "teacher": 2, "parent": 3, "student": 4}
    for rating in sorted(view.ratings, key=lambda r: (sort_key(r.code), order.get(r.informant, 9))):
        entry = classification.get(rating.code)
        chapter = classification.get(rating.code[:2])
        rows.append(
            [
                rating.code,
                entry.title_in(lang) if entry else rating.code,
                chapter.title_in(lang) if chapter else rating.code[:2],
                INFORMANTS[lang].get(rating.informant, rating.informant),
                rating.expression.format(),
                rating.expression.first,
                "; ".join(meaning_lines(rating.expression, lang)),
                SOURCES[lang].get(rating.source or "", ""),
                rating.evidence or "",
            ]
        )
    return rows


def export_assessment(
    data: AssessmentData,
    classification: Classification,
    out: Path,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
) -> Path:
    """One assessment as .xlsx (sheets: ratings of every informant, the settled profile,
    the narratives) or as .csv (the ratings of every informant)."""
    privacy = privacy or Privacy()
    t = T[lang]
    out = Path(out)
    suffix = out.suffix.lower()
    rows = _rating_rows(data, classification, lang)
    if suffix == ".csv":
        return save_csv(t["header"], rows, out)
    if suffix != ".xlsx":
        raise DocumentError("bad_format", file=out.name, allowed=".xlsx, .csv")
    wb = Workbook()
    ws = wb.active
    ws.title = t["ratings"]
    name = child_name(data.child.given_names, data.child.surname, privacy) or ""
    about = [
        (t["child"], name),
        (t["date"], data.assessment.assessed_on),
    ]
    for number, (key, value) in enumerate(about, start=1):
        put(ws, number, 1, key)
        ws.cell(row=number, column=1).font = Font(bold=True)
        put(ws, number, 2, value)
        if hasattr(value, "year"):
            ws.cell(row=number, column=2).number_format = "yyyy-mm-dd"
    write_rows(ws, t["header"], rows, start=len(about) + 2)
    for column, width in enumerate((9, 40, 28, 18, 11, 10, 48, 18, 60), start=1):
        ws.column_dimensions[get_column_letter(column)].width = width

    profile = wb.create_sheet(t["profile"])
    write_rows(
        profile,
        t["profile_header"],
        [
            [
                r.row.code,
                r.row.title,
                r.row.chapter_title,
                r.row.expression,
                "; ".join(meaning_lines(r.expression, lang)),
                INFORMANTS[lang].get(r.row.informant, r.row.informant),
            ]
            for r in data.rated
        ],
    )
    for column, width in enumerate((9, 40, 28, 11, 48, 18), start=1):
        profile.column_dimensions[get_column_letter(column)].width = width

    description = wb.create_sheet(t["description"])
    write_rows(
        description,
        [t["section"], t["text"]],
        [
            [data.narrative_title(key, lang), text]
            for key, text in data.assessment.narratives.items()
            if text
        ],
    )
    description.column_dimensions["A"].width = 30
    description.column_dimensions["B"].width = 100
    return save_workbook(wb, out)


# --- a class's or caseload's worksheet ------------------------------------------------------


@dataclass(frozen=True)
class WorksheetRow:
    child_id: int
    name: str
    birth_date: Any
    school: str | None
    class_name: str | None
    assessment_id: int
    assessed_on: Any
    expressions: dict[str, str]  # code -> settled expression


def latest_assessments(
    db: Database,
    *,
    school: str | None = None,
    class_name: str | None = None,
    child_ids: Sequence[int] | None = None,
    final_only: bool = False,
    actor: str | Actor | None = None,
) -> list[int]:
    """Each matching child's newest assessment (by date, then id), ordered by child name;
    only of the children `actor` (default: whoever acts now) may see."""
    query = select(Child.id, Assessment.id, Assessment.assessed_on, Child.search_key).join(
        Assessment, Assessment.child_id == Child.id
    )
    if school:
        query = query.where(Child.school_key.contains(fold(school)))
    if class_name:
        query = query.where(Child.class_name == class_name.strip())
    if child_ids is not None:
        query = query.where(Child.id.in_(list(child_ids)))
    if final_only:
        query = query.where(Assessment.status == AssessmentStatus.FINAL)
    newest: dict[int, tuple[Any, int, str]] = {}
    with db.session() as session:
        visible = visible_children(require_records(session, acting(actor)))
        if visible is not None:
            query = query.where(visible)
        for child_id, assessment_id, day, key in session.execute(query):
            current = newest.get(child_id)
            if current is None or (day, assessment_id) > (current[0], current[1]):
                newest[child_id] = (day, assessment_id, key)
    return [v[1] for v in sorted(newest.values(), key=lambda v: v[2])]


def worksheet_rows(
    db: Database,
    assessment_ids: Sequence[int],
    privacy: Privacy,
    actor: str | Actor | None = None,
) -> list[WorksheetRow]:
    rows = []
    with db.session() as session:
        require_assessments(session, acting(actor), assessment_ids)
        found = session.execute(
            select(Assessment, Child)
            .join(Child, Child.id == Assessment.child_id)
            .where(Assessment.id.in_(list(assessment_ids)))
        ).all()
        ratings: dict[int, list[tuple[str, str]]] = {}
        for assessment_id, informant, expression in session.execute(
            select(Rating.assessment_id, Rating.informant, Rating.expression).where(
                Rating.assessment_id.in_(list(assessment_ids))
            )
        ):
            ratings.setdefault(assessment_id, []).append((informant, expression))
        by_id = {a.id: (a, c) for a, c in found}
        for assessment_id in assessment_ids:
            if assessment_id not in by_id:
                continue
            a, c = by_id[assessment_id]
            chosen = settled((inf, parse(e)) for inf, e in ratings.get(a.id, []))
            rows.append(
                WorksheetRow(
                    c.id,
                    child_name(c.given_names, c.surname, privacy) or f"#{c.id}",
                    c.birth_date,
                    c.school,
                    c.class_name,
                    a.id,
                    a.assessed_on,
                    {code: expr.format() for code, (_, expr) in chosen.items()},
                )
            )
    return rows


def export_worksheet(
    db: Database,
    assessment_ids: Sequence[int],
    classification: Classification,
    out: Path,
    *,
    lang: str = "pl",
    privacy: Privacy | None = None,
    actor: str | Actor | None = None,
) -> Path:
    """One row per child, one column per rated category (the settled rating's expression);
    .xlsx or .csv. For a class teacher's or a specialist's overview of a caseload. `actor`
    (default: whoever acts now) must have access to every child in it."""
    privacy = privacy or Privacy()
    t = T[lang]
    rows = worksheet_rows(db, assessment_ids, privacy, actor)
    codes = sorted({code for r in rows for code in r.expressions}, key=sort_key)
    header = [t["child"], t["born"], t["school"], t["class"], t["date"]]
    titles = []
    for code in codes:
        entry = classification.get(code)
        titles.append(f"{code} {entry.title_in(lang)}" if entry else code)
    table = [
        [r.name, r.birth_date, r.school or "", r.class_name or "", r.assessed_on]
        + [r.expressions.get(code, "") for code in codes]
        for r in rows
    ]
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return save_csv(header + titles, table, out)
    if suffix != ".xlsx":
        raise DocumentError("bad_format", file=out.name, allowed=".xlsx, .csv")
    wb = Workbook()
    ws = wb.active
    ws.title = t["worksheet"]
    write_rows(ws, header + titles, table)
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["C"].width = 36
    ws.row_dimensions[1].height = 60
    ws.freeze_panes = "B2"
    return save_workbook(wb, out)
