#!/usr/bin/env bash
# `corroborate analyze` at scale: peak memory (max RSS) and CPU time per input set and format,
# and the briefs (generatedAt masked) so two builds can be compared byte for byte.
#
# Usage: Benchmarks/analyze/run.sh [--formats json,markdown,html] BINARY OUT_DIR [SET...]
#        Benchmarks/analyze/run.sh --compare BEFORE_DIR AFTER_DIR
# Sets: kremlin (../shared/examples/kremlin-call), vell (Examples/vell-bridge), wcxb (the 711 WCXB dev
# pages), l3s (the 311 L3S-GN1 dev originals), synthN (the WCXB dev pages N times, e.g. synth5 or
# synth20, each copy made distinct by an HTML comment, generated under $TMPDIR on first use).
# Default sets: kremlin vell wcxb l3s; default format: json. Each run writes OUT_DIR/SET.EXT (json, md
# or html) and its timing to OUT_DIR/SET.time (json) or OUT_DIR/SET.FORMAT.time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="../shared"   # inputs named relative to the project, as a brief's "source" fields show them

if [ "${1:-}" = "--compare" ]; then
    status=0
    for brief in "$2"/*.json "$2"/*.md "$2"/*.html; do
        [ -e "$brief" ] || continue
        name="$(basename "$brief")"
        if cmp -s "$brief" "$3/$name"; then echo "$name: identical"; else echo "$name: DIFFERS"; status=1; fi
    done
    exit $status
fi

formats=json
if [ "${1:-}" = "--formats" ]; then formats="$2"; shift 2; fi
binary="$(realpath "$1")" out="$(realpath -m "$2")"; shift 2
cd "$root"
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(kremlin vell wcxb l3s)
mkdir -p "$out"
for set in "${sets[@]}"; do
    case "$set" in
        kremlin) input="$shared/examples/kremlin-call" ;;
        vell) input="Examples/vell-bridge" ;;
        wcxb) input="$shared/data/extraction/wcxb-articles-dev/html" ;;
        l3s) input="$shared/data/extraction/l3s-gn1-dev/original" ;;
        synth[0-9]*)
            copies="${set#synth}"
            input="${TMPDIR:-/tmp}/corroborate-analyze-$set"
            if [ ! -d "$input" ]; then
                for copy in $(seq 1 "$copies"); do
                    mkdir -p "$input/c$copy"
                    for page in "$shared"/data/extraction/wcxb-articles-dev/html/*.html.gz; do
                        { zcat "$page"; printf '\n<!-- copy %d -->\n' "$copy"; } > "$input/c$copy/$(basename "$page" .gz)"
                    done
                done
            fi ;;
        *) echo "unknown set: $set" >&2; exit 2 ;;
    esac
    for format in ${formats//,/ }; do
        case "$format" in
            json) extension=json time="$out/$set.time" ;;
            markdown) extension=md time="$out/$set.markdown.time" ;;
            html) extension=html time="$out/$set.html.time" ;;
            *) echo "unknown format: $format" >&2; exit 2 ;;
        esac
        brief="$out/$set.$extension"
        /usr/bin/time -f "$set ($format): %U s user, %S s sys, %e s wall, %M KB max RSS" -o "$time" \
            "$binary" analyze "$input" --format "$format" --output "$brief" --quiet
        case "$format" in
            json) sed -i 's/"generatedAt" : "[^"]*"/"generatedAt" : "X"/' "$brief" ;;
            html) sed -i 's/ · generated [^<]*<\/p><\/header>/ · generated X<\/p><\/header>/' "$brief" ;;
        esac
        cat "$time"
    done
done
