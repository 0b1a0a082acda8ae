#!/usr/bin/env python3
"""Does a predicted content run on over the next sentence? Tally and out-of-fold simulation.

For every prediction whose content ends at a sentence end (or at a period the splitter took for
one), the next sentence is a candidate continuation. The script reads what gold does with it
(the share of its word tokens inside gold contents), describes the pair (stage, quote class,
paragraph break, the next sentence's first word and its class: pronoun subject, connective, an
opening quotation mark, another cue, its length; whether the first sentence ended at an
abbreviation), and simulates extending contents over it: by class (`--tally`), and by a logistic
model over those features trained 5-fold by article on train (train out of fold; dev scored by
the model fitted on all train, its threshold the train out-of-fold best). The F1 changes are
exact for content overlap F1 (polnear_score.py's token pairs).

    python3 Benchmarks/attribution/next_sentence.py --pred-dir /tmp/p [--tally] [--show N --group KEY]
"""
import argparse
import os
import random
import re
import sys
from collections import defaultdict

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "tools"))
import polnear_score as ps  # noqa: E402

DATA = os.path.join(HERE, "..", "..", "..", "shared", "data", "attribution", "polnear-dev")

CUES = set("said says say saying told tells added adds argued argues claimed claims noted notes wrote writes insisted "
           "stated explained warned asked answered replied suggested believes believe thinks think thought acknowledged "
           "admitted announced declared according reported reports tweeted posted continued continues explains "
           "recalled recalls".split())
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "this", "that", "these", "those"}
CONNECTIVES = {"but", "and", "still", "however", "instead", "therefore", "so", "yet", "also", "then", "or", "now",
               "indeed", "moreover", "in", "for", "because", "thus", "meanwhile", "nevertheless", "otherwise"}
ABBREV = {"sen", "rep", "gov", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "gen", "lt", "col", "capt", "v", "vs",
          "no", "inc", "corp", "co", "mt", "ft", "prof", "rev", "sgt", "cmdr", "adm", "atty", "u.s", "h.w", "w",
          "jan", "feb", "aug", "sept", "oct", "nov", "dec"}
EXTRA = "--extra" in sys.argv
BEFORE = "--before" in sys.argv
END_RE = re.compile(r"[.?!…]+[\"”’')\]]*(?=\s)|\n")


def f1(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


ALWAYS = set()
for _line in open(os.path.join(HERE, "..", "..", "Sources", "CorroborateText", "Resources", "segmentation-abbreviations.tsv"), encoding="utf-8"):
    _f = _line.strip().split("\t")
    if len(_f) == 2 and _f[1] == "always":
        ALWAYS.add(_f[0])


def cut_at_abbreviation(text, end):
    """Whether a content ending at char `end` stops at the period of an abbreviation the sentence
    segmenter joins to the next sentence ("then-Sen[.] Barack Obama", "Roe v[.] Wade", "George
    H.W[.] Bush"): a word of `always` abbreviations or an initial, then a capitalised word."""
    m = re.search(r"([A-Za-z](?:\.[A-Za-z])*)(\.?)$", text[max(0, end - 12):end])
    if not m or not re.match(r"\.?\s+[A-Z]", text[end - len(m.group(2)):end + 3]):
        return False
    w = m.group(1)
    return w.lower() in ALWAYS or (len(w) == 1 and w.isupper()) or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w))


def abbreviation_before(text, pos):
    """Whether the period at `pos` closes an abbreviation or an initial ("Sen.", "H.W.", "A.")."""
    m = re.search(r"([A-Za-z](?:\.[A-Za-z])*)$", text[max(0, pos - 12):pos])
    if not m:
        return False
    w = m.group(1).lower()
    return w in ABBREV or (len(w) == 1 and text[pos - 1].isupper()) or "." in w


def sentence_after(text, end):
    """The next sentence after a content ending at char `end`: (start, stop, paragraph break,
    abbreviation) or None when the content does not end at a sentence end."""
    m = re.match(r"[\"”’')\]]*\s*([.?!…:]+)?[\"”’')\]]*(\s+)", text[end:end + 12])
    last = text[end - 1] if end else ""
    if not m:
        return None
    ends = bool(m.group(1)) or last in ".?!…:"
    if not ends and "\n" not in m.group(2):
        return None
    period_at = end + m.start(1) if m.group(1) else end - 1
    abbr = text[period_at:period_at + 1] == "." and abbreviation_before(text, period_at)
    start = end + m.end()
    if start >= len(text):
        return None
    stop = start
    while True:
        n = END_RE.search(text, stop + 1)
        if not n:
            stop = len(text)
            break
        if n.group(0) == "\n":
            stop = n.start()
            break
        if text[n.start()] == "." and abbreviation_before(text, n.start()):
            stop = n.end()
            continue
        stop = n.end()
        break
    return start, stop, "\n" in m.group(2), cut_at_abbreviation(text, end)


def sentence_before(text, start):
    """The sentence before a content starting at char `start` when it opens its sentence (after
    an opening mark): (start, stop, paragraph break) or None."""
    i = start
    while i > 0 and text[i - 1] in "\"“‘'([":
        i -= 1
    j = i
    while j > 0 and text[j - 1] in " \t\n\xa0":
        j -= 1
    if j == i and j > 0:
        return None
    gap = text[j:i]
    k = j
    while k > 0 and text[k - 1] in "\"”’')]":
        k -= 1
    if not (k > 0 and text[k - 1] in ".?!…") and "\n" not in gap:
        return None
    if text[k - 1:k] == "." and abbreviation_before(text, k - 1) and "\n" not in gap:
        return None
    stop = j
    lo = stop - 1
    while lo > 0:
        c = text[lo - 1]
        if c == "\n":
            break
        if c in ".?!…" and text[lo:lo + 1] in " \xa0\"”’'" and not (c == "." and abbreviation_before(text, lo - 1)):
            while lo < stop and text[lo] in "\"”’') \xa0":
                lo += 1
            break
        lo -= 1
    if stop - lo < 2:
        return None
    return lo, stop, "\n" in gap


def describe(g, p, start, stop, para, abbr, others, extra=False):
    text = g.text
    seg = text[start:stop]
    words = ps.WORD_RE.findall(seg)
    lw = [w.lower() for w in words]
    first = lw[0] if lw else ""
    has_q, direct = ps.quote_class(text, p["content"])
    kind = "direct" if direct else ("partial" if has_q else "none")
    cs = p["content"][0][0]
    ce = p["content"][-1][1]
    side = "none" if not p["cue"] else ("after" if p["cue"][0][0] < cs else "before")
    opens_quote = seg.lstrip()[:1] in "\"“‘'"
    ctext = text[cs:ce]
    open_quote = (ctext.count("“") > ctext.count("”")) or (ctext.count('"') % 2 == 1)
    cue_in = any(w in CUES for w in lw)
    cue_first8 = any(w in CUES for w in lw[:8])
    fclass = ("quote" if opens_quote else "pron" if first in PRONOUNS else "conn" if first in CONNECTIVES
              else "the" if first in ("the", "a", "an") else "cap" if words and words[0][:1].isupper() else "low")
    n = len(words)
    nb = "1" if n < 4 else "4" if n < 10 else "10" if n < 20 else "20" if n < 35 else "35"
    clen = len(p["ctoks"])
    cb = "1" if clen < 6 else "6" if clen < 12 else "12" if clen < 25 else "25"
    src = p["source"]
    spk = "none" if not src else ("pron" if len(ps.WORD_RE.findall(text[src[0][0]:src[-1][1]])) == 1 and
                                  text[src[0][0]:src[-1][1]].lower() in PRONOUNS else "other")
    # the pronoun agrees with a named speaker? (he / she after a name)
    stage = p.get("stage", "?")
    colon = text[ce - 1:ce] == ":" or text[ce:ce + 3].lstrip("\"”’' ").startswith(":")
    feats = {
        "stage=" + stage, "kind=" + kind, "para=" + str(para), "abbr=" + str(abbr), "first=" + first,
        "fclass=" + fclass, "cue_in=" + str(cue_in), "cue8=" + str(cue_first8), "nlen=" + nb, "clen=" + cb,
        "side=" + side, "spk=" + spk, "openq=" + str(open_quote), "colon=" + str(colon),
        "st_fc=" + stage + "_" + fclass, "st_para=" + stage + "_" + str(para), "kind_fc=" + kind + "_" + fclass,
        "fc_cue=" + fclass + "_" + str(cue_in), "para_fc=" + str(para) + "_" + fclass,
        "st_abbr=" + stage + "_" + str(abbr), "colon_para=" + str(colon) + "_" + str(para), "side_fc=" + side + "_" + fclass,
        "kind_para=" + kind + "_" + str(para) + "_" + str(opens_quote),
    }
    if extra:
        modal = any(w in ("would", "will", "could", "should", "must", "might", "can", "may") for w in lw)
        first_person = any(w in ("i", "we", "my", "our", "me", "us") for w in lw)
        content_fp = any(w.lower() in ("i", "we", "my", "our", "me", "us") for w in ps.WORD_RE.findall(ctext))
        feats |= {"modal=" + str(modal), "fp=" + str(first_person) + "_" + str(content_fp),
                  "st_modal=" + stage + "_" + str(modal), "fc_modal=" + fclass + "_" + str(modal),
                  "st_fp=" + stage + "_" + str(first_person) + "_" + str(content_fp)}
    return feats, dict(stage=stage, kind=kind, para=para, abbr=abbr, fclass=fclass, cue_in=cue_in, first=first,
                       opens_quote=opens_quote, open_quote=open_quote, colon=colon)


def candidates(split, pred_path, data):
    import unmatched_tally as ut
    gold, preds, totals = ut.loaded(split, pred_path, data)
    rows = []
    for k, g in gold.items():
        pl = preds.get(k, [])
        for i, p in enumerate(pl):
            ce = p["content"][-1][1]
            if BEFORE:
                prv = sentence_before(g.text, p["content"][0][0])
                if not prv:
                    continue
                start, stop, para = prv
                abbr = False
            else:
                nxt = sentence_after(g.text, ce)
                if not nxt:
                    continue
                start, stop, para, abbr = nxt
            T = g.tix.tokens_in([(start, stop)]) - p["ctoks"]
            if not T:
                continue
            others = set().union(*(q["ctoks"] for j, q in enumerate(pl) if j != i)) if len(pl) > 1 else set()
            if T & others:
                continue  # the next sentence is another prediction's: never extended
            dtp = sum(len(a["ctoks"] & T) for a in g.atts)
            right = len(T & set().union(*(a["ctoks"] for a in g.atts))) if g.atts else 0
            feats, info = describe(g, p, start, stop, para, abbr, others, EXTRA)
            rows.append(dict(key=k, feats=feats, info=info, dtp=dtp, dpred=len(T), right=right, n=len(T),
                             text=g.text, p=p, seg=(start, stop)))
    return rows, totals


INNER_END = re.compile(r"[.?!…][\"”’')\]]*\s+[\"“‘']?[A-Z]|\n\s*\S")


def gold_spans(split, pred_path, data):
    """Gold contents over two or more sentences and how the predictions cover them: missed, one
    prediction over all of them, one prediction inside one sentence, predictions in several."""
    gold = ps.load_gold(ps.Corpus(data), split)
    preds = ps.load_pred(pred_path, gold)
    tally = defaultdict(lambda: [0, 0, 0])  # contents, tokens, tokens we hold
    for k, g in gold.items():
        t = g.text
        pl = preds.get(k, [])
        for a in g.atts:
            cs, ce = a["content"][0][0], a["content"][-1][1]
            parts, last = [], cs
            for m in INNER_END.finditer(t, cs, ce):
                if t[m.start()] == "." and abbreviation_before(t, m.start()):
                    continue
                parts.append((last, m.start() + 1))
                last = m.end() - 1
            parts.append((last, ce))
            parts = [x for x in parts if g.tix.tokens_in([x]) & a["ctoks"]]
            if len(parts) < 2:
                continue
            ptoks = [g.tix.tokens_in([x]) & a["ctoks"] for x in parts]
            hits = [p for p in pl if p["ctoks"] & a["ctoks"]]
            covered = [sum(1 for pt in ptoks if pt & p["ctoks"]) for p in hits]
            if not hits:
                how = "missed"
            elif len(hits) == 1 and covered[0] == len(parts):
                how = "one prediction over all its sentences"
            elif len(hits) == 1:
                how = "one prediction, in fewer sentences"
            elif max(covered) == len(parts):
                how = "several predictions, one over all"
            else:
                how = "several predictions, none over all"
            has_q, direct = ps.quote_class(t, a["content"])
            for key in ("all", how, ("direct " if direct else "partial " if has_q else "indirect ") + "| " + how):
                x = tally[key]
                x[0] += 1
                x[1] += len(a["ctoks"])
                x[2] += len(a["ctoks"] & set().union(*(p["ctoks"] for p in hits))) if hits else 0
    total = sum(len(a["ctoks"]) for g in gold.values() for a in g.atts)
    print(f"\n## {split}: gold contents over 2+ sentences ({total} gold tokens in all)")
    print("| how we hold them | contents | tokens | tokens we hold |")
    print("| --- | --- | --- | --- |")
    for key, (n, tk, held) in sorted(tally.items(), key=lambda kv: -kv[1][1]):
        print(f"| {key} | {n} | {tk} | {held} ({held / max(tk, 1):.0%}) |")


def fit(rows, vocab, l2=1.0, iters=300):
    X = np.zeros((len(rows), len(vocab) + 1))
    for r_, row in enumerate(rows):
        X[r_, -1] = 1
        for f in row["feats"]:
            if f in vocab:
                X[r_, vocab[f]] = 1
    y = np.array([row["right"] / row["n"] for row in rows])
    w = np.zeros(X.shape[1])
    wt = np.array([row["n"] for row in rows], dtype=float)
    wt = wt / wt.mean()
    for _ in range(iters):  # Newton steps on weighted logistic loss with fractional targets
        z = X @ w
        pr = 1 / (1 + np.exp(-z))
        grad = X.T @ (wt * (pr - y)) + l2 * np.r_[w[:-1], 0]
        H = (X * (wt * pr * (1 - pr))[:, None]).T @ X + l2 * np.eye(X.shape[1])
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def score(rows, vocab, w):
    out = []
    for row in rows:
        z = w[-1] + sum(w[vocab[f]] for f in row["feats"] if f in vocab)
        out.append(1 / (1 + np.exp(-z)))
    return np.array(out)


def gain(rows, mask, base):
    import unmatched_tally as ut
    return ut.masked_gain(rows, mask, base), int(sum(mask))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred-dir", required=True)
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--tally", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--split", default="train")
    ap.add_argument("--group", default="", help="a feature (fclass=pron) the shown cases carry")
    ap.add_argument("--extra", action="store_true", help="also modal and first-person features")
    ap.add_argument("--before", action="store_true", help="the sentence before a content that opens its sentence")
    ap.add_argument("--gold", action="store_true", help="tally gold contents over 2+ sentences and how we hold them")
    ap.add_argument("--right", action="store_true", help="show only cases whose sentence is mostly inside gold")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, HERE)
    if args.gold:
        for s_ in ("train", "dev"):
            gold_spans(s_, os.path.join(args.pred_dir, s_ + ".jsonl"), args.data)
        return
    data = {s: candidates(s, os.path.join(args.pred_dir, s + ".jsonl"), args.data) for s in ("train", "dev")}
    for s, (rows, base) in data.items():
        gone = sum(r["right"] for r in rows)
        print(f"{s}: base F1 {f1(*base):.5f}; {len(rows)} predictions at a sentence edge with a free sentence beyond it; "
              f"its tokens {sum(r['n'] for r in rows)}, inside gold {gone}; extend all: {gain(rows, [1] * len(rows), base)[0]:+.5f}; "
              f"oracle (extend where more than half right): {gain(rows, [r['right'] * 2 > r['n'] for r in rows], base)[0]:+.5f}")
    if args.tally:
        for key in ("stage", "kind", "para", "abbr", "fclass", "cue_in", "opens_quote", "open_quote", "colon", "first"):
            print(f"\n## by {key} (rows, tokens, share right; F1 change if all extended: train / dev)")
            print("| value | train rows | right | train change | dev rows | right | dev change |")
            print("| --- | --- | --- | --- | --- | --- | --- |")
            vals = defaultdict(int)
            for r in data["train"][0]:
                vals[r["info"][key]] += 1
            for v, _ in sorted(vals.items(), key=lambda kv: -kv[1])[:15]:
                cells = []
                for s in ("train", "dev"):
                    rows, base = data[s]
                    m = [r["info"][key] == v for r in rows]
                    n = sum(r["n"] for r, x in zip(rows, m) if x)
                    rt = sum(r["right"] for r, x in zip(rows, m) if x)
                    cells.append(f"{sum(m)} | {rt / max(n, 1):.2f} | {gain(rows, m, base)[0]:+.5f}")
                print(f"| {v} | " + " | ".join(cells) + " |")
    # out-of-fold model on train, fitted-on-train model on dev
    rows, base = data["train"]
    counts = defaultdict(int)
    for r in rows:
        for f in r["feats"]:
            counts[f] += 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= args.min_count))}
    keys = sorted({r["key"] for r in rows})
    random.Random(23).shuffle(keys)
    fold = {k: i % 5 for i, k in enumerate(keys)}
    oof = np.zeros(len(rows))
    for f_ in range(5):
        tr = [r for r in rows if fold[r["key"]] != f_]
        te = [i for i, r in enumerate(rows) if fold[r["key"]] == f_]
        w = fit(tr, vocab)
        oof[te] = score([rows[i] for i in te], vocab, w)
    w = fit(rows, vocab)
    dev_rows, dev_base = data["dev"]
    dev_s = score(dev_rows, vocab, w)
    print("\n## model: extend where the score >= threshold (train out of fold; dev by the all-train model)")
    print("| threshold | train extended | train change | dev extended | dev change |")
    print("| --- | --- | --- | --- | --- |")
    for th in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        gt_, nt = gain(rows, oof >= th, base)
        gd, nd = gain(dev_rows, dev_s >= th, dev_base)
        print(f"| {th} | {nt} | {gt_:+.5f} | {nd} | {gd:+.5f} |")
    top = sorted(((w[i], f) for f, i in vocab.items()), reverse=True)
    print("\nlargest weights:", ", ".join(f"{f} {v:+.2f}" for v, f in top[:15]))
    print("smallest weights:", ", ".join(f"{f} {v:+.2f}" for v, f in top[-10:]))
    if args.show:
        rows_s = data[args.split][0]
        pool = [r for r in rows_s if (not args.group or args.group in r["feats"]) and (not args.right or r["right"] * 2 > r["n"])]
        random.Random(19).shuffle(pool)
        for r in pool[:args.show]:
            t = r["text"]
            cs, ce = r["p"]["content"][0][0], r["p"]["content"][-1][1]
            a, b = r["seg"]
            print(f"\n[{r['key']}] right {r['right']}/{r['n']} stage={r['info']['stage']} kind={r['info']['kind']} "
                  f"para={r['info']['para']} fclass={r['info']['fclass']} cue_in={r['info']['cue_in']} abbr={r['info']['abbr']}")
            print("   content: " + repr(t[cs:ce][-160:]))
            print("   next:    " + repr(t[a:b][:200]))


if __name__ == "__main__":
    main()
