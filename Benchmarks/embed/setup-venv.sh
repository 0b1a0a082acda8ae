#!/usr/bin/env bash
# Creates the Python venv used to time PyTorch (sentence-transformers, CPU, one thread) against
# Corroborate's Swift encoder. Benchmark-only: nothing in the package depends on it.
# The venv lives outside the work tree (default ~/.cache/corroborate/bench-venv; override with
# CORROBORATE_BENCH_VENV). Uses PyTorch's CPU wheel index when pip can reach it, plain PyPI otherwise.
set -euo pipefail

venv="${CORROBORATE_BENCH_VENV:-$HOME/.cache/corroborate/bench-venv}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import torch, sentence_transformers" 2>/dev/null; then
    echo "bench-venv: ready at $venv" >&2
    exit 0
fi
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
cpu_index="https://download.pytorch.org/whl/cpu"
if timeout 20 "$venv/bin/python" -m pip download --quiet --no-deps -d "$(mktemp -d)" \
        --index-url "$cpu_index" --retries 0 --timeout 10 typing-extensions >/dev/null 2>&1; then
    echo "bench-venv: installing CPU torch from the CPU wheel index" >&2
    "$venv/bin/python" -m pip install --quiet torch --index-url "$cpu_index"
else
    echo "bench-venv: CPU wheel index unreachable; installing torch from PyPI" >&2
    "$venv/bin/python" -m pip install --quiet torch
fi
"$venv/bin/python" -m pip install --quiet sentence-transformers
echo "bench-venv: ready at $venv" >&2
