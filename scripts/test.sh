#!/usr/bin/env bash
# Set everything up (first time only) and run the whole test suite offscreen.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/icf -q
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-deps.sh
scripts/setup-env.sh dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
