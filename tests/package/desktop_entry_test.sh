#!/usr/bin/env bash
# The menu entry is valid under desktop-file-validate (warnings count as failures) and names
# the program, the icon the package installs and its translations.
source "$(dirname "$0")/common.sh"
need_tool desktop-file-validate desktop-file-utils

output=$(desktop-file-validate "$FIBERDESK_DESKTOP_FILE" 2>&1) \
    || fail "desktop-file-validate refuses $FIBERDESK_DESKTOP_FILE: $output"
[ -z "$output" ] || fail "desktop-file-validate warns about $FIBERDESK_DESKTOP_FILE: $output"
for line in 'Exec=fiberdesk' 'Icon=fiberdesk' 'Type=Application' 'Comment[es]=' 'Comment[zh_CN]='; do
    awk -v line="$line" 'index($0, line) == 1 { found = 1 } END { exit !found }' \
        "$FIBERDESK_DESKTOP_FILE" || fail "the desktop entry has no $line line"
done
echo "desktop entry valid: $FIBERDESK_DESKTOP_FILE"
