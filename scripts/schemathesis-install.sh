#!/usr/bin/env bash
# Installs Schemathesis 4 from PyPI into a virtual environment under .cache/ (once; kept
# while the requirement matches). Prints the path of the `schemathesis` command last.
# Needs python3 with its venv module (Debian: python3-venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REQUIREMENT="${SCHEMATHESIS_REQUIREMENT:-schemathesis>=4,<5}"
VENV="${SCHEMATHESIS_VENV:-.cache/schemathesis-venv}"
STAMP="$VENV/.requirement"

if [[ ! -x "$VENV/bin/schemathesis" || "$(cat "$STAMP" 2>/dev/null)" != "$REQUIREMENT" ]]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$REQUIREMENT" >&2
  printf '%s' "$REQUIREMENT" >"$STAMP"
fi
echo "$PWD/$VENV/bin/schemathesis"
