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
    }

    /// The cues, longest phrase first.
    public let cues: [Cue]

    public init(cues: [Cue]) {
        self.cues = cues.sorted { $0.phrase.count > $1.phrase.count }
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
        let folded = Self.folded(sentence)
        for cue in cues {
            if let match = match(cue, in: folded) { return (cue.stance, cue, match) }
        }
        return nil
    }

    /// Where `cue` is in a `folded` sentence (an offset in the sentence), or nil.
    private func match(_ cue: Cue, in folded: String) -> Int? {
        guard let range = folded.range(of: " \(cue.phrase) ") else { return nil }
        if cue.stance == .confirms, folded[range.upperBound...].split(separator: " ").count < 2 { return nil }
        return folded.unicodeScalars.distance(
            from: folded.unicodeScalars.startIndex,
            to: range.lowerBound.samePosition(in: folded.unicodeScalars) ?? folded.unicodeScalars.startIndex)
    }

    /// The sentence lower-cased, every character but letters and apostrophes a space, padded with
    /// one space each side (so an offset in it is the offset of the phrase's word in the sentence).
    private static func folded(_ sentence: String) -> String {
        " " + String(sentence.lowercased().map { $0.isLetter || $0 == "'" ? $0 : " " }) + " "
    }
}
