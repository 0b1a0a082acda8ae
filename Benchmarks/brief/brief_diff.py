#!/usr/bin/env python3
"""What changed between two harness runs (Benchmarks/brief/harness.sh): claims, quotes and quote groups, per story.

Usage: brief_diff.py OLD_DIR NEW_DIR [claims|quotes|groups|all]
Each brief is reduced to one line per item, and the lines only one side has are printed, old ("-") then new ("+"),
under the story's name, so that a reader can judge every change:
  claims  status | text | holder:stance for every position (sorted)
  quotes  article | speaker | kind | cue | text
  groups  speaker | the group's quote texts (article:text, sorted)
Ends with the number of changed lines per part.
"""
import json
import os
import sys


def claim_lines(story):
    lines = []
    for claim in story.get("claims", []):
        positions = sorted(f"{p.get('holderName')}:{p.get('stance')}" for p in claim.get("positions", []))
        lines.append(f"{claim.get('status')} | {claim.get('text')} | {', '.join(positions)}")
    return lines


def quote_lines(story):
    return [f"{q.get('article')} | {q.get('speakerName')} | {q.get('kind')} | {q.get('cue')} | {q.get('text')}"
            for q in story.get("quotes", [])]


def group_lines(story):
    texts = {q["id"]: f"{q.get('article')}:{q.get('text')}" for q in story.get("quotes", [])}
    names = {e["id"]: e.get("name") for e in story.get("entities", [])}
    return [f"{names.get(g.get('speaker'), g.get('speaker'))} | " + " || ".join(sorted(texts.get(i, i) for i in g.get("quotes", [])))
            for g in story.get("quoteGroups", [])]


PARTS = {"claims": claim_lines, "quotes": quote_lines, "groups": group_lines}


def lines(path, part):
    try:
        brief = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for story in brief.get("stories", []):
        out.extend(PARTS[part](story))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new = sys.argv[1], sys.argv[2]
    parts = list(PARTS) if len(sys.argv) < 4 or sys.argv[3] == "all" else [sys.argv[3]]
    names = sorted({f[:-5] for d in (old, new) for f in os.listdir(d) if f.endswith(".json")},
                   key=lambda n: (not n[1:].isdigit(), int(n[1:]) if n[1:].isdigit() else 0, n))
    counts = {}
    for part in parts:
        for name in names:
            before, after = lines(os.path.join(old, name + ".json"), part), lines(os.path.join(new, name + ".json"), part)
            gone = [l for l in before if l not in set(after)]
            came = [l for l in after if l not in set(before)]
            if gone or came:
                print(f"== {name} {part}")
                for line in gone:
                    print(f"- {line}")
                for line in came:
                    print(f"+ {line}")
            counts[part] = counts.get(part, 0) + len(gone) + len(came)
    print("changed lines: " + ", ".join(f"{p} {counts.get(p, 0)}" for p in parts))


if __name__ == "__main__":
    main()
