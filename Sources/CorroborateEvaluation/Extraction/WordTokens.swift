/// The `\w+` word tokens the extraction metrics compare, lower-cased, as multisets.
///
/// A word character is a letter, a decimal digit or `_` (Python's `\w` on str, without combining
/// marks); everything else separates tokens.
public struct WordTokens: Sendable {
    /// Token -> count.
    public private(set) var counts: [String: Int] = [:]
    /// Number of tokens, with repeats.
    public private(set) var total = 0

    /// The tokens of `text`.
    public init(_ text: String) {
        for token in WordTokens.sequence(text) {
            counts[token, default: 0] += 1
            total += 1
        }
    }

    /// The tokens of `text` in order.
    public static func sequence(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current).lowercased()) }
        return tokens
    }

    /// The size of the multiset intersection with `other`.
    public func overlap(with other: WordTokens) -> Int {
        let (small, large) = counts.count <= other.counts.count ? (counts, other.counts) : (other.counts, counts)
        return small.reduce(0) { sum, entry in sum + min(entry.value, large[entry.key] ?? 0) }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                || value == 95
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

/// Precision, recall and F1 of one prediction against one reference.
public struct OverlapScore: Sendable {
    /// Overlap / predicted tokens.
    public var precision: Double
    /// Overlap / reference tokens.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double

    /// Scores `predicted` against `reference` as WCXB's evaluate.py does: an empty reference scores 1
    /// when the prediction is empty too, else 0; an empty prediction scores 0.
    public init(predicted: WordTokens, reference: WordTokens) {
        if reference.total == 0 {
            let value: Double = predicted.total == 0 ? 1 : 0
            (precision, recall, f1) = (value, value, value)
            return
        }
        guard predicted.total > 0 else {
            (precision, recall, f1) = (0, 0, 0)
            return
        }
        let overlap = Double(predicted.overlap(with: reference))
        precision = overlap / Double(predicted.total)
        recall = overlap / Double(reference.total)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
