"""The program's entry point: the GUI without arguments, the command line with a subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import build_parser, run

    options, _ = build_parser().parse_known_args(args)
    if options.command is None and not {"-h", "--help"} & set(args):
        from app.gui.application import run_gui

        return run_gui(database=options.db, language=options.lang)
    return run(args)
