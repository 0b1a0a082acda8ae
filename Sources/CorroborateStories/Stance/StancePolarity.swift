/// Features of a body's polarity towards a claim: whether the body's denials point at the claim or at
/// its opposite. A body that calls a rumour false agrees with a headline saying the rumour is a hoax,
/// so denial evidence is also given signed by the claim's own polarity; the sentence holding most of
/// the claim's terms is checked for a negator the claim lacks (or the reverse); denials at the end of a
/// body (an update, a closing denial after a long report) and the balance of denial against
/// confirmation cues are counted too.
struct StancePolarity: Sendable {
    /// Sentences at the end of a body that form its tail (default 3).
    var tailSentences = 3

    static let names = [
        "polarity.claimNegated", "polarity.focusDenial", "polarity.signedFocusDenial", "polarity.signedCoverage",
        "polarity.bestSentenceNegated", "polarity.negationMismatch", "polarity.tailDenial", "polarity.denialBalance",
        "polarity.leadDenialShare", "polarity.firstDenial", "polarity.denialCoverageSum", "polarity.quotedDenial",
    ]

    /// The features of `body` towards `claim`; `focus` are the body sentences most like the claim and
    /// `coverage` the share of the claim's terms in each body sentence.
    func vector(claim: StanceDocument, body: StanceDocument, focus: Set<Int>, coverage: [Float]) -> [Float] {
        let claimDenies = Self.denies(claim)
        let claimNegated = claimDenies || claim.text.cues.contains { $0.category == .negation }
        let sign: Float = claimDenies ? -1 : 1
        let denialSentences = body.text.cues.filter { Self.denials.contains($0.category) }.map { body.text.words[$0.position].sentence }
        let focusDenial = Float(Set(denialSentences).intersection(focus).count) / Float(max(focus.count, 1))
        let denialCoverage = denialSentences.map { coverage[$0] }.max() ?? 0
        let best = coverage.indices.max { coverage[$0] < coverage[$1] || (coverage[$0] == coverage[$1] && $0 > $1) }
        let negatedSentences = Set(body.text.cues.filter { Self.negators.contains($0.category) }.map { body.text.words[$0.position].sentence })
        let bestNegated = best.map { coverage[$0] > 0 && negatedSentences.contains($0) } ?? false
        let tailStart = body.text.sentenceCount - tailSentences
        let confirmations = body.text.cues.filter { $0.category == .agree }.count
        let leadDenials = denialSentences.filter { $0 < tailSentences }.count
        let firstDenial = denialSentences.min().map { Float($0) / Float(body.text.sentenceCount) } ?? 1
        let denialCoverageSum = Set(denialSentences).sorted().reduce(Float(0)) { $0 + coverage[$1] }
        let quotedDenials = Set(denialSentences).intersection(body.text.quotedSentenceIndices).count
        return [
            claimNegated ? 1 : 0,
            focusDenial,
            sign * focusDenial,
            sign * denialCoverage,
            bestNegated ? 1 : 0,
            bestNegated != claimNegated ? 1 : 0,
            Float(denialSentences.filter { $0 >= tailStart }.count),
            Float(log(Double(1 + denialSentences.count)) - log(Double(1 + confirmations))),
            Float(leadDenials) / Float(max(denialSentences.count, 1)),
            firstDenial,
            denialCoverageSum,
            Float(quotedDenials) / Float(max(Set(denialSentences).count, 1)),
        ]
    }

    /// Whether `claim` holds a refute or deny cue.
    static func denies(_ claim: StanceDocument) -> Bool {
        claim.text.cues.contains { denials.contains($0.category) }
    }

    private static let denials: Set<StanceCues.Category> = [.refute, .deny]
    private static let negators: Set<StanceCues.Category> = [.refute, .deny, .negation]
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
