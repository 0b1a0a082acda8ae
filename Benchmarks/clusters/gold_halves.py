"""Two halves of an FNC-1 split by gold story, for checking that a clustering change holds on data
it was not looked at with (FNC-1 has no second split with story groups here).

The gold story ids are sorted by number, shuffled with Python's `random.seed(0)`, and the first half
of them (with every body, pair and cluster row of theirs) goes to OUT/halfA, the rest to OUT/halfB;
each half is a directory `corroborate eval clusters` reads. An optional third argument is another seed
(another pair of halves). Nothing is copied into the project:

    python3 Benchmarks/clusters/gold_halves.py ../shared/data/stance/fnc1-train /tmp
    corroborate eval clusters /tmp/halfA && corroborate eval clusters /tmp/halfB
    python3 Benchmarks/clusters/gold_halves.py ../shared/data/stance/fnc1-train /tmp/seed1 1
"""
import csv, os, random, sys

FILES = ('train_bodies.csv', 'train_stances.csv', 'story_clusters.csv')


def main(source, out, seed=0):
    gold = {r['Body ID']: r['story'] for r in csv.DictReader(open(f'{source}/story_clusters.csv', encoding='utf-8'))}
    stories = sorted(set(gold.values()), key=lambda story: int(story[1:]))
    random.seed(seed)
    random.shuffle(stories)
    first = set(stories[:len(stories) // 2])
    for name, keep in (('halfA', lambda story: story in first), ('halfB', lambda story: story not in first)):
        os.makedirs(f'{out}/{name}', exist_ok=True)
        for file in FILES:
            rows = list(csv.DictReader(open(f'{source}/{file}', encoding='utf-8', newline='')))
            with open(f'{out}/{name}/{file}', 'w', encoding='utf-8', newline='') as handle:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
                writer.writeheader()
                writer.writerows(row for row in rows if keep(gold[row['Body ID']]))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
