#!/usr/bin/env python3
"""Write the bodies of one FNC-1 story group as JSON lines for `corroborate analyze`.

Usage: fnc_story.py FNC_DIR STORY [COUNT] > story.jsonl
  FNC_DIR  ../shared/data/stance/fnc1-train (train_bodies.csv, train_stances.csv, story_clusters.csv)
  STORY    a story id of story_clusters.csv (s1, s5, s44 ...); COUNT bodies, default 7, in file order.
Each body gets the first related (not "unrelated") headline as its title and an invented outlet name
("Outlet <Body ID>"): FNC-1 has no outlets or dates, so the brief reads quotes, claims, agreements,
exclusives and citations only. Used to read briefs of real multi-outlet stories (EVALUATION.md).
"""
import csv
import json
import sys

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    folder, story = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(f"{folder}/train_bodies.csv", encoding="utf-8"))}
    members = [r["Body ID"] for r in csv.DictReader(open(f"{folder}/story_clusters.csv", encoding="utf-8")) if r["story"] == story]
    titles = {}
    for r in csv.DictReader(open(f"{folder}/train_stances.csv", encoding="utf-8")):
        if r["Stance"] != "unrelated":
            titles.setdefault(r["Body ID"], r["Headline"])
    for body in members[:count]:
        record = {"url": f"https://outlet{body}.example/{body}", "title": titles.get(body, ""), "text": bodies[body], "outlet": f"Outlet {body}"}
        print(json.dumps(record, ensure_ascii=False))

if __name__ == "__main__":
    main()
