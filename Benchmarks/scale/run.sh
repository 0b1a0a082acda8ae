#!/usr/bin/env bash
# `extract` and `analyze` on the big invented feed and JSON-lines file of make_feed.py: wall time, user CPU
# and peak RSS (`/usr/bin/time -v`), under `nice` and a timeout (TIMEOUT seconds, default 1800).
# Usage: Benchmarks/scale/run.sh BIN DIR ITEMS     (DIR/feed-ITEMS.xml and DIR/records-ITEMS.jsonl)
# COMMANDS="extract" (or "analyze") runs only those.
# Prints: input | command | exit | wall s | user s | peak RSS MB | articles or stories out | first stderr line
set -uo pipefail
bin="$(realpath "$1")" dir="$(realpath "$2")" items="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for input in "$dir/feed-$items.xml" "$dir/records-$items.jsonl"; do
    for command in ${COMMANDS:-extract analyze}; do
        case "$command" in
            extract) args=(extract "$input" --format jsonl) ;;
            analyze) args=(analyze "$input" --format json --quiet --workers 2) ;;
        esac
        timeout -k 5 "${TIMEOUT:-1800}" nice /usr/bin/time -v -o "$work/time" "$bin" "${args[@]}" >"$work/out" 2>"$work/err"
        status=$?
        wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" |
            awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')"
        user="$(sed -n 's/.*User time (seconds): //p' "$work/time")"
        rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time" | awk '{ printf "%.0f", $1 / 1024 }')"
        if [ "$command" = extract ]; then out="$(wc -l <"$work/out") articles"
        else out="$(python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(len(b.get("stories", [])), "stories,", len(b.get("articles", [])), "articles")' "$work/out" 2>/dev/null || echo "no brief")"; fi
        printf '%s | %s | %s | %s | %s | %s | %s | %s\n' "$(basename "$input")" "$command" "$status" "${wall:--}" \
            "${user:--}" "${rss:--}" "$out" "$(grep -v '^\s*$' "$work/err" | head -n 1 | cut -c 1-100)"
    done
done
