#!/bin/sh
# Load test of `corroborate serve` on loopback: fills a SQLite store with synthetic stories
# (`corroborate bench fill-store`), starts the server, and runs wrk against random story pages.
#
#   Benchmarks/serve/run.sh                      # 10,000 stories, 30 s, 1 thread, 4 connections
#   STORIES=2000 DURATION=10s CONNECTIONS=2 Benchmarks/serve/run.sh
#   PATH_PREFIX=/api/stories/ Benchmarks/serve/run.sh   # the JSON brief instead of the page
#
# wrk has no rate flag: it reports the rate it reaches with few connections, and latency
# percentiles (--latency).
set -eu
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/release/corroborate}
DB=${DB:-/tmp/corroborate-serve-bench.sqlite}
STORIES=${STORIES:-10000}
PORT=${PORT:-8089}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-4}
export STORIES

[ -x "$BIN" ] || swift build -c release --product corroborate
if [ "${KEEP_STORE:-0}" != 1 ] || [ ! -f "$DB" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$BIN" bench fill-store --database "$DB" --stories "$STORIES"
fi

OPENBLAS_NUM_THREADS=1 "$BIN" serve --database "$DB" --port "$PORT" >/tmp/corroborate-serve-bench.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/stories/s-syn-0" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs -o /dev/null -w "story page: %{size_download} bytes, %{time_total} s (first request)\n" "http://127.0.0.1:$PORT/stories/s-syn-1"

wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s Benchmarks/serve/random-story.lua "http://127.0.0.1:$PORT"
