#!/usr/bin/env bash
# Installs FiberDesk on this machine as IT would on every desk, and checks the installed
# programs: builds the Debian package (cpack), installs it with `apt-get install ./…deb`, then
# runs from /usr/bin `fiberdesk-cli --version`, a headless `fiberdesk-cli demo` and
# `compliance` on a temporary database, and the desktop program offscreen for a second.
# Needs root or sudo (apt-get). The package stays installed unless FIBERDESK_REMOVE_AFTER=1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

rm -rf build/package
cpack --config build/CPackConfig.cmake -B build/package >build/package.log 2>&1 \
    || { cat build/package.log >&2; exit 1; }
(
    cd build/package
    echo "install-check: installing $(ls fiberdesk_*.deb)"
    # --reinstall: a machine that kept an earlier build of the same version gets this one.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall ./fiberdesk_*.deb
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A desk of its own: no settings, data or database of whoever runs this.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset FIBERDESK_DB DISPLAY WAYLAND_DISPLAY
export FIBERDESK_LANG=en
export QT_QPA_PLATFORM=offscreen
database="$work/desk.db"

for program in fiberdesk fiberdesk-cli; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ] \
        || { echo "install-check: $program is not /usr/bin/$program on the PATH" >&2; exit 1; }
done
echo "install-check: $(/usr/bin/fiberdesk-cli --version); $(/usr/bin/fiberdesk --version 2>/dev/null)"
echo "install-check: fiberdesk-cli demo on $database"
/usr/bin/fiberdesk-cli --db "$database" demo --seed 1 --orders 2000
/usr/bin/fiberdesk-cli --db "$database" compliance >"$work/compliance.txt"
head -5 "$work/compliance.txt"
grep -q 'units meet every allocation rule' "$work/compliance.txt" \
    || { echo "install-check: the compliance report is not there" >&2; exit 1; }
echo "install-check: the installed desktop program, offscreen for a second"
timeout 60 /usr/bin/fiberdesk --db "$database" --quit-after 1
FIBERDESK_LANG=es /usr/bin/fiberdesk-cli --help | sed -n 1p | grep '^Uso:' >/dev/null \
    || { echo "install-check: the installed translations were not found" >&2; exit 1; }
for file in /usr/share/applications/example.fiberdesk.FiberDesk.desktop \
    /usr/share/metainfo/example.fiberdesk.FiberDesk.metainfo.xml \
    /usr/share/icons/hicolor/256x256/apps/fiberdesk.png /usr/share/man/man1/fiberdesk-cli.1.gz \
    /usr/share/bash-completion/completions/fiberdesk-cli; do
    [ -f "$file" ] || { echo "install-check: $file was not installed" >&2; exit 1; }
done
echo "install-check: the installed fiberdesk and fiberdesk-cli work"

if [ "${FIBERDESK_REMOVE_AFTER:-0}" = 1 ]; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q fiberdesk
fi
