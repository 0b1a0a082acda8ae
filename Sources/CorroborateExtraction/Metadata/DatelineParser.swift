/// Reads the dateline and credited agencies that open a story: "MOSCOW (AP) —", "PARIS, Nov 11 (Reuters) -",
/// "KYIV (AFP/dpa) –".
///
/// The place is one to four words in capitals (letters, spaces, dots, commas, hyphens, apostrophes) at
/// the very start, optionally followed by ", <date>" and an agency in parentheses, then a dash
/// (-, –, —) or colon. Agency names in parentheses are split on "/" , "," and " and ".
public enum DatelineParser {
    /// The opening of a paragraph: its place line and agencies, if it has one.
    public struct Opening: Sendable, Equatable {
        /// "MOSCOW".
        public var place: String?
        /// ["AP"].
        public var agencies: [String]
    }

    /// The dateline of `paragraph`, or nil when it does not open with one.
    public static func parse(_ paragraph: String) -> Opening? {
        let scalars = Array(paragraph.unicodeScalars.prefix(120))
        var index = 0
        while index < scalars.count, isPlaceScalar(scalars[index]) || isInnerHyphen(scalars, at: index) { index += 1 }
        if index < scalars.count, scalars[index].properties.isLowercase {
            while index > 0, scalars[index - 1] != " " { index -= 1 }
        }
        let placeText = String(String.UnicodeScalarView(scalars[0..<index])).trimmingWhitespace()
        let letters = placeText.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }),
              placeText.split(separator: " ").count <= 4
        else { return nil }
        var rest = String(String.UnicodeScalarView(scalars[index...])).trimmingWhitespace()
        var agencies: [String] = []
        if placeText.hasSuffix(",") || rest.hasPrefix(","), let open = rest.firstIndex(of: "("), rest.distance(from: rest.startIndex, to: open) < 30 {
            rest = String(rest[open...])
        }
        rest = rest.trimmingWhitespace()
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            agencies = agencyNames(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = String(rest[rest.index(after: close)...]).trimmingWhitespace()
        }
        guard let first = rest.unicodeScalars.first, "-–—:".unicodeScalars.contains(first) else { return nil }
        let place = placeText.trimming(",")
        return Opening(place: place.isEmpty ? nil : place, agencies: agencies)
    }

    private static func isPlaceScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar == " " || scalar == "." || scalar == ","
            || scalar == "'" || scalar == "’"
    }

    private static func isInnerHyphen(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        scalars[index] == "-" && index > 0 && index + 1 < scalars.count && scalars[index - 1].properties.isUppercase
            && scalars[index + 1].properties.isUppercase
    }

    private static func agencyNames(_ text: String) -> [String] {
        text.replacingAll(" and ", with: "/").split(whereSeparator: { $0 == "/" || $0 == "," })
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty && $0.count <= 30 }
    }
}

extension String {
    /// The string with `characters` removed from both ends.
    func trimming(_ characters: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, characters.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, characters.contains(last) { scalars.removeLast() }
        return String(scalars).trimmingWhitespace()
    }

    /// The string with every `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
