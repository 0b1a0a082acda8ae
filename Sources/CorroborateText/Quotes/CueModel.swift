import CorroborateCore
import Foundation

/// A logistic model over the attributions the rules leave: for a word the rules did not use
/// ("said" with a subject no phrase rule reaches, "claims", "believes"), it scores the proposed
/// attribution (`CueProposal`) by the expected share of its content words that are right, and
/// (a second logistic model over the same features) by the probability that its speaker is right.
/// A proposal is kept when both reach the thresholds of its speaker's kind.
///
/// Stored as `Resources/attribution-cue-model.tsv`, written by `corroborate train attribution`:
/// one entry a line, `threshold VALUE`, `threshold KIND VALUE` (the content threshold for one
/// speaker kind), `speaker-threshold KIND VALUE`, `bias VALUE`, `speaker-bias VALUE`, `cue WORD`
/// (the words that start a proposal), `weight FEATURE VALUE` and `speaker-weight FEATURE VALUE`,
/// TAB-separated; `#` lines are comments.
public struct CueModel: Sendable, Hashable {
    /// Feature name -> weight.
    public var weights: [String: Double] { didSet { usesSenseFeatures = Self.hasSenseWeights(weights, speakerWeights) } }
    /// The intercept.
    public var bias: Double
    /// A proposal is kept when its probability reaches this (for speaker kinds not in `thresholds`).
    public var threshold: Double
    /// Speaker kind ("pronoun", "named", "noun", "inverted", "loose", "subject", "none": the value of the
    /// proposal's `spk=` feature) -> the threshold for proposals with that speaker.
    public var thresholds: [String: Double]
    /// Lower-cased words that start a proposal.
    public var cueWords: Set<String>
    /// Feature name -> weight of the speaker model.
    public var speakerWeights: [String: Double] = [:] {
        didSet { usesSenseFeatures = Self.hasSenseWeights(weights, speakerWeights) }
    }
    /// The speaker model's intercept.
    public var speakerBias: Double = 0
    /// Speaker kind -> the lowest speaker probability kept (none: any).
    public var speakerThresholds: [String: Double] = [:]
    /// Whether either model weighs a sense feature (`AttributionScan.senseFeatures`): the learned
    /// stage computes those features only then, since they cost time and weigh nothing otherwise.
    public private(set) var usesSenseFeatures = false

    /// A model from explicit parts.
    public init(
        weights: [String: Double] = [:], bias: Double = 0, threshold: Double = 1, thresholds: [String: Double] = [:],
        cueWords: Set<String> = []
    ) {
        self.weights = weights
        self.usesSenseFeatures = Self.hasSenseWeights(weights, [:])
        self.thresholds = thresholds
        self.bias = bias
        self.threshold = threshold
        self.cueWords = cueWords
    }

    /// The probability that a content word of a proposal with these features is right.
    public func probability(_ features: [String]) -> Double { Self.logistic(features, weights, bias) }

    /// The probability that the speaker of a proposal with these features is right, when its
    /// content matches an attribution with a source.
    public func speakerProbability(_ features: [String]) -> Double { Self.logistic(features, speakerWeights, speakerBias) }

    /// The logistic of `bias` plus the weights of `features` (absent features weigh 0); also
    /// `ContentEndModel`'s score.
    static func logistic(_ features: [String], _ weights: [String: Double], _ bias: Double) -> Double {
        var sum = bias
        for feature in features { sum += weights[feature] ?? 0 }
        return 1 / (1 + Foundation.exp(-sum))
    }

    /// Whether a proposal with these features is kept: its content probability reaches the
    /// threshold of its speaker kind, and so does its speaker probability.
    public func accepts(_ features: [String]) -> Bool {
        guard probability(features) >= threshold(for: features) else { return false }
        guard let kind = Self.speakerKind(features), let floor = speakerThresholds[kind] else { return true }
        return speakerProbability(features) >= floor
    }

    /// The threshold for a proposal with these features: its speaker kind's, else `threshold`.
    public func threshold(for features: [String]) -> Double {
        Self.speakerKind(features).flatMap { thresholds[$0] } ?? threshold
    }

    /// The speaker kind a proposal's features name (the value of its `spk=` feature).
    public static func speakerKind(_ features: [String]) -> String? {
        features.first { $0.hasPrefix(speakerPrefix) }.map { String($0.dropFirst(speakerPrefix.count)) }
    }

    static let speakerPrefix = "spk="

    /// Whether any feature of `weights` or `speakerWeights` is a sense feature.
    static func hasSenseWeights(_ weights: [String: Double], _ speakerWeights: [String: Double]) -> Bool {
        weights.keys.contains(where: AttributionScan.isSenseFeature) || speakerWeights.keys.contains(where: AttributionScan.isSenseFeature)
    }

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
            case ("threshold", 3): thresholds[fields[1]] = try Self.number(fields[2], line: number, source)
            case ("speaker-threshold", 3): speakerThresholds[fields[1]] = try Self.number(fields[2], line: number, source)
            case ("speaker-bias", 2): speakerBias = try Self.number(fields[1], line: number, source)
            case ("speaker-weight", 3): speakerWeights[fields[1]] = try Self.number(fields[2], line: number, source)
            case ("weight", 3): weights[fields[1]] = try Self.number(fields[2], line: number, source)
            default: throw CorroborateError(.malformed, source: source, "line \(number + 1) is not a cue model entry")
            }
        }
        usesSenseFeatures = Self.hasSenseWeights(weights, speakerWeights)
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
        lines += thresholds.sorted { $0.key < $1.key }.map { "threshold\t\($0.key)\t\($0.value)" }
        lines += speakerThresholds.sorted { $0.key < $1.key }.map { "speaker-threshold\t\($0.key)\t\($0.value)" }
        lines.append("bias\t\(bias)")
        lines.append("speaker-bias\t\(speakerBias)")
        lines += cueWords.sorted().map { "cue\t" + $0 }
        lines += Self.storable(weights).map { "weight\t\($0.key)\t\($0.value)" }
        lines += Self.storable(speakerWeights).map { "speaker-weight\t\($0.key)\t\($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Weights whose feature names fit a TSV field, sorted by name.
    private static func storable(_ weights: [String: Double]) -> [(key: String, value: Double)] {
        weights.filter { !$0.key.contains(where: { $0 == "\t" || $0 == "\n" }) }.sorted { $0.key < $1.key }
    }
}
