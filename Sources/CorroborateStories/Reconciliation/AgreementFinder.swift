import CorroborateCore

/// Finds facts that two or more sources report (agreements) and what only one source reports
/// (exclusives), by sentence similarity across sources.
///
/// Two sentences of different sources say the same thing when their TF-IDF cosine reaches
/// `sameFact`; sentences linked that way (transitively) form one statement, named by its
/// shortest sentence. A sentence that breaks off to introduce a quote ("Stewart Taylor said:") states nothing
/// and agrees with nothing. A sentence is exclusive when no other source has a sentence above
/// `related` to it and it is informative: at least `minimumTerms` content words, and a statement
/// of fact (it names someone or something, a date or a number; it is no question and does not
/// break off); the most informative are kept, those with the most names, dates and numbers first.
public struct AgreementFinder: Sendable {
    /// Cosine at which two sentences report the same fact.
    public var sameFact: Float = 0.42
    /// Cosine below which a sentence has no counterpart elsewhere.
    public var related: Float = 0.22
    /// Content words a sentence needs to count as a statement.
    public var minimumTerms = 5
    /// Exclusives kept per article, most informative first.
    public var exclusivesPerArticle = 6

    public init() {}

    /// Agreements among `sentences`, the most widely reported first.
    func agreements(_ sentences: [StorySentence]) -> [Statement] {
        let candidates = sentences.indices.filter { sentences[$0].terms.count >= minimumTerms && !sentences[$0].breaksOff }
        var union = UnionFind(count: sentences.count)
        for (offset, i) in candidates.enumerated() {
            for j in candidates[(offset + 1)...] where sentences[i].source != sentences[j].source {
                if sentences[i].vector.dot(sentences[j].vector) >= sameFact { union.join(i, j) }
            }
        }
        let statements = union.groups().compactMap { members -> Statement? in
            let group = members.map { sentences[$0] }
            let sources = Set(group.map(\.source))
            guard sources.count >= 2 else { return nil }
            var articles: [String] = []
            for sentence in group where !articles.contains(sentence.article) { articles.append(sentence.article) }
            let text = group.min { $0.text.count < $1.text.count }?.text ?? ""
            return Statement(text: text, articles: articles, sentences: group.map { SourcedSentence(article: $0.article, text: $0.text) })
        }
        return statements.sorted { $0.articles.count > $1.articles.count }
    }

    /// Per source, the informative sentences no other source comes close to, listed under the
    /// source's first article; copies of its text are named in `copies`, not listed again.
    func exclusives(_ sentences: [StorySentence]) -> [Exclusive] {
        let sources = Set(sentences.map(\.source))
        guard sources.count >= 2 else { return [] }
        var articlesOfSource: [String: [String]] = [:]
        for sentence in sentences where !(articlesOfSource[sentence.source]?.contains(sentence.article) ?? false) {
            articlesOfSource[sentence.source, default: []].append(sentence.article)
        }
        var byArticle: [String: [(text: String, weight: Int)]] = [:]
        var order: [(article: String, source: String)] = []
        for sentence in sentences where sentence.terms.count >= minimumTerms && sentence.isStatement {
            // Copies carry the same sentences: the source's first article speaks for them.
            guard articlesOfSource[sentence.source]?.first == sentence.article else { continue }
            let closest = sentences.lazy.filter { $0.source != sentence.source }.map { $0.vector.dot(sentence.vector) }.max() ?? 0
            guard closest < related else { continue }
            if byArticle[sentence.article] == nil { order.append((sentence.article, sentence.source)) }
            byArticle[sentence.article, default: []].append((sentence.text, sentence.terms.count + 2 * sentence.anchors))
        }
        return order.compactMap { article, source in
            guard let found = byArticle[article] else { return nil }
            let kept = found.sorted { $0.weight > $1.weight }.prefix(exclusivesPerArticle).map(\.text)
            let ordered = found.map(\.text).filter { kept.contains($0) }
            let copies = Array((articlesOfSource[source] ?? []).dropFirst())
            return Exclusive(article: article, statements: ordered, copies: copies.isEmpty ? nil : copies)
        }
    }
}
