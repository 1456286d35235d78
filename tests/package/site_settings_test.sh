#!/usr/bin/env bash
# A desk set up by IT alone: only the site-wide FiberDesk/FiberDesk.conf (here in a temporary
# XDG_CONFIG_DIRS folder standing for /etc/xdg) names the shared database and the language.
# The desktop program and the command line both find that database; a user's own settings
# override it; a password written in the site-wide file is never used and is reported.
source "$(dirname "$0")/common.sh"

export XDG_CONFIG_DIRS="$scratch/etc-xdg" XDG_CONFIG_HOME="$scratch/home-config"
export XDG_DATA_HOME="$scratch/home-data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_CONFIG_DIRS/FiberDesk" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$scratch/shared"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset FIBERDESK_DB FIBERDESK_LANG FIBERDESK_DB_PASSWORD PGPASSWORD
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
site_file="$XDG_CONFIG_DIRS/FiberDesk/FiberDesk.conf"
shared="$scratch/shared/operator.db"
cat >"$site_file" <<CONF
[database]
location=$shared

[ui]
language=es
CONF

# The desktop program, never started on this desk before, opens (here: creates) the shared
# database and nothing in the user's data folder.
timeout 60 "$FIBERDESK_DESKTOP" --quit-after 1 2>"$scratch/err" \
    || fail "fiberdesk did not start and quit: $(cat "$scratch/err")"
[ -s "$shared" ] || fail "the desk did not open the site-wide database $shared: $(cat "$scratch/err")"
[ -z "$(find "$XDG_DATA_HOME" -name '*.db')" ] || fail "the desk made a database of its own: $(find "$XDG_DATA_HOME" -name '*.db')"
[ -z "$(find "$XDG_CONFIG_HOME" -type f)" ] || fail "the desk wrote the user's settings: $(find "$XDG_CONFIG_HOME" -type f)"

# The command line on the same desk: the same database, in the site's language.
"$FIBERDESK_CLI" init --json >"$scratch/init.json"
grep -qF "\"database\": \"$shared\"" "$scratch/init.json" || fail "fiberdesk-cli opened $(cat "$scratch/init.json")"
"$FIBERDESK_CLI" --help | sed -n 1p | grep '^Uso:' >/dev/null || fail "the site-wide language es was not used"

# The user's own settings override the site's, key by key.
mkdir -p "$XDG_CONFIG_HOME/FiberDesk"
cat >"$XDG_CONFIG_HOME/FiberDesk/FiberDesk.conf" <<CONF
[database]
location=$scratch/mine.db

[ui]
language=zh_CN
CONF
"$FIBERDESK_CLI" init --json | grep -F "\"database\": \"$scratch/mine.db\"" >/dev/null \
    || fail "the user's own database setting did not override the site's"
"$FIBERDESK_CLI" --help | sed -n 1p | grep '^用法' >/dev/null || fail "the user's own language did not override the site's"
printf '[ui]\nlanguage=zh_CN\n' >"$XDG_CONFIG_HOME/FiberDesk/FiberDesk.conf"
"$FIBERDESK_CLI" init --json | grep -F "\"database\": \"$shared\"" >/dev/null \
    || fail "a user setting another key lost the site-wide database"
rm "$XDG_CONFIG_HOME/FiberDesk/FiberDesk.conf"

# A password in the site-wide file (readable by everyone) is ignored and reported, naming
# the file that holds it (here in the second of two site folders); the address without it is
# used. Port 1 on loopback refuses at once.
mkdir -p "$scratch/first-xdg/FiberDesk"
printf '[ui]\nlanguage=en\n' >"$scratch/first-xdg/FiberDesk/FiberDesk.conf"
export XDG_CONFIG_DIRS="$scratch/first-xdg:$XDG_CONFIG_DIRS"
cat >"$site_file" <<CONF
[database]
location=postgresql://fiberdesk_app:hunter2secret@127.0.0.1:1/operator
CONF
if "$FIBERDESK_CLI" units >"$scratch/out" 2>"$scratch/err"; then
    fail "fiberdesk-cli reached a server on port 1"
fi
grep -q "$site_file" "$scratch/err" || fail "the password in the site-wide file was not reported: $(cat "$scratch/err")"
grep -q 'postgresql://fiberdesk_app@127.0.0.1:1/operator' "$scratch/err" \
    || fail "the site-wide server was not the one tried: $(cat "$scratch/err")"
if grep -q hunter2secret "$scratch/out" "$scratch/err"; then
    fail "the site-wide password was shown"
fi
# The desktop program too: it reports the password and never writes the address (let alone
# the password) into the user's settings.
timeout 60 "$FIBERDESK_DESKTOP" --quit-after 1 >/dev/null 2>"$scratch/err" || true
grep -q "$site_file" "$scratch/err" || fail "fiberdesk did not report the site-wide password: $(cat "$scratch/err")"
if grep -rq hunter2secret "$XDG_CONFIG_HOME" "$scratch/err"; then
    fail "the desktop program wrote or showed the site-wide password"
fi
echo "a desk with only the site-wide settings found $shared"
