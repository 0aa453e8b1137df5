#!/usr/bin/env bash
# One command from a fresh clone to the whole test suite, lint and type checks included.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev
# The browser tests drive Debian's Chromium with Playwright (never `playwright install`).
if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
export HF_HUB_OFFLINE=1
echo "==> ruff"
.venv/bin/ruff check .
echo "==> mypy"
.venv/bin/mypy
echo "==> pytest"
exec .venv/bin/python -m pytest "$@"
