import CorroborateCore
import CorroborateEmbeddings

/// Finds the claims a story's coverage is about and every holder's position on them.
///
/// Stages, in order:
/// 1. assertions: a sentence with a `report` citation ("The Washington Post reported ... that P")
///    makes the cited source assert P (the clause after "that", else the sentence); anonymous
///    sources count as the citing outlet's assertion;
/// 2. positions: a sentence with a stance cue (`PositionCues`: denies, declines, confirms, doubts)
///    gives its holder - the quote's speaker, else the last entity mentioned before the cue - that
///    stance on the claim it names ("denied reports that P" -> P), else on the most similar
///    claim, else on the story's main claim; a denial naming a report also makes that report's
///    source assert the claim;
/// 3. a claim text joins the most alike claim already drafted (`likeness`: words, or meaning with
///    a shared word) instead of opening its own, so alike claims are one claim from the start;
/// 4. status: asserted and denied -> disputed; only denied -> denied; confirmed and not denied
///    -> confirmed; only asserted -> reported; otherwise unconfirmed.
public struct ClaimBuilder: Sendable {
    public var cues: PositionCues
    /// Cosine of content words at which two claim texts are one claim.
    public var sameClaim: Float = 0.35
    /// Embedding cosine at which two claim texts are one claim (when `meaning` is set).
    public var sameMeaning: Float = 0.62
    /// Sentence embeddings, to merge claims worded differently; nil compares words only.
    public var meaning: SentenceMeaning?
    /// Cosine below which a position's sentence does not belong to an existing claim.
    public var relatedClaim: Float = 0.12
    /// Words kept of a claim clause.
    public var maximumWords = 24
    private let tokenizer = TermTokenizer.english()
    private var statistics = TermStatistics()

    public init(cues: PositionCues = .bundled()) {
        self.cues = cues
    }

    /// The story's claims; texts are compared by TF-IDF over the story's sentences (`statistics`),
    /// so the names every sentence shares weigh little against what is claimed about them.
    func claims(_ inputs: [StoryInput], entities: StoryEntities, quotes: [Quote], statistics: TermStatistics) -> [Claim] {
        var builder = self
        builder.statistics = statistics
        return builder.draftClaims(inputs, entities: entities, quotes: quotes)
    }

    private func draftClaims(_ inputs: [StoryInput], entities: StoryEntities, quotes: [Quote]) -> [Claim] {
        var drafts: [ClaimDraft] = []
        for input in inputs { assertions(in: input, entities: entities, into: &drafts) }
        for input in inputs { positions(in: input, entities: entities, quotes: quotes, into: &drafts) }
        return drafts.filter { !$0.positions.isEmpty }.map { $0.claim() }
    }

    // MARK: - Stage 1: assertions from report citations

    private func assertions(in input: StoryInput, entities: StoryEntities, into drafts: inout [ClaimDraft]) {
        for citation in input.annotated.citations where citation.kind == .report {
            let sentence = input.sentence(containing: citation.start)
            guard cues.stance(in: sentence) == nil, let clause = clause(after: ["that"], in: sentence) else { continue }
            let holder = entities.entity(named: citation.source)
            let position = Position(holder: holder?.id, holderName: holder?.name ?? citation.source, stance: .asserts, articles: [input.article.id])
            add(position, claim: clause, sentence: sentence, to: &drafts)
        }
    }

    // MARK: - Stage 2: positions from stance cues

    private func positions(in input: StoryInput, entities: StoryEntities, quotes: [Quote], into drafts: inout [ClaimDraft]) {
        for range in input.annotated.sentences {
            let sentence = input.string(range)
            guard let cue = cues.stance(in: sentence) else { continue }
            let quote = quotes.first { $0.article == input.article.id && sentence.contains($0.text) && $0.speakerName != nil }
            guard let holder = holder(of: quote, range: range, cueOffset: cue.offset, input: input, entities: entities) else { continue }
            let named = clause(after: ["reports that", "report that", "denied that", "reported that", "claims that", "denies that"], in: sentence)
            let position = Position(holder: holder.id, holderName: holder.name, stance: cue.stance, quotes: quote.map { [$0.id] } ?? [], articles: [input.article.id])
            if cue.cue.ownClaim, let own = clause(after: ["said", "says", "that"], in: sentence) ?? Optional(sentence) {
                add(position, claim: ClaimText.affirmed(own, holder: holder.name), sentence: sentence, to: &drafts)
            } else if let named {
                add(position, claim: named, sentence: sentence, to: &drafts)
                if let source = input.annotated.citations.first(where: { $0.kind == .report && range.start <= $0.start && $0.start < range.end }) {
                    let owner = entities.entity(named: source.source)
                    add(Position(holder: owner?.id, holderName: owner?.name ?? source.source, stance: .asserts, articles: [input.article.id]),
                        claim: named, sentence: sentence, to: &drafts)
                }
            } else if let index = closestClaim(to: sentence, in: drafts) ?? mainClaim(drafts) {
                drafts[index].add(position)
            }
        }
    }

    private func holder(of quote: Quote?, range: TextRange, cueOffset: Int, input: StoryInput, entities: StoryEntities) -> (id: String?, name: String)? {
        if let quote, let name = quote.speakerName { return (quote.speaker, name) }
        let cueStart = range.start + cueOffset
        let mention = input.annotated.mentions.last { $0.start >= range.start && $0.end <= cueStart && $0.kind != .place }
            ?? input.annotated.mentions.first { $0.start >= range.start && $0.end <= range.end && $0.kind != .place }
        guard let mention else { return nil }
        let id = entities.id(article: input.article.id, key: mention.entity)
        let name = id.flatMap { id in entities.entities.first { $0.id == id }?.name } ?? mention.text
        return (id, name)
    }

    // MARK: - Claim texts

    /// The clause after the first of `markers` in `sentence`: cut where a relative or
    /// attribution clause starts (`clauseEnds`: ", which", " during which", ", citing"...), after a
    /// closing verdict ("... are false"), and at `maximumWords`; nil when no marker is there or
    /// the clause is shorter than three words.
    func clause(after markers: [String], in sentence: String) -> String? {
        let padded = " " + String(sentence.map { "\"“”‘’".contains($0) ? " " : $0 })
        let lowered = padded.lowercased()
        for marker in markers {
            guard let range = lowered.range(of: " \(marker) ") else { continue }
            let start = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            var tail = String(padded.dropFirst(start))
            for end in Self.clauseEnds {
                if let cut = tail.lowercased().range(of: end) {
                    let offset = tail.lowercased().distance(from: tail.lowercased().startIndex, to: cut.lowerBound)
                    tail = String(tail.prefix(offset))
                }
            }
            let words = Self.beforeParticiple(tail.split(separator: " ")).prefix(maximumWords).filter { $0.lowercased() != "ever" }
            guard words.count >= 3 else { continue }
            return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:\"“”'"))
        }
        return nil
    }

    /// The words before a participle clause (", labelling the report as ...", ", saying ..."),
    /// which comments on the claim rather than stating it.
    static func beforeParticiple(_ words: [Substring]) -> [Substring] {
        guard let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && words[$0].count > 5 && words[$0].lowercased().hasSuffix("ing") })
        else { return words }
        return Array(words[..<cut])
    }

    /// Where a claim clause stops.
    static let clauseEnds = [
        ", which", " during which", ", who", ", citing", ", according to", "; ", " are false", " is false", " is untrue",
        " are untrue", ", with ", ". ", ", and ",
    ]

    private func add(_ position: Position, claim text: String, sentence: String, to drafts: inout [ClaimDraft]) {
        let vector = vector(text)
        let embedding = meaning?.embed([text]).first
        let best = drafts.indices.map { ($0, likeness(drafts[$0], vector, embedding)) }.max { $0.1 < $1.1 }
        if let (index, score) = best, score >= 0 {
            drafts[index].add(position)
        } else {
            var draft = ClaimDraft(text: text, vector: vector, embedding: embedding)
            draft.add(position)
            drafts.append(draft)
        }
    }

    /// How alike a claim and a new text are: the word cosine when it reaches `sameClaim` or the
    /// embedding cosine when it reaches `sameMeaning` (the larger of the two), else -1. Meaning
    /// alone never joins texts that share no content word: sentence embeddings put every sentence
    /// of one story close together ("Kyiv was told in advance" and "Trump and Putin discussed
    /// Ukraine" are 0.65 apart in MiniLM).
    private func likeness(_ draft: ClaimDraft, _ vector: SparseVector, _ embedding: [Float]?) -> Float {
        let words = draft.vector.dot(vector)
        var meant: Float = 0
        if let a = draft.embedding, let b = embedding, a.count == b.count, !a.isEmpty { meant = VectorSimilarity.cosine(a, b) }
        return words >= sameClaim || (words > 0 && meant >= sameMeaning) ? max(words, meant) : -1
    }

    private func closestClaim(to sentence: String, in drafts: [ClaimDraft]) -> Int? {
        let probe = vector(sentence)
        let scored = drafts.indices.map { ($0, drafts[$0].vector.dot(probe)) }.max { $0.1 < $1.1 }
        guard let scored, scored.1 >= relatedClaim else { return nil }
        return scored.0
    }

    private func mainClaim(_ drafts: [ClaimDraft]) -> Int? {
        drafts.indices.max { drafts[$0].articles.count < drafts[$1].articles.count }
    }

    private func vector(_ text: String) -> SparseVector {
        statistics.vector(terms: tokenizer.terms(in: text))
    }
}

/// A claim while positions are being gathered.
struct ClaimDraft {
    var text: String
    var vector: SparseVector
    /// The text's sentence embedding, when `meaning` is set.
    var embedding: [Float]?
    var positions: [Position] = []

    var articles: Set<String> { Set(positions.flatMap(\.articles)) }

    /// Adds a position, folding it into the same holder's same stance.
    mutating func add(_ position: Position) {
        if let index = positions.firstIndex(where: { $0.holderName == position.holderName && $0.stance == position.stance }) {
            for article in position.articles where !positions[index].articles.contains(article) { positions[index].articles.append(article) }
            for quote in position.quotes where !positions[index].quotes.contains(quote) { positions[index].quotes.append(quote) }
        } else {
            positions.append(position)
        }
    }

    func claim() -> Claim {
        let stances = Set(positions.map(\.stance))
        let status: ClaimStatus =
            if stances.contains(.denies) && (stances.contains(.asserts) || stances.contains(.confirms)) { .disputed }
            else if stances.contains(.denies) { .denied }
            else if stances.contains(.confirms) { .confirmed }
            else if stances.contains(.asserts) { .reported }
            else { .unconfirmed }
        return Claim(id: "c-" + ContentHash.hex(text).prefix(12), text: text, positions: positions, status: status)
    }
}

import Foundation
