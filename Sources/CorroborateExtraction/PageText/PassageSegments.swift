/// Splits a line into sentence-sized pieces for duplicate detection, including at boundaries pasted together
/// without a space: `continent."This alleged...` and `leaders.The conflicting...` split after the `."` / `.`.
///
/// A boundary is `.`, `!`, `?` or `…`, then any closing quotes or brackets (`"`, `'`, `”`, `’`, `)`, `]`), then
/// optional white space, then an upper-case letter or an opening quote. Splitting too often is harmless: a piece
/// only matters when a whole run of pieces repeats earlier text.
enum PassageSegments {
    /// The pieces of `text` as scalar-offset ranges covering it end to end.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if let next = boundary(after: index, in: scalars) {
                ranges.append(start..<next)
                start = next
                index = next
            } else {
                index += 1
            }
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// The start of the next piece when a boundary follows the terminal at `index`.
    private static func boundary(after index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard ".!?…".unicodeScalars.contains(scalars[index]) else { return nil }
        var end = index + 1
        while end < scalars.count, "\"'”’)]".unicodeScalars.contains(scalars[end]) { end += 1 }
        var next = end
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return nil }
        let first = scalars[next]
        guard first.properties.isUppercase || "\"“‘".unicodeScalars.contains(first) else { return nil }
        return next
    }

    /// The comparison key of a piece: lower-cased letters and digits separated by single spaces.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                let isLetterOrDigit = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                    || (value >= 0x61 && value <= 0x7A)
                if isLetterOrDigit {
                    if pendingSpace, !key.isEmpty { key.append(" ") }
                    pendingSpace = false
                    key.append(Unicode.Scalar(value >= 0x41 && value <= 0x5A ? value + 32 : value))
                } else {
                    pendingSpace = true
                }
                continue
            }
            if scalar.properties.isAlphabetic {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { key.append(lower) }
            } else {
                pendingSpace = true
            }
        }
        return String(key)
    }
}
