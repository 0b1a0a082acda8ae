import CorroborateCore
import Foundation

/// Phrases that mark a holder's stance in a sentence ("denied", "pure fiction", "declined to
/// comment"), loaded from `position-cues.tsv`. Longer phrases win over shorter ones they contain, so
/// "declined to confirm or deny" is a refusal, not a denial.
public struct PositionCues: Sendable {
    /// (stance, lower-cased phrase), longest phrase first.
    public let cues: [(stance: CorroborateCore.Stance, phrase: String)]

    public init(cues: [(CorroborateCore.Stance, String)]) {
        self.cues = cues.map { (stance: $0.0, phrase: $0.1) }.sorted { $0.phrase.count > $1.phrase.count }
    }

    /// The cues shipped with the module.
    public static func bundled() -> PositionCues {
        let url = Bundle.module.url(forResource: "position-cues", withExtension: "tsv")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let cues = text.split(separator: "\n").compactMap { line -> (CorroborateCore.Stance, String)? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let stance = CorroborateCore.Stance(rawValue: String(fields[0])) else { return nil }
            return (stance, String(fields[1]))
        }
        return PositionCues(cues: cues)
    }

    /// The stance of the longest cue found in `sentence` and the cue's scalar offset in it.
    public func stance(in sentence: String) -> (stance: CorroborateCore.Stance, phrase: String, offset: Int)? {
        let lowered = " " + sentence.lowercased().map { $0.isLetter || $0 == "'" ? $0 : " " } + " "
        let folded = String(lowered)
        for cue in cues {
            if let range = folded.range(of: " \(cue.phrase) ") {
                let offset = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: folded.unicodeScalars) ?? folded.unicodeScalars.startIndex)
                return (cue.stance, cue.phrase, offset)
            }
        }
        return nil
    }
}
