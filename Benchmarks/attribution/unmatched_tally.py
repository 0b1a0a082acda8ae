#!/usr/bin/env python3
"""Tally PolNeAR attributions that content overlap F1 counts as wholly unmatched.

False positives: predictions whose content shares no word token with any gold content.
Misses: gold contents that share no word token with any prediction.
Both are grouped by construction and by cue word, with their token counts and what
the content overlap F1 would be with that group fixed (false positives dropped, misses
found exactly). Tokens and gold are those of ../shared/tools/polnear_score.py.

With --stages, predictions (written by `corroborate eval attribution --predictions`, which
records each attribution's `QuoteDetector` stage) are also tallied by stage and by the cue's
lemma within a stage (all predictions: tokens right / wrong; wholly false ones), and the
boundaries of contents that overlap gold are tallied against their best gold content: start
too early / late, end too early / late, each by the words at the boundary (the punctuation
and first word past the shorter span's end, or before its start) and by the class of what stands
at the wrong edge (`edge_class`: another sentence, a quotation mark, an "and"/"but" clause that
reports on its own, a speaker aside, a relative clause, a participle, an appositive, an adverbial
tail; before a start: a nested cue, a preposition, "that", a fronted phrase).

    python3 Benchmarks/attribution/unmatched_tally.py --split train --pred /tmp/p/train.jsonl [--show N --kind fp|miss|early|late|long|short --group KEY] [--stages]
"""
import json
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
    ap.add_argument("--kind", choices=["fp", "miss", "early", "late", "long", "short"], default="fp")
    ap.add_argument("--stages", action="store_true", help="tally by stage, cue lemma and boundary")
    ap.add_argument("--group", default="", help="construction (a|b|c) or cue word to show")
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()

    gold = ps.load_gold(ps.Corpus(args.data), args.split)
    preds = ps.load_pred(args.pred, gold)
    attach_stages(args.pred, gold, preds)
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

    if args.stages:
        items.update(stage_tally(gold, preds, tp, pred_tokens, gold_tokens, args.top))

    if args.show:
        pool = [i for i in items[args.kind]
                if not args.group or args.group in (" | ".join(i[1][:3]), i[1][0], i[2], i[4].get("edge"))]
        random.Random(args.seed).shuffle(pool)
        for n, shape, cue, k, x, text in pool[:args.show]:
            c0, c1 = x["content"][0][0], x["content"][-1][1]
            lo = min([c0] + [s for s, _ in (x["source"] or [])] + [s for s, _ in (x["cue"] or [])])
            hi = max([c1] + [e for _, e in (x["source"] or [])] + [e for _, e in (x["cue"] or [])])
            ctx = text[max(0, lo - 80):min(len(text), hi + 60)].replace("\n", " / ")
            print(f"\n[{k}] {' | '.join(shape[:3])} stage={x.get('stage')} cue={cue!r} src={span_text(text, x['source'])!r}")
            if "gold" in x:
                print(f"   gold:    {span_text(text, x['gold'])[:300]!r}")
            print(f"   content: {shape[3][:300]!r}")
            print(f"   context: ...{ctx}...")


def case_arguments():
    """The command line the case-reading scripts share (lead_in, split_quote, subject_fragments): the written
    predictions, how many cases to show and of which group; a script adds its own options."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred-dir", required=True)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--group", default="")
    return ap


def loaded(split, path, data=DATA):
    """Gold and written predictions of a split, stages attached, and the overlap totals (tp, predicted, gold tokens)."""
    gold = ps.load_gold(ps.Corpus(data), split)
    preds = ps.load_pred(path, gold)
    attach_stages(path, gold, preds)
    tp = pt = gt = 0
    for k, g in gold.items():
        pl = preds.get(k, [])
        gt += sum(len(a["ctoks"]) for a in g.atts)
        pt += sum(len(p["ctoks"]) for p in pl)
        for a in g.atts:
            for p in pl:
                tp += len(a["ctoks"] & p["ctoks"])
    return gold, preds, (tp, pt, gt)


def sampled(pool, count, seed):
    """`count` items of `pool` in a seeded random order: the cases a script's --show prints."""
    pool = list(pool)
    random.Random(seed).shuffle(pool)
    return pool[:count]


def masked_gain(rows, mask, totals):
    """Overlap F1 change if the rows picked by `mask` were applied: each row adds `dtp` right and `dpred` predicted tokens."""
    tp, pt, gt = totals
    dtp = sum(r["dtp"] for r, m in zip(rows, mask) if m)
    dp = sum(r["dpred"] for r, m in zip(rows, mask) if m)
    return f1(tp + dtp, pt + dp, gt) - f1(tp, pt, gt)


def attach_stages(path, gold, preds):
    """Sets each prediction's `stage` from the written line (load_pred keeps the order of the
    quotes with a non-empty content)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            k = ps.article_key(obj.get("file") or obj.get("id"))
            if k not in preds:
                continue
            stages = [q.get("stage") or "?" for q in obj.get("quotes", []) if ps.norm_frags(q.get("content"))]
            for p, stage in zip(preds[k], stages):
                p["stage"] = stage


def lemma(text, cue):
    """A crude lemma of the cue's last word ("said" -> "say", "claims" -> "claim")."""
    words = ps.WORD_RE.findall(span_text(text, cue).lower())
    if not words:
        return "(none)"
    w = words[-1] if words[-1] not in ("to", "that", "of", "about", "on") or len(words) == 1 else words[-2]
    if " ".join(words[-2:]) == "according to":
        return "according to"
    irregular = {"said": "say", "says": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
                 "saw": "see", "seen": "see", "sees": "see", "found": "find", "knew": "know", "known": "know",
                 "felt": "feel", "held": "hold", "made": "make", "gave": "give", "given": "give", "took": "take"}
    if w in irregular:
        return irregular[w]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: len(w) - len(suf)] + rep
    return w


def boundary_key(text, tix, tok, before):
    """The punctuation and the word at a boundary: before token `tok` (its predecessor's end to
    its start) or after it."""
    toks = tix.toks
    if before:
        return _boundary_key(text, toks, tok, True).replace("\n", "/")
    return _boundary_key(text, toks, tok, False).replace("\n", "/")


def _boundary_key(text, toks, tok, before):
    if before:
        if tok <= 0:
            return "(start)"
        gap = text[toks[tok - 1][1]:toks[tok][0]].strip()
        word = text[toks[tok - 1][0]:toks[tok - 1][1]].lower()
        return f"{word} {gap}|".strip() if gap else f"{word} |"
    if tok + 1 >= len(toks):
        return "(end)"
    gap = text[toks[tok][1]:toks[tok + 1][0]].strip()
    word = text[toks[tok + 1][0]:toks[tok + 1][1]].lower()
    return f"|{gap} {word}" if gap else f"| {word}"

EDGE_CUES = set("said says say saying told tells added adds argued argues claimed claims noted notes wrote writes insisted "
                "stated explained warned asked answered replied suggested believes believe thinks think thought acknowledged "
                "admitted announced declared according reported reports tweeted posted".split())
EDGE_PREPS = set("about to of for on with against over in at as from into by".split())
EDGE_ADVERBIALS = set("in on at after during before by since last this as when while despite with without until amid "
                      "following because if than through from under".split())
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.?!][\"”’']?\s+[A-Z“\"‘']|\n")


def edge_class(text, toks, inner, outer, after):
    """What stands at the wrong edge of a content: after its end (`after`: the words from token
    `inner` + 1 to `outer`, past the shorter span's last token `inner`) or before its start (the
    words from token `outer` up to `inner`, the longer span's first and the shorter span's first)."""
    if after:
        sep = text[toks[inner][1]:toks[inner + 1][0]].strip()
        seg = text[toks[inner + 1][0]:toks[outer][1]]
        words = [w.lower() for w in ps.WORD_RE.findall(seg)]
        first = words[0] if words else ""
        if SENTENCE_END.search(text[toks[inner][1]:toks[inner + 1][0] + 1]) or "\n" in sep:
            return "another sentence"
        if any(c in sep for c in "\"“”"):
            return "quotation mark"
        if first in ("and", "but") and any(w in EDGE_CUES for w in words[:8]):
            return "and/but + report"
        if sep in (",", "—", "–", "-", "") and any(w in EDGE_CUES for w in words[:4]):
            return "speaker aside"
        if first in ("and", "but", "or"):
            return ", " + first if sep else first
        if sep and first in ("which", "who", "whom", "whose", "where", "that"):
            return "relative clause"
        if sep and first.endswith("ing") and len(first) > 4:
            return ", participle"
        if sep == "," and first in ("a", "an", "the"):
            return ", appositive"
        if first in EDGE_ADVERBIALS:
            return (", " if sep else "") + "adverbial"
        if sep:
            return "other after " + sep[:2]
        return "other"
    seg = text[toks[outer][0]:toks[inner][0]]
    words = [w.lower() for w in ps.WORD_RE.findall(seg)]
    last = words[-1] if words else ""
    if SENTENCE_END.search(seg):
        return "another sentence"
    if any(c in seg for c in "\"“”"):
        return "quotation mark"
    if any(w in EDGE_CUES for w in words):
        return "cue word (nested report)"
    if last in EDGE_PREPS:
        return "preposition"
    if last == "that":
        return "that"
    if seg.rstrip().endswith(","):
        return "fronted phrase + comma"
    return "other"


def stage_tally(gold, preds, tp, pred_tokens, gold_tokens, top):
    base = f1(tp, pred_tokens, gold_tokens)
    by_stage = defaultdict(lambda: [0, 0, 0, 0, 0])  # items, tokens, right tokens, fp items, fp tokens
    by_lemma = defaultdict(lambda: [0, 0, 0, 0, 0])
    bounds = {"early": [], "late": [], "long": [], "short": []}
    for k, g in gold.items():
        gold_union = set().union(*(a["ctoks"] for a in g.atts)) if g.atts else set()
        pl = preds.get(k, [])
        pred_union = set().union(*(p["ctoks"] for p in pl)) if pl else set()
        for p in pl:
            stage = p.get("stage", "?")
            right = len(p["ctoks"] & gold_union)
            key = (stage, lemma(g.text, p["cue"]) if p["cue"] else "(none)")
            for agg, kk in ((by_stage, stage), (by_lemma, key)):
                a = agg[kk]
                a[0] += 1
                a[1] += len(p["ctoks"])
                a[2] += right
                if not right:
                    a[3] += 1
                    a[4] += len(p["ctoks"])
            if not right:
                continue
            best = max(g.atts, key=lambda a: len(a["ctoks"] & p["ctoks"]))
            ps_, pe_ = min(p["ctoks"]), max(p["ctoks"])
            gs_, ge_ = min(best["ctoks"]), max(best["ctoks"])
            shape = construction(g.text, p["content"], p["source"], p["cue"])
            q = dict(p, gold=best["content"])
            toks = g.tix.toks
            if ps_ < gs_:
                n = len({t for t in p["ctoks"] if t < gs_} - gold_union)
                if n:
                    bounds["early"].append((n, shape, boundary_key(g.text, g.tix, gs_, True), k,
                                            dict(q, edge=edge_class(g.text, toks, gs_, ps_, False)), g.text))
            elif ps_ > gs_:
                n = len({t for t in best["ctoks"] if t < ps_} - pred_union)
                if n:
                    bounds["late"].append((n, shape, boundary_key(g.text, g.tix, ps_, True), k,
                                           dict(q, edge=edge_class(g.text, toks, ps_, gs_, False)), g.text))
            if pe_ > ge_:
                n = len({t for t in p["ctoks"] if t > ge_} - gold_union)
                if n:
                    bounds["long"].append((n, shape, boundary_key(g.text, g.tix, ge_, False), k,
                                           dict(q, edge=edge_class(g.text, toks, ge_, pe_, True)), g.text))
            elif pe_ < ge_:
                n = len({t for t in best["ctoks"] if t > pe_} - pred_union)
                if n:
                    bounds["short"].append((n, shape, boundary_key(g.text, g.tix, pe_, False), k,
                                            dict(q, edge=edge_class(g.text, toks, pe_, ge_, True)), g.text))

    print("\n## predictions by stage (tokens right = inside some gold content; F1 gain if its wholly false ones were dropped)")
    print("| stage | items | tokens | right | precision | wholly false items | their tokens | F1 gain |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for st, (n, t, r, fn, ft) in sorted(by_stage.items(), key=lambda kv: -kv[1][1]):
        print(f"| {st} | {n} | {t} | {r} | {r / max(t, 1):.3f} | {fn} | {ft} | {f1(tp, pred_tokens - ft, gold_tokens) - base:+.4f} |")
    print("\n## wholly false predictions by stage and cue lemma")
    print("| stage | lemma | items | tokens | right | precision | wholly false items | their tokens | F1 gain |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (st, lm), (n, t, r, fn, ft) in sorted(by_lemma.items(), key=lambda kv: -kv[1][4])[:top]:
        print(f"| {st} | {lm} | {n} | {t} | {r} | {r / max(t, 1):.3f} | {fn} | {ft} | {f1(tp, pred_tokens - ft, gold_tokens) - base:+.4f} |")
    print("\n## whole predictions by stage and cue lemma, least precise by wrong tokens (dropping all: F1 change)")
    print("| stage | lemma | items | tokens | right | precision | F1 change if dropped |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for (st, lm), (n, t, r, fn, ft) in sorted(by_lemma.items(), key=lambda kv: -(kv[1][1] - 2 * kv[1][2]))[:top]:
        print(f"| {st} | {lm} | {n} | {t} | {r} | {r / max(t, 1):.3f} | {f1(tp - r, pred_tokens - t, gold_tokens) - base:+.4f} |")
    labels = {"early": "start too early (extra tokens before gold start)", "late": "start too late (gold tokens missed)",
              "long": "end too late (extra tokens after gold end)", "short": "end too early (gold tokens missed)"}
    print("\n## boundaries of overlapping contents against their best gold (F1 gain if fixed)")
    print("| error | contents | tokens | F1 gain |")
    print("| --- | --- | --- | --- |")
    for kind, lst in bounds.items():
        n = sum(i[0] for i in lst)
        g_ = f1(tp, pred_tokens - n, gold_tokens) if kind in ("early", "long") else f1(tp + n, pred_tokens + n, gold_tokens)
        print(f"| {labels[kind]} | {len(lst)} | {n} | {g_ - base:+.4f} |")
    for kind, lst in bounds.items():
        for title, keyf in (("what stands at the wrong edge", lambda i: i[4]["edge"]),
                            ("boundary words (gold side | our side)", lambda i: i[2]),
                            ("stage", lambda i: i[4].get("stage", "?")),
                            ("stage and lemma", lambda i: i[4].get("stage", "?") + " " + lemma(i[5], i[4]["cue"]) if i[4]["cue"] else "(none)")):
            agg = defaultdict(lambda: [0, 0])
            for i in lst:
                a = agg[keyf(i)]
                a[0] += 1
                a[1] += i[0]
            print(f"\n### {labels[kind]} by {title}")
            print("| key | contents | tokens | F1 gain |")
            print("| --- | --- | --- | --- |")
            for key, (cnt, n) in sorted(agg.items(), key=lambda kv: -kv[1][1])[:top]:
                g_ = f1(tp, pred_tokens - n, gold_tokens) if kind in ("early", "long") else f1(tp + n, pred_tokens + n, gold_tokens)
                print(f"| {key} | {cnt} | {n} | {g_ - base:+.4f} |")
    return bounds


if __name__ == "__main__":
    main()
