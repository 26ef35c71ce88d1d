"""The program's entry point: the GUI without arguments, the command line with a subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args == ["--gui"]:
        from app.gui.application import run_gui

        return run_gui()
    from app.cli import run

    return run(args)
