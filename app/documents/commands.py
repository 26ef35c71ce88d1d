"""Command-line subcommands for documents, exports and statistics (wired in app/cli.py).

icf-assess report assessment --assessment N [N …] --out FILE_OR_FOLDER
                  [--parents] [--lang en] [--confidential] [--identity initials] [--age]
icf-assess report assessment --child ID --out FOLDER          every assessment of a child
icf-assess report assessment --school NAME [--class 3a] --out FOLDER   newest per child
icf-assess report plan --plan N --out FILE.pdf [--lang en] [--confidential]
icf-assess report evaluation --plan N --out FILE.pdf [--lang en] [--confidential]
icf-assess export assessment --assessment N --out FILE.xlsx|FILE.csv
icf-assess export worksheet (--assessment N … | --school NAME [--class 3a]) --out FILE
icf-assess stats [--school NAME | --centre ID] --out stats.xlsx|stats.pdf
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from icf.i18n import LANGUAGES

TEXTS = {
    "pl": {
        "written": "Zapisano: {path}",
        "stats_done": "Zapisano statystykę ({children} dzieci): {path}",
    },
    "en": {
        "written": "Written: {path}",
        "stats_done": "Statistics written ({children} children): {path}",
    },
}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help="PDF documents: assessment summaries")
    report_commands = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    assessment = report_commands.add_parser(
        "assessment", help="assessment summary (or the parents' summary with --parents)"
    )
    _selection(assessment)
    assessment.add_argument("--out", type=Path, required=True, help="a .pdf file or a folder")
    assessment.add_argument("--parents", action="store_true", help="the summary for parents")
    assessment.add_argument("--lang", dest="doc_lang", choices=LANGUAGES, help="document language")
    assessment.add_argument("--confidential", action="store_true", help='mark "POUFNE"')
    assessment.add_argument(
        "--identity",
        choices=("full", "initials", "none"),
        default="full",
        help="how the child is named (default: full name)",
    )
    assessment.add_argument(
        "--age", action="store_true", help="show the age instead of the date of birth"
    )

    for name, help_text in (
        ("plan", "the support plan (IPET or family / intersectoral plan)"),
        ("evaluation", "the evaluation of a plan at its latest review"),
    ):
        one_plan = report_commands.add_parser(name, help=help_text)
        one_plan.add_argument("--plan", type=int, required=True, help="plan id")
        one_plan.add_argument("--out", type=Path, required=True, help="a .pdf file")
        one_plan.add_argument("--lang", dest="doc_lang", choices=LANGUAGES)
        one_plan.add_argument("--confidential", action="store_true", help='mark "POUFNE"')
        one_plan.add_argument("--identity", choices=("full", "initials", "none"), default="full")

    export = commands.add_parser("export", help="Excel / CSV exports")
    export_commands = export.add_subparsers(dest="export_command", metavar="ACTION", required=True)
    one = export_commands.add_parser("assessment", help="one assessment (.xlsx or .csv)")
    one.add_argument("--assessment", type=int, required=True)
    _target(one)
    one.add_argument("--lang", dest="doc_lang", choices=LANGUAGES)
    one.add_argument("--identity", choices=("full", "initials", "none"), default="full")
    sheet = export_commands.add_parser(
        "worksheet", help="a class's or caseload's overview: a row per child"
    )
    _selection(sheet)
    _target(sheet)
    sheet.add_argument("--lang", dest="doc_lang", choices=LANGUAGES)
    sheet.add_argument("--identity", choices=("full", "initials", "none"), default="full")

    stats = commands.add_parser("stats", help="anonymous statistics (.xlsx or .pdf)")
    where = stats.add_mutually_exclusive_group()
    where.add_argument("--school", help="a school (part of its name)")
    where.add_argument("--centre", type=int, help="a counselling centre (institution id)")
    stats.add_argument("--out", type=Path, required=True, help="stats.xlsx or stats.pdf")
    stats.add_argument("--lang", dest="doc_lang", choices=LANGUAGES)


def _target(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="FILE.xlsx or FILE.csv")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="write an Excel workbook")
    target.add_argument("--csv", type=Path, metavar="FILE", help="write a CSV file")


def _export_path(args: argparse.Namespace) -> Path:
    if args.xlsx is not None:
        return args.xlsx if args.xlsx.suffix.lower() == ".xlsx" else args.xlsx.with_suffix(".xlsx")
    if args.csv is not None:
        return args.csv if args.csv.suffix.lower() == ".csv" else args.csv.with_suffix(".csv")
    return args.out


def _selection(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--assessment", type=int, nargs="+", help="assessment ids")
    which.add_argument("--child", type=int, help="every assessment of this child")
    which.add_argument("--school", help="the newest assessment of each child of a school")
    parser.add_argument("--class", dest="class_name", help="with --school: one class")


def run(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from app.classification_service import ClassificationService
    from app.cli_privacy import sign_in
    from app.records import open_records

    doc_lang = getattr(args, "doc_lang", None) or lang
    texts = TEXTS[lang]
    classification = ClassificationService().classification
    db = open_records(args.db)
    try:
        # once accounts exist: `--user` signs in, and the services check what that user may read
        args.actor = sign_in(args, db, lang)
        if args.command == "stats":
            return _stats(args, db, classification, doc_lang, texts, out)
        if args.command == "report":
            return _report(args, db, classification, doc_lang, texts, out)
        if args.command == "export":
            return _export(args, db, classification, doc_lang, texts, out)
    finally:
        db.close()
    return 2


def _privacy(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.documents.texts import BirthShown, Identity, Privacy

    return Privacy(
        Identity(args.identity),
        BirthShown.AGE if getattr(args, "age", False) else BirthShown.DATE,
    )


def _assessment_ids(args: argparse.Namespace, db) -> list[int]:  # type: ignore[no-untyped-def]
    from app.documents.spreadsheets import latest_assessments
    from app.services.assessments import AssessmentsService

    if args.assessment:
        return list(args.assessment)
    if args.child is not None:
        return [a.id for a in AssessmentsService(db, args.actor).for_child(args.child)]
    # a school's children: only those the user may see
    return latest_assessments(db, school=args.school, class_name=args.class_name, actor=args.actor)


def _report(args, db, classification, lang: str, texts: dict, out: TextIO) -> int:  # type: ignore[no-untyped-def,type-arg]
    from app.documents.assessment_data import load_assessment
    from app.documents.assessment_summary import write_assessment_summary
    from app.documents.errors import DocumentError
    from app.documents.parents import plan_extras, write_parents_summary
    from forms.registry import TemplateRegistry

    if args.report_command in ("plan", "evaluation"):
        return _plan_report(args, db, classification, lang, texts, out)
    ids = _assessment_ids(args, db)
    if not ids:
        raise DocumentError("no_assessments")
    from app.services.access import require_assessments

    with db.session() as session:  # all of them allowed, before any file is written
        require_assessments(session, args.actor, ids)
    single = len(ids) == 1 and args.out.suffix.lower() == ".pdf"
    if not single and not args.out.is_dir():
        raise DocumentError("need_folder", path=str(args.out))
    registry = TemplateRegistry(classification)
    write = write_parents_summary if args.parents else write_assessment_summary
    prefix = (
        ("rodzice" if lang == "pl" else "parents")
        if args.parents
        else ("ocena" if lang == "pl" else "assessment")
    )
    for assessment_id in ids:
        data = load_assessment(db, assessment_id, classification, lang, registry, actor=args.actor)
        # file names carry no names of children: a folder listing must not identify anyone
        target = (
            args.out
            if single
            else args.out / f"{prefix}-{assessment_id}-{data.assessed_on.isoformat()}.pdf"
        )
        # what happens next and whom to contact come from the child's plan, if any
        extra = plan_extras(db, data, classification, lang, args.actor) if args.parents else {}
        path = write(
            data,
            target,
            lang=lang,
            privacy=_privacy(args),
            confidential=args.confidential,
            **extra,
        )
        print(texts["written"].format(path=path), file=out)
    return 0


def _plan_report(args, db, classification, lang: str, texts: dict, out: TextIO) -> int:  # type: ignore[no-untyped-def,type-arg]
    from app.documents.errors import DocumentError

    if args.out.suffix.lower() != ".pdf":
        raise DocumentError("bad_format", file=args.out.name, allowed=".pdf")
    if args.report_command == "plan":
        from app.documents.plan import load_plan, write_plan

        data = load_plan(db, args.plan, classification, lang, actor=args.actor)
        path = write_plan(
            data, args.out, lang=lang, privacy=_privacy(args), confidential=args.confidential
        )
    else:
        from app.documents.evaluation import load_evaluation, write_evaluation

        plan, after, effect = load_evaluation(db, args.plan, classification, lang, actor=args.actor)
        path = write_evaluation(
            plan,
            after,
            effect,
            args.out,
            lang=lang,
            privacy=_privacy(args),
            confidential=args.confidential,
        )
    print(texts["written"].format(path=path), file=out)
    return 0


def _export(args, db, classification, lang: str, texts: dict, out: TextIO) -> int:  # type: ignore[no-untyped-def,type-arg]
    from app.documents.assessment_data import load_assessment
    from app.documents.spreadsheets import export_assessment, export_worksheet

    if args.export_command == "assessment":
        data = load_assessment(db, args.assessment, classification, lang, actor=args.actor)
        path = export_assessment(
            data, classification, _export_path(args), lang=lang, privacy=_privacy(args)
        )
    else:
        ids = _assessment_ids(args, db)
        if not ids:
            from app.documents.errors import DocumentError

            raise DocumentError("no_assessments")
        path = export_worksheet(
            db,
            ids,
            classification,
            _export_path(args),
            lang=lang,
            privacy=_privacy(args),
            actor=args.actor,
        )
    print(texts["written"].format(path=path), file=out)
    return 0


def _stats(args, db, classification, lang: str, texts: dict, out: TextIO) -> int:  # type: ignore[no-untyped-def,type-arg]
    from app.documents.statistics_report import write_statistics
    from app.statistics import SUPPRESSED, Scope, statistics

    scope = Scope(school=args.school, centre_id=args.centre)
    stats = statistics(db, scope, classification, lang, actor=args.actor)
    path = write_statistics(stats, args.out)
    children = "<5" if stats.children == SUPPRESSED else stats.children
    print(texts["stats_done"].format(children=children, path=path), file=out)
    return 0
