#!/usr/bin/env bash
# Extraction speed: corroborate (release build, one core) against trafilatura (PyPI, one process)
# on the same WCXB dev article pages, HTML in memory. Prints both pages/s and the ratio.
# Usage: Benchmarks/extract/run.sh [DATA_DIR]   (default ../shared/data/extraction/wcxb-articles-dev)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data/extraction/wcxb-articles-dev}"
venv="$here/.venv"
scratch="${SCRATCH_PATH:-$root/.build-bench-rel}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet trafilatura lxml_html_clean
fi

swift build -c release --package-path "$root" --scratch-path "$scratch" --product corroborate >/dev/null
ours="$(taskset -c 0 "$scratch/release/corroborate" bench extract "$data" --passes 3 | grep '^CPU time')"
theirs="$(taskset -c 0 "$venv/bin/python" "$here/trafilatura_bench.py" "$data" --passes 1 | grep '^CPU time')"
echo "corroborate: $ours"
echo "trafilatura: $theirs"
python3 - "$ours" "$theirs" <<'PY'
import re, sys
rate = lambda line: float(re.search(r"([0-9.]+) pages/s", line).group(1))
print(f"ratio: {rate(sys.argv[1]) / rate(sys.argv[2]):.1f}x trafilatura pages/s (CPU time, one core)")
PY
