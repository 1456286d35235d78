#!/usr/bin/env bash
# The orders import beside each engine's bulk floor (issue 20, docs/PERFORMANCE.md):
# 300,000 demo orders imported by FiberDesk into SQLite and PostgreSQL, and the same rows
# loaded by the sqlite3 shell (.import + INSERT ... SELECT, the import's page cache) and by
# psql (\copy + INSERT ... SELECT) into fresh databases of the same schema, in one run.
#
#   bash scripts/importfloor.sh [ORDERS] [--rounds N] [--row-by-row]
#
# ORDERS defaults to 300000. Each side runs N times (default 3), importer and floor in turn,
# and the ratios are of the medians: one pair of runs on a shared or virtual machine reads
# its speed's drift as a ratio (0.65 to 1.10 for the same code on one morning).
# --row-by-row also times PostgreSQL's import row by row (as before issue 20). Needs the bench program (cmake --build build --target fiberdesk_bench),
# the sqlite3 and psql programs, and the local PostgreSQL server (scripts/postgres.sh).
# Takes about ten minutes at 300,000 and three rounds: run it in the background on a shared machine, e.g.
#   bash scripts/importfloor.sh > /tmp/importfloor.txt 2>&1 &
set -euo pipefail
cd "$(dirname "$0")/.."
orders=300000
rounds=3
row_by_row=0
usage="usage: $0 [ORDERS] [--rounds N] [--row-by-row]"
while [ $# -gt 0 ]; do
    case "$1" in
        --row-by-row) row_by_row=1 ;;
        --rounds) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }
                  rounds="$2"; shift ;;
        [0-9]*) orders="$1" ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
    shift
done
bench=build/tests/bench/fiberdesk_bench
[ -x "$bench" ] || { echo "build $bench first: cmake --build build --target fiberdesk_bench" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (apt-get install sqlite3)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
server=$(bash scripts/postgres.sh)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
FIBERDESK_BENCH_POSTGRES="$server" FIBERDESK_BENCH_IMPORT_ORDERS="$orders" \
FIBERDESK_BENCH_FLOOR_ROW_BY_ROW="$row_by_row" FIBERDESK_BENCH_FLOOR_ROUNDS="$rounds" \
    "$bench" --benchmark_filter='^ImportBesideFloor' --benchmark_counters_tabular=true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
