"""How far can document similarity alone go on FNC-1's story groups?

Batch (not streaming) clustering of the FNC-1 train bodies with exact similarities, as an upper
bound for `StoryClusterer`: nearest-neighbour accuracy, then average-link agglomerative clustering at
several cut-offs, scored with pairwise P/R/F1 as `corroborate eval clusters` does; then a logistic
pair model over five similarities trained on half of the gold stories and scored on the other half
(both ways). Needs numpy and scipy. Embeddings (optional) come from `corroborate embed`:

    python3 similarity_ceiling.py lead   # writes lead.txt: one body a line (MiniLM reads the first 256 tokens)
    corroborate embed lead.txt > lead.jsonl
    python3 similarity_ceiling.py ../../../shared/data/stance/fnc1-train lead.jsonl
"""
import collections, csv, json, math, re, sys
import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

HERE = __file__.rsplit('/', 1)[0] or '.'
STOP = set(open(f'{HERE}/../../Sources/CorroborateStories/Resources/stopwords-en.txt').read().split())


def load(directory):
    bodies = [(r['Body ID'], r['articleBody']) for r in csv.DictReader(open(f'{directory}/train_bodies.csv', encoding='utf-8'))]
    gold = {r['Body ID']: r['story'] for r in csv.DictReader(open(f'{directory}/story_clusters.csv'))}
    return bodies, gold


def pairwise(pred, gold):
    joint = collections.Counter((pred[i], gold[i]) for i in pred)
    sizes_p = collections.Counter(pred.values()); sizes_g = collections.Counter(gold[i] for i in pred)
    pairs = lambda n: n * (n - 1) / 2
    together = sum(map(pairs, joint.values()))
    p = together / sum(map(pairs, sizes_p.values())); r = together / sum(map(pairs, sizes_g.values()))
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3), len(sizes_p)


def words(text, capitalised=False):
    return [w.lower() for w in re.findall(r'[^\W_]+', text)
            if len(w) >= 2 and w.lower() not in STOP and (not capitalised or w[0].isupper())]


def lead(text, paragraphs):
    return ' '.join([p for p in text.split('\n') if len(p.strip()) >= 20][:paragraphs])


def tfidf(docs):
    df = collections.Counter(); [df.update(set(d)) for d in docs]
    vocab = {t: i for i, t in enumerate(df)}; n = len(docs)
    m = np.zeros((n, len(vocab)), np.float32)
    for i, d in enumerate(docs):
        for t, c in collections.Counter(d).items():
            m[i, vocab[t]] = (1 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1)
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    return m @ m.T


def average_link(similarity, ids, gold, cuts):
    distance = np.clip(1 - (similarity + similarity.T) / 2, 0, 2); np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), 'average')
    return [(cut, pairwise({ids[i]: l for i, l in enumerate(fcluster(tree, cut, 'distance'))}, gold)) for cut in cuts]


def pair_model(features, same, mask):
    iu = np.triu_indices(len(same), 1); chosen = mask[iu]
    x = np.concatenate([features[iu][chosen], np.ones((chosen.sum(), 1), np.float32)], 1); y = same[iu][chosen]
    w = np.zeros(x.shape[1], np.float32); positive = y.mean()
    balance = np.where(y > 0, 0.5 / positive, 0.5 / (1 - positive)).astype(np.float32)
    for _ in range(3000):
        w -= 4.0 * x.T @ ((1 / (1 + np.exp(-(x @ w))) - y) * balance) / len(y)
    return 1 / (1 + np.exp(-(features @ w[:-1] + w[-1])))


def main(directory, embeddings=None):
    bodies, gold = load(directory)
    ids = [b for b, _ in bodies]; labels = np.array([gold[b] for b in ids])
    sims = {'tfidf': tfidf([words(t) for _, t in bodies]), 'lead2': tfidf([words(lead(t, 2)) for _, t in bodies]),
            'caps': tfidf([words(t, True) for _, t in bodies]), 'capslead': tfidf([words(lead(t, 3), True) for _, t in bodies])}
    if embeddings:
        e = np.array([json.loads(l)['embedding'] for l in open(embeddings)], np.float32); sims['embedding'] = e @ e.T
        sims['mix'] = 0.6 * sims['tfidf'] + 0.4 * sims['embedding']
    for name, s in sims.items():
        m = s.copy(); np.fill_diagonal(m, -9)
        print(name, 'nearest neighbour in the same story', round(float((labels[m.argmax(1)] == labels).mean()), 3))
        for cut, score in average_link(s, ids, gold, [0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]):
            print('  average-link cut', cut, 'P R F1 stories', score)
    features = np.stack([sims[k] for k in sims if k != 'mix'], -1)
    same = (labels[:, None] == labels[None, :]).astype(np.float32)
    stories = sorted(set(labels)); np.random.default_rng(0).shuffle(stories)
    first = np.isin(labels, stories[:len(stories) // 2])
    for train in (first, ~first):
        p = pair_model(features, same, train[:, None] & train[None, :])
        held = np.where(~train)[0]; held_ids = [ids[i] for i in held]
        for name, s in [('pair model', p), ('tfidf', sims['tfidf'])]:
            for cut, score in average_link(s[np.ix_(held, held)], held_ids, gold, [0.1, 0.2, 0.3, 0.8, 0.85]):
                print('held-out half', name, 'cut', cut, score)


if __name__ == '__main__':
    if sys.argv[1] == 'lead':
        bodies, _ = load('../../../shared/data/stance/fnc1-train')
        open('lead.txt', 'w').writelines(re.sub(r'\s+', ' ', t).strip() + '\n' for _, t in bodies)
    else:
        main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
