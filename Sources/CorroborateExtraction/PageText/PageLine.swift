/// One non-empty line of copied-out page text with the surface features the layout stages use.
struct PageLine: Sendable {
    /// Position among the page's non-empty lines.
    var index: Int
    /// The line, trimmed.
    var text: String
    var wordCount: Int
    /// Ends with `.`, `!`, `?`, `…`, `:` or `;`, optionally followed by closing quotes or brackets.
    var endsSentence: Bool
    /// Share of letters among the line's letters that are upper-case (0...1).
    var upperCaseShare: Double

    /// Words needed for a sentence-like line to count as prose.
    static let proseMinimumWords = 5
    /// Words from which a line counts as prose even without terminal punctuation.
    static let proseWordsWithoutPunctuation = 25
    /// Longest title, in characters.
    static let titleMaximumLength = 250

    init(index: Int, text: String) {
        self.index = index
        self.text = text
        wordCount = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        endsSentence = Self.endsWithTerminalPunctuation(text)
        var letters = 0
        var upper = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A { letters += 1; upper += 1 } else if value >= 0x61 && value <= 0x7A { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
        upperCaseShare = letters == 0 ? 0 : Double(upper) / Double(letters)
    }

    /// Reads like running prose: a sentence of at least 5 words, or at least 25 words, not shouting.
    var isProse: Bool {
        guard upperCaseShare < 0.6 else { return false }
        return (endsSentence && wordCount >= Self.proseMinimumWords) || wordCount >= Self.proseWordsWithoutPunctuation
    }

    /// Could be a headline: 3 to 40 words, starts with a capital, letter or quote, does not end like a sentence
    /// clause (`.`, `,`, `;`, `:`), not shouting.
    var isTitleLike: Bool {
        guard (3...40).contains(wordCount), text.count <= Self.titleMaximumLength, upperCaseShare < 0.6,
              let first = text.first, first.isUppercase || first.isNumber || "\"'“‘".contains(first),
              let last = text.last
        else { return false }
        return !".,;:".contains(last)
    }

    /// A trail of section names: "Home > World > Europe", "News | Politics", "World › Asia" - at least two parts
    /// split by `>`, `›`, `»`, `|` or `/`, each at most three words.
    var isBreadcrumb: Bool {
        guard wordCount <= 16 else { return false }
        let parts = text.split(whereSeparator: { ">›»|/".contains($0) })
        guard parts.count >= 2, parts.count - 1 == text.filter({ ">›»|/".contains($0) }).count else { return false }
        return parts.allSatisfy { part in
            let words = part.split(separator: " ").count
            return words >= 1 && words <= 3
        }
    }

    /// Short, headline-cased line of a link list (a related or navigation item).
    var isListItemLike: Bool { !endsSentence && wordCount <= 16 }

    private static func endsWithTerminalPunctuation(_ text: String) -> Bool {
        var scalars = Substring(text)
        while let last = scalars.last, "\"'”’)]»".contains(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return ".!?…:;".contains(last)
    }
}
