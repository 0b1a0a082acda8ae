"""An FNC-1 split with unrelated articles mixed in, for checking that a clustering change does not
glue lone articles into stories (FNC-1 has few lone articles: 14 of 191 gold stories; a crawl has many).

`build` writes OUT/ (a directory `corroborate eval clusters` reads): the split's bodies with the bodies
of `corroborate extract --format jsonl` (at least 50 words) inserted at random places (seed 0), Body
IDs 100000 and up, each its own gold story. The distractors are L3S-GN1 pages (a 2008 Google News
crawl, so a few of them really are the same story as another one: read the figures as a comparison
between systems). `count` says where the distractors went. Nothing is copied into the project:

    corroborate extract ../shared/data/extraction/l3s-gn1-dev/original --format jsonl --quiet > /tmp/l3s.jsonl
    python3 Benchmarks/clusters/with_distractors.py build ../shared/data/stance/fnc1-train /tmp/l3s.jsonl /tmp/mixed
    corroborate eval clusters /tmp/mixed --predictions /tmp/mixed.csv
    python3 Benchmarks/clusters/with_distractors.py count /tmp/mixed.csv
"""
import collections, csv, json, os, random, shutil, sys

FIRST_ID = 100000


def body(article):
    return '\n\n'.join(paragraph['text'] for paragraph in article.get('body') or [])


def build(source, articles, out):
    csv.field_size_limit(10**9)
    rows = list(csv.reader(open(f'{source}/train_bodies.csv', encoding='utf-8', newline='')))
    header, bodies = rows[0], rows[1:]
    texts = [body(json.loads(line)) for line in open(articles, encoding='utf-8')]
    extra = [[str(FIRST_ID + i), text] for i, text in enumerate(texts) if len(text.split()) >= 50]
    random.seed(0)
    for row in extra:
        bodies.insert(random.randrange(len(bodies) + 1), row)
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/train_bodies.csv', 'w', encoding='utf-8', newline='') as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(bodies)
    shutil.copy(f'{source}/train_stances.csv', f'{out}/train_stances.csv')
    shutil.copy(f'{source}/story_clusters.csv', f'{out}/story_clusters.csv')
    with open(f'{out}/story_clusters.csv', 'a', encoding='utf-8', newline='') as handle:
        csv.writer(handle).writerows([row[0], f'd{row[0]}'] for row in extra)
    print(f'{len(extra)} distractors mixed into {len(bodies) - len(extra)} bodies in {out}')


def count(predictions):
    story = {row['Body ID']: row['story'] for row in csv.DictReader(open(predictions, encoding='utf-8'))}
    members = collections.defaultdict(list)
    for body_id, predicted in story.items():
        members[predicted].append(int(body_id))
    distractors = [int(b) for b in story if int(b) >= FIRST_ID]
    alone = sum(1 for b in distractors if len(members[story[str(b)]]) == 1)
    with_split = sum(1 for b in distractors if any(m < FIRST_ID for m in members[story[str(b)]]))
    print(f'distractors {len(distractors)}: alone {alone}, in a story with split bodies {with_split}, '
          f'only with other distractors {len(distractors) - alone - with_split}')


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'build':
        build(*sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == 'count':
        count(sys.argv[2])
    else:
        sys.exit(__doc__)
