"""The command line: a second client of the same services the GUI uses.

    icf-assess icf search QUERY        type-ahead search over codes and titles
    icf-assess icf show CODE           one entry with its texts and qualifiers
    icf-assess icf check "EXPR ..."    check coded expressions (one line per item)
    icf-assess icf import-claml FILE…  import official ClaML files
    icf-assess db info|backup|restore|upgrade   the records database
    icf-assess forms list|show|validate           assessment templates
    icf-assess questionnaire export|import        informant questionnaires (Excel)
    icf-assess demo --children N       fill the database with synthetic demo records
    icf-assess plan|directory|review …  support plans, the support network, reviews
    icf-assess report|export|stats …   PDF documents, Excel/CSV exports, statistics
    icf-assess --db URL …              use another database (a path or postgresql://…)
    icf-assess db encrypt|rekey, user …, audit …, gdpr …   privacy (see app/cli_privacy.py)

Errors a user can cause are printed in the chosen language and exit with status 1;
usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app import cli_privacy
from app.classification_service import ClassificationService
from app.entry_details import as_text, details
from app.settings import Settings
from icf.errors import ICFError
from icf.i18n import LANGUAGES, set_language

T = {
    "pl": {
        "no_results": "Brak wyników dla „{q}”.",
        "imported": "Import zakończony. Pozycje: {entries} (w tym nowe: {new}), pliki: {files}, języki: {langs}.",
        "ok": "poprawny",
        "bad": "błędny",
        "load_problem": "Uwaga: nie udało się wczytać zaimportowanej klasyfikacji; używam wbudowanej. {reason}",
        "db_location": "Baza danych: {where}",
        "db_revision": "Wersja schematu: {revision}",
        "db_counts": "Dzieci: {children}, oceny: {assessments}, oceny kategorii: {ratings}",
        "db_backups": "Kopie zapasowe ({count}):",
        "backup_done": "Kopia zapasowa zapisana: {path}",
        "restore_done": "Przywrócono bazę danych z kopii {path}. Poprzedni stan zapisano jako kopię zapasową.",
        "upgrade_done": "Schemat bazy danych jest aktualny ({revision}).",
        "forms_item": "{n:>3}. {code:<7} {text}",
        "forms_header": "{id} {version} — {title} (wiek {age_min}–{age_max}, pozycje: {items})",
        "forms_ok": "{file}: poprawny (pozycje: {items})",
        "exported": "Zapisano: {path}",
        "imported_file": "{file}: zaimportowano odpowiedzi: {answered}, bez odpowiedzi: {unanswered}",
        "refused_file": "{file}: NIE zaimportowano. {reason}",
        "import_summary": "Pliki zaimportowane: {ok}, odrzucone: {bad}.",
        "demo_done": "Dodano dane demonstracyjne: dzieci {children}, oceny {assessments}, oceny kategorii {ratings} ({seconds:.1f} s).",
    },
    "en": {
        "no_results": "No results for “{q}”.",
        "imported": "Imported {entries} entries ({new} new) from {files} files; languages: {langs}.",
        "ok": "valid",
        "bad": "invalid",
        "load_problem": "Warning: the imported classification could not be read; using the bundled one. {reason}",
        "db_location": "Database: {where}",
        "db_revision": "Schema version: {revision}",
        "db_counts": "Children: {children}, assessments: {assessments}, category ratings: {ratings}",
        "db_backups": "Backups ({count}):",
        "backup_done": "Backup written: {path}",
        "restore_done": "Database restored from {path}. The previous state was kept as a backup.",
        "upgrade_done": "The database schema is up to date ({revision}).",
        "forms_item": "{n:>3}. {code:<7} {text}",
        "forms_header": "{id} {version} — {title} (age {age_min}-{age_max}, items: {items})",
        "forms_ok": "{file}: valid ({items} items)",
        "exported": "Written: {path}",
        "imported_file": "{file}: answers imported: {answered}, unanswered: {unanswered}",
        "refused_file": "{file}: NOT imported. {reason}",
        "import_summary": "Files imported: {ok}, refused: {bad}.",
        "demo_done": "Demo data added: {children} children, {assessments} assessments, {ratings} category ratings ({seconds:.1f} s).",
    },
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icf-assess",
        description="ICF Assess: functional assessment of children with the WHO ICF. "
        "Without a subcommand the application window opens.",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (pl, en)")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the records database: a SQLite file path or postgresql://user@host/db "
        "(default: the file in the user data directory)",
    )
    cli_privacy.add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    icf = commands.add_parser("icf", help="the ICF classification: search, show, check, import")
    icf_commands = icf.add_subparsers(dest="icf_command", metavar="ACTION", required=True)

    search = icf_commands.add_parser("search", help="search codes and titles")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=20)

    show = icf_commands.add_parser("show", help="show one code")
    show.add_argument("code")

    check = icf_commands.add_parser("check", help="check coded expressions such as d166.21 e310+3")
    check.add_argument("expressions", nargs="+")

    imp = icf_commands.add_parser("import-claml", help="import official ClaML files")
    imp.add_argument("files", nargs="+", type=Path)

    db = commands.add_parser("db", help="the records database: info, backup, restore, upgrade")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("info", help="where the database is, its schema and size")
    backup = db_commands.add_parser("backup", help="write a verified backup (SQLite)")
    backup.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="where to write it (default: the backups folder beside the database)",
    )
    restore = db_commands.add_parser("restore", help="replace the database with a backup (SQLite)")
    restore.add_argument("file", type=Path)
    db_commands.add_parser("upgrade", help="bring the schema up to date (done on every start too)")
    cli_privacy.add_db_commands(db_commands)

    forms = commands.add_parser("forms", help="assessment templates: list, show, validate")
    forms_commands = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    forms_list = forms_commands.add_parser("list", help="the templates, newest versions")
    forms_list.add_argument("--age", type=int, help="only templates for a child of this age")
    forms_show = forms_commands.add_parser("show", help="one template's sections and items")
    forms_show.add_argument("template")
    forms_show.add_argument("--version")
    forms_validate = forms_commands.add_parser("validate", help="check template files")
    forms_validate.add_argument(
        "files", nargs="*", type=Path, help="template files (default: all shipped templates)"
    )

    quest = commands.add_parser("questionnaire", help="informant questionnaires in Excel")
    quest_commands = quest.add_subparsers(dest="q_command", metavar="ACTION", required=True)
    q_export = quest_commands.add_parser("export", help="workbooks for one or more assessments")
    q_export.add_argument("--assessment", type=int, nargs="+", required=True)
    q_export.add_argument("--informant", choices=("teacher", "parent", "student"), required=True)
    q_export.add_argument(
        "--out", type=Path, required=True, help="a .xlsx file (one assessment) or a folder"
    )
    q_import = quest_commands.add_parser("import", help="import returned workbooks")
    q_import.add_argument("paths", nargs="+", type=Path, help=".xlsx files or folders")
    q_import.add_argument("--assessment", type=int, help="the assessment the files must belong to")

    demo = commands.add_parser(
        "demo", help="add synthetic demo records (for trying and benchmarks)"
    )
    demo.add_argument("--children", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    from app import cli_plans
    from app.documents.commands import add_parsers as add_document_parsers

    cli_plans.add_commands(commands)
    add_document_parsers(commands)
    cli_privacy.add_commands(commands)
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(list(argv))
    lang = args.lang or Settings.load().language
    set_language(lang)
    texts = T[lang]
    service = ClassificationService()
    try:
        cli_privacy.configure(args)
        if args.command in ("user", "audit", "gdpr"):
            return cli_privacy.run(args, lang, out, err)
        if args.command == "db" and args.db_command in ("encrypt", "rekey"):
            return cli_privacy.run_db(args, lang, out)
        if args.command == "icf":
            return _icf(args, service, lang, texts, out, err)
        if args.command == "db":
            return _db(args, texts, out)
        if args.command == "demo":
            return _demo(args, texts, out)
        if args.command == "forms":
            return _forms(args, service, lang, texts, out)
        if args.command == "questionnaire":
            return _questionnaire(args, service, lang, texts, out)
        if args.command in ("plan", "directory", "review"):
            from app import cli_plans

            return cli_plans.run(args, lang, out)
        if args.command in ("report", "export", "stats"):
            from app.documents import commands as document_commands

            return document_commands.run(args, lang, out)
    except ICFError as exc:
        print(exc.message(lang), file=err)
        return 1
    finally:
        cli_privacy.reset()  # the passphrase and the signed-in user live for one command
    return 2


def _icf(
    args: argparse.Namespace,
    service: ClassificationService,
    lang: str,
    texts: dict,
    out: TextIO,
    err: TextIO,
) -> int:  # type: ignore[type-arg]
    service.classification  # noqa: B018 - load now so a stored-import problem is reported
    if service.load_problem is not None:
        print(texts["load_problem"].format(reason=service.load_problem.message(lang)), file=err)
    if args.icf_command == "search":
        query = " ".join(args.query)
        hits = service.search(query, limit=args.limit)
        if not hits:
            print(texts["no_results"].format(q=query), file=err)
            return 1
        for hit in hits:
            print(f"{hit.entry.code:<12} {hit.entry.title_in(lang)}", file=out)
        return 0
    if args.icf_command == "show":
        entry = service.entry(args.code)
        print(as_text(details(entry, service.classification, lang)), file=out)
        return 0
    if args.icf_command == "check":
        status = 0
        for result in service.check(" ".join(args.expressions)):
            if result.ok:
                assert result.expression is not None and result.entry is not None
                print(
                    f"{result.text}\t{texts['ok']}: {result.entry.title_in(lang)} — "
                    f"{result.expression.describe(lang)}",
                    file=out,
                )
            else:
                assert result.error is not None
                print(f"{result.text}\t{texts['bad']}: {result.error.message(lang)}", file=out)
                status = 1
        return status
    if args.icf_command == "import-claml":
        summary = service.import_claml(args.files)
        print(
            texts["imported"].format(
                entries=summary.entries,
                new=summary.new_entries,
                files=summary.files,
                langs=", ".join(summary.languages),
            ),
            file=out,
        )
        return 0
    return 2


def _db(args: argparse.Namespace, texts: dict, out: TextIO) -> int:  # type: ignore[type-arg]
    from sqlalchemy import func, select

    from app.records import database_url, open_records
    from app.storage.backup import backup_sqlite, list_backups, restore_sqlite
    from app.storage.database import sqlite_file
    from app.storage.models import Assessment, Child, Rating

    if args.db_command == "restore":
        # the current file is not opened: a damaged database is exactly what gets restored
        from app.records import restore_passphrase

        restore_sqlite(
            sqlite_file(database_url(args.db)), args.file, passphrase=restore_passphrase()
        )
        open_records(args.db).close()  # upgrade a backup from an older version at once
        print(texts["restore_done"].format(path=args.file), file=out)
        return 0
    db = open_records(args.db)
    try:
        if args.db_command == "info":
            with db.session() as session:
                counts = {
                    name: session.scalar(select(func.count()).select_from(model))
                    for name, model in (
                        ("children", Child),
                        ("assessments", Assessment),
                        ("ratings", Rating),
                    )
                }
            print(texts["db_location"].format(where=db.display_name), file=out)
            print(texts["db_revision"].format(revision=db.current_revision()), file=out)
            if db.is_sqlite:
                print(
                    cli_privacy.encryption_line(db, args.lang or Settings.load().language), file=out
                )
            print(texts["db_counts"].format(**counts), file=out)
            if db.is_sqlite:
                backups = list_backups(db)
                print(texts["db_backups"].format(count=len(backups)), file=out)
                for item in backups[:10]:
                    print(f"  {item.path}  {item.size / 1e6:.1f} MB", file=out)
        elif args.db_command == "backup":
            path = backup_sqlite(db, args.file)
            print(texts["backup_done"].format(path=path), file=out)
        elif args.db_command == "upgrade":
            db.upgrade()
            print(texts["upgrade_done"].format(revision=db.current_revision()), file=out)
    finally:
        db.close()
    return 0


def _demo(args: argparse.Namespace, texts: dict, out: TextIO) -> int:  # type: ignore[type-arg]
    import time

    from app.demo import generate
    from app.records import open_records

    db = open_records(args.db)
    try:
        cli_privacy.require_specialist(args, db)  # once accounts exist: signed in
        started = time.perf_counter()
        summary = generate(db, args.children, seed=args.seed)
        print(
            texts["demo_done"].format(
                children=summary.children,
                assessments=summary.assessments,
                ratings=summary.ratings,
                seconds=time.perf_counter() - started,
            ),
            file=out,
        )
    finally:
        db.close()
    return 0


def _forms(
    args: argparse.Namespace, service: ClassificationService, lang: str, texts: dict, out: TextIO
) -> int:  # type: ignore[type-arg]
    from forms.loader import load_template
    from forms.registry import ROOT, TemplateRegistry

    registry = TemplateRegistry(service.classification)
    if args.forms_command == "validate":
        files = args.files or sorted(ROOT.glob("*/*.toml"))
        for path in files:
            template = load_template(path, service.classification)
            print(texts["forms_ok"].format(file=path, items=len(template.items())), file=out)
        return 0
    if args.forms_command == "list":
        templates = registry.suggest(args.age) if args.age is not None else registry.latest()
        for template in templates:
            print(_template_header(template, lang, texts), file=out)
        return 0
    template = registry.get(args.template, args.version)
    print(_template_header(template, lang, texts), file=out)
    number = 1
    for section in template.sections:
        print(f"\n{section.title.get(lang) or section.title['pl']}", file=out)
        for item in section.items:
            print(
                texts["forms_item"].format(
                    n=number, code=item.code, text=item.question.get(lang) or item.question["pl"]
                ),
                file=out,
            )
            number += 1
    return 0


def _template_header(template, lang: str, texts: dict) -> str:  # type: ignore[no-untyped-def,type-arg]
    return texts["forms_header"].format(
        id=template.id,
        version=template.version,
        title=template.title.get(lang) or template.title["pl"],
        age_min=template.age_min,
        age_max=template.age_max,
        items=len(template.items()),
    )


def _questionnaire(
    args: argparse.Namespace, service: ClassificationService, lang: str, texts: dict, out: TextIO
) -> int:  # type: ignore[type-arg]
    from app.records import open_records
    from app.services.questionnaires import QuestionnairesService
    from forms.registry import TemplateRegistry

    db = open_records(args.db)
    try:
        questionnaires = QuestionnairesService(
            db, cli_privacy.sign_in(args, db, lang), TemplateRegistry(service.classification)
        )
        if args.q_command == "export":
            if len(args.assessment) == 1 and args.out.suffix.lower() == ".xlsx":
                paths = [questionnaires.export(args.assessment[0], args.informant, args.out)]
            else:
                paths = questionnaires.export_batch(args.assessment, args.informant, args.out)
            for path in paths:
                print(texts["exported"].format(path=path), file=out)
            return 0
        results = []
        for path in args.paths:
            if path.is_dir():
                results.extend(questionnaires.import_folder(path))
            else:
                try:
                    results.append(questionnaires.import_file(path, args.assessment))
                except ICFError as exc:
                    from app.services.questionnaires import ImportResult

                    results.append(ImportResult(path, None, None, 0, 0, exc))
        for result in results:
            if result.ok:
                print(
                    texts["imported_file"].format(
                        file=result.path.name,
                        answered=result.answered,
                        unanswered=result.unanswered,
                    ),
                    file=out,
                )
            else:
                assert result.error is not None
                print(
                    texts["refused_file"].format(
                        file=result.path.name, reason=result.error.message(lang)
                    ),
                    file=out,
                )
        bad = sum(1 for r in results if not r.ok)
        print(texts["import_summary"].format(ok=len(results) - bad, bad=bad), file=out)
        return 1 if bad else 0
    finally:
        db.close()
