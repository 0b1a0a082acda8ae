import Foundation

/// How the extraction metrics compare metadata strings: Unicode NFC, white space collapsed, lower-cased.
public enum MetadataMatch {
    /// `text` normalised for comparison.
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Equal after normalisation.
    public static func exact(_ predicted: String?, _ gold: String?) -> Bool {
        guard let predicted, let gold else { return false }
        return normalized(predicted) == normalized(gold)
    }

    /// One contains the other after normalisation (both non-empty).
    public static func lenient(_ predicted: String?, _ gold: String?) -> Bool {
        guard let predicted, let gold else { return false }
        let a = normalized(predicted), b = normalized(gold)
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.contains(b) || b.contains(a)
    }
}
