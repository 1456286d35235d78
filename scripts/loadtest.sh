#!/usr/bin/env bash
# Fifty desks at once on the local PostgreSQL server (issue 20, docs/PERFORMANCE.md).
#
#   bash scripts/loadtest.sh [--seconds N] [--sessions N] [--orders N] [--think-ms N] [--keep]
#
# Loopback only: the server of scripts/postgres.sh, in a database of its own (fd_loadtest,
# made afresh with the demo operator unless --keep reuses it). Runs 50 desks (threads of
# build/tests/bench/fiberdesk_loadtest, each with its own connection) for 5 minutes by
# default (--seconds for shorter): board reads, searches, assignments, bookings and callback
# saves, with real conflicts on shared orders and tasks. Prints throughput, p50/p95/p99 per
# action, conflicts refused and updates lost, then checks the server's state (every
# acknowledged write present, audit chain, counts). Exits non-zero if an update was lost.
# Not part of ctest (it lasts minutes); run it in the background on a shared machine:
#   bash scripts/loadtest.sh > /tmp/loadtest.txt 2>&1 &
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=300
sessions=50
orders=20000
think=1000
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --sessions) sessions="$2"; shift 2 ;;
        --orders) orders="$2"; shift 2 ;;
        --think-ms) think="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--seconds N] [--sessions N] [--orders N] [--think-ms N] [--keep]" >&2; exit 2 ;;
    esac
done
driver=build/tests/bench/fiberdesk_loadtest
[ -x "$driver" ] || { echo "build $driver first: cmake --build build --target fiberdesk_loadtest" >&2; exit 1; }
server=$(bash scripts/postgres.sh)
case "$server" in
    postgresql://*@127.0.0.1:*|postgresql://*@localhost:*|postgresql://*@\[::1\]:*) ;;
    *) echo "loadtest: the server is not on loopback ($server); refusing" >&2; exit 1 ;;
esac
base="${server%/*}"
database=fd_loadtest
if [ "$keep" -eq 0 ]; then
    psql -q -X "$server" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >/dev/null
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
/usr/bin/time -f "driver: %e s wall, %U s user, %S s system CPU" \
    "$driver" --url "$base/$database" --seconds "$seconds" --sessions "$sessions" \
    --orders "$orders" --think-ms "$think" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
