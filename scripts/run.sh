#!/usr/bin/env bash
# Sets up, builds, creates a demo database if there is none, and starts the desktop
# program. Without a display it runs the same main job headless: it prints the demo
# operator's compliance report and says how to open the desktop program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

cli=build/app/fiberdesk-cli
desktop=build/app/fiberdesk

# The default database (FIBERDESK_DB, else the desktop program's, in the user's data folder).
database=$("$cli" init --json | sed -n 's/.*"database": "\(.*\)".*/\1/p')
if ! "$cli" units --json | grep '"unit"' >/dev/null; then
    echo "run: $database holds no units yet; creating the demo operator"
    "$cli" demo --seed 1
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$desktop"
fi

echo "run: no display here, so this is the headless run: the compliance report of $database"
echo
"$cli" compliance
echo
echo "To open the desktop program, run on a machine with a display:"
echo "    $desktop"
echo "or here, in a virtual display:"
echo "    xvfb-run -a $desktop"
