#!/usr/bin/env python3
"""A word before the speaker that PolNeAR puts in the content: simulated on written predictions.

1. Raising and control verbs: "[Sanders] is expected [to win]", "[the plan] appears [to work]" (raising:
   the subject is part of what is expected) against "[Trump] plans [to build]", "wants [to]" (control:
   the subject is the one who plans). For every prediction whose content opens with "to" right after
   its cue and whose source ends before the cue with only auxiliaries and adverbs between, the source is
   added to the content; grouped by the cue's lemma (`raise` = appear / seem / a passive "expected") and
   by whether the source opens with a pronoun.
2. A relative pronoun right before the speaker ("which Democrats say [could be aiding him]"): the
   pronoun is added to the content; grouped by pronoun, whether the content opens with a subject of its
   own, whether it follows the cue directly, and stage.

F1 changes are exact for content overlap F1 (the token pairs of `polnear_score.py`). Predictions
written after session 24 already hold the kept classes (their rows then show no change).

    python3 Benchmarks/attribution/subject_fragments.py --pred-dir /tmp/p [--show N --group KEY --split train]
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

AUX = set("is are was were be been being has have had do does did will would could should may might must can "
          "also not n't never still already now only just again".split())
BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
RAISING = {"appear", "appears", "appeared", "seem", "seems", "seemed"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
SUBJECT_OPENINGS = set("i you he she it we they there this these those that the a an his her their its our my your".split())


def words(text):
    return [w.lower() for w in ps.WORD_RE.findall(text)]


def rows_of(split, path):
    gold, preds, totals = ut.loaded(split, path)
    rows = []
    for key, g in gold.items():
        t = g.text
        for p in preds.get(key, []):
            if not p["cue"] or not p["source"]:
                continue
            c0, ce = p["content"][0][0], p["content"][-1][1]
            cs, cend = p["cue"][0][0], p["cue"][-1][1]
            ss, se = p["source"][0][0], p["source"][-1][1]
            if not (se <= cs and cend <= c0):
                continue
            adjacent = not t[cend:c0].strip()
            added = None
            gap = t[se:cs]
            if adjacent and t[c0:c0 + 3] == "to " and not re.search(r"[^\w\s'’]", gap):
                between = words(gap)
                if all(w in AUX or w.endswith("ly") or w.endswith("n't") for w in between):
                    cue_words = t[cs:cend].lower().split()
                    verb = cue_words[-1]
                    raising = verb in RAISING or (verb == "expected" and any(w in BE for w in between + cue_words[:-1]))
                    first = (t[ss:se].split() or [""])[0].lower()
                    kind = "raise" if raising else ut.lemma(t, p["cue"])
                    added = (ss, se, f"verb | {kind} | {'pronoun' if first in PRONOUNS else 'noun phrase'}")
            if added is None:
                m = re.search(r"(\w+)(\s+)$", t[max(0, ss - 20):ss])
                if m and m.group(1).lower() in ("which", "that", "what", "who", "whom"):
                    rs = ss - len(m.group(2)) - len(m.group(1))
                    opening = (words(t[c0:ce]) or [""])[0]
                    subj = "own subject" if opening in SUBJECT_OPENINGS else "no subject"
                    added = (rs, rs + len(m.group(1)),
                             f"pronoun | {m.group(1).lower()} | {subj} | {'adjacent' if adjacent else 'gap'} | {p.get('stage')}")
            if added is None:
                continue
            new = p["ctoks"] | g.tix.tokens_in([(added[0], added[1])])
            dtp = sum(len(a["ctoks"] & new) - len(a["ctoks"] & p["ctoks"]) for a in g.atts)
            rows.append(dict(key=key, kind=added[2], dtp=dtp, dpred=len(new) - len(p["ctoks"]),
                             text=t[added[0]:ce], gold=[" ".join(t[a:b] for a, b in at["content"]) for at in g.atts if at["ctoks"] & new]))
    return rows, totals


def main():
    ap = ut.case_arguments()
    ap.add_argument("--split", default="train")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    data = {s: rows_of(s, os.path.join(args.pred_dir, s + ".jsonl")) for s in ("train", "dev")}
    kinds = defaultdict(int)
    for r in data["train"][0] + data["dev"][0]:
        kinds[r["kind"]] += 1
    print("| class | train rows, right tokens added | train change | dev rows, right tokens added | dev change |")
    print("| --- | --- | --- | --- | --- |")
    groups = ["verb |", "verb | raise", "pronoun |", "pronoun | which | no subject | adjacent", "no subject | adjacent"]
    for key in groups + sorted(kinds, key=lambda k: -kinds[k])[:args.top]:
        cells = []
        for s in ("train", "dev"):
            rows, base = data[s]
            m = [key in r["kind"] if key in groups else r["kind"] == key for r in rows]
            cells.append(f"{sum(m)}, {sum(r['dtp'] for r, x in zip(rows, m) if x)} | {ut.masked_gain(rows, m, base):+.5f}")
        print(f"| {key} | " + " | ".join(cells) + " |")
    if args.show:
        for r in ut.sampled((r for r in data[args.split][0] if args.group in r["kind"]), args.show, 24):
            print(f"\n[{r['key']}] {r['kind']} (right +{r['dtp']} of +{r['dpred']})\n  ours + word: {r['text'][:200]!r}\n  gold: {[x[:200] for x in r['gold']]}")


if __name__ == "__main__":
    main()
