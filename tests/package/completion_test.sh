#!/usr/bin/env bash
# The bash completion of fiberdesk-cli knows every command and option of its --help (so the
# two cannot drift apart) and completes as a user types.
source "$(dirname "$0")/common.sh"
framework=/usr/share/bash-completion/bash_completion
[ -f "$framework" ] || skip "$framework is missing (Debian package bash-completion; scripts/setup.sh installs it)"
completion="$FIBERDESK_SOURCE_DIR/resources/bash-completion/fiberdesk-cli"

FIBERDESK_LANG=en "$FIBERDESK_CLI" --help >"$scratch/help"
commands=$(grep -E '^  [a-z]' "$scratch/help" | awk '{print $1}' | sort -u)
options=$(grep -oE -- '--[a-z][a-z-]*' "$scratch/help" | sort -u)
[ -n "$commands" ] && [ -n "$options" ] || fail "no commands or options in fiberdesk-cli --help"

# Completes the words typed so far ($1…) and prints the candidates, one a line.
complete_words()
{
    bash -c '
        source "$1"
        source "$2"
        shift 2
        COMP_WORDS=(fiberdesk-cli "$@")
        COMP_CWORD=$(($# ))
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        _fiberdesk_cli fiberdesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' _ "$framework" "$completion" "$@"
}

offered=$(complete_words "")
for command in $commands; do
    grep -qx "$command" <<<"$offered" || fail "the completion does not offer the command $command"
done
all_options=$(grep -oE -- '--[a-z][a-z-]*' "$completion" | sort -u)
for option in $options; do
    grep -qx -- "$option" <<<"$all_options" || fail "the completion does not know the option $option"
done
[ "$(complete_words exp)" = export ] || fail "“exp” does not complete to export"
complete_words import "" | grep -x room_scores >/dev/null || fail "import does not offer its kinds"
complete_words import orders orders.csv --enc | grep -x -- --encoding >/dev/null || fail "import does not offer --encoding"
complete_words import orders orders.csv --encoding GB | grep -x GB18030 >/dev/null || fail "--encoding does not offer GB18030"
complete_words export evaluation --format "" | sort | tr '\n' ' ' | grep -x 'csv pdf xlsx ' >/dev/null \
    || fail "--format does not offer csv, pdf and xlsx"
complete_words users add alice --r | grep -x -- --role >/dev/null || fail "users add does not offer --role"
complete_words --db x.db aud | grep -x audit >/dev/null || fail "a command after --db VALUE is not completed"
echo "the completion offers $(wc -w <<<"$commands") commands and $(wc -w <<<"$options") options"
