#!/usr/bin/env bash
# The brief of every FNC-1 story group we have read (Benchmarks/brief/harness-stories.txt), plus the two example sets,
# written as JSON by one corroborate binary into OUTDIR, for reading what a change does with brief_diff.py.
# Usage: Benchmarks/brief/harness.sh CORROBORATE OUTDIR   (FNC=../shared/data/stance/fnc1-train, JOBS=2 by default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(realpath "$1")"; out="$2"
fnc="${FNC:-$here/../../../shared/data/stance/fnc1-train}"
stories="${STORIES:-${TMPDIR:-/tmp}/fnc-stories}"
mkdir -p "$out" "$stories"
brief() {
    local input="$1" name="$2"
    "$binary" analyze "$input" --format json --quiet > "$out/$name.json" 2> "$out/$name.err" || echo "harness: $name failed (see $out/$name.err)" >&2
}
export -f brief; export binary out
list=()
while read -r story _; do
    [ -z "$story" ] || [ "${story:0:1}" = "#" ] && continue
    [ -s "$stories/$story.jsonl" ] || python3 "$here/fnc_story.py" "$fnc" "$story" > "$stories/$story.jsonl"
    list+=("$stories/$story.jsonl $story")
done < "$here/harness-stories.txt"
list+=("$here/../../../shared/examples/kremlin-call kremlin-call" "$here/../../Examples/vell-bridge vell-bridge")
printf '%s\n' "${list[@]}" | xargs -P "${JOBS:-2}" -L 1 bash -c 'brief "$0" "$1"'
echo "harness: $(ls "$out"/*.json | wc -l) briefs in $out" >&2
