#!/usr/bin/env bash
# Story desk over a stream of ingests: FNC-1 train bodies (1,683) shuffled (seed 14), dealt into N
# JSON-lines batches, ingested one `corroborate ingest` after the other into a fresh SQLite store, then
# the store's stories scored against story_clusters.csv (pairwise and B-cubed, as `eval clusters`).
#
# Usage: Benchmarks/desk/run.sh BIN [FNC_DIR] [COUNTS...]
#   BIN      the corroborate binary (e.g. .build-bench-rel/release/corroborate)
#   FNC_DIR  default ../shared/data/stance/fnc1-train
#   COUNTS   batch counts to run, default "1 20 200" (1 = all bodies in one ingest)
# Prints per run: the score, the wall time of all ingests and the largest peak RSS of one ingest
# (GNU time). Work files go to ${WORK:-/tmp/desk-bench}.
set -euo pipefail
BIN=$(realpath "$1"); FNC=${2:-../shared/data/stance/fnc1-train}; shift; [ $# -gt 0 ] && shift
COUNTS=${*:-1 20 200}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-/tmp/desk-bench}
for n in $COUNTS; do
    dir="$WORK/n$n"; rm -rf "$dir"; mkdir -p "$dir/batches"
    python3 "$HERE/fnc_stream.py" batches "$FNC" "$dir/batches" "$n"
    db="$dir/store.sqlite"; peak=0
    start=$(date +%s.%N)
    for batch in "$dir"/batches/batch-*.jsonl; do
        /usr/bin/time -f %M -o "$dir/rss" "$BIN" ingest --quiet --database "$db" "$batch" >> "$dir/ingest.log"
        rss=$(tail -1 "$dir/rss"); if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
    done
    end=$(date +%s.%N)
    echo "== $n batch(es) of ~$((1683 / n)) bodies"
    python3 "$HERE/fnc_stream.py" score "$FNC" "$db"
    printf 'wall %.1f s for %d ingests, peak RSS %d MB\n' "$(echo "$end - $start" | bc)" "$n" "$((peak / 1024))"
done
