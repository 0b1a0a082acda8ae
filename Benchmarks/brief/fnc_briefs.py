"""The JSON brief of one FNC-1 story group (its first bodies, as fnc_story.py writes them), run once and kept.

Shared by the brief evaluations (discrepancy_eval.py, position_eval.py): `brief(story, args, folder)` reads
`args.fnc` (the FNC-1 directory), `args.corroborate` (the binary) and `args.reuse` (read a brief already in `folder`).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def brief(story, args, folder):
    path = os.path.join(folder, f"{story}.json")
    if not (args.reuse and os.path.exists(path)):
        lines = subprocess.run([sys.executable, os.path.join(HERE, "fnc_story.py"), args.fnc, story],
                               check=True, capture_output=True, text=True).stdout
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
            handle.write(lines)
        out = subprocess.run([args.corroborate, "analyze", handle.name, "--format", "json", "--quiet"],
                             check=True, capture_output=True, text=True).stdout
        os.unlink(handle.name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(out)
    return json.load(open(path, encoding="utf-8"))


def arguments(description):
    """The brief evaluations' command line: GOLD FNC_DIR CORROBORATE [--half dev|test|all] [--briefs DIR] [--reuse]."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("fnc")
    parser.add_argument("corroborate")
    parser.add_argument("--half", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--briefs")
    parser.add_argument("--reuse", action="store_true")
    return parser.parse_args()
