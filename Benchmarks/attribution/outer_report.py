#!/usr/bin/env python3
"""Outer attributions around the reports we find: tallied and simulated on written predictions.

The question (session 25): in "X argued that polls show he remains ahead", is the gold a nested pair (an inner report
"polls" / "show" / "he remains ahead" and an outer one whose content covers it), so that we should propose the outer one
too? On the first annotator's gold of train and dev, no gold content holds another gold attribution's cue (0 of 2,192 dev,
0 of 19,832 train; 18 train pairs of contents share tokens): PolNeAR gives one attribution per clause, and a gold content
that covers one of our sources covers an inner verb it did not annotate ("Trump said [Fox executives were calling ...]").

1. Tally (--mode tally): gold contents that cover the source of one of our predictions, by whether some prediction matches
   them (Jaccard >= 0.5), overlaps them, or none does; by whether the gold cue stands before or after our source, in the
   same sentence, and is a word of the reporting lexicon. --show N --group KEY prints cases.
2. Simulate (--mode simulate): for each prediction whose source stands before its cue and its content after, the last
   reporting verb of the lexicon before our source in the same sentence is the outer verb; classes by what stands between
   it and our source (nothing: direct; "that"; words then "that"; up to three words: short; more: long), whether a
   prediction holds it as a cue (held: that prediction's content is grown to our content's end; free: a prediction is
   added, or with --variant replace ours takes its content from the outer verb on), whether a word stands before it, and
   the verb's lexicon class. Overlap F1 changes are exact; because content overlap F1 sums over all (gold, prediction)
   pairs, an added prediction that overlaps ours is counted twice (writing every prediction twice gives 1.15 on dev), so
   each class is also scored by one-to-one Jaccard matches and by a union token F1 in which no token counts twice.

    python3 Benchmarks/attribution/outer_report.py --pred-dir /tmp/p [--mode simulate --variant replace --fair --show N --group KEY --split train]
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

LEXICON = os.path.join(HERE, "..", "..", "Sources", "CorroborateText", "Resources", "attribution-reporting-verbs.tsv")
SENTENCE_END = re.compile(r"[.?!][\"”’']?\s+[A-Z“\"‘']|\n")


def lexicon():
    forms = {}
    with open(LEXICON, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            form, cls = line.rstrip("\n").split("\t")[:2]
            forms[form] = cls
    return forms


FORMS = lexicon()


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def same_sentence(text, a, b):
    return not SENTENCE_END.search(text[a:b])


def tally(split, path):
    gold, preds, totals = ut.loaded(split, path)
    rows = []
    for key, g in gold.items():
        t, tix = g.text, g.tix
        pl = preds.get(key, [])
        pred_union = set().union(*(p["ctoks"] for p in pl)) if pl else set()
        for a in g.atts:
            if not a["ctoks"]:
                continue
            inner = [p for p in pl if p["source"] and tix.tokens_in(p["source"]) and tix.tokens_in(p["source"]) <= a["ctoks"]]
            if not inner:
                continue
            best = max((jaccard(a["ctoks"], p["ctoks"]) for p in pl), default=0.0)
            status = "matched" if best >= 0.5 else ("overlapped" if a["ctoks"] & pred_union else "missed")
            missed = len(a["ctoks"] - pred_union)
            p = min(inner, key=lambda p: p["source"][0][0])
            if a["cue"]:
                gc0 = a["cue"][0][0]
                where = "cue before our source" if gc0 < p["source"][0][0] else "cue after our source"
                same = "same sentence" if same_sentence(t, min(gc0, p["source"][0][0]), max(gc0, p["source"][0][0])) else "other sentence"
                cw = ut.words(t[a["cue"][0][0]:a["cue"][-1][1]]) if hasattr(ut, "words") else ps.WORD_RE.findall(t[a["cue"][0][0]:a["cue"][-1][1]].lower())
                known = "lexicon cue" if any(w.lower() in FORMS for w in cw) else "other cue"
            else:
                where, same, known = "no cue", "-", "-"
            rows.append(dict(key=key, status=status, missed=missed, where=where, same=same, known=known,
                             gold=ut.span_text(t, a["content"]), cue=ut.span_text(t, a["cue"] or []),
                             src=ut.span_text(t, a["source"] or []), ours=ut.span_text(t, p["content"]),
                             our_src=ut.span_text(t, p["source"]), our_cue=ut.span_text(t, p["cue"] or []),
                             stage=p.get("stage")))
    return rows, totals


def proposals(split, path, variant):
    """Added predictions: the outer report of each of our reports whose sentence holds an earlier reporting verb."""
    gold, preds, totals = ut.loaded(split, path)
    rows = []
    for key, g in gold.items():
        t, tix = g.text, g.tix
        pl = preds.get(key, [])
        toks = tix.toks
        seen = set()
        for p in pl:
            if not p["source"] or not p["cue"]:
                continue
            ss = p["source"][0][0]
            cs = p["cue"][0][0]
            c0, ce = p["content"][0][0], p["content"][-1][1]
            if not (ss < cs < c0):
                continue
            # the sentence start before our source
            m = None
            for m_ in SENTENCE_END.finditer(t, 0, min(len(t), ss + 2)):
                if m_.end() - 1 <= ss:
                    m = m_
            sent0 = (m.end() - 1) if m else 0
            # reporting verbs between the sentence start and our source
            cands = [(i, (a, b)) for i, (a, b) in enumerate(toks) if sent0 <= a and b <= ss and t[a:b].lower() in FORMS]
            if not cands:
                continue
            i, (va, vb) = cands[-1]
            between = t[vb:ss]
            bw = [w.lower() for w in ps.WORD_RE.findall(between)]
            # kind of link between the outer verb and our source
            if not bw:
                link = "direct"
            elif bw == ["that"]:
                link = "that"
            elif bw[-1] == "that":
                link = "words+that"
            elif len(bw) <= 3:
                link = "short"
            else:
                link = "long"
            # is the outer verb already one of our cues?
            held = [q for q in pl if q["cue"] and any(a <= va < b for a, b in q["cue"])]
            holder = "held cue" if held else "free cue"
            # subject of the outer verb: a word before it in the sentence
            before = t[sent0:va].strip()
            subj = "subject" if ps.WORD_RE.search(before) else "no subject"
            kind = f"{link} | {holder} | {subj} | {FORMS[t[va:vb].lower()]}"
            start = vb
            if variant == "replace" and held:
                continue
            if variant == "that" and link not in ("that", "direct"):
                continue
            span = (start, ce)
            if span in seen:
                continue
            seen.add(span)
            new = tix.tokens_in([span])
            if held:
                # extend the held prediction instead of adding one
                q = held[0]
                grown = q["ctoks"] | new
                dtp = sum(len(a["ctoks"] & grown) - len(a["ctoks"] & q["ctoks"]) for a in g.atts)
                dpred = len(grown) - len(q["ctoks"])
            elif variant == "replace":
                # our report's cue is the wrong one: the earlier verb's content replaces ours
                dtp = sum(len(a["ctoks"] & new) - len(a["ctoks"] & p["ctoks"]) for a in g.atts)
                dpred = len(new) - len(p["ctoks"])
            else:
                dtp = sum(len(a["ctoks"] & new) for a in g.atts)
                dpred = len(new)
            rows.append(dict(key=key, kind=kind, dtp=dtp, dpred=dpred, text=t[sent0:ce].strip(), span=span,
                             held=pl.index(held[0]) if held else None, inner=pl.index(p) if variant == "replace" else None,
                             held_text=ut.span_text(t, held[0]["content"]) if held else "",
                             verb=t[va:vb], stage=p.get("stage"), ours=ut.span_text(t, p["content"]),
                             gold=[ut.span_text(t, a["content"]) for a in g.atts if a["ctoks"] & new]))
    return rows, (totals, gold, preds)


def fair(gold, preds, rows, mask):
    """Jaccard (one-to-one, >= 0.5) matches and the union token F1 (no token counted twice) with the masked rows
    applied, against the written predictions: (jaccard tp, predictions, union tp, union predicted tokens) before and after."""
    add = defaultdict(list)
    for r, m in zip(rows, mask):
        if m:
            add[r["key"]].append(r)
    out = [0, 0, 0, 0, 0, 0, 0, 0]
    for k, g in gold.items():
        pl = preds.get(k, [])
        new = [dict(p) for p in pl]
        for r in add.get(k, []):
            toks = g.tix.tokens_in([r["span"]])
            if r["held"] is not None:
                new[r["held"]]["ctoks"] = new[r["held"]]["ctoks"] | toks
            elif r["inner"] is not None:
                new[r["inner"]]["ctoks"] = toks
            else:
                new.append(dict(ctoks=toks))
        gu = set().union(*(a["ctoks"] for a in g.atts)) if g.atts else set()
        for i, lst in ((0, pl), (4, new)):
            out[i] += len(ps.match_jaccard(g.atts, lst))
            out[i + 1] += len(lst)
            pu = set().union(*(p["ctoks"] for p in lst)) if lst else set()
            out[i + 2] += len(pu & gu)
            out[i + 3] += len(pu)
    return out


def main():
    ap = ut.case_arguments()
    ap.add_argument("--split", default="train")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--mode", choices=["tally", "simulate"], default="tally")
    ap.add_argument("--variant", default="all")
    ap.add_argument("--fair", action="store_true", help="Jaccard and union F1 for every class, not only the groups")
    args = ap.parse_args()
    if args.mode == "tally":
        for s in ("dev", "train"):
            rows, _ = tally(s, os.path.join(args.pred_dir, s + ".jsonl"))
            agg = defaultdict(lambda: [0, 0])
            for r in rows:
                for k in (r["status"], f"{r['status']} | {r['where']} | {r['same']} | {r['known']}"):
                    agg[k][0] += 1
                    agg[k][1] += r["missed"]
            print(f"\n## {s}: gold contents covering one of our sources")
            print("| class | contents | gold tokens no prediction holds |")
            print("| --- | --- | --- |")
            for k, (n, m) in sorted(agg.items(), key=lambda kv: -kv[1][1])[:args.top]:
                print(f"| {k} | {n} | {m} |")
        if args.show:
            rows, _ = tally(args.split, os.path.join(args.pred_dir, args.split + ".jsonl"))
            pool = [r for r in rows if args.group in f"{r['status']} | {r['where']} | {r['same']} | {r['known']}"]
            for r in ut.sampled(pool, args.show, 25):
                print(f"\n[{r['key']}] {r['status']} | {r['where']} | {r['same']} | {r['known']} (missed {r['missed']})"
                      f"\n  gold:  src={r['src']!r} cue={r['cue']!r} content={r['gold'][:300]!r}"
                      f"\n  ours:  src={r['our_src']!r} cue={r['our_cue']!r} ({r['stage']}) content={r['ours'][:200]!r}")
        return
    data = {s: proposals(s, os.path.join(args.pred_dir, s + ".jsonl"), args.variant) for s in ("train", "dev")}
    kinds = defaultdict(int)
    for r in data["train"][0] + data["dev"][0]:
        kinds[r["kind"]] += 1
    print("| class | train rows, right / added tokens | train change | dev rows, right / added | dev change |")
    print("| --- | --- | --- | --- | --- |")
    groups = ["", "free cue", "held cue", "that |", "direct |", "that | or direct |", "that | or words+that | or direct |"]
    fair_rows = []
    for key in groups + sorted(kinds, key=lambda k: -kinds[k])[:args.top]:
        cells, fcells = [], []
        for s in ("train", "dev"):
            rows, (base, gold, preds) = data[s]
            msk = [any(r["kind"].startswith(k) for k in key.split(" or ")) if " or " in key else
                   key in r["kind"] if key in groups else r["kind"] == key for r in rows]
            cells.append(f"{sum(msk)}, {sum(r['dtp'] for r, x in zip(rows, msk) if x)} / {sum(r['dpred'] for r, x in zip(rows, msk) if x)} | {ut.masked_gain(rows, msk, base):+.5f}")
            if key in groups or args.fair:
                jt, jp, ut0, up0, jt1, jp1, ut1, up1 = fair(gold, preds, rows, msk)
                ng, gt = sum(len(g.atts) for g in gold.values()), len({1}) and sum(len(set().union(*(a["ctoks"] for a in g.atts))) if g.atts else 0 for g in gold.values())
                fcells.append(f"{ut.f1(jt1, jp1, ng) - ut.f1(jt, jp, ng):+.5f} ({jt1 - jt:+d}) | {ut.f1(ut1, up1, gt) - ut.f1(ut0, up0, gt):+.5f}")
        print(f"| {key or '(all)'} | " + " | ".join(cells) + " |")
        if fcells:
            fair_rows.append(f"| {key or '(all)'} | " + " | ".join(fcells) + " |")
    print("\n| class | train Jaccard F1 change (matches) | train union token F1 change | dev Jaccard F1 (matches) | dev union F1 |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(fair_rows))
    if args.show:
        for r in ut.sampled((r for r in data[args.split][0] if args.group in r["kind"]), args.show, 25):
            print(f"\n[{r['key']}] {r['kind']} stage={r['stage']} verb={r['verb']!r} (right +{r['dtp']} of +{r['dpred']})\n  sentence: {r['text'][-300:]!r}\n  ours: {r['ours'][:150]!r}\n  held: {r['held_text'][:150]!r}\n  gold: {[x[:200] for x in r['gold']]}")


if __name__ == "__main__":
    main()
