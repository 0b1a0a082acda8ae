#!/usr/bin/env python3
"""Tally PolNeAR attributions that content overlap F1 counts as wholly unmatched.

False positives: predictions whose content shares no word token with any gold content.
Misses: gold contents that share no word token with any prediction.
Both are grouped by construction and by cue word, with their token counts and what
the content overlap F1 would be with that group fixed (false positives dropped, misses
found exactly). Tokens and gold are those of ../shared/tools/polnear_score.py.

    python3 Benchmarks/attribution/unmatched_tally.py --split train --pred /tmp/p/train.jsonl [--show N --kind fp|miss --group KEY]
"""
import argparse
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
import polnear_score as ps  # noqa: E402

DATA = os.path.join(HERE, "..", "..", "..", "shared", "data", "attribution", "polnear-dev")


def span_text(text, frags):
    return " ".join(text[a:b] for a, b in (frags or []))


def construction(text, content, source, cue):
    """A coarse shape of one attribution (gold or predicted)."""
    cstart, cend = content[0][0], content[-1][1]
    ctext = span_text(text, content)
    cuetext = span_text(text, cue).lower()
    first_nl = text.find("\n")
    has_q, direct = ps.quote_class(text, content)
    if 0 <= cstart < (first_nl if first_nl >= 0 else len(text)):
        shape = "headline"
    elif not cue:
        shape = "no cue"
    elif "according" in cuetext:
        shape = "according to"
    elif len(content) > 1 and any(content[i][1] <= cue[0][0] < content[i + 1][0] for i in range(len(content) - 1)):
        shape = "cue inside content (parenthetical)"
    elif cue[0][0] >= cend:
        shape = "content before cue"
    else:
        between = text[cue[-1][1]:cstart]
        shape = "cue then colon" if ":" in between else "cue then content"
    if direct:
        quote = "direct"
    elif has_q:
        quote = "partial quote"
    else:
        quote = "no quote"
    src = "source" if source else "no source"
    return shape, quote, src, ctext


def cue_key(text, cue):
    words = ps.WORD_RE.findall(span_text(text, cue).lower())
    return " ".join(words[:3]) if words else "(none)"


def f1(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--show", type=int, default=0, help="print N random items of --kind / --group")
    ap.add_argument("--kind", choices=["fp", "miss"], default="fp")
    ap.add_argument("--group", default="", help="construction (a|b|c) or cue word to show")
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()

    gold = ps.load_gold(ps.Corpus(args.data), args.split)
    preds = ps.load_pred(args.pred, gold)
    tp = pred_tokens = gold_tokens = 0
    items = {"fp": [], "miss": []}
    boundary_extra = boundary_missed = 0
    for k, g in gold.items():
        pl = preds.get(k, [])
        gold_union = set().union(*(a["ctoks"] for a in g.atts)) if g.atts else set()
        pred_union = set().union(*(p["ctoks"] for p in pl)) if pl else set()
        pred_tokens += sum(len(p["ctoks"]) for p in pl)
        gold_tokens += sum(len(a["ctoks"]) for a in g.atts)
        for a in g.atts:
            for p in pl:
                tp += len(a["ctoks"] & p["ctoks"])
        for p in pl:
            if not p["ctoks"] & gold_union:
                shape = construction(g.text, p["content"], p["source"], p["cue"])
                items["fp"].append((len(p["ctoks"]), shape, cue_key(g.text, p["cue"]), k, p, g.text))
            else:
                boundary_extra += len(p["ctoks"] - gold_union)
        for a in g.atts:
            if not a["ctoks"] & pred_union:
                shape = construction(g.text, a["content"], a["source"], a["cue"])
                items["miss"].append((len(a["ctoks"]), shape, cue_key(g.text, a["cue"]), k, a, g.text))
            else:
                boundary_missed += len(a["ctoks"] - pred_union)
    base = f1(tp, pred_tokens, gold_tokens)
    gap = 0.88 - base
    print(f"{args.split}: overlap F1 {base:.5f} (tp {tp}, pred {pred_tokens}, gold {gold_tokens}); gap to 0.88 {gap:.4f}")

    def gain(kind, n):
        if kind == "fp":
            return f1(tp, pred_tokens - n, gold_tokens) - base
        return f1(tp + n, pred_tokens + n, gold_tokens) - base

    fp_n = sum(i[0] for i in items["fp"])
    miss_n = sum(i[0] for i in items["miss"])
    print("\n## budget (F1 gain if the whole group were fixed; share of the gap to 0.88)")
    print("| group | items | tokens | F1 gain | share of gap |")
    print("| --- | --- | --- | --- | --- |")
    for label, kind, cnt, n in (("wholly false positive predictions", "fp", len(items["fp"]), fp_n),
                                ("wholly missed gold contents", "miss", len(items["miss"]), miss_n)):
        g_ = gain(kind, n)
        print(f"| {label} | {cnt} | {n} | {g_:+.4f} | {g_ / gap:.0%} |")
    gb = f1(tp + boundary_missed, pred_tokens - boundary_extra + boundary_missed, gold_tokens) - base
    print(f"| boundaries of overlapping contents (extra {boundary_extra}, missed {boundary_missed} tokens) | | | {gb:+.4f} | {gb / gap:.0%} |")

    for kind in ("fp", "miss"):
        for title, keyf in (("construction", lambda i: " | ".join(i[1][:3])), ("shape", lambda i: i[1][0]),
                            ("cue words", lambda i: i[2])):
            agg = defaultdict(lambda: [0, 0])
            for i in items[kind]:
                a = agg[keyf(i)]
                a[0] += 1
                a[1] += i[0]
            print(f"\n## {kind} by {title}")
            print("| group | items | tokens | F1 gain | share of gap |")
            print("| --- | --- | --- | --- | --- |")
            for key, (cnt, n) in sorted(agg.items(), key=lambda kv: -kv[1][1])[:args.top]:
                g_ = gain(kind, n)
                print(f"| {key} | {cnt} | {n} | {g_:+.4f} | {g_ / gap:.1%} |")

    if args.show:
        pool = [i for i in items[args.kind]
                if not args.group or args.group in (" | ".join(i[1][:3]), i[1][0], i[2])]
        random.Random(args.seed).shuffle(pool)
        for n, shape, cue, k, x, text in pool[:args.show]:
            c0, c1 = x["content"][0][0], x["content"][-1][1]
            lo = min([c0] + [s for s, _ in (x["source"] or [])] + [s for s, _ in (x["cue"] or [])])
            hi = max([c1] + [e for _, e in (x["source"] or [])] + [e for _, e in (x["cue"] or [])])
            ctx = text[max(0, lo - 80):min(len(text), hi + 60)].replace("\n", " / ")
            print(f"\n[{k}] {' | '.join(shape[:3])} cue={cue!r} src={span_text(text, x['source'])!r}")
            print(f"   content: {shape[3][:300]!r}")
            print(f"   context: ...{ctx}...")


if __name__ == "__main__":
    main()
