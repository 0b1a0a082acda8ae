#!/usr/bin/env python3
"""Precision and recall of the brief's discrepancies against our gold judgments of FNC-1 story groups.

Usage: discrepancy_eval.py GOLD FNC_DIR CORROBORATE [--half dev|test|all] [--briefs DIR] [--reuse]
  GOLD         Examples/discrepancies-gold/fnc1.tsv: "read" rows list the stories read per half, the other rows
               give one body's value of one slot (half, story, slot, body, value).
  FNC_DIR      ../shared/data/stance/fnc1-train
  CORROBORATE  .build-bench-rel/release/corroborate
  --briefs DIR keep each story's JSON brief there (DIR/sNN.json); --reuse reads briefs already there.
A brief's discrepancy is right when two of its values, given by bodies that have gold values for one slot, match
two different gold values of that slot (numbers compared by value: "at least 10" matches "at least 10" and "10";
names case-insensitively). A gold slot is found when a right discrepancy matches it. Every other discrepancy on
a read story is a false one. Prints each discrepancy with its verdict, then precision and recall per half.
"""
import collections
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fnc_briefs import arguments, brief  # noqa: E402
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
SCALES = {"million": 1e6, "billion": 1e9, "thousand": 1e3}


def number(text):
    """The first number of a value ("at least 10" -> 10.0, "$1.2 billion" -> 1.2e9), or None for names."""
    found = NUMBER.search(text)
    if not found:
        return None
    value = float(found.group(0).replace(",", ""))
    rest = text[found.end():].strip().lower()
    for word, scale in SCALES.items():
        if rest.startswith(word):
            value *= scale
    return value


def same(brief_value, gold_value):
    a, b = number(brief_value), number(gold_value)
    if a is None or b is None:
        return brief_value.strip().lower() == gold_value.strip().lower()
    return abs(a - b) < 1e-6


def load_gold(path):
    read, slots = {}, collections.defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if cells[0] == "read":
            for story in cells[2].split():
                read[story] = cells[1]
        else:
            half, story, slot, body, value = cells
            slots[(story, slot)][body] = value
    return read, slots


def verdict(discrepancy, bodies, story, slots):
    """The gold slot a discrepancy matches, or None."""
    for (gold_story, slot), values in slots.items():
        if gold_story != story:
            continue
        hit = set()
        for value in discrepancy["values"]:
            for article in value["articles"]:
                body = bodies.get(article)
                if body in values and same(value["value"], values[body]):
                    hit.add(values[body])
        if len(hit) >= 2:
            return slot
    return None


def main():
    args = arguments(__doc__)
    read, slots = load_gold(args.gold)
    folder = args.briefs or tempfile.mkdtemp()
    os.makedirs(folder, exist_ok=True)
    scores = collections.defaultdict(lambda: [0, 0, set()])  # half -> [reported, right, found slots]
    for story, half in read.items():
        if args.half not in ("all", half):
            continue
        result = brief(story, args, folder)
        scores[half]  # every half read is scored, also with nothing reported
        bodies = {a["id"]: a["url"].rsplit("/", 1)[-1] for a in result["articles"]}
        for item in result["stories"]:
            for discrepancy in item.get("discrepancies", []):
                slot = verdict(discrepancy, bodies, story, slots)
                scores[half][0] += 1
                if slot:
                    scores[half][1] += 1
                    scores[half][2].add((story, slot))
                shown = "; ".join(f"{v['value']} ({','.join(bodies.get(a, a) for a in v['articles'])})" for v in discrepancy["values"])
                print(f"{story}\t{'right' if slot else 'FALSE'}\t{discrepancy['topic']}\t{shown}")
    for half in sorted(scores):
        reported, right, found = scores[half]
        gold = sum(1 for (story, _) in slots if read.get(story) == half)
        precision = right / reported if reported else 0.0
        recall = len(found) / gold if gold else 0.0
        print(f"{half}: reported {reported}, right {right}, false {reported - right}; precision {precision:.2f}, "
              f"recall {len(found)}/{gold} = {recall:.2f}")


if __name__ == "__main__":
    main()
