#!/usr/bin/env python3
"""Split FNC-1 bodies into JSON-lines ingest batches, and score a store's stories against the gold groups.

Usage:
  fnc_stream.py batches FNC_DIR OUT_DIR COUNT [SEED]   write OUT_DIR/batch-0001.jsonl ... (COUNT files)
  fnc_stream.py score FNC_DIR DATABASE [clustered]     score the stories of a SQLite store
                                                       (clustered: only bodies already in a story,
                                                       to read a store mid-run)

FNC_DIR is ../shared/data/stance/fnc1-train (train_bodies.csv, train_stances.csv, story_clusters.csv).
Each body is one record, as Benchmarks/brief/fnc_story.py and `eval clusters --batches` build them:
its first related (not "unrelated") headline as title ("" when none), an invented outlet and url
("Outlet <Body ID>", https://outlet<Body ID>.example/<Body ID>). The bodies are shuffled with SEED
(default 14) and dealt into COUNT batches of near-equal size, in order.

`score` reads the final stories from the store's tables (story_article joined to article.url; the url
gives the Body ID) and prints pairwise and B-cubed P/R/F1 with the same definitions as
`corroborate eval clusters` (ClusteringScore). A body the store holds in no story counts as its own
story; a body missing from the store is reported.
"""
import csv
import json
import os
import random
import re
import sqlite3
import sys
from collections import Counter


def load(folder):
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(f"{folder}/train_bodies.csv", encoding="utf-8"))}
    gold = {r["Body ID"]: r["story"] for r in csv.DictReader(open(f"{folder}/story_clusters.csv", encoding="utf-8"))}
    titles = {}
    for r in csv.DictReader(open(f"{folder}/train_stances.csv", encoding="utf-8")):
        if r["Stance"] != "unrelated":
            titles.setdefault(r["Body ID"], r["Headline"])
    return bodies, gold, titles


def batches(folder, out, count, seed):
    bodies, _, titles = load(folder)
    ids = list(bodies)
    random.Random(seed).shuffle(ids)
    os.makedirs(out, exist_ok=True)
    for n in range(count):
        part = ids[n * len(ids) // count:(n + 1) * len(ids) // count]
        with open(f"{out}/batch-{n + 1:04d}.jsonl", "w", encoding="utf-8") as f:
            for body in part:
                record = {"url": f"https://outlet{body}.example/{body}", "title": titles.get(body, ""),
                          "text": bodies[body], "outlet": f"Outlet {body}"}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


def f1(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score(predicted, gold):
    items = [i for i in gold if i in predicted]
    joint = Counter((predicted[i], gold[i]) for i in items)
    psize = Counter(predicted[i] for i in items)
    gsize = Counter(gold[i] for i in items)
    pairs = lambda n: n * (n - 1) / 2
    together = sum(pairs(n) for n in joint.values())
    pp, gp = sum(pairs(n) for n in psize.values()), sum(pairs(n) for n in gsize.values())
    P, R = (together / pp if pp else 1.0), (together / gp if gp else 1.0)
    bp = sum(n * n / psize[p] for (p, g), n in joint.items()) / max(len(items), 1)
    br = sum(n * n / gsize[g] for (p, g), n in joint.items()) / max(len(items), 1)
    return len(items), len(psize), len(gsize), P, R, bp, br


def score_store(folder, database, clustered_only=False):
    _, gold, _ = load(folder)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    predicted, stored = {}, set()
    for (url,) in db.execute("SELECT url FROM article"):
        m = re.search(r"/(\d+)$", url or "")
        if m:
            stored.add(m.group(1))
    for story, url in db.execute("SELECT sa.story_id, a.url FROM story_article sa JOIN article a ON a.id = sa.article_id"):
        m = re.search(r"/(\d+)$", url or "")
        if m:
            if m.group(1) in predicted:
                print(f"body {m.group(1)} in two stories", file=sys.stderr)
            predicted[m.group(1)] = story
    unassigned = [b for b in stored if b not in predicted]
    if not clustered_only:
        for b in unassigned:
            predicted[b] = f"alone-{b}"
    missing = [b for b in gold if b not in stored]
    items, pc, gc, P, R, bp, br = score(predicted, gold)
    sizes = Counter(Counter(predicted[i] for i in gold if i in predicted).values())
    print(f"items {items} (missing from store {len(missing)}, in no story {len(unassigned)}), "
          f"predicted stories {pc} (singletons {sizes.get(1, 0)}), gold stories {gc}")
    print(f"pairwise  P {P:.3f}  R {R:.3f}  F1 {f1(P, R):.3f}")
    print(f"B-cubed   P {bp:.3f}  R {br:.3f}  F1 {f1(bp, br):.3f}")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    if sys.argv[1] == "batches" and len(sys.argv) >= 5:
        batches(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 14)
    elif sys.argv[1] == "score":
        score_store(sys.argv[2], sys.argv[3], len(sys.argv) > 4 and sys.argv[4] == "clustered")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
