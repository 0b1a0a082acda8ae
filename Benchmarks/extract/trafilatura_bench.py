"""Times trafilatura on the same WCXB pages as `corroborate bench extract`, one process, HTML in memory.

Usage: python trafilatura_bench.py DIR [--passes N]
Prints pages/s (best pass) in the same format as the Swift benchmark.
"""
import argparse
import gzip
import json
import pathlib
import time

import trafilatura


def load_pages(directory: pathlib.Path):
    pages = []
    for html_path in sorted((directory / "html").glob("*.html.gz")):
        page_id = html_path.name.split(".")[0]
        gold = json.loads((directory / "ground-truth" / f"{page_id}.json").read_text())
        pages.append((gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace"), gold.get("url")))
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--passes", type=int, default=1)
    args = parser.parse_args()
    pages = load_pages(args.directory)
    megabytes = sum(len(html.encode("utf-8")) for html, _ in pages) / 1e6
    best = best_cpu = float("inf")
    for number in range(1, args.passes + 1):
        start, cpu_start = time.perf_counter(), time.process_time()
        for html, url in pages:
            trafilatura.bare_extraction(html, url=url, with_metadata=True)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        best, best_cpu = min(best, elapsed), min(best_cpu, cpu)
        print(f"pass {number}: {elapsed:.3f} s wall, {cpu:.3f} s CPU")
    print(f"CPU time: {len(pages) / best_cpu:.1f} pages/s, {megabytes / best_cpu:.1f} MB/s")
    print(f"wall: {len(pages)} pages, {megabytes:.1f} MB: {len(pages) / best:.1f} pages/s, {megabytes / best:.1f} MB/s "
          f"(best of {args.passes}, one process, trafilatura {trafilatura.__version__})")


if __name__ == "__main__":
    main()
