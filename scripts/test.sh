#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (no display needed). The output ends with
# ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j "$(nproc)"
