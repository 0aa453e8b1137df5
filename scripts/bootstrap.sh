#!/usr/bin/env bash
# Creates .venv at the repository root and installs Lodestar into it.
# Usage: scripts/bootstrap.sh [extras]   e.g. scripts/bootstrap.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lodestar needs Python 3.11 or newer")'
if [ ! -x .venv/bin/python ]; then
  echo "==> creating virtual environment in .venv"
  "$python" -m venv .venv
fi
# This machine's pip config lists local mirrors that lack most packages; hide that noise.
pip() {
  .venv/bin/python -m pip --disable-pip-version-check "$@" 2>&1 \
    | { grep -v "is neither a file nor a directory" || true; }
}
pip install --quiet --upgrade pip setuptools wheel
# torch first, pinned: any looser spec pulls several GB of CUDA packages.
if ! .venv/bin/python -c 'import torch, sys; sys.exit(torch.__version__.split("+")[0] != "2.13.0")' 2>/dev/null; then
  echo "==> installing torch 2.13.0 (CPU)"
  pip install --quiet torch==2.13.0
fi
# llama.cpp is built once per machine into Lodestar's own wheel cache, for a portable CPU
# baseline (AVX2): a -march=native build can enable AMX/AVX-512 that virtual machines
# advertise but cannot run, which kills the process with "Illegal instruction".
llama_version=0.3.36
wheels="${XDG_CACHE_HOME:-$HOME/.cache}/lodestar/wheels"
marker=.venv/.lodestar-llama-$llama_version
if [ ! -f "$marker" ]; then
  if ! ls "$wheels"/llama_cpp_python-"$llama_version"-*.whl >/dev/null 2>&1; then
    echo "==> building llama.cpp $llama_version (about 7 minutes on 2 cores, once per machine)"
    CMAKE_ARGS="${LODESTAR_LLAMA_CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF}" \
      CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
      pip wheel --quiet --no-cache-dir --no-deps -w "$wheels" "llama-cpp-python==$llama_version"
  fi
  pip install --quiet --force-reinstall --no-deps "$wheels"/llama_cpp_python-"$llama_version"-*.whl
  touch "$marker"
fi
echo "==> installing Lodestar${extras:+ with [$extras]}"
pip install --quiet -e ".${extras:+[$extras]}"
