#!/usr/bin/env bash
# For each WARC case of make_inputs.py in DIR: the documents `extract` gets out of it (their sources) and the
# problems it names, one line per file, to compare two builds.
# Usage: Benchmarks/robustness/warc_sources.sh BIN DIR
set -uo pipefail
bin="$(realpath "$1")"
for file in "$2"/*.warc "$2"/*.warc.gz; do
    sources="$("$bin" extract "$file" --format jsonl --quiet 2>/dev/null | grep -o '"source":"[^"]*"' | sed 's/.*#/#/; s/"$//' | tr '\n' ' ')"
    problems="$("$bin" extract "$file" --format jsonl 2>&1 >/dev/null | sed "s|$2/||" | cut -c 1-200 | tr '\n' ';')"
    printf '%s | %s| %s\n' "$(basename "$file")" "$sources" "$problems"
done
