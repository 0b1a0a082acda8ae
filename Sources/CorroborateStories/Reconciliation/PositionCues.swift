import CorroborateCore
import Foundation

/// Phrases that mark a holder's stance in a sentence ("denied", "pure fiction", "declined to
/// comment"), loaded from `position-cues.tsv`. Longer phrases win over shorter ones they contain, so
/// "declined to confirm or deny" is a refusal, not a denial.
public struct PositionCues: Sendable {
    /// One cue.
    public struct Cue: Sendable {
        public var stance: CorroborateCore.Stance
        /// Lower-cased words.
        public var phrase: String
        /// The cue negates the sentence's own proposition ("was not told"), which is then a claim
        /// of its own rather than a position on another claim.
        public var ownClaim: Bool

        /// A verdict on a claim rather than a verb of denying: "hoax", "pure fiction", "not true"
        /// (not "denied", "rejected"). Whoever states it holds it, and without a quote or a
        /// reporting verb that is the writer.
        public var isVerdict: Bool { stance == .denies && !ownClaim && !PositionCues.denialVerbs.contains(phrase) }
    }

    /// Denial cues that are verbs, with a subject who denies.
    static let denialVerbs: Set<String> = ["denied", "denies", "rejected", "rejects", "dismissed", "refuted"]

    /// The cues, longest phrase first.
    public let cues: [Cue]
    /// Each cue's words.
    private let phrases: [[Substring]]

    public init(cues: [Cue]) {
        self.cues = cues.sorted { $0.phrase.count > $1.phrase.count }
        phrases = self.cues.map { $0.phrase.split(separator: " ", omittingEmptySubsequences: false) }
    }

    /// The cues shipped with the module.
    public static func bundled() -> PositionCues {
        let url = Bundle.module.url(forResource: "position-cues", withExtension: "tsv")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let cues = text.split(separator: "\n").compactMap { line -> Cue? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let stance = CorroborateCore.Stance(rawValue: String(fields[0])) else { return nil }
            return Cue(stance: stance, phrase: String(fields[1]), ownClaim: fields.count > 2 && fields[2] == "own")
        }
        return PositionCues(cues: cues)
    }

    /// The longest cue found in `sentence` and its offset in it. A "confirms" cue needs at least
    /// two words after it: "..., who confirmed:" introduces a quote and is no stance.
    public func stance(in sentence: String) -> (stance: CorroborateCore.Stance, cue: Cue, offset: Int)? {
        let words = FoldedWords(sentence)
        for (cue, phrase) in zip(cues, phrases) {
            if let match = words.first(phrase), cue.stance != .confirms || words.count - match.upperBound >= 2,
                !Self.questionsAPerson(cue, words: words, match: match), !Self.isUnconfirmed(cue, words: words, match: match), !Self.isNegated(cue, words: words, match: match),
                !Self.decidesAProceeding(cue, words: words, match: match)
            {
                return (cue.stance, cue, words.offsets[match.lowerBound])
            }
        }
        return nil
    }

    /// "has not confirmed those reports", "could not be confirmed", "If their identities are
    /// confirmed": a negated or conditional confirmation confirms nothing.
    static func isUnconfirmed(_ cue: Cue, words: FoldedWords, match: Range<Int>) -> Bool {
        guard cue.stance == .confirms else { return false }
        return words.words[max(0, match.lowerBound - 5)..<match.lowerBound].contains { word in
            unconfirming.contains(word) || word.hasSuffix("n't")
        }
    }

    /// "a rumor that Islam hasn't denied", "has never publicly rejected", "is not a hoax": a denial
    /// or doubt with a negator before it, past auxiliaries, adverbs and an article only, is no
    /// position ("The Kremlin, which has not spoken, denied" still is one).
    static func isNegated(_ cue: Cue, words: FoldedWords, match: Range<Int>) -> Bool {
        guard cue.stance == .denies || cue.stance == .doubts else { return false }
        for word in words.words[max(0, match.lowerBound - 4)..<match.lowerBound].reversed() {
            if negators.contains(word) || word.hasSuffix("n't") { return true }
            guard negatedVerbCompanions.contains(word) else { return false }
        }
        return false
    }

    /// Words that negate the verb or phrase after them.
    static let negators: Set<Substring> = ["not", "never", "nor"]

    /// Words that may stand between a negator and the verb it negates: "has not yet publicly denied".
    static let negatedVerbCompanions: Set<Substring> = [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "do", "does", "did", "would", "will", "could",
        "can", "should", "might", "may", "yet", "so", "far", "also", "still", "ever", "even", "publicly", "officially",
        "explicitly", "directly", "immediately", "formally", "outright", "a", "an",
    ]

    /// Words before "confirmed" that negate it or make it a condition.
    static let unconfirming: Set<Substring> = ["not", "never", "no", "if", "unless", "cannot", "yet", "whether", "once", "until"]

    /// "The FBI has questioned a man who says ...", "they have been questioned at the ministry":
    /// questioning a person, or being questioned, is an interview, not a doubt; "questioned the
    /// report" and "questioned whether" stay doubts.
    static func questionsAPerson(_ cue: Cue, words: FoldedWords, match: Range<Int>) -> Bool {
        guard cue.stance == .doubts, PersonObject.questioning.contains(Substring(cue.phrase)) else { return false }
        if match.lowerBound > 0, PersonObject.passiveAuxiliaries.contains(words.words[match.lowerBound - 1]) { return true }
        return PersonObject.opens(words.words[match.upperBound...])
    }
}
