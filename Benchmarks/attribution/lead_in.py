#!/usr/bin/env python3
"""A direct quote's lead-in: simulate starting a content at its cue instead of at its quotation mark.

For every prediction whose cue stands before its content and whose content opens at (or right
after) a quotation mark, the words between the cue's end and the mark are a lead-in ("said that,
“...", "two choices: “...", "voters, "..."). Simulated: the content starts right after the cue;
grouped by stage, by the punctuation before the mark (":", ",", none) and by the lead-in's length.
F1 changes are exact for content overlap F1.

    python3 Benchmarks/attribution/lead_in.py --pred-dir /tmp/p [--show N --group KEY]
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
sys.path.insert(0, HERE)
import polnear_score as ps  # noqa: E402
import unmatched_tally as ut  # noqa: E402

QUOTES = "\"“‘'"


def rows_of(split, path):
    gold, preds, totals = ut.loaded(split, path)
    rows = []
    for k, g in gold.items():
        pl = preds.get(k, [])
        t = g.text
        for i, p in enumerate(pl):
            if not p["cue"]:
                continue
            cs = p["content"][0][0]
            ce_cue = p["cue"][-1][1]
            if ce_cue > cs:
                continue
            gap = t[ce_cue:cs]
            # the mark opens the content or stands just before it
            if not (t[cs:cs + 1] in QUOTES or gap.rstrip()[-1:] in QUOTES):
                continue
            lead = gap.rstrip().rstrip(QUOTES).rstrip()
            if not ps.WORD_RE.search(lead) and not lead.strip():
                continue
            if re.search(r"[.?!]\s", lead) or "\n" in lead:
                continue
            words = ps.WORD_RE.findall(lead)
            T = g.tix.tokens_in([(ce_cue, cs)]) - p["ctoks"]
            if not T:
                continue
            others = set().union(*(q["ctoks"] for j, q in enumerate(pl) if j != i)) if len(pl) > 1 else set()
            if T & others:
                continue
            punct = lead[-1:] if lead[-1:] in ":,;—-" else "none"
            n = len(words)
            nb = "1" if n <= 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7+"
            first = words[0].lower() if words else ""
            dtp = sum(len(a["ctoks"] & T) for a in g.atts)
            right = len(T & set().union(*(a["ctoks"] for a in g.atts))) if g.atts else 0
            rows.append(dict(key=k, stage=p.get("stage", "?"), punct=punct, nb=nb, first=first if first == "that" else "other",
                             dtp=dtp, dpred=len(T), right=right, n=len(T), lead=lead, text=t, p=p))
    return rows, totals


gain = ut.masked_gain


def main():
    ap = ut.case_arguments()
    args = ap.parse_args()
    data = {s: rows_of(s, os.path.join(args.pred_dir, s + ".jsonl")) for s in ("train", "dev")}
    keyfs = {"stage": lambda r: r["stage"], "punct": lambda r: r["punct"], "length": lambda r: r["nb"],
             "stage+punct": lambda r: r["stage"] + " " + r["punct"], "punct+length": lambda r: r["punct"] + " " + r["nb"],
             "punct+that": lambda r: r["punct"] + " " + r["first"]}
    for s, (rows, base) in data.items():
        print(f"{s}: {len(rows)} lead-ins, tokens {sum(r['n'] for r in rows)}, in gold {sum(r['right'] for r in rows)}; all: {gain(rows, [1] * len(rows), base):+.5f}")
    for name, kf in keyfs.items():
        print(f"\n## by {name}: rows, share of lead-in tokens in gold, F1 change if the content starts at the cue")
        print("| key | train rows | right | train change | dev rows | right | dev change |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        keys = defaultdict(int)
        for r in data["train"][0]:
            keys[kf(r)] += 1
        for key, _ in sorted(keys.items(), key=lambda kv: -kv[1]):
            cells = []
            for s in ("train", "dev"):
                rows, base = data[s]
                m = [kf(r) == key for r in rows]
                n = sum(r["n"] for r, x in zip(rows, m) if x)
                cells.append(f"{sum(m)} | {sum(r['right'] for r, x in zip(rows, m) if x) / max(n, 1):.2f} | {gain(rows, m, base):+.5f}")
            print(f"| {key} | " + " | ".join(cells) + " |")
    if args.show:
        pool = [r for r in data["train"][0] if not args.group or args.group in (r["stage"] + " " + r["punct"], r["punct"], r["punct"] + " " + r["first"])]
        for r in ut.sampled(pool, args.show, 23):
            cs = r["p"]["content"][0][0]
            print(f"[{r['key']}] {r['stage']} {r['punct']} right {r['right']}/{r['n']}: ...{r['text'][max(0, cs - 90):cs + 50]!r}")


if __name__ == "__main__":
    main()
