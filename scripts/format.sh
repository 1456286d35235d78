#!/usr/bin/env bash
# Formats every C++ file git tracks with the checked-in .clang-format, or with --check lists
# the files that differ from it and fails (the suite's `format` test runs the check).
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${CLANG_FORMAT:-clang-format}
mode=${1:-}
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "$mode" != --check ]; then
    "$formatter" -i "${files[@]}"
    exit 0
fi
unformatted=()
for file in "${files[@]}"; do
    [ -f "$file" ] || continue
    if ! "$formatter" "$file" | cmp -s - "$file"; then
        unformatted+=("$file")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "format: ${#unformatted[@]} file(s) differ from .clang-format (run scripts/format.sh):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "format: ${#files[@]} files formatted"
