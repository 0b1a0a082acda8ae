#!/usr/bin/env python3
"""Contents that open right after their cue, by their first word: tallied and simulated on written predictions.

Session 26 (attr26). A reported content whose first word stands right after its cue says much about whether the cue
reports anything: a particle ("pointing [out] the progress") belongs to a phrasal cue, "and" coordinates the cue with
another noun or verb ("the candidate's fears [and instincts]", "wrote [and adopted] the form of government").

1. Tally (--mode tally): per split, (stage, first word) for non-direct contents that open right after their cue (only
   spaces between): items, tokens, share of tokens inside some gold content, wholly false items, and the overlap F1 change
   if the whole group were dropped. --words a,b,c limits the rows.
2. Simulate (--mode simulate --variant particle|coordinated|passive-by): the change applied to the written predictions,
   scored by overlap F1 (which sums over all gold-prediction pairs), one-to-one Jaccard matches (>= 0.5) and a union token
   F1 in which no token counts twice (see outer_report.py: overlap F1 rewards duplicates). --show N prints changed cases.

    python3 Benchmarks/attribution/content_opening.py --pred-dir /tmp/p [--mode simulate --variant particle --show 20]
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

WORD = re.compile(r"[\w'’]+|\S")
PARTICLES = {"up", "out", "off", "down", "back"}
CUE_PREPOSITIONS = {"about", "on", "against", "with", "over", "of", "for"}
PARTICLE_PREPOSITIONS = CUE_PREPOSITIONS | {"at", "in"}
IRREGULAR_PAST = {"wrote", "said", "told"}


def measures(gold, preds):
    """(overlap F1, Jaccard F1, union F1, Jaccard matches) of `preds` (empty contents left out)."""
    tp = pt = gt = jt = jp = jg = utp = up = ug = 0
    for k, g in gold.items():
        pl = [p for p in preds.get(k, []) if p["ctoks"]]
        gt += sum(len(a["ctoks"]) for a in g.atts)
        pt += sum(len(p["ctoks"]) for p in pl)
        for a in g.atts:
            for p in pl:
                tp += len(a["ctoks"] & p["ctoks"])
        jt += len(ps.match_jaccard(g.atts, pl))
        jp += len(pl)
        jg += len(g.atts)
        gu = set().union(*(a["ctoks"] for a in g.atts)) if g.atts else set()
        pu = set().union(*(p["ctoks"] for p in pl)) if pl else set()
        utp += len(gu & pu)
        up += len(pu)
        ug += len(gu)
    return ut.f1(tp, pt, gt), ut.f1(jt, jp, jg), ut.f1(utp, up, ug), jt


def opening(g, p):
    """The first word match of a non-direct content that opens right after its cue, else None."""
    if not p["cue"] or p.get("direct"):
        return None
    c0, ce = p["content"][0][0], p["cue"][-1][1]
    if c0 < ce or g.text[ce:c0].strip():
        return None
    return WORD.match(g.text, c0)


def next_word(g, p, after):
    """The word after position `after` if it is a word inside the content's first fragment."""
    m = WORD.search(g.text, after)
    if m and m.start() < p["content"][0][1] and re.match(r"\w", m.group(0)):
        return m
    return None


def particle(g, p):
    """A particle right after the cue leaves the content, with a preposition after it (the library's rule)."""
    if p.get("stage") not in ("reported", "learned"):
        return None
    m = opening(g, p)
    if not m or m.group(0).lower() not in PARTICLES:
        return None
    n = next_word(g, p, m.end())
    if not n:
        return None
    if n.group(0).lower() in PARTICLE_PREPOSITIONS:
        n = next_word(g, p, n.end()) or n
    return [(n.start(), p["content"][0][1])] + p["content"][1:]


def coordinated(g, p):
    """A reported content opening with "and": after a verb of the cue's form the content starts, else it is dropped."""
    if p.get("stage") != "reported":
        return None
    m = opening(g, p)
    if not m or m.group(0).lower() != "and":
        return None
    cue = g.text[p["cue"][-1][0]:p["cue"][-1][1]].lower().split()[-1]
    v = next_word(g, p, m.end())
    if v:
        w = v.group(0).lower()
        same = (w.endswith("ed") and (cue.endswith("ed") or cue in IRREGULAR_PAST)) or (w.endswith("ing") and cue.endswith("ing"))
        n = next_word(g, p, v.end()) if same else None
        if n:
            return [(n.start(), p["content"][0][1])] + p["content"][1:]
    return [(m.start(), m.start())]


def passive_by(g, p):
    """Measured, not kept: a reported content opening with "by" and no "-ing" verb after it dropped."""
    if p.get("stage") != "reported":
        return None
    m = opening(g, p)
    if not m or m.group(0).lower() != "by":
        return None
    n = next_word(g, p, m.end())
    if not n or n.group(0).lower().endswith("ing"):
        return None
    return [(m.start(), m.start())]


VARIANTS = {"particle": particle, "coordinated": coordinated, "passive-by": passive_by}


def simulate(split, path, transform, show):
    gold, preds, _ = ut.loaded(split, path)
    base = measures(gold, preds)
    new, changed = {}, []
    for k, g in gold.items():
        out = []
        for p in preds.get(k, []):
            frags = transform(g, p)
            if frags is None:
                out.append(p)
                continue
            q = dict(p, content=frags, ctoks=g.tix.tokens_in(frags))
            changed.append((k, g, p, q))
            out.append(q)
        new[k] = out
    after = measures(gold, new)
    print(f"{split}: {len(changed)} changed; overlap {base[0]:.5f} -> {after[0]:.5f} ({after[0] - base[0]:+.5f}); "
          f"Jaccard {base[1]:.5f} -> {after[1]:.5f} (matches {after[3] - base[3]:+d}); "
          f"union {base[2]:.5f} -> {after[2]:.5f} ({after[2] - base[2]:+.5f})")
    for k, g, p, q in ut.sampled(changed, show, 26):
        t = g.text
        best = max(g.atts, key=lambda a: len(a["ctoks"] & p["ctoks"]), default=None)
        gtxt = " ... ".join(t[a:b] for a, b in best["content"]) if best and best["ctoks"] & p["ctoks"] else "-"
        print(f"\n[{k}] {p.get('stage')} cue={' '.join(t[a:b] for a, b in p['cue'])!r}"
              f"\n  ours: {' | '.join(t[a:b] for a, b in p['content'])[:250]!r}"
              f"\n  new:  {' | '.join(t[a:b] for a, b in q['content'])[:250]!r}\n  gold: {gtxt[:250]!r}")


def tally(split, path, words, top):
    gold, preds, (tp, pt, gt) = ut.loaded(split, path)
    agg = defaultdict(lambda: [0, 0, 0, 0])
    for k, g in gold.items():
        for p in preds[k]:
            m = opening(g, p)
            if not m:
                continue
            right = sum(len(a["ctoks"] & p["ctoks"]) for a in g.atts)
            a = agg[(p.get("stage"), m.group(0).lower())]
            a[0] += 1
            a[1] += len(p["ctoks"])
            a[2] += right
            a[3] += right == 0
    print(f"\n## {split}: contents opening right after their cue, by stage and first word")
    print("| stage | first word | items | tokens | share right | wholly false | F1 change if dropped |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    rows = [(key, v) for key, v in agg.items() if not words or key[1] in words]
    for (stage, word), (n, tok, right, false) in sorted(rows, key=lambda kv: -kv[1][1])[:top]:
        d = ut.f1(tp - right, pt - tok, gt) - ut.f1(tp, pt, gt)
        print(f"| {stage} | {word} | {n} | {tok} | {right / tok:.2f} | {false} | {d:+.5f} |")


def main():
    ap = ut.case_arguments()
    ap.add_argument("--mode", choices=["tally", "simulate"], default="tally")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="particle")
    ap.add_argument("--words", default="")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--split", default="")
    args = ap.parse_args()
    splits = [args.split] if args.split else ["dev", "train"]
    for s in splits:
        path = os.path.join(args.pred_dir, s + ".jsonl")
        if args.mode == "tally":
            tally(s, path, set(w for w in args.words.split(",") if w), args.top)
        else:
            simulate(s, path, VARIANTS[args.variant], args.show)


if __name__ == "__main__":
    main()
