"""Does the lead claim sentence part stories that FNC-1 splits by claim under one subject?

Reads the stream's stories (`corroborate eval clusters ... --predictions pred.csv`) and, for every
predicted story holding two gold stories of 3+ bodies each (the mixed ones), prints the AUC of
within-gold against across-gold body pairs for several pair similarities: whole-body TF-IDF, the
clusterer's member similarity (0.7 body + 0.3 lead of 50 words, IDF squared), the TF-IDF (IDF squared)
of the first sentence with the story's subject weighed down (a term's weight times 1 - the share of
the story's first sentences that carry it), and, given `corroborate embed` output for the first
sentences, MiniLM cosine (raw, and centred on the story's mean).

Then the split question: for prefixes of n bodies in file order of every single gold story (pure)
and of every mixed pair's two gold stories together, 2-means on the representation, and the
margin (mean within minus mean across the two parts) of the partition found. A split test on that
representation needs the mixed prefixes' margins above the pure ones'.

    python3 claim_sentence_split.py sentences DIR > sent1.txt      # first sentence of each body, one a line
    corroborate embed sent1.txt > sent1.jsonl
    python3 claim_sentence_split.py DIR pred.csv [sent1.jsonl]
"""
import collections, csv, json, math, re, sys
import numpy as np

HERE = __file__.rsplit('/', 1)[0] or '.'
STOP = set(open(f'{HERE}/../../Sources/CorroborateStories/Resources/stopwords-en.txt').read().split())
WORD = re.compile(r'[^\W_]+')
SENTENCE_END = re.compile(r'(?<=[.!?])["\u201d\']?\s+(?=[A-Z"\u201c])')
csv.field_size_limit(10 ** 9)


def words(text):
    return [w.lower() for w in WORD.findall(text.replace("'", '').replace('\u2019', ''))]


def terms(ws):
    return [w for w in ws if len(w) >= 2 and w not in STOP]


def first_sentence(text):
    return ' '.join(SENTENCE_END.split(text.strip())[0].split())[:600]


def unit(weights):
    norm = math.sqrt(sum(x * x for x in weights.values())) or 1
    return {w: x / norm for w, x in weights.items()}


def cos(a, b):
    if len(a) > len(b): a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


def auc(pos, neg):
    pos, neg = np.array(pos), np.array(neg)
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def main():
    if sys.argv[1] == 'sentences':
        for row in csv.DictReader(open(f'{sys.argv[2]}/train_bodies.csv', encoding='utf-8')):
            print(first_sentence(row['articleBody']))
        return
    directory, predictions = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(f'{directory}/train_bodies.csv', encoding='utf-8')))
    ids = [r['Body ID'] for r in rows]
    text = {r['Body ID']: r['articleBody'] for r in rows}
    gold = {r['Body ID']: r['story'] for r in csv.DictReader(open(f'{directory}/story_clusters.csv'))}
    pred = {r['Body ID']: r['story'] for r in csv.DictReader(open(predictions))}
    body_terms = {i: terms(words(text[i])) for i in ids}
    df = collections.Counter(w for i in ids for w in set(body_terms[i]))
    idf = lambda w: math.log((len(ids) + 1) / (df[w] + 1)) + 1

    def tfidf(ts, power=1.0):
        return unit({w: (1 + math.log(k)) * idf(w) ** power for w, k in collections.Counter(ts).items()})

    body = {i: tfidf(body_terms[i]) for i in ids}
    lead = {i: tfidf(terms(words(text[i])[:50]), 2) for i in ids}
    sentence = {i: terms(words(first_sentence(text[i]))) for i in ids}
    embedding = None
    if len(sys.argv) > 3:
        matrix = np.array([json.loads(line)['embedding'] for line in open(sys.argv[3])])
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        embedding = dict(zip(ids, matrix))

    def claim_matrix(members):
        share = collections.Counter(w for i in members for w in set(sentence[i]))
        vectors = [unit({w: (1 + math.log(k)) * idf(w) ** 2 * (1 - share[w] / len(members))
                         for w, k in collections.Counter(sentence[i]).items()}) for i in members]
        return np.array([[cos(a, b) for b in vectors] for a in vectors])

    def embedding_matrix(members, centred):
        x = np.array([embedding[i] for i in members])
        if centred:
            x = x - x.mean(0)
            x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
        return x @ x.T

    representations = {
        'body': lambda m: np.array([[cos(body[a], body[b]) for b in m] for a in m]),
        'member': lambda m: np.array([[0.7 * cos(body[a], body[b]) + 0.3 * cos(lead[a], lead[b]) for b in m] for a in m]),
        'sentence': claim_matrix,
    }
    if embedding is not None:
        representations['embedding'] = lambda m: embedding_matrix(m, False)
        representations['embedding centred'] = lambda m: embedding_matrix(m, True)

    stories = collections.defaultdict(list)
    for i in ids: stories[pred[i]].append(i)
    mixed, pairs = [], set()
    for story, members in sorted(stories.items(), key=lambda s: -len(s[1])):
        counts = collections.Counter(gold[i] for i in members)
        big = sorted(g for g, c in counts.items() if c >= 3)
        if len(big) < 2: continue
        mixed.append((story, members, dict(counts.most_common(4))))
        pairs.update((a, b) for a in big for b in big if a < b)
    print('within/across-gold AUC inside each mixed predicted story')
    for name, similarity in representations.items():
        cells = []
        for story, members, counts in mixed:
            s = similarity(members)
            pos, neg = [], []
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    (pos if gold[members[a]] == gold[members[b]] else neg).append(s[a, b])
            cells.append(f'{story} {auc(pos, neg):.2f}')
        print(f'  {name:18}', ' | '.join(cells))
    print('  stories:', '; '.join(f'{s} {c}' for s, _, c in mixed))

    by_gold = collections.defaultdict(list)
    for i in ids: by_gold[gold[i]].append(i)
    print('\n2-means margin (within minus across) of the partition found: highest pure prefixes against the mixed pairs')
    for name, similarity in representations.items():
        if name == 'body': continue
        for n in (8, 12, 16):
            pure = sorted((x for m in by_gold.values() if len(m) >= n for x in [margin(similarity(m[:n]))] if x == x), reverse=True)
            cells = []
            for a, b in sorted(pairs):
                members = sorted(by_gold[a] + by_gold[b], key=ids.index)[:n]
                if min(sum(gold[i] == a for i in members), sum(gold[i] == b for i in members)) >= 3:
                    cells.append(f'{a}/{b} {margin(similarity(members)):.2f}')
            print(f'  {name:18} n={n:2} pure ({len(pure)}): {" ".join(f"{x:.2f}" for x in pure[:5])}  mixed: {"  ".join(cells)}')


def margin(s):
    """2-means over the rows of similarity matrix `s` (seeded by the least alike pair), then the margin."""
    n = len(s)
    a, b = np.unravel_index(np.argmin(s + np.eye(n) * 9), s.shape)
    sides = s[:, b] > s[:, a]
    for _ in range(10):
        if sides.all() or not sides.any(): return float('nan')
        nxt = s[:, sides].mean(1) > s[:, ~sides].mean(1)
        if (nxt == sides).all(): break
        sides = nxt
    if sides.all() or not sides.any(): return float('nan')
    same = sides[:, None] == sides[None, :]
    upper = np.triu(np.ones((n, n), bool), 1)
    return float(s[same & upper].mean() - s[~same & upper].mean())


if __name__ == '__main__':
    main()
