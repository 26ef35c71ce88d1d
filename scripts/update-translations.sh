#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the GUI code and compile them (.ts -> .qm).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-env.sh dev
.venv/bin/pyside6-lupdate app/gui/*.py -no-obsolete \
  -ts resources/i18n/icf_assess_pl.ts -ts resources/i18n/icf_assess_en.ts
.venv/bin/pyside6-lrelease resources/i18n/icf_assess_pl.ts resources/i18n/icf_assess_en.ts
