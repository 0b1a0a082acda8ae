import CorroborateCore

/// Pairs quotation marks in one paragraph, for the segmenter's quote rule.
///
/// Handled marks: “ … ” (and ” used as an opener after whitespace, as some outlets do), „ … “,
/// « … », and straight " (an opener after whitespace, an opening bracket or the start; else a
/// closer). Only outermost quotations are returned (inner marks are ignored until the outer one
/// closes); a mark that never closes pairs with nothing. Single quotes are ignored (they double as
/// apostrophes). Linear in the paragraph's length.
enum QuotationPairing {
    /// Ranges from each outermost opening mark to just after its closing mark.
    static func spans(in scalars: [Unicode.Scalar]) -> [TextRange] {
        var result: [TextRange] = []
        var open: Int? = nil
        for index in scalars.indices {
            let scalar = scalars[index]
            guard scalar == "\"" || (scalar.value >= 0xAB && Self.marks.contains(scalar)) else { continue }
            let afterSpace = index == 0 || scalars[index - 1].properties.isWhitespace
                || "([{—–".unicodeScalars.contains(scalars[index - 1])
            if let start = open {
                if closes(scalar, afterSpace: afterSpace) {
                    result.append(TextRange(start: start, end: index + 1))
                    open = nil
                }
            } else if opens(scalar, afterSpace: afterSpace) {
                open = index
            }
        }
        return result
    }

    /// The non-ASCII quotation marks handled.
    static let marks: Set<Unicode.Scalar> = ["“", "”", "„", "«", "»"]

    static func opens(_ scalar: Unicode.Scalar, afterSpace: Bool) -> Bool {
        switch scalar {
        case "“", "„", "«": true
        case "”", "\"": afterSpace
        default: false
        }
    }

    static func closes(_ scalar: Unicode.Scalar, afterSpace: Bool) -> Bool {
        switch scalar {
        case "”", "»": true
        case "“", "\"": !afterSpace
        default: false
        }
    }
}
