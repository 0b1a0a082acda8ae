#!/usr/bin/env python3
"""List each body's place candidates of one or more FNC-1 story files, for reading place discrepancies.

Usage: place_candidates.py STORY.jsonl... (as fnc_story.py writes them)
A candidate is "in/at/near/inside/outside/from/to" + a capitalised phrase; printed one line per story, each phrase
with the bodies giving it (most bodies first), so that places two bodies give differently stand out and can be
read in context. Nothing is judged here.
"""
import json
import re
import sys
from collections import defaultdict

PREP = r"(?:in|at|near|inside|outside|from|to)"
PHRASE = r"((?:the )?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’.-]*)*)"
SENT = re.compile(r"(?<=[.!?])\s+")

def main():
    for path in sys.argv[1:]:
        story = path.rsplit("/", 1)[-1].split(".")[0]
        places = defaultdict(set)
        lines = []
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            body = rec["outlet"].split()[-1]
            for sent in SENT.split(rec["text"]):
                for m in re.finditer(r"\b" + PREP + r"\s+" + PHRASE, sent):
                    place = m.group(1).replace("the ", "")
                    if place.split()[0] in {"I", "He", "She", "The", "A", "It", "We", "They", "This"}:
                        continue
                    places[place].add(body)
                    lines.append((place, body, sent.strip()[:220]))
        print(f"== {story}: " + "; ".join(f"{p} [{','.join(sorted(b))}]" for p, b in sorted(places.items(), key=lambda kv: -len(kv[1]))))

if __name__ == "__main__":
    main()
