import CorroborateCore

/// Scores predicted attributions against PolNeAR gold with `shared/tools/polnear_score.py`'s
/// definitions (unit = attribution, predictions as given):
/// - word tokens are `\w+(?:['’]\w+)*` matches; a content's tokens are those overlapping it;
/// - `exact`: identical token sets, one-to-one in prediction order;
/// - `jaccard`: token Jaccard ≥ 0.5, one-to-one, greedy by descending Jaccard;
/// - `overlap` (Citron): Σ over all pairs |P∩G| divided by Σ|P| (precision) and Σ|G| (recall);
/// - speaker accuracy on Jaccard matches whose gold has a source: the predicted source span
///   overlaps the gold source (`span`), or also the speaker's words contain the gold source's
///   head word, its last word when not a pronoun (`lenient`: the scorer without CoreNLP parses);
/// - subsets: `direct` (every gold fragment is wholly in double quotation marks) and
///   `indirect` (no double quotation mark in the gold content).
public struct AttributionScorer: Sendable {
    /// Precision, recall and F1 with the counts behind them.
    public struct PRF: Sendable, Hashable {
        /// Matched items (overlapping tokens for the overlap measure).
        public var truePositives = 0
        /// Predicted items (tokens for the overlap measure).
        public var predicted = 0
        /// Gold items (tokens for the overlap measure).
        public var gold = 0
        /// True positives over predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        /// True positives over gold.
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// The figures of one run.
    public struct Report: Sendable {
        /// Articles scored.
        public var articles = 0
        /// Identical word-token sets, one-to-one.
        public var exact = PRF()
        /// Word-token Jaccard ≥ 0.5, one-to-one.
        public var jaccard = PRF()
        /// Jaccard matches on gold contents wholly in quotation marks.
        public var directJaccard = PRF()
        /// Jaccard matches on gold contents without quotation marks.
        public var indirectJaccard = PRF()
        /// Citron token overlap: true positives are overlapping tokens, predicted and gold are token totals.
        public var overlap = PRF()
        /// Jaccard matches whose gold has a source.
        public var matchedWithSource = 0
        /// Of those, predicted source span overlapping the gold source.
        public var speakerSpanRight = 0
        /// Of those, span right or the speaker naming the gold head word.
        public var speakerLenientRight = 0
        /// Speaker right (span or head word) on matched attributions whose gold has a source.
        public var speakerAccuracy: Double { matchedWithSource == 0 ? 0 : Double(speakerLenientRight) / Double(matchedWithSource) }
        /// Speaker span overlapping the gold source, on the same matches.
        public var speakerSpanAccuracy: Double { matchedWithSource == 0 ? 0 : Double(speakerSpanRight) / Double(matchedWithSource) }
    }

    /// One gold attribution missed or one prediction unmatched, for failure listings.
    public struct Failure: Sendable {
        /// The article id.
        public var article: String
        /// A missed gold attribution (else an unmatched prediction).
        public var missed: Bool
        /// The content text, fragments joined by " … ".
        public var content: String
        /// The gold source text or the predicted speaker.
        public var speaker: String?
    }

    /// A scorer.
    public init() {}

    /// Scores every article; `predictions` maps article ids to predictions (absent = none).
    public func score(
        _ articles: [PolNeARArticle], predictions: [String: [PredictedAttribution]], failures: inout [Failure]
    ) -> Report {
        var report = Report()
        report.articles = articles.count
        for article in articles {
            score(article, predictions[article.id] ?? [], into: &report, failures: &failures)
        }
        return report
    }

    private func score(_ article: PolNeARArticle, _ predicted: [PredictedAttribution], into report: inout Report, failures: inout [Failure]) {
        let scalars = Array(article.text.unicodeScalars)
        let words = WordTokenIndex(scalars)
        let gold = article.attributions.map { words.tokens(overlapping: $0.content) }
        let pred = predicted.map { words.tokens(overlapping: $0.content) }
        let goldClass = article.attributions.map { QuoteClass($0.content, scalars) }
        let predClass = predicted.map { QuoteClass($0.content, scalars) }
        countExact(gold, pred, into: &report.exact)
        let pairs = jaccardPairs(gold, pred)
        report.jaccard.truePositives += pairs.count
        report.jaccard.gold += gold.count
        report.jaccard.predicted += pred.count
        countSubsets(pairs, goldClass, predClass, into: &report)
        for g in gold { for p in pred { report.overlap.truePositives += g.intersection(p).count } }
        report.overlap.gold += gold.reduce(0) { $0 + $1.count }
        report.overlap.predicted += pred.reduce(0) { $0 + $1.count }
        for (g, p) in pairs where !article.attributions[g].source.isEmpty {
            report.matchedWithSource += 1
            let (span, lenient) = speakerRight(article.attributions[g], predicted[p], scalars)
            report.speakerSpanRight += span ? 1 : 0
            report.speakerLenientRight += lenient ? 1 : 0
        }
        let matchedGold = Set(pairs.map(\.0)), matchedPred = Set(pairs.map(\.1))
        for (index, attribution) in article.attributions.enumerated() where !matchedGold.contains(index) {
            failures.append(Failure(article: article.id, missed: true, content: text(attribution.content, scalars), speaker: attribution.source.first.map { text([$0], scalars) }))
        }
        for (index, attribution) in predicted.enumerated() where !matchedPred.contains(index) {
            failures.append(Failure(article: article.id, missed: false, content: text(attribution.content, scalars), speaker: attribution.speaker))
        }
    }

    private func countExact(_ gold: [Set<Int>], _ pred: [Set<Int>], into prf: inout PRF) {
        var used = Set<Int>()
        for p in pred {
            if let g = gold.indices.first(where: { !used.contains($0) && !gold[$0].isEmpty && gold[$0] == p }) {
                used.insert(g)
                prf.truePositives += 1
            }
        }
        prf.gold += gold.count
        prf.predicted += pred.count
    }

    private func jaccardPairs(_ gold: [Set<Int>], _ pred: [Set<Int>]) -> [(Int, Int)] {
        var candidates: [(Double, Int, Int)] = []
        for (g, goldTokens) in gold.enumerated() {
            for (p, predTokens) in pred.enumerated() {
                let shared = goldTokens.intersection(predTokens).count
                guard shared > 0 else { continue }
                let jaccard = Double(shared) / Double(goldTokens.union(predTokens).count)
                if jaccard >= 0.5 { candidates.append((jaccard, g, p)) }
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedGold = Set<Int>(), usedPred = Set<Int>(), pairs: [(Int, Int)] = []
        for (_, g, p) in candidates where !usedGold.contains(g) && !usedPred.contains(p) {
            usedGold.insert(g)
            usedPred.insert(p)
            pairs.append((g, p))
        }
        return pairs
    }

    private func countSubsets(_ pairs: [(Int, Int)], _ gold: [QuoteClass], _ pred: [QuoteClass], into report: inout Report) {
        let goldOf = Dictionary(uniqueKeysWithValues: pairs.map { ($0.1, $0.0) })
        for (g, _) in pairs {
            if gold[g].direct { report.directJaccard.truePositives += 1 }
            if !gold[g].hasQuote { report.indirectJaccard.truePositives += 1 }
        }
        report.directJaccard.gold += gold.filter(\.direct).count
        report.indirectJaccard.gold += gold.filter { !$0.hasQuote }.count
        for (p, quoteClass) in pred.enumerated() {
            if let g = goldOf[p] {
                report.directJaccard.predicted += gold[g].direct ? 1 : 0
                report.indirectJaccard.predicted += gold[g].hasQuote ? 0 : 1
            } else {
                report.directJaccard.predicted += quoteClass.direct ? 1 : 0
                report.indirectJaccard.predicted += quoteClass.hasQuote ? 0 : 1
            }
        }
    }

    private func speakerRight(_ gold: GoldAttribution, _ pred: PredictedAttribution, _ scalars: [Unicode.Scalar]) -> (Bool, Bool) {
        let span = pred.source.map { source in gold.source.contains { $0.overlaps(source) } } ?? false
        if span { return (true, true) }
        let sourceWords = WordTokenIndex.words(text(gold.source, scalars, separator: " "))
        guard let head = sourceWords.last?.lowercased(), !WordTokenIndex.pronouns.contains(head) else { return (false, false) }
        let speaker = pred.speaker ?? pred.source.map { text([$0], scalars) } ?? ""
        return (false, WordTokenIndex.words(speaker).contains { $0.lowercased() == head })
    }

    private func text(_ ranges: [TextRange], _ scalars: [Unicode.Scalar], separator: String = " … ") -> String {
        ranges.map { range in
            String(String.UnicodeScalarView(scalars[max(0, range.start)..<min(scalars.count, max(range.start, range.end))]))
        }.joined(separator: separator)
    }
}

/// Whether a content holds double quotation marks, and whether every fragment is a whole quote.
struct QuoteClass {
    var hasQuote: Bool
    var direct: Bool

    static let doubleQuotes: Set<Unicode.Scalar> = ["\"", "“", "”"]

    init(_ fragments: [TextRange], _ scalars: [Unicode.Scalar]) {
        let pieces = fragments.map { range -> [Unicode.Scalar] in
            let slice = Array(scalars[max(0, range.start)..<min(scalars.count, max(range.start, range.end))])
            return Self.replacingDoubledApostrophes(slice)
        }
        hasQuote = pieces.contains { $0.contains { Self.doubleQuotes.contains($0) } }
        direct = hasQuote && pieces.allSatisfy(Self.isWholeQuote)
    }

    private static func replacingDoubledApostrophes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                out.append("\"")
                index += 2
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return out
    }

    private static func isWholeQuote(_ piece: [Unicode.Scalar]) -> Bool {
        let strip: Set<Unicode.Scalar> = [",", ".", ";", ":", "—", "–", "-", " ", "\n"]
        var low = 0, high = piece.count
        while low < high, strip.contains(piece[low]) || piece[low].properties.isWhitespace { low += 1 }
        while high > low, strip.contains(piece[high - 1]) || piece[high - 1].properties.isWhitespace { high -= 1 }
        guard high - low >= 2 else { return false }
        return (piece[low] == "\"" || piece[low] == "“") && (piece[high - 1] == "\"" || piece[high - 1] == "”")
    }
}
