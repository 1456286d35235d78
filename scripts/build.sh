#!/usr/bin/env bash
# Configures (once) and builds a preset: the Release one into build/ by default, or the one
# named (e.g. "fuzz" into build-fuzz/).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
dir=build
if [ "$preset" != default ]; then
    dir=build-$preset
fi
if [ ! -f "$dir/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j "$(nproc)"
