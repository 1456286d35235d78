#!/usr/bin/env bash
# The AppStream metainfo validates (no network here: its screenshot addresses are not
# fetched), carries the project's version, and names the desktop entry it describes.
source "$(dirname "$0")/common.sh"
need_tool appstreamcli appstream

appstreamcli validate --no-net "$FIBERDESK_METAINFO_FILE" >"$scratch/out" 2>&1 \
    || fail "appstreamcli refuses $FIBERDESK_METAINFO_FILE: $(cat "$scratch/out")"
cat "$scratch/out"
grep -q "<release version=\"$FIBERDESK_VERSION\"" "$FIBERDESK_METAINFO_FILE" \
    || fail "the metainfo's release is not the project's version $FIBERDESK_VERSION"
desktop_id=$(basename "$FIBERDESK_DESKTOP_FILE")
grep -q "<launchable type=\"desktop-id\">$desktop_id</launchable>" "$FIBERDESK_METAINFO_FILE" \
    || fail "the metainfo does not launch $desktop_id"
captions=$(grep -c '<caption>' "$FIBERDESK_METAINFO_FILE")
[ "$captions" -ge 1 ] || fail "the metainfo's screenshots have no captions"
for language in es zh_CN; do
    [ "$(grep -c "<caption xml:lang=\"$language\">" "$FIBERDESK_METAINFO_FILE")" -eq "$captions" ] \
        || fail "not every screenshot caption is in $language"
done
echo "metainfo valid: $FIBERDESK_METAINFO_FILE ($captions screenshots)"
