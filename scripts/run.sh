#!/usr/bin/env bash
# Set everything up (first time only) and start ICF Assess. Arguments go to the program:
#   scripts/run.sh                      opens the window
#   scripts/run.sh icf search uwaga     runs a command
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 0 ] && scripts/system-deps.sh gui
scripts/setup-env.sh
exec .venv/bin/python main.py "$@"
