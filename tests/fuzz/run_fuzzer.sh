#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time over its checked-in seed corpus, as the test
# suite does (docs/ROBUSTNESS.md has the longer run). New inputs go to a scratch folder, so
# the checked-in corpus never changes; an input that breaks the target is kept in the
# current folder (crash-*, timeout-*, leak-*) and printed.
#
#   run_fuzzer.sh BINARY CORPUS_DIR [SECONDS]
#
# Exits 77 (ctest: skipped) when BINARY is not built, unless FIBERDESK_REQUIRE_FUZZ=1.
# FIBERDESK_FUZZ_SEED fixes libFuzzer's seed (default: 1).
set -euo pipefail
binary=$1
corpus=$2
seconds=${3:-10}
name=$(basename "$binary")

if [ ! -x "$binary" ]; then
    if [ "${FIBERDESK_REQUIRE_FUZZ:-0}" = 1 ]; then
        echo "$name: $binary is not built" >&2
        exit 1
    fi
    echo "$name: not built; build it with: cmake --preset fuzz && cmake --build --preset fuzz"
    exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/new"
seed=${FIBERDESK_FUZZ_SEED:-1}
# Leaks matter per input; Qt's own one-time allocations are not ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
"$binary" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$PWD/$name-" "$scratch/new" "$corpus" \
    >"$scratch/log" 2>&1 || status=$?

runs=$(grep -Eo '^stat::number_of_executed_units: *[0-9]+' "$scratch/log" | grep -Eo '[0-9]+$' || echo 0)
corpus_size=$(ls "$scratch/new" | wc -l)
if [ "$status" -ne 0 ]; then
    tail -n 60 "$scratch/log"
    echo "$name: FAILED after $runs executions (seed $seed); the input is kept as $PWD/$name-*"
    exit 1
fi
grep -E '^#[0-9]+ +(INITED|DONE)' "$scratch/log" | tail -n 2 || true
echo "$name: $runs executions in $seconds s (seed $seed), no crash, hang, leak or broken invariant; $corpus_size new inputs"
