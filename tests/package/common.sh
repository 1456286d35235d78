# Shared by the package tests: fail with a message, skip with one, and a private scratch
# folder outside the build tree (so that a program run from it never reads the build tree's
# translations) removed at exit.
set -euo pipefail

fail()
{
    echo "FAIL: $*" >&2
    exit 1
}

skip()
{
    echo "SKIPPED: $*" >&2
    exit 77
}

need_tool()
{
    local tool=$1 package=$2
    command -v "$tool" >/dev/null 2>&1 \
        || skip "$tool is not installed (Debian package $package; scripts/setup.sh installs it)"
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fiberdesk-package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
