"""Informant questionnaires as Excel workbooks: generated for one informant about one
child, filled in by people who never install the program, and read back safely.

The workbook has an instruction sheet in plain Polish, a sheet of items with drop-down
answers and comment cells (the only unlocked cells), and hidden metadata (template and
version, assessment, informant role, the item ids and a checksum) so that a returned file
is matched to its assessment. Reading back never evaluates or keeps a formula, refuses
files that were tampered with, and reports every invalid cell by row; the caller imports
either all of a file or nothing.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.xml import DEFUSEDXML

from forms.answers import answer_by_label, answers_for
from forms.errors import FormsError, QuestionnaireError
from forms.model import Informant, QualifierForm, Template
from icf.grammar import CodedExpression
from icf.i18n import plural_pl

SHEET_INFO = "Instrukcja"
SHEET_ITEMS = "Kwestionariusz"
SHEET_META = "_meta"
SHEET_LISTS = "_listy"
FIRST_ROW = 6  # the first item row on the items sheet
MAX_BYTES = 10 * 1024 * 1024  # a filled questionnaire is a few tens of kB
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # guards against "zip bombs"
MAX_COMMENT = 2000
FORMAT_VERSION = "1"

ROLE_NAMES = {
    Informant.TEACHER: "nauczyciela",
    Informant.PARENT: "rodzica",
    Informant.STUDENT: "ucznia",
    Informant.SPECIALIST: "specjalisty",
}


@dataclass(frozen=True)
class QuestionnaireMeta:
    template_id: str
    template_version: str
    assessment_id: int
    informant: Informant
    item_ids: tuple[str, ...]
    token: str = ""  # random, recorded by the database that handed the file out

    def checksum(self) -> str:
        text = "|".join(
            [
                FORMAT_VERSION,
                self.token,
                self.template_id,
                self.template_version,
                str(self.assessment_id),
                self.informant.value,
                *self.item_ids,
            ]
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ReturnedAnswer:
    item_id: str
    code: str
    row: int
    expression: CodedExpression | None  # None: left unanswered
    comment: str | None


@dataclass(frozen=True)
class ReturnedQuestionnaire:
    meta: QuestionnaireMeta
    answers: tuple[ReturnedAnswer, ...]

    @property
    def answered(self) -> list[ReturnedAnswer]:
        return [a for a in self.answers if a.expression is not None]


# --- writing ------------------------------------------------------------------------------


def build_workbook(
    template: Template,
    informant: Informant,
    assessment_id: int,
    child_label: str,
    token: str = "",
) -> Workbook:
    if informant not in template.informants or informant is Informant.SPECIALIST:
        raise ValueError(f"{informant} does not fill in questionnaires of {template.id}")
    items = template.items()
    meta = QuestionnaireMeta(
        template.id,
        template.version,
        assessment_id,
        informant,
        tuple(item.id for item in items),
        token,
    )
    whom = ROLE_NAMES[informant]
    wb = Workbook()
    info = wb.active
    assert info is not None
    info.title = SHEET_INFO
    _write_instructions(info, template, informant, child_label, whom)

    sheet = wb.create_sheet(SHEET_ITEMS)
    lists = wb.create_sheet(SHEET_LISTS)
    meta_sheet = wb.create_sheet(SHEET_META)

    ranges: dict[QualifierForm, str] = {}
    for column, form in enumerate(
        (QualifierForm.PERFORMANCE_CAPACITY, QualifierForm.BARRIER_FACILITATOR), start=1
    ):
        options = answers_for(form, informant)
        letter = chr(ord("A") + column - 1)
        for row, answer in enumerate(options, start=1):
            lists.cell(row=row, column=column, value=answer.label)
        ranges[form] = f"{SHEET_LISTS}!${letter}$1:${letter}${len(options)}"
    ranges[QualifierForm.EXTENT] = ranges[QualifierForm.PERFORMANCE_CAPACITY]

    sheet["A1"] = f"Kwestionariusz dla {whom}: {template.title['pl']}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = f"Dotyczy: {child_label}"
    sheet["A3"] = (
        "Wybierz odpowiedź z listy w kolumnie D. Komentarz w kolumnie E jest nieobowiązkowy."
        if informant is Informant.STUDENT
        else "Prosimy wybrać odpowiedź z listy w kolumnie D. Komentarz w kolumnie E jest "
        "nieobowiązkowy."
    )
    headers = ("Nr", "Obszar", "Pytanie", "Odpowiedź", "Komentarz (nieobowiązkowy)", "id")
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=FIRST_ROW - 1, column=column, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
    validations = {
        form: DataValidation(
            type="list",
            formula1=f"={ref}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Odpowiedź",
            error="Wybierz odpowiedź z listy.",
        )
        for form, ref in ranges.items()
        if form is not QualifierForm.EXTENT
    }
    for validation in validations.values():
        sheet.add_data_validation(validation)
    answer_fill = PatternFill("solid", fgColor="FFF8DC")
    row = FIRST_ROW
    number = 1
    for section in template.sections:
        for item in section.items:
            sheet.cell(row=row, column=1, value=number)
            sheet.cell(row=row, column=2, value=section.title["pl"])
            sheet.cell(row=row, column=3, value=item.text_for(informant, "pl"))
            answer = sheet.cell(row=row, column=4)
            answer.protection = Protection(locked=False)
            answer.fill = answer_fill
            comment = sheet.cell(row=row, column=5)
            comment.protection = Protection(locked=False)
            sheet.cell(row=row, column=6, value=item.id)
            form = (
                QualifierForm.PERFORMANCE_CAPACITY
                if item.form is QualifierForm.EXTENT
                else item.form
            )
            validations[form].add(answer)
            for column in (2, 3, 5):
                sheet.cell(row=row, column=column).alignment = Alignment(
                    wrap_text=True, vertical="top"
                )
            row += 1
            number += 1
    for letter, width in zip("ABCDEF", (5, 24, 70, 34, 40, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["F"].hidden = True
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.protection.sheet = True
    sheet.protection.formatCells = False  # let people widen columns and rows
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False

    values = {
        "format": FORMAT_VERSION,
        "template_id": meta.template_id,
        "template_version": meta.template_version,
        "assessment_id": str(meta.assessment_id),
        "informant": meta.informant.value,
        "items": ",".join(meta.item_ids),
        "token": meta.token,
        "checksum": meta.checksum(),
    }
    for r, (key, value) in enumerate(values.items(), start=1):
        meta_sheet.cell(row=r, column=1, value=key)
        meta_sheet.cell(row=r, column=2, value=value)
    for hidden in (meta_sheet, lists):
        hidden.sheet_state = "veryHidden"
        hidden.protection.sheet = True
    wb.active = 1  # open on the questions
    wb.security.lockStructure = True  # no sheets added, removed or renamed
    return wb


def _write_instructions(
    ws: Any, template: Template, informant: Informant, child_label: str, whom: str
) -> None:
    if informant is Informant.STUDENT:
        lines = [
            f"Kwestionariusz ucznia — {template.title['pl']}",
            f"Dotyczy: {child_label}",
            "",
            "Cześć! Chcemy lepiej zrozumieć, co przychodzi Ci łatwo, a co sprawia trudność, "
            "żeby dobrze Ci pomagać.",
            "Na karcie „Kwestionariusz” przy każdym zdaniu wybierz z listy odpowiedź, która "
            "najlepiej do Ciebie pasuje. Nie ma tu dobrych ani złych odpowiedzi.",
            "Jeśli nie wiesz, wybierz „nie wiem”. Możesz też coś dopisać w kolumnie „Komentarz”.",
            "Gdy skończysz, zapisz plik i oddaj go osobie, która Ci go dała.",
        ]
    else:
        lines = [
            f"Kwestionariusz dla {whom} — {template.title['pl']}",
            f"Dotyczy: {child_label}",
            "",
            "Szanowni Państwo, prosimy o wypełnienie kwestionariusza. Państwa obserwacje "
            "pomogą specjalistom dobrze zaplanować wsparcie dla dziecka.",
            "Na karcie „Kwestionariusz” przy każdym pytaniu prosimy wybrać odpowiedź z listy "
            "rozwijanej w kolumnie „Odpowiedź”. Prosimy oceniać to, co zwykle widać na co "
            "dzień, w porównaniu z rówieśnikami.",
            "Jeśli trudno coś ocenić, prosimy wybrać „nie wiem”; jeśli pytanie nie dotyczy "
            "dziecka — „nie dotyczy”. W kolumnie „Komentarz” można dopisać przykład.",
            "Prosimy nie zmieniać układu arkusza (nie usuwać wierszy ani kart). Po wypełnieniu "
            "prosimy zapisać plik i oddać go specjaliście, od którego Państwo go otrzymali.",
            "Plik zawiera dane dziecka: prosimy przekazywać go tylko osobie prowadzącej "
            "ocenę i nie przesyłać dalej.",
        ]
    for row, text in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110
    ws.protection.sheet = True


def write_questionnaire(
    path: Path,
    template: Template,
    informant: Informant,
    assessment_id: int,
    child_label: str,
    token: str = "",
) -> Path:
    """Write the workbook atomically (a partial file never carries the final name)."""
    if informant not in template.informants or informant is Informant.SPECIALIST:
        raise QuestionnaireError(
            "questionnaire_export_failed",
            file=path.name,
            reason={
                "pl": "ten szablon nie przewiduje kwestionariusza dla tej osoby",
                "en": "this template has no questionnaire for this informant",
            },
        )
    workbook = build_workbook(template, informant, assessment_id, child_label, token)
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        raise QuestionnaireError(
            "questionnaire_export_failed",
            file=path.name,
            reason={
                "pl": f"nie można zapisać pliku ({exc.strerror}); może jest otwarty w "
                "innym programie albo folder jest tylko do odczytu",
                "en": f"the file cannot be written ({exc.strerror}); it may be open in "
                "another program or the folder may be read-only",
            },
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return path


# --- reading ------------------------------------------------------------------------------


def _refuse(path: Path, pl: str, en: str) -> QuestionnaireError:
    return QuestionnaireError("questionnaire_refused", file=path.name, reason={"pl": pl, "en": en})


def read_questionnaire(
    path: Path, template_of: Callable[[str, str], Template]
) -> ReturnedQuestionnaire:
    """Read a returned questionnaire; raise QuestionnaireError unless every cell is valid."""
    if not DEFUSEDXML:  # openpyxl would parse XML without protection against hostile files
        raise _refuse(
            path,
            "brak bezpiecznego czytnika XML (defusedxml)",
            "no safe XML reader (defusedxml) is available",
        )
    if not path.is_file():
        raise _refuse(path, "plik nie istnieje", "the file does not exist")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "plik jest pusty", "the file is empty")
    if size > MAX_BYTES:
        raise _refuse(
            path,
            f"plik jest za duży ({size / 1e6:.0f} MB) jak na kwestionariusz",
            f"the file is too large ({size / 1e6:.0f} MB) for a questionnaire",
        )
    if not zipfile.is_zipfile(path):
        raise _refuse(
            path, "to nie jest skoroszyt Excela (.xlsx)", "it is not an Excel workbook (.xlsx)"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise _refuse(
                    path,
                    "po rozpakowaniu plik byłby zbyt duży jak na kwestionariusz",
                    "unpacked, the file would be too large for a questionnaire",
                )
            if any(name.lower().endswith("vbaproject.bin") for name in archive.namelist()):
                raise _refuse(
                    path,
                    "plik zawiera makra; prosimy zapisać go jako zwykły skoroszyt .xlsx",
                    "the file contains macros; please save it as a plain .xlsx workbook",
                )
        workbook = load_workbook(path, data_only=False, keep_vba=False, keep_links=False)
    except QuestionnaireError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _refuse(
            path,
            "skoroszyt jest uszkodzony albo nie pochodzi z ICF Assess",
            "the workbook is damaged or does not come from ICF Assess",
        ) from exc

    names = workbook.sheetnames
    if SHEET_ITEMS not in names or SHEET_META not in names:
        raise _refuse(
            path,
            "to nie jest kwestionariusz ICF Assess (brak karty "
            f"„{SHEET_ITEMS}” lub danych identyfikujących)",
            f"it is not an ICF Assess questionnaire (no “{SHEET_ITEMS}” sheet or identifying data)",
        )
    extra = [n for n in names if n not in (SHEET_INFO, SHEET_ITEMS, SHEET_META, SHEET_LISTS)]
    if extra:
        raise _refuse(
            path,
            f"dodano karty, których nie powinno być: {', '.join(extra)}",
            f"sheets were added that should not be there: {', '.join(extra)}",
        )
    meta = _read_meta(path, workbook[SHEET_META])
    try:
        template = template_of(meta.template_id, meta.template_version)
    except FormsError as exc:
        if exc.key != "template_unknown":
            raise  # a broken template file is the program's problem: say so, not "unknown"
        raise _refuse(
            path,
            f"nieznany szablon {meta.template_id} {meta.template_version}",
            f"unknown template {meta.template_id} {meta.template_version}",
        ) from exc
    if tuple(i.id for i in template.items()) != meta.item_ids:
        raise _refuse(
            path,
            "lista pytań nie zgadza się z szablonem",
            "the list of questions does not match the template",
        )
    return ReturnedQuestionnaire(
        meta, tuple(_read_answers(path, workbook[SHEET_ITEMS], template, meta))
    )


def _read_meta(path: Path, sheet: Any) -> QuestionnaireMeta:
    values: dict[str, str] = {}
    for key, value in sheet.iter_rows(min_row=1, max_col=2, values_only=True):
        if isinstance(key, str):
            values[key] = "" if value is None else str(value)
    try:
        meta = QuestionnaireMeta(
            template_id=values["template_id"],
            template_version=values["template_version"],
            assessment_id=int(values["assessment_id"]),
            informant=Informant(values["informant"]),
            item_ids=tuple(values["items"].split(",")),
            token=values.get("token", ""),
        )
    except (KeyError, ValueError) as exc:
        raise _refuse(
            path,
            "brak danych identyfikujących kwestionariusz",
            "the data identifying the questionnaire are missing",
        ) from exc
    if values.get("checksum") != meta.checksum():
        raise _refuse(
            path,
            "dane identyfikujące kwestionariusz zostały zmienione",
            "the data identifying the questionnaire were altered",
        )
    return meta


def _read_answers(
    path: Path, sheet: Any, template: Template, meta: QuestionnaireMeta
) -> list[ReturnedAnswer]:
    items = {item.id: item for item in template.items()}
    problems: list[tuple[int, dict[str, str]]] = []
    answers: list[ReturnedAnswer] = []
    seen: list[str] = []
    for row in sheet.iter_rows(min_row=FIRST_ROW, max_col=6):
        number = row[0].row
        item_id = row[5].value
        if item_id is None and all(c.value is None for c in row):
            continue
        if not isinstance(item_id, str) or item_id not in items:
            problems.append(
                (
                    number,
                    {
                        "pl": "wiersz nie pochodzi z kwestionariusza",
                        "en": "the row is not part of the questionnaire",
                    },
                )
            )
            continue
        seen.append(item_id)
        item = items[item_id]
        answer_cell, comment_cell = row[3], row[4]
        expression = None
        if _is_formula(answer_cell) or _is_formula(comment_cell):
            problems.append(
                (
                    number,
                    {
                        "pl": "komórka zawiera formułę; wpisz zwykły tekst",
                        "en": "the cell holds a formula; enter plain text",
                    },
                )
            )
            continue
        if answer_cell.value not in (None, ""):
            answer = answer_by_label(item.form, meta.informant, str(answer_cell.value))
            if answer is None:
                shown = str(answer_cell.value)[:40]
                problems.append(
                    (
                        number,
                        {
                            "pl": f"„{shown}” nie jest jedną z odpowiedzi z listy",
                            "en": f"“{shown}” is not one of the answers in the list",
                        },
                    )
                )
                continue
            expression = answer.expression(item.code)
        comment = comment_cell.value
        if comment is not None:
            comment = " ".join(str(comment).split())[:MAX_COMMENT] or None
        answers.append(ReturnedAnswer(item_id, item.code, number, expression, comment))
    missing = [i for i in meta.item_ids if i not in seen]
    if missing or seen != [i for i in meta.item_ids if i in seen]:
        raise _refuse(
            path,
            "usunięto lub przestawiono wiersze kwestionariusza"
            + (
                f" (brakuje {len(missing)} {plural_pl(len(missing), 'pytania', 'pytań', 'pytań')})"
                if missing
                else ""
            ),
            "rows of the questionnaire were deleted or moved"
            + (f" ({len(missing)} questions missing)" if missing else ""),
        )
    if problems:
        rows = {
            lang: "\n".join(
                f"  wiersz {n}: {r['pl']}" if lang == "pl" else f"  row {n}: {r['en']}"
                for n, r in problems
            )
            for lang in ("pl", "en")
        }
        raise QuestionnaireError("questionnaire_cells", file=path.name, rows=rows)
    return answers


def _is_formula(cell: Any) -> bool:
    value = cell.value
    return cell.data_type == "f" or (isinstance(value, str) and value.startswith("="))
