#!/usr/bin/env bash
# Bad-input campaign: runs every case written by make_inputs.py through extract, annotate, analyze and
# ingest (SQLite store in a temporary directory), each under `timeout 60`, `ulimit -v 4000000` (4 GB of
# address space) and `/usr/bin/time -v`, and prints one row per case and command:
#   case | command | exit | seconds | peak RSS MB | first stderr line
# A row is flagged LEAK when /etc/passwd content reaches the output (XXE). Then the store checks: what
# was ingested before a bad file or a `kill -9` mid-ingest is still there and the database opens.
# Usage: Benchmarks/robustness/run.sh BIN DIR      (DIR from make_inputs.py; ONLY=substring keeps, SKIP=regex drops cases)
set -uo pipefail
bin="$(realpath "$1")"
dir="$(realpath "$2")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
limit_kb=4000000
seconds=60

# run NAME COMMAND ARGS... : one table row; stdin from $stdin_file (default /dev/null).
run() {
    local name="$1"; shift
    local cmd="$1"
    local out="$work/out" err="$work/err" timing="$work/time"
    (
        ulimit -v "$limit_kb"
        exec timeout -k 5 "$seconds" /usr/bin/time -v -o "$timing" "$bin" "$@" <"${stdin_file:-/dev/null}" >"$out" 2>"$err"
    )
    local status=$?
    local secs rss first leak=""
    secs="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timing" 2>/dev/null |
        awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }')"
    first="$(grep -v '^\s*$' "$err" | head -n 1 | cut -c 1-110 | tr '|' '/')"
    if grep -q 'root:x:0:0' "$out" "$err" 2>/dev/null; then leak=" LEAK"; fi
    printf '%-28s | %-8s | %4s | %6s | %5s | %s%s\n' "$name" "$cmd" "$status" "${secs:--}" "${rss:--}" "$first" "$leak"
    rm -f "$out" "$err" "$timing"
}

printf '%-28s | %-8s | %4s | %6s | %5s | %s\n' case command exit secs rss_MB "first stderr line"
cd "$dir"
while IFS= read -r -d '' path; do
    entry="${path#./}"
    [[ -n "${ONLY:-}" && "$entry" != *"$ONLY"* ]] && continue
    [[ -n "${SKIP:-}" && "$entry" =~ $SKIP ]] && continue
    label="$(printf '%q' "$entry" | cut -c 1-28)"
    if [[ "$entry" == stdin-* ]]; then
        input="-"; stdin_file="$dir/$entry"
    else
        input="$dir/$entry"; stdin_file=/dev/null
    fi
    for command in extract annotate analyze ingest; do
        if [[ "$entry" == fifo ]]; then
            # A named pipe on the command line is read like `<(zcat page.gz)`: a writer sends a page.
            (exec cat "$dir/mix/1-good.html" >"$dir/fifo") & writer=$!
        fi
        case "$command" in
            extract) run "$label" extract "$input" --format jsonl ;;
            annotate) run "$label" annotate "$input" ;;
            analyze) run "$label" analyze "$input" --format json --workers 2 ;;
            ingest) rm -f "$work"/store.sqlite*; run "$label" ingest "$input" --database "$work/store.sqlite" ;;
        esac
        if [[ "$entry" == fifo ]]; then kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null; fi
    done
    stdin_file=/dev/null
done < <(find . -mindepth 1 -maxdepth 1 -print0 | sort -z)

# Store: what was stored stays stored.
[[ -n "${ONLY:-}" && "store" != *"$ONLY"* ]] && exit 0
db="$work/store/corroborate.sqlite"
mkdir -p "$work/store"
count() { sqlite3 "$db" 'SELECT count(*) FROM article' 2>&1; }
check() { sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 | head -n 1; }
echo
echo "store: step | exit | articles | integrity"
run store-good ingest "$dir/mix/1-good.html" "$dir/mix/3-good.html" --database "$db" >/dev/null
echo "store: good files | - | $(count) | $(check)"
run store-bad-later ingest "$dir/rss-xxe.xml" "$dir/elf.bin" "$dir/random.bin" --database "$db"
echo "store: then a batch whose later files are bad | - | $(count) | $(check)"
before="$(count)"
( ulimit -v "$limit_kb"; exec "$bin" ingest "$dir/store-batch" --database "$db" --lease 5 --quiet >/dev/null 2>&1 ) &
victim=$!
sleep "${KILL_AFTER:-2}"
kill -9 "$victim" 2>/dev/null; wait "$victim" 2>/dev/null
echo "store: kill -9 after ${KILL_AFTER:-2} s of a 300-page batch | 137 | $(count) (before $before) | $(check)"
run store-after-kill ingest "$dir/store-batch" --database "$db" --lease 5
echo "store: the same batch again after the kill (lease 5 s) | - | $(count) (want $((before + 300))) | $(check)"
