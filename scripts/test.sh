#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (no display needed): the core and
# command-line suites run twice, on SQLite files and on a PostgreSQL server this script
# installs and starts on loopback (scripts/postgres.sh). The output ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
postgres_url=$(bash scripts/postgres.sh)
cmake --preset default -DFIBERDESK_TEST_POSTGRES="$postgres_url" >/dev/null
bash scripts/build.sh
# The fuzz targets: the core again, with clang, libFuzzer and sanitizers (docs/ROBUSTNESS.md);
# the suite runs each for a few seconds and must not skip them here.
bash scripts/build.sh fuzz
export FIBERDESK_REQUIRE_FUZZ=1
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j "$(nproc)"
