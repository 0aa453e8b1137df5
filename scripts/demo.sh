#!/usr/bin/env bash
# One command from a fresh clone to a running Lodestar with demo data at http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export HF_HUB_OFFLINE=1
exec .venv/bin/lodestar demo "$@"
