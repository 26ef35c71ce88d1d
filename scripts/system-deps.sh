#!/usr/bin/env bash
# Debian/Ubuntu system packages ICF Assess needs: Qt's runtime libraries (for the tests'
# offscreen window; with "gui" also those of a window on an X11/Wayland desktop) and, for
# the tests, the PostgreSQL server binaries (the tests start their own throwaway server) and
# poppler's pdftotext / pdftoppm (the tests read generated PDFs back and render them).
# Installs the missing ones when it can (root, or sudo without a password); otherwise says
# which are missing and goes on.
#   scripts/system-deps.sh        what the test suite needs
#   scripts/system-deps.sh gui    what the application's window needs on a desktop
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
if [ "${1:-}" = "gui" ]; then
  packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
else
  packages+=(postgresql poppler-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "Missing system packages (install them with apt-get): ${missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
