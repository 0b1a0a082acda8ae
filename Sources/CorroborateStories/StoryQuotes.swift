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
/// unknown) and content words overlapping by at least `threshold` (the share of the shorter
/// quote's content words found in the other), or, with `meaning`, embeddings at least
/// `sameMeaning` alike ("no concrete plans" / "no specific plans").
public struct QuoteGrouper: Sendable {
    /// Minimum overlap coefficient of content words.
    public var threshold: Double = 0.5
    /// Minimum embedding cosine (when `meaning` is set).
    public var sameMeaning: Float = 0.75
    /// Sentence embeddings; nil compares words only.
    public var meaning: SentenceMeaning?
    private let tokenizer = TermTokenizer.english()

    public init() {}

    /// Groups of quotes from two or more articles, in order of their first quote. Two quotes of
    /// one article are never joined directly: an article does not carry one utterance twice.
    public func groups(_ quotes: [Quote]) -> [QuoteGroup] {
        let words = quotes.map { Set(tokenizer.terms(in: $0.text)) }
        var union = UnionFind(count: quotes.count)
        // Pairs the words leave apart are compared by meaning; only their quotes are embedded.
        var unsettled: [(Int, Int)] = []
        for i in quotes.indices {
            for j in quotes.indices where j > i && quotes[i].article != quotes[j].article && sameSpeaker(quotes[i], quotes[j]) {
                if overlap(words[i], words[j]) >= threshold { union.join(i, j) } else { unsettled.append((i, j)) }
            }
        }
        if let meaning, !unsettled.isEmpty {
            let embedded = Array(Set(unsettled.flatMap { [$0.0, $0.1] })).sorted()
            let vectors = Dictionary(uniqueKeysWithValues: zip(embedded, meaning.embed(embedded.map { quotes[$0].text })))
            for (i, j) in unsettled where VectorSimilarity.cosine(vectors[i] ?? [], vectors[j] ?? []) >= sameMeaning { union.join(i, j) }
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

    private func overlap(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }
}
