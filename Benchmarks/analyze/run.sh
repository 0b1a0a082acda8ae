#!/usr/bin/env bash
# `corroborate analyze --format json` at scale: peak memory (max RSS) and CPU time per input set,
# and the JSON briefs (generatedAt masked) so two builds can be compared byte for byte.
#
# Usage: Benchmarks/analyze/run.sh BINARY OUT_DIR [SET...]
#        Benchmarks/analyze/run.sh --compare BEFORE_DIR AFTER_DIR
# Sets: kremlin (../shared/examples/kremlin-call), vell (Examples/vell-bridge), wcxb (the 711 WCXB dev
# pages), l3s (the 311 L3S-GN1 dev originals), synth5 (the WCXB dev pages five times, each copy made
# distinct by an HTML comment, generated under $TMPDIR on first use). Default: kremlin vell wcxb l3s.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="../shared"   # inputs named relative to the project, as a brief's "source" fields show them

if [ "${1:-}" = "--compare" ]; then
    status=0
    for brief in "$2"/*.json; do
        name="$(basename "$brief")"
        if cmp -s "$brief" "$3/$name"; then echo "$name: identical"; else echo "$name: DIFFERS"; status=1; fi
    done
    exit $status
fi

binary="$(realpath "$1")" out="$(realpath -m "$2")"; shift 2
cd "$root"
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(kremlin vell wcxb l3s)
mkdir -p "$out"
synth="${TMPDIR:-/tmp}/corroborate-analyze-synth5"
for set in "${sets[@]}"; do
    case "$set" in
        kremlin) input="$shared/examples/kremlin-call" ;;
        vell) input="Examples/vell-bridge" ;;
        wcxb) input="$shared/data/extraction/wcxb-articles-dev/html" ;;
        l3s) input="$shared/data/extraction/l3s-gn1-dev/original" ;;
        synth5)
            input="$synth"
            if [ ! -d "$synth" ]; then
                for copy in 1 2 3 4 5; do
                    mkdir -p "$synth/c$copy"
                    for page in "$shared"/data/extraction/wcxb-articles-dev/html/*.html.gz; do
                        { zcat "$page"; printf '\n<!-- copy %d -->\n' "$copy"; } > "$synth/c$copy/$(basename "$page" .gz)"
                    done
                done
            fi ;;
        *) echo "unknown set: $set" >&2; exit 2 ;;
    esac
    /usr/bin/time -f "$set: %U s user, %S s sys, %e s wall, %M KB max RSS" -o "$out/$set.time" \
        "$binary" analyze "$input" --format json --output "$out/$set.json" --quiet
    sed -i 's/"generatedAt" : "[^"]*"/"generatedAt" : "X"/' "$out/$set.json"
    cat "$out/$set.time"
done
