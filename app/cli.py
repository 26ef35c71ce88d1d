"""The command line: a second client of the same services the GUI uses.

    icf-assess icf search QUERY        type-ahead search over codes and titles
    icf-assess icf show CODE           one entry with its texts and qualifiers
    icf-assess icf check "EXPR ..."    check coded expressions (one line per item)
    icf-assess icf import-claml FILE…  import official ClaML files

Errors a user can cause are printed in the chosen language and exit with status 1;
usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

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
    },
    "en": {
        "no_results": "No results for “{q}”.",
        "imported": "Imported {entries} entries ({new} new) from {files} files; languages: {langs}.",
        "ok": "valid",
        "bad": "invalid",
        "load_problem": "Warning: the imported classification could not be read; using the bundled one. {reason}",
    },
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icf-assess",
        description="ICF Assess: functional assessment of children with the WHO ICF. "
        "Without a subcommand the application window opens.",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (pl, en)")
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
        if args.command == "icf":
            return _icf(args, service, lang, texts, out, err)
    except ICFError as exc:
        print(exc.message(lang), file=err)
        return 1
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
