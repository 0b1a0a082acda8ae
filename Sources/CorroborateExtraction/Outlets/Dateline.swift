import Foundation

/// The place line that opens a news story, alone ("MOSCOW") or as a paragraph prefix ("MOSCOW (AP) — ",
/// "LONDON, Nov 11 (Reuters) - ", "NEW DELHI: "), with the agency credited in it.
///
/// A place is one to four upper-case words (letters, `.`, `'`, `-`), optionally followed by a comma and a
/// region or date in any case ("KYIV, Ukraine", "WASHINGTON, D.C.", "LONDON, Nov 11"). Section labels such as
/// "WORLD" also pass this shape: callers decide by position (right before the body) and vocabulary.
public struct Dateline: Sendable, Hashable {
    /// The place as written, without region or date ("MOSCOW").
    public var place: String
    /// The credit in parentheses of a prefix ("AP"), as written.
    public var agency: String?
    /// How many characters of the paragraph the prefix covers, dash and spaces included (0 for a line).
    public var prefixLength: Int

    /// A dateline with these parts.
    public init(place: String, agency: String? = nil, prefixLength: Int = 0) {
        self.place = place
        self.agency = agency
        self.prefixLength = prefixLength
    }

    /// The dateline when the whole line is one ("MOSCOW", "KYIV, Ukraine"); nil otherwise.
    public static func line(_ text: String) -> Dateline? {
        guard text.count <= 60 else { return nil }
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count <= 40, let place = leadingPlace(of: Substring(trimmed)) else { return nil }
        let rest = trimmed.dropFirst(place.count)
        guard rest.isEmpty || (rest.first == "," && rest.count <= 25 && !rest.contains(where: \.isNumber)) else {
            return nil
        }
        return Dateline(place: place)
    }

    /// The dateline that prefixes `paragraph` ("MOSCOW (AP) — The Kremlin..."), ending in a dash or colon; nil
    /// when the paragraph does not open with one.
    public static func prefix(of paragraph: String) -> Dateline? {
        let text = Substring(paragraph)
        guard let place = leadingPlace(of: text) else { return nil }
        var rest = text.dropFirst(place.count)
        if rest.first == "," {
            let region = rest.prefix { !"(—–:".contains($0) }
            if let hyphen = region.range(of: " - ") {
                rest = rest[hyphen.lowerBound...]
            } else {
                rest = rest.dropFirst(region.count)
            }
            guard paragraph.count - rest.count - place.count <= 30 else { return nil }
        }
        rest = rest.drop { $0 == " " }
        var agency: String?
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            guard inside.count <= 30 else { return nil }
            agency = String(inside)
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        guard let dash = rest.first, "—–-:".contains(dash) else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        return Dateline(place: place, agency: agency, prefixLength: paragraph.count - rest.count)
    }

    /// The run of upper-case place words at the start of `text`, or nil.
    private static func leadingPlace(of text: Substring) -> String? {
        var words: [Substring] = []
        var rest = text
        while let word = rest.split(separator: " ", maxSplits: 1).first, words.count < 4 {
            let bare = word.hasSuffix(",") || word.hasSuffix(":") ? word.dropLast() : word
            guard isPlaceWord(bare) else { break }
            words.append(bare)
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            if word.hasSuffix(",") || word.hasSuffix(":") { break }
        }
        let letters = words.joined().filter(\.isLetter)
        guard !words.isEmpty, letters.count >= 3, !notPlaces.contains(words[0].uppercased()) else { return nil }
        return words.joined(separator: " ")
    }

    /// Upper-case labels that open paragraphs but are not places ("BREAKING: ...", "UPDATE - ...").
    static let notPlaces: Set<String> = [
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "PHOTOS",
        "VIDEO", "READ", "NOTE", "EDITOR'S", "EDITORS", "CORRECTION", "ADVERTISEMENT", "FACT", "LISTEN", "SPONSORED",
        "WORLD", "NEWS", "POLITICS", "BUSINESS", "SPORT", "SPORTS",
    ]

    private static func isPlaceWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isLetter, first.isUppercase else { return false }
        return word.allSatisfy { ($0.isLetter && $0.isUppercase) || ".'’-".contains($0) }
    }
}
