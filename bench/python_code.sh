#!/usr/bin/env bash
# Python's entente.code() against `entente code` on the same 100,000
# sentences (python/bench/bench_code.py). Usage: bench/python_code.sh [BUILD]
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
python=${ENT_PYTHON:-/usr/bin/python3}
if ! ls "$build"/python/entente/_native*.so >/dev/null 2>&1; then
  echo "skipped: $build/python has no entente package (needs python3-cffi when building)"
  exit 0
fi
ENTENTE=${ENTENTE:-$PWD/$build/entente} PYTHONPATH=$PWD/$build/python ENT_DATA_DIR=${ENT_DATA_DIR:-$PWD/data} \
  ENT_SHARED_DIR=${ENT_SHARED_DIR:-$PWD/../shared} nice "$python" python/bench/bench_code.py "${@:2}"
