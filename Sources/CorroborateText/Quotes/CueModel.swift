import CorroborateCore
import Foundation

/// A logistic model over the attributions the rules leave: for a word the rules did not use
/// ("said" with a subject no phrase rule reaches, "claims", "believes"), it scores the proposed
/// attribution (`CueProposal`) by the expected share of its content words that are right.
///
/// Stored as `Resources/attribution-cue-model.tsv`, written by `corroborate train attribution`:
/// one entry a line, `threshold VALUE`, `bias VALUE`, `cue WORD` (the words that start a
/// proposal) and `weight FEATURE VALUE`, TAB-separated; `#` lines are comments.
public struct CueModel: Sendable, Hashable {
    /// Feature name -> weight.
    public var weights: [String: Double]
    /// The intercept.
    public var bias: Double
    /// A proposal is kept when its probability reaches this.
    public var threshold: Double
    /// Lower-cased words that start a proposal.
    public var cueWords: Set<String>

    /// A model from explicit parts.
    public init(weights: [String: Double] = [:], bias: Double = 0, threshold: Double = 1, cueWords: Set<String> = []) {
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.cueWords = cueWords
    }

    /// The probability that a content word of a proposal with these features is right.
    public func probability(_ features: [String]) -> Double {
        var sum = bias
        for feature in features { sum += weights[feature] ?? 0 }
        return 1 / (1 + Foundation.exp(-sum))
    }

    /// Whether a proposal with these features is kept.
    public func accepts(_ features: [String]) -> Bool { probability(features) >= threshold }

    /// The model shipped in the module's resources.
    public static func bundled() throws -> CueModel {
        try CueModel(lines: ResourceText.lines("attribution-cue-model", "tsv"), source: "attribution-cue-model.tsv")
    }

    /// Parses the TSV lines of a model file (comments and blank lines already dropped); `source`
    /// names the file in errors.
    public init(lines: [String], source: String) throws(CorroborateError) {
        self.init()
        for (number, line) in lines.enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("cue", 2): cueWords.insert(fields[1])
            case ("bias", 2): bias = try Self.number(fields[1], line: number, source)
            case ("threshold", 2): threshold = try Self.number(fields[1], line: number, source)
            case ("weight", 3): weights[fields[1]] = try Self.number(fields[2], line: number, source)
            default: throw CorroborateError(.malformed, source: source, "line \(number + 1) is not a cue model entry")
            }
        }
    }

    private static func number(_ text: String, line: Int, _ source: String) throws(CorroborateError) -> Double {
        guard let value = Double(text) else {
            throw CorroborateError(.malformed, source: source, "line \(line + 1): \(text) is not a number")
        }
        return value
    }

    /// The model as the TSV text `init(lines:source:)` reads, entries sorted.
    public func fileText(header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("threshold\t\(threshold)")
        lines.append("bias\t\(bias)")
        lines += cueWords.sorted().map { "cue\t" + $0 }
        let storable = weights.filter { !$0.key.contains(where: { $0 == "\t" || $0 == "\n" }) }
        lines += storable.sorted { $0.key < $1.key }.map { "weight\t\($0.key)\t\($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
