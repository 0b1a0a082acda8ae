import CorroborateCore
import CorroborateEmbeddings

/// Turns an article's quote spans into brief `Quote`s with story entity ids.
enum StoryQuotes {
    /// The brief id of an article's quote span.
    static func id(article: String, span: QuoteSpan) -> String {
        "q-" + ContentHash.hex("\(article):\(span.content.start):\(span.content.end)").prefix(12)
    }

    static func quotes(of input: StoryInput, entities: StoryEntities) -> [Quote] {
        reported(input.annotated.quotes).map { span in
            let text = input.string(span.content)
            let speaker = span.speakerName.flatMap { entities.entity(named: $0) }
            return Quote(
                id: id(article: input.article.id, span: span),
                article: input.article.id,
                speaker: speaker?.id,
                speakerName: speaker?.name ?? span.speakerName,
                text: text,
                kind: span.kind,
                cue: span.cue.map { input.string($0) },
                via: span.via,
                sentence: input.sentence(containing: span.content.start)
            )
        }
    }
}

extension StoryQuotes {
    /// The spans a brief reports: an opening fragment before a parenthetical speaker and cue ("As
    /// part of the deal, Omeri said, the talks will ...") is left out when the same cue reports
    /// the words after it (annotation keeps both, as PolNeAR joins the two fragments); the brief
    /// shows the main content once.
    static func reported(_ spans: [QuoteSpan]) -> [QuoteSpan] {
        spans.filter { span in
            guard span.kind != .direct, let cue = span.cue, span.content.end <= cue.start else { return true }
            return !spans.contains { $0.cue == cue && $0.content.start >= cue.end }
        }
    }
}

/// Groups quotes that carry one utterance across articles and wordings: same speaker (or both
/// unknown) and content words overlapping by at least `threshold` (the weighted share of the shorter
/// quote's content words found in the other), or, with `meaning`, embeddings at least
/// `sameMeaning` alike ("no concrete plans" / "no specific plans").
///
/// Words of the story's names weigh `nameWeight`: two quotes that both name Kim Jong Un are not one
/// utterance for that. Pairs are joined best first, and two groups join only when more than `density`
/// of their quotes' pairs across articles are alike: a group cannot grow by a chain of loose
/// likenesses into all of a speaker's quotes. (Two quotes of one article are never compared: an
/// article may carry an utterance twice, reported and then quoted, and it does not join the two.)
public struct QuoteGrouper: Sendable {
    /// Minimum overlap coefficient of content words.
    public var threshold: Double = 0.5
    /// Minimum embedding cosine (when `meaning` is set).
    public var sameMeaning: Float = 0.75
    /// The weight of a word of a name in the overlap (other words weigh 1).
    public var nameWeight: Double = 0.25
    /// The share of alike pairs across articles between two groups that joining must exceed.
    public var density: Double = 0.5
    /// Sentence embeddings; nil compares words only.
    public var meaning: SentenceMeaning?
    private let tokenizer = TermTokenizer.english()

    public init() {}

    /// Groups of quotes from two or more articles, in order of their first quote. `names` are the
    /// story's entity names and aliases, whose words count less in the overlap.
    public func groups(_ quotes: [Quote], names: [String] = []) -> [QuoteGroup] {
        let nameWords = Set(names.flatMap { tokenizer.terms(in: $0) })
        let words = quotes.map { Set(tokenizer.terms(in: $0.text)) }
        let weights = words.map { weight($0, nameWords: nameWords) }
        // Candidate pairs with the likeness that admits them; pairs the words leave apart are
        // compared by meaning, and only their quotes are embedded.
        var joined: [(score: Double, i: Int, j: Int)] = []
        var unsettled: [(Int, Int)] = []
        for i in quotes.indices {
            for j in quotes.indices where j > i && quotes[i].article != quotes[j].article && sameSpeaker(quotes[i], quotes[j]) {
                let smaller = min(weights[i], weights[j])
                let score = smaller == 0 ? 0 : weight(words[i].intersection(words[j]), nameWords: nameWords) / smaller
                if score >= threshold { joined.append((score, i, j)) } else { unsettled.append((i, j)) }
            }
        }
        if let meaning, !unsettled.isEmpty {
            let embedded = Array(Set(unsettled.flatMap { [$0.0, $0.1] })).sorted()
            let vectors = Dictionary(uniqueKeysWithValues: zip(embedded, meaning.embed(embedded.map { quotes[$0].text })))
            for (i, j) in unsettled {
                let cosine = VectorSimilarity.cosine(vectors[i] ?? [], vectors[j] ?? [])
                if cosine >= sameMeaning { joined.append((Double(cosine), i, j)) }
            }
        }
        let alike = Set(joined.map { Pair($0.i, $0.j) })
        var union = UnionFind(count: quotes.count)
        var members = quotes.indices.map { [$0] }
        for pair in joined.sorted(by: { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }) {
            let (a, b) = (union.find(pair.i), union.find(pair.j))
            guard a != b else { continue }
            var compared = 0, similar = 0
            for x in members[a] {
                for y in members[b] where quotes[x].article != quotes[y].article {
                    compared += 1
                    if alike.contains(Pair(x, y)) { similar += 1 }
                }
            }
            guard Double(similar) > density * Double(compared) else { continue }
            union.join(a, b)
            let root = union.find(a)
            members[root] = members[a] + members[b]
        }
        return union.groups().filter { Set($0.map { quotes[$0].article }).count > 1 }.map { members in
            let grouped = members.map { quotes[$0] }
            var articles: [String] = []
            for quote in grouped where !articles.contains(quote.article) { articles.append(quote.article) }
            return QuoteGroup(
                id: "g-" + ContentHash.hex(grouped.map(\.id).joined(separator: ",")).prefix(12),
                speaker: grouped.first?.speaker, quotes: grouped.map(\.id), articles: articles)
        }
    }

    private func sameSpeaker(_ a: Quote, _ b: Quote) -> Bool {
        if let first = a.speaker, let second = b.speaker { return first == second }
        return a.speakerName?.lowercased() == b.speakerName?.lowercased()
    }

    /// The weight of a set of content words: 1 a word, `nameWeight` a word of a name. A pair's
    /// overlap is the weight of its shared words over the lighter quote's weight.
    private func weight(_ words: Set<UInt64>, nameWords: Set<UInt64>) -> Double {
        words.reduce(0) { $0 + (nameWords.contains($1) ? nameWeight : 1) }
    }
}

/// An unordered pair of quote indices.
private struct Pair: Hashable {
    let low: Int, high: Int
    init(_ a: Int, _ b: Int) { (low, high) = (min(a, b), max(a, b)) }
}
