#!/usr/bin/env python3
"""A quote split by its attribution with words after the cue: simulate taking the second part.

`“A,” he said of Trump and Ryan, “B.”` / `"A," said X, an economist who ..., "B."`: the quote
detector joins B to A's speaker only when nothing but punctuation stands between the cue (or
speaker) and B's opening mark. For every prediction of the cueAfterQuote stage whose content ends at
a closing mark, this finds the next opening mark in the same sentence and paragraph after the
prediction's cue and speaker; when no prediction holds B, B is added as a prediction. Grouped by
what stands in the gap (only punctuation, words ending with a comma, ...). F1 changes are exact for
content overlap F1.

    python3 Benchmarks/attribution/split_quote.py --pred-dir /tmp/p [--show N --group KEY]
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

OPEN = {"“": "”", '"': '"', "''": "''"}
CUES = ut.EDGE_CUES


def rows_of(split, path):
    gold, preds, totals = ut.loaded(split, path)
    rows = []
    for k, g in gold.items():
        pl = preds.get(k, [])
        t = g.text
        union = set().union(*(p["ctoks"] for p in pl)) if pl else set()
        seen = set()
        for p in pl:
            if p.get("stage") != "cueAfterQuote" or not p["cue"]:
                continue
            ce = p["content"][-1][1]
            after = max([e for _, e in p["cue"]] + [e for _, e in (p["source"] or [])])
            if after <= ce:
                continue
            m = re.search(r"“|\"|''", t[after:after + 400])
            if not m:
                continue
            open_at = after + m.start()
            gap = t[after:open_at]
            if "\n" in gap or re.search(r"[.?!]\s", gap) or "”" in gap:
                continue
            mark = m.group(0)
            close = t.find(OPEN[mark], open_at + len(mark))
            if close < 0:
                continue
            nl = t.find("\n", open_at)
            if 0 <= nl < close:
                close = nl
            B = g.tix.tokens_in([(open_at, close)])
            if not B or B & union or (open_at, close) in seen:
                continue
            seen.add((open_at, close))
            words = [w.lower() for w in ps.WORD_RE.findall(gap)]
            g_strip = gap.strip()
            if not words:
                kind = "punctuation only"
            elif g_strip.endswith(",") and not any(w in CUES for w in words):
                kind = "words, comma" if len(words) <= 12 else "13+ words, comma"
            elif g_strip.endswith(","):
                kind = "another cue, comma"
            elif words[-1:] == ["that"]:
                kind = "that"
            else:
                kind = "other"
            first = t[open_at + len(mark):open_at + len(mark) + 1]
            kind += " | lower" if first.islower() else " | upper"
            dtp = sum(len(a["ctoks"] & B) for a in g.atts)
            rows.append(dict(key=k, kind=kind, dtp=dtp, dpred=len(B), n=len(B), right=len(B & set().union(*(a["ctoks"] for a in g.atts))) if g.atts else 0,
                             text=t, a=p["content"][0][0], b=close))
    return rows, totals


def main():
    ap = ut.case_arguments()
    args = ap.parse_args()
    data = {s: rows_of(s, os.path.join(args.pred_dir, s + ".jsonl")) for s in ("train", "dev")}

    gain = ut.masked_gain

    print("| gap between cue and B | train rows | share right | train change | dev rows | share right | dev change |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    kinds = defaultdict(int)
    for r in data["train"][0] + data["dev"][0]:
        kinds[r["kind"]] += 1
    for key in sorted(kinds, key=lambda x: -kinds[x]) + ["(all)"]:
        cells = []
        for s in ("train", "dev"):
            rows, base = data[s]
            m = [key == "(all)" or r["kind"] == key for r in rows]
            n = sum(r["n"] for r, x in zip(rows, m) if x)
            cells.append(f"{sum(m)} | {sum(r['right'] for r, x in zip(rows, m) if x) / max(n, 1):.2f} | {gain(rows, m, base):+.5f}")
        print(f"| {key} | " + " | ".join(cells) + " |")
    if args.show:
        pool = [r for r in data["train"][0] if not args.group or args.group in r["kind"]]
        for r in ut.sampled(pool, args.show, 23):
            print(f"[{r['key']}] {r['kind']} right {r['right']}/{r['n']}: {r['text'][r['a']:r['b'] + 1][:400]!r}")


if __name__ == "__main__":
    main()
