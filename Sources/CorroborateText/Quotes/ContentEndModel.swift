import CorroborateCore
import Foundation

/// A logistic model of where a reported content ends: for a place inside a content where a
/// clause may close (a comma, dash, semicolon, colon or bracket, or a conjunction or relative
/// word: "but", "which", "where", ...), it estimates the share of the words from there to the
/// content's end that lie outside the attribution. `QuoteDetector` ends a reported or learned
/// content before the first such place whose probability reaches `threshold`.
///
/// Stored as `Resources/attribution-content-end-model.tsv`, written by `corroborate train
/// attribution --end-output`: `threshold VALUE`, `bias VALUE` and `weight FEATURE VALUE`,
/// TAB-separated, one a line; `#` lines are comments.
public struct ContentEndModel: Sendable, Hashable {
    /// Feature name -> weight.
    public var weights: [String: Double]
    /// The intercept.
    public var bias: Double
    /// A content is cut at the first place whose probability reaches this.
    public var threshold: Double

    /// A model from explicit parts.
    public init(weights: [String: Double] = [:], bias: Double = 0, threshold: Double = 1) {
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
    }

    /// The probability that a word after a place with these features is outside the attribution.
    public func probability(_ features: [String]) -> Double { CueModel.logistic(features, weights, bias) }

    /// Whether the content ends before a place with these features.
    public func cuts(_ features: [String]) -> Bool { probability(features) >= threshold }

    /// The model shipped in the module's resources.
    public static func bundled() throws -> ContentEndModel {
        try ContentEndModel(lines: ResourceText.lines("attribution-content-end-model", "tsv"), source: "attribution-content-end-model.tsv")
    }

    /// Parses the TSV lines of a model file (comments and blank lines already dropped); `source`
    /// names the file in errors.
    public init(lines: [String], source: String) throws(CorroborateError) {
        self.init()
        for (number, line) in lines.enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let value = fields.last.flatMap(Double.init)
            switch (fields.first, fields.count, value) {
            case ("bias", 2, let value?): bias = value
            case ("threshold", 2, let value?): threshold = value
            case ("weight", 3, let value?): weights[fields[1]] = value
            default: throw CorroborateError(.malformed, source: source, "line \(number + 1) is not a content end model entry")
            }
        }
    }

    /// The model as the TSV text `init(lines:source:)` reads, weights sorted by feature.
    public func fileText(header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("threshold\t\(threshold)")
        lines.append("bias\t\(bias)")
        let storable = weights.filter { !$0.key.contains(where: { $0 == "\t" || $0 == "\n" }) }
        lines += storable.sorted { $0.key < $1.key }.map { "weight\t\($0.key)\t\($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
