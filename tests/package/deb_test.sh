#!/usr/bin/env bash
# Builds the Debian package with cpack (as .ci/run does), lists it with dpkg-deb -c and
# checks everything IT needs is in it and where Debian expects it, that its dependencies were
# computed from the binaries, and that the packaged programs work from where they land:
# --version, the translations found beside the installed prefix, the manual page matching
# --help, the desktop program starting offscreen.
source "$(dirname "$0")/common.sh"
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool file file

arch=$(dpkg --print-architecture)
deb_name="fiberdesk_${FIBERDESK_VERSION}_${arch}.deb"
cpack --config "$FIBERDESK_BUILD_DIR/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || fail "cpack failed: $(cat "$scratch/cpack.log")"
deb="$scratch/out/$deb_name"
[ -f "$deb" ] || fail "cpack wrote no $deb_name: $(ls "$scratch/out")"
echo "built $deb_name ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$scratch/contents"
expected=(
    /usr/bin/fiberdesk
    /usr/bin/fiberdesk-cli
    /usr/share/fiberdesk/translations/fiberdesk_es.qm
    /usr/share/fiberdesk/translations/fiberdesk_zh_CN.qm
    /usr/share/fiberdesk/translations/fiberdesk_en.qm
    /usr/share/applications/example.fiberdesk.FiberDesk.desktop
    /usr/share/metainfo/example.fiberdesk.FiberDesk.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/fiberdesk.svg
    /usr/share/man/man1/fiberdesk-cli.1.gz
    /usr/share/bash-completion/completions/fiberdesk-cli
    /usr/share/doc/fiberdesk/FiberDesk.conf.example
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/fiberdesk.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$scratch/contents" || fail "$deb_name lacks $path"
done
echo "all ${#expected[@]} files are in the package"
if grep -E '^/usr/local|^/etc/|/include/|\.a$' "$scratch/contents"; then
    fail "$deb_name holds files outside Debian's places for a program (above)"
fi

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = fiberdesk ] || fail "the package is called $(field Package)"
[ "$(field Version)" = "$FIBERDESK_VERSION" ] || fail "the package's version is $(field Version)"
[ "$(field Architecture)" = "$arch" ] || fail "the package's architecture is $(field Architecture)"
depends=$(field Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps from the binaries, then the SQL driver plugins named by hand.
for dependency in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6sql6-sqlite libqt6sql6-psql; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" \
        || fail "the package does not depend on $dependency"
done

# The programs as they land, outside any build tree.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for program in fiberdesk fiberdesk-cli; do
    file "$root/usr/bin/$program" | grep ', stripped' >/dev/null || fail "/usr/bin/$program is not stripped"
done
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_DIRS="$scratch/site"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset FIBERDESK_DB
cli="$root/usr/bin/fiberdesk-cli"
[ "$("$cli" --version)" = "fiberdesk-cli $FIBERDESK_VERSION" ] || fail "fiberdesk-cli --version says $("$cli" --version)"
"$root/usr/bin/fiberdesk" --version | grep -x "FiberDesk $FIBERDESK_VERSION" >/dev/null \
    || fail "fiberdesk --version says $("$root/usr/bin/fiberdesk" --version)"

FIBERDESK_LANG=es "$cli" --help 2>"$scratch/err" | sed -n 1p | grep '^Uso: fiberdesk-cli' >/dev/null \
    || fail "the packaged fiberdesk-cli does not speak Spanish: $(cat "$scratch/err")"
FIBERDESK_LANG=zh_CN "$cli" --help 2>"$scratch/err" | sed -n 1p | grep '^用法' >/dev/null \
    || fail "the packaged fiberdesk-cli does not speak Chinese: $(cat "$scratch/err")"
# Those came from the package's own folder: without its Spanish file, English and a warning.
rm "$root/usr/share/fiberdesk/translations/fiberdesk_es.qm"
FIBERDESK_LANG=es "$cli" --help 2>"$scratch/err" | sed -n 1p | grep '^Usage: fiberdesk-cli' >/dev/null \
    || fail "without fiberdesk_es.qm the packaged fiberdesk-cli still speaks Spanish"
grep -q "$root/usr/share/fiberdesk/translations" "$scratch/err" \
    || fail "a missing translation is not reported: $(cat "$scratch/err")"

# The manual page is the program's --help: every command and option in it.
zcat "$root/usr/share/man/man1/fiberdesk-cli.1.gz" | sed 's/\\-/-/g; s/\\e/\\/g' >"$scratch/man"
grep -q '^\.TH FIBERDESK' "$scratch/man" || fail "the manual page has no .TH header"
grep -q "FiberDesk $FIBERDESK_VERSION" "$scratch/man" || fail "the manual page is not of version $FIBERDESK_VERSION"
FIBERDESK_LANG=en "$cli" --help | grep -E '^  [^ ]' | sed 's/^  //' >"$scratch/synopses"
[ "$(wc -l <"$scratch/synopses")" -ge 15 ] || fail "fiberdesk-cli --help lists too few commands"
while IFS= read -r synopsis; do
    grep -qxF ".B $synopsis" "$scratch/man" || fail "the manual page lacks “$synopsis”"
done <"$scratch/synopses"
if command -v man >/dev/null 2>&1; then
    MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/fiberdesk-cli.1.gz" >/dev/null 2>"$scratch/manerr" || true
    [ ! -s "$scratch/manerr" ] || fail "man warns about the manual page: $(cat "$scratch/manerr")"
fi

# The packaged desktop program starts offscreen on a new database and quits by itself.
timeout 60 "$root/usr/bin/fiberdesk" --db "$scratch/desk.db" --quit-after 1 2>"$scratch/err" \
    || fail "the packaged fiberdesk did not start and quit: $(cat "$scratch/err")"
[ -s "$scratch/desk.db" ] || fail "the packaged fiberdesk did not create its database"
if grep -q 'fiberdesk:' "$scratch/err"; then
    fail "the packaged fiberdesk complained: $(cat "$scratch/err")"
fi
echo "package checked: $deb_name"
