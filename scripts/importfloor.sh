#!/usr/bin/env bash
# The orders import beside each engine's bulk floor (issue 20, docs/PERFORMANCE.md):
# 300,000 demo orders imported by FiberDesk into SQLite and PostgreSQL, and the same rows
# loaded by the sqlite3 shell (.import + INSERT ... SELECT, the import's page cache) and by
# psql (\copy + INSERT ... SELECT) into fresh databases of the same schema, in one run.
#
#   bash scripts/importfloor.sh [ORDERS] [--row-by-row]
#
# ORDERS defaults to 300000. --row-by-row also times PostgreSQL's import row by row (as
# before issue 20). Needs the bench program (cmake --build build --target fiberdesk_bench),
# the sqlite3 and psql programs, and the local PostgreSQL server (scripts/postgres.sh).
# Takes a few minutes at 300,000: run it in the background on a shared machine, e.g.
#   bash scripts/importfloor.sh > /tmp/importfloor.txt 2>&1 &
set -euo pipefail
cd "$(dirname "$0")/.."
orders=300000
row_by_row=0
for argument in "$@"; do
    case "$argument" in
        --row-by-row) row_by_row=1 ;;
        [0-9]*) orders="$argument" ;;
        *) echo "usage: $0 [ORDERS] [--row-by-row]" >&2; exit 2 ;;
    esac
done
bench=build/tests/bench/fiberdesk_bench
[ -x "$bench" ] || { echo "build $bench first: cmake --build build --target fiberdesk_bench" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (apt-get install sqlite3)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
server=$(bash scripts/postgres.sh)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
FIBERDESK_BENCH_POSTGRES="$server" FIBERDESK_BENCH_IMPORT_ORDERS="$orders" \
FIBERDESK_BENCH_FLOOR_ROW_BY_ROW="$row_by_row" \
    "$bench" --benchmark_filter='^ImportBesideFloor' --benchmark_counters_tabular=true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
