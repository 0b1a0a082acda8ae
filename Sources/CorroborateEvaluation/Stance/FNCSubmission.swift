import Foundation
import CorroborateStories

/// FNC-1's submission CSV: a `Headline,Body ID,Stance` header, then one row per pair, fields quoted
/// (RFC 4180: doubled quotes) when they hold a comma, a quote or a line break.
public enum FNCSubmission {
    /// The CSV text for `pairs` and their `predictions`, aligned.
    public static func csv(pairs: [FNCDataset.Pair], predictions: [StanceLabel]) -> String {
        var text = "Headline,Body ID,Stance\n"
        for (pair, stance) in zip(pairs, predictions) {
            text += [pair.headline, pair.bodyID, stance.rawValue].map(field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// `value` as one CSV field.
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
