import CorroborateCore

/// A token as the date tagger sees it: a run of letters, a number, or one other scalar.
///
/// Numbers keep inner "," "." ":" "/" when a digit follows ("1,000", "10:30", "8/7/98").
/// Letters are ASCII-lower-cased into `lower`; `capitalized` records the original first letter.
struct DateToken: Sendable {
    enum Kind: Sendable { case word, number, other }

    var start: Int
    var end: Int
    var kind: Kind
    var lower: String
    var capitalized: Bool

    /// The tokens of `scalars` (whitespace is skipped; `newlineBefore` is not tracked).
    static func tokens(in scalars: [Unicode.Scalar]) -> [DateToken] {
        var result: [DateToken] = []
        result.reserveCapacity(scalars.count / 4)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
            } else if isLetter(scalar) {
                var end = index + 1
                while end < scalars.count, isLetter(scalars[end]) { end += 1 }
                result.append(make(scalars, index, end, .word))
                index = end
            } else if isDigit(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isDigit(scalars[end]) {
                        end += 1
                    } else if ",.:/".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                result.append(make(scalars, index, end, .number))
                index = end
            } else {
                result.append(make(scalars, index, index + 1, .other))
                index += 1
            }
        }
        return result
    }

    private static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Kind) -> DateToken {
        let capitalized = kind == .word && scalars[start].properties.isUppercase
        // Words longer than any vocabulary entry are never looked up: skip building their string.
        guard kind != .word || end - start <= 14 else {
            return DateToken(start: start, end: end, kind: kind, lower: "", capitalized: capitalized)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let hasUpper = kind == .word && scalars[start..<end].contains { $0.properties.isUppercase }
        let text = String(view)
        return DateToken(start: start, end: end, kind: kind, lower: hasUpper ? text.lowercased() : text, capitalized: capitalized)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Whitespace, with an ASCII fast path.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar == " " || (scalar.value >= 9 && scalar.value <= 13)) : scalar.properties.isWhitespace
    }

    /// A letter, with an ASCII fast path.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? ((scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122) : scalar.properties.isAlphabetic
    }

    /// The integer value of a plain digit token ("1998", "07"), nil for "1,000" or "10:30".
    var integer: Int? { kind == .number && lower.utf8.count <= 9 ? Int(lower) : nil }
}
