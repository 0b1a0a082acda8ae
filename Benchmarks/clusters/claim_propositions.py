"""Do lead-claim propositions (subject - predicate - object) part the stories FNC-1 splits by claim
under one subject better than they part pure stories?

Each body's proposition comes from its annotation (`corroborate annotate --raw`): the lead sentence is
the first of the body's first two sentences holding an entity mention of kind person, organization or
other that is no demonym (`entities-demonyms.txt`) and lies outside a citation span ("Variety
reports"); the subject is that sentence's first such entity, the object the next different one, the
predicate the content words (`stopwords-en.txt` left out, cut to 5 letters) between the subject and
the next mention. Persons are keyed by the last word of their entity name ("bale", "rogen").

Then, on the stream's predicted stories (`eval clusters --predictions`): (1) inside each predicted
story holding two gold stories of 3+ bodies, how often two bodies share a subject (and a subject and
object) within a gold story against across two, and the same within pure gold stories; (2) the split
question, as claim_sentence_split.py asks it: over prefixes of n bodies (file order) of every pure
gold story and of every mixed pair's two gold stories together, does a rule fire: two subject groups
of 3+ bodies each (and 20 %+ of the members) [subject]; and besides, a predicate stem shared by a third
of each group's members [same predicate]; or the two groups' (subject, object) pairs share no entity
[disjoint]. A usable rule fires on the mixed pairs (parting them by gold) and not on pure prefixes.

    mkdir bodies && python3 claim_propositions.py bodies DIR bodies     # one file per body
    corroborate annotate --raw bodies --quiet > ann.jsonl
    corroborate eval clusters DIR --predictions pred.csv
    python3 claim_propositions.py DIR pred.csv ann.jsonl
    python3 claim_propositions.py posthoc DIR pred.csv ann.jsonl [RULE]   # split the predicted stories, rescore
    python3 claim_propositions.py veto DIR pred.csv ann.jsonl             # the same test as an attach veto

`posthoc` splits each predicted story where RULE (default `both`: disjoint and same predicate) first
fires on its first 6, 8, ..., 16 members; the members whose subject is the second group's leave; the
pairwise P/R/F1 before and after. Environment: SENTENCES=1 takes only the first sentence as the lead
(default 2), FALLBACK=0 leaves out a sentence-opening name run the recognizer missed ("Christian Bale
will ..."; default 1), ENTITIES=all checks the disjointness against all the lead's other entities
instead of the one after the subject (the object), PLACE=similarity lets `posthoc` send each member
outside the two subject groups to the side of its two most alike (body TF-IDF) group members instead of
keeping it where it was; STORIES=p41,p0 lets only those predicted stories split.
"""
import collections, csv, json, math, os, re, sys

HERE = __file__.rsplit('/', 1)[0] or '.'
STOP = set(open(f'{HERE}/../../Sources/CorroborateStories/Resources/stopwords-en.txt').read().split())
DEMONYMS = {l.strip().lower() for l in open(f'{HERE}/../../Sources/CorroborateText/Resources/entities-demonyms.txt')
            if l.strip() and not l.startswith('#')}
WORD = re.compile(r'[^\W\d_]+')
FALLBACK = os.environ.get('FALLBACK', '1') == '1'
SENTENCES = int(os.environ.get('SENTENCES', '2'))
ALL_ENTITIES = os.environ.get('ENTITIES') == 'all'
PLACE = os.environ.get('PLACE', 'subject')   # posthoc: who leaves with a split (subject | similarity)   # the object: the next entity, or all the lead's others
KINDS = {'person', 'organization', 'other'}
# a sentence opening with two or more capitalised words the recognizer left out ("Christian Bale will ...")
NAME_RUN = re.compile(r"([A-Z][a-z]+)(?: [A-Z][a-z]+(?:-[A-Za-z]+)?)+(?=[ ,'\u2019])") if FALLBACK else None
csv.field_size_limit(10 ** 9)


def key(mention):
    words = [w for w in WORD.findall(mention['entity'].lower().replace("'s", '')) if w not in DEMONYMS]
    if not words or ' '.join(WORD.findall(mention['entity'].lower())) in DEMONYMS: return None
    return words[-1] if mention['kind'] == 'person' else ' '.join(words)


def proposition(record, sentences=2):
    """(subject, predicate stems, object) of the body's lead sentence; None when no entity."""
    text, pos, spans = record['text'], 0, []
    for s in (x for p in record['article']['body'] for x in p['sentences']):
        i = text.find(s, pos)
        if i < 0: continue
        spans.append((i, i + len(s))); pos = i + len(s)
    cited = [(c['start'], c['end']) for c in record.get('citations', [])]
    for a, b in spans[:sentences]:
        ms = sorted((m for m in record['mentions'] if a <= m['start'] < b and m['kind'] in KINDS
                     and not any(c0 <= m['start'] < c1 for c0, c1 in cited) and key(m)), key=lambda m: m['start'])
        opening = NAME_RUN and NAME_RUN.match(text[a:b])
        if opening and (not ms or ms[0]['start'] >= a + opening.end()) and opening.group(1).lower() not in STOP:
            ms.insert(0, {'entity': opening.group(0), 'kind': 'person', 'start': a, 'end': a + opening.end()})
        if not ms: continue
        subject = key(ms[0])
        rest = [m for m in ms[1:] if key(m) != subject]
        end = rest[0]['start'] if rest else b
        predicate = [w[:5] for w in WORD.findall(text[ms[0]['end']:end].lower()) if w not in STOP and len(w) > 2][:4]
        others = tuple(dict.fromkeys(key(m) for m in rest)) if ALL_ENTITIES else tuple(key(m) for m in rest[:1])
        return subject, tuple(predicate), others
    return None


def canonical(members, props):
    """Each subject key as the shortest key of the members whose words it holds ("war memorial",
    "national war memorial" -> "memorial"; "google inc" -> "google")."""
    keys = {e for i in members if props.get(i) for e in (props[i][0],) + props[i][2]}
    return {k: min((o for o in keys if set(o.split()) <= set(k.split())), key=lambda o: (len(o), o)) for k in keys}


def groups(members, props):
    by = collections.defaultdict(list)
    names = canonical(members, props)
    for i in members:
        if props.get(i): by[names[props[i][0]]].append(i)
    return sorted(by.values(), key=len, reverse=True)


def fires_predicate(a, b, props):
    """A predicate stem in the leads of a third of each group's members."""
    def stems(side):
        c = collections.Counter(s for i in side for s in set(props[i][1]))
        return {s for s, n in c.items() if n >= len(side) / 3}
    return bool(stems(a) & stems(b))


def fires(members, props, rule):
    """The two subject groups the rule would split off, or None."""
    g = groups(members, props)
    for x in range(len(g)):
        for y in range(x + 1, len(g)):
            a, b = g[x], g[y]
            if min(len(a), len(b)) < 3 or min(len(a), len(b)) < 0.2 * len(members): continue
            if rule == 'subject': return a, b
            if rule == 'same predicate' and fires_predicate(a, b, props): return a, b
            if rule in ('disjoint', 'both'):
                names = canonical(members, props)
                ents = lambda side: {names[e] for i in side for e in (props[i][0],) + props[i][2]}
                subjects = lambda side: {names[props[i][0]] for i in side}
                if not (subjects(a) & ents(b)) and not (subjects(b) & ents(a)):
                    if rule == 'disjoint' or fires_predicate(a, b, props): return a, b
    return None


def read_inputs(directory, pred_path, ann_path):
    """Gold and predicted story of every body, the bodies in file order, and each body's proposition."""
    gold = {r['Body ID']: r['story'] for r in csv.DictReader(open(f'{directory}/story_clusters.csv'))}
    pred = {r['Body ID']: r['story'] for r in csv.DictReader(open(pred_path))}
    ids = [r['Body ID'] for r in csv.DictReader(open(f'{directory}/train_bodies.csv'))]
    props = {}
    for line in open(ann_path):
        record = json.loads(line)
        props[record['article']['source'].rsplit('/', 1)[-1][:-4]] = proposition(record, SENTENCES)
    return gold, pred, ids, props


def main():
    if sys.argv[1] == 'veto':
        return veto(*sys.argv[2:5])
    if sys.argv[1] == 'posthoc':
        return posthoc(*sys.argv[2:5], *sys.argv[5:6])
    if sys.argv[1] == 'bodies':
        for r in csv.DictReader(open(f'{sys.argv[2]}/train_bodies.csv')):
            open(f'{sys.argv[3]}/{r["Body ID"]}.txt', 'w').write(r['articleBody'])
        return
    directory, pred_path, ann_path = sys.argv[1:4]
    gold, pred, ids, props = read_inputs(directory, pred_path, ann_path)
    order = {i: n for n, i in enumerate(ids)}
    print(f'bodies with a proposition: {sum(1 for i in ids if props.get(i))} of {len(ids)}')

    stories = collections.defaultdict(list)
    for i in ids: stories[pred[i]].append(i)
    by_gold = collections.defaultdict(list)
    for i in ids: by_gold[gold[i]].append(i)
    mixed, pairs = [], set()
    for story, members in sorted(stories.items(), key=lambda s: -len(s[1])):
        counts = collections.Counter(gold[i] for i in members)
        big = sorted(g for g, c in counts.items() if c >= 3)
        if len(big) < 2: continue
        mixed.append((story, members, dict(counts.most_common(4))))
        pairs.update((a, b) for a in big for b in big if a < b)

    def share(members, same):
        w, a = [], []
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                p, q = props.get(members[x]), props.get(members[y])
                if not p or not q: continue
                (w if gold[members[x]] == gold[members[y]] else a).append(same(p, q))
        f = lambda v: f'{sum(v) / len(v):.2f}' if v else '-'
        return f(w), f(a)

    subject = lambda p, q: p[0] == q[0]
    pair = lambda p, q: p[0] == q[0] and p[2][:1] == q[2][:1]
    print('\nshare of body pairs with the same subject (same subject and object): within gold / across gold')
    for story, members, counts in mixed:
        print(f'  {story} {counts}: subject {"/".join(share(members, subject))}  pair {"/".join(share(members, pair))}')
    pure = [m for m in by_gold.values() if len(m) >= 6]
    w = [share(m, subject)[0] for m in pure]
    w = sorted(float(x) for x in w if x != '-')
    print(f'  pure gold stories of 6+ bodies ({len(w)}): same subject within, quartiles '
          f'{w[len(w) // 4]:.2f} {w[len(w) // 2]:.2f} {w[3 * len(w) // 4]:.2f}')

    print('\nsplit rule fires: pure prefixes that fire / pure prefixes; mixed pairs (split purity)')
    for rule in ('subject', 'same predicate', 'disjoint', 'both'):
        for n in (6, 8, 10, 12, 14, 16, 999):
            prefixes = [m[:n] for m in by_gold.values() if len(m) >= min(n, 6)]
            fired = [m for m in prefixes if fires(m, props, rule)]
            cells = []
            for a, b in sorted(pairs):
                members = sorted(by_gold[a] + by_gold[b], key=order.get)[:n]
                if min(sum(gold[i] == a for i in members), sum(gold[i] == b for i in members)) < 3: continue
                f = fires(members, props, rule)
                if not f: cells.append(f'{a}/{b} -'); continue
                purity = max(sum(gold[i] == a for i in f[0]) + sum(gold[i] == b for i in f[1]),
                             sum(gold[i] == b for i in f[0]) + sum(gold[i] == a for i in f[1])) / (len(f[0]) + len(f[1]))
                cells.append(f'{a}/{b} {purity:.2f}')
            print(f'  {rule:14} n={n:3}: pure {len(fired)}/{len(prefixes)}  mixed: {"  ".join(cells)}')
            if n == 12 and rule != 'subject':
                for m in fired[:8]:
                    f = fires(m, props, rule)
                    print(f'      pure {gold[m[0]]}: {props[f[0][0]][0]} x{len(f[0])} / {props[f[1][0]][0]} x{len(f[1])}')



def tfidf_vectors(directory, ids):
    """Unit TF-IDF vectors (1 + log tf, smoothed IDF) of the bodies' content words."""
    text = {r['Body ID']: r['articleBody'] for r in csv.DictReader(open(f'{directory}/train_bodies.csv'))}
    terms = {i: [w for w in WORD.findall(text[i].lower()) if w not in STOP and len(w) > 1] for i in ids}
    df = collections.Counter(w for i in ids for w in set(terms[i]))
    vectors = {}
    for i in ids:
        v = {w: (1 + math.log(k)) * (math.log((len(ids) + 1) / (df[w] + 1)) + 1) for w, k in collections.Counter(terms[i]).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vectors[i] = {w: x / norm for w, x in v.items()}
    return vectors


def cosine(a, b):
    if len(a) > len(b): a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


def posthoc(directory, pred_path, ann_path, rule='both', sizes=(6, 8, 10, 12, 14, 16)):
    """Pairwise P/R/F1 of the predicted stories before and after splitting each one where `rule` first
    fires on its first n members (n in `sizes`, file order, as the stream tries every other size):
    members whose subject is the second group's leave with it (an estimate: the stream would place
    later members by similarity)."""
    gold, pred, ids, props = read_inputs(directory, pred_path, ann_path)
    stories = collections.defaultdict(list)
    for i in ids: stories[pred[i]].append(i)
    body = tfidf_vectors(directory, ids) if PLACE == 'similarity' else {}
    after, fired = dict(pred), []
    only = set(filter(None, os.environ.get('STORIES', '').split(',')))
    for story, members in stories.items():
        if only and story not in only: continue
        for n in sizes:
            if len(members) < n: break
            f = fires(members[:n], props, rule)
            if not f: continue
            names = canonical(members, props)
            leaving = {names[props[f[1][0]][0]]}
            moved = [i for i in members if props.get(i) and names.get(props[i][0]) in leaving]
            if PLACE == 'similarity':
                # the two subject groups seed the sides; every other member goes to the side of its
                # two most alike seeds (whole-body TF-IDF cosine), as the stream would place it
                near = lambda i, side: sum(sorted((cosine(body[i], body[j]) for j in side if j != i), reverse=True)[:2]) / 2
                moved = [i for i in members if i in f[1] or (i not in f[0] and near(i, f[1]) > near(i, f[0]))]
            for i in moved: after[i] = story + '/split'
            fired.append((story, n, collections.Counter(gold[i] for i in members).most_common(3),
                          collections.Counter(gold[i] for i in moved).most_common(3)))
            break

    def score(assign):
        from itertools import combinations
        tp = fp = fn = 0
        for a, b in combinations(ids, 2):
            same_p, same_g = assign[a] == assign[b], gold[a] == gold[b]
            tp += same_p and same_g; fp += same_p and not same_g; fn += same_g and not same_p
        p, r = tp / (tp + fp), tp / (tp + fn)
        return f'P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}'
    print(f'{rule}: before {score(pred)}  after {score(after)}')
    for x in fired: print('  split', *x)



def veto(directory, pred_path, ann_path):
    """An attach veto's tally: an article may not join a story (its earlier members, 2 at least) when
    the article's lead subject is none of the members' lead entities and no member's subject is one of
    the article's. Share of articles vetoed from their own gold story (all gold stories), and from the
    other gold story of each mixed pair (should be high)."""
    gold, pred, ids, props = read_inputs(directory, pred_path, ann_path)
    by_gold = collections.defaultdict(list)
    for i in ids: by_gold[gold[i]].append(i)

    def vetoed(i, earlier):
        earlier = [j for j in earlier if props.get(j)]
        if not props.get(i) or len(earlier) < 2: return None
        names = canonical(earlier + [i], props)
        ents = lambda side: {names[e] for j in side for e in (props[j][0],) + props[j][2]}
        return names[props[i][0]] not in ents(earlier) and not ({names[props[j][0]] for j in earlier} & ents([i]))
    own = [v for m in by_gold.values() for n, i in enumerate(m) for v in [vetoed(i, m[:n])] if v is not None]
    print(f'vetoed from its own gold story: {sum(own)} of {len(own)} ({sum(own) / len(own):.2f})')
    stories = collections.defaultdict(list)
    for i in ids: stories[pred[i]].append(i)
    for members in stories.values():
        counts = collections.Counter(gold[i] for i in members)
        big = sorted(g for g, c in counts.items() if c >= 3)
        for a in big:
            for b in big:
                if a == b: continue
                other = [v for i in by_gold[a] for v in [vetoed(i, [j for j in by_gold[b] if ids.index(j) < ids.index(i)])] if v is not None]
                if other: print(f'  {a} articles vetoed from {b}: {sum(other)} of {len(other)} ({sum(other) / len(other):.2f})')


if __name__ == '__main__':
    main()
