import CorroborateCore

/// A token as the entity, quote and citation rules see it: a range of Unicode scalar offsets
/// into the document text, its kind, and its lower-cased text (words only).
struct ScanToken: Sendable, Hashable {
    var start: Int
    var end: Int
    var kind: Kind
    /// The lower-cased text for words, numbers and possessives; the scalar itself otherwise.
    var lower: String
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool

    enum Kind: UInt8, Sendable, Hashable {
        /// Letters, digits, inner apostrophes, hyphens and abbreviation periods ("U.S.", "J.", "President-elect").
        case word
        /// A possessive ending split off its word: "'s", "’s", or a lone "’" after a plural.
        case possessive
        /// `“`, `«`, `„` and a straight `"` that opens (after a space, a line start or an opening bracket).
        case openQuote
        /// `”`, `»` and a straight `"` that closes.
        case closeQuote
        /// Any other punctuation or symbol, one scalar.
        case punctuation
        /// A line break ("\n"): paragraphs in the texts this project annotates.
        case lineBreak
    }

    var range: TextRange { TextRange(start: start, end: end) }
    var isWord: Bool { kind == .word }
    /// Whether a name after this token stands inside a sentence: the token is a comma or a
    /// lower-case word.
    var continuesSentence: Bool { lower == "," || (isWord && !isCapitalized) }
}

/// Splits a document's scalars into `ScanToken`s in one pass, without regular expressions.
///
/// Rules: letters and digits make words; an apostrophe (' or ’) or hyphen between two letters
/// stays inside a word ("don't", "President-elect"); a period stays inside a word when the word
/// is a single letter or an abbreviation made of single letters and periods ("J.", "U.S.",
/// "D.C."), or a known title abbreviation followed by a space ("Sen.", "Rep.", "Gov.", "Dr.");
/// "'s"/"’s" at a word's end becomes a `.possessive` token. Straight double quotes are opening
/// when the scalar before is whitespace, a line start or one of `([{—–-:`; two apostrophes
/// `''` (the New York Times' quotation mark) are a straight double quote. Single marks that pair
/// as quotation marks become quote tokens too (`SingleQuotes`).
enum WordScanner {
    /// Title abbreviations whose period belongs to the word.
    static let periodAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev",
        "st", "jr", "sr", "mt", "ft", "adm", "maj", "cmdr", "cpl", "brig", "amb", "pres", "sens", "reps", "gens", "no", "vs", "inc",
        "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]

    /// Tokens of the whole text.
    static func tokens(of scalars: [Unicode.Scalar]) -> [ScanToken] {
        var tokens: [ScanToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                index = scanWord(scalars, from: index, into: &tokens)
            } else if scalar == "\n" {
                tokens.append(ScanToken(start: index, end: index + 1, kind: .lineBreak, lower: "\n", isCapitalized: false))
                index += 1
            } else if scalar == " " || (scalar.isASCII ? scalar.value < 0x21 : scalar.properties.isWhitespace) {
                index += 1
            } else if scalar == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                let opens = straightQuoteOpens(scalars, at: index)
                tokens.append(ScanToken(start: index, end: index + 2, kind: opens ? .openQuote : .closeQuote, lower: "\"", isCapitalized: false))
                index += 2
            } else {
                tokens.append(punctuationToken(scalars, at: index))
                index += 1
            }
        }
        SingleQuotes.promote(&tokens, scalars)
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    private static func scanWord(_ scalars: [Unicode.Scalar], from start: Int, into tokens: inout [ScanToken]) -> Int {
        var end = start
        while end < scalars.count {
            let scalar = scalars[end]
            if isWordScalar(scalar) {
                end += 1
            } else if (isApostrophe(scalar) || scalar == "-" || scalar == "‑"), end + 1 < scalars.count,
                isWordScalar(scalars[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        end = extendAbbreviation(scalars, start: start, end: end)
        end = extendDomainName(scalars, end: end)
        var wordEnd = end
        var possessive: (Int, Int)?
        if end - start > 2, isApostrophe(scalars[end - 2]), scalars[end - 1] == "s" || scalars[end - 1] == "S" {
            wordEnd = end - 2
            possessive = (end - 2, end)
        }
        tokens.append(makeWord(scalars, start: start, end: wordEnd))
        if let (pStart, pEnd) = possessive {
            tokens.append(ScanToken(start: pStart, end: pEnd, kind: .possessive, lower: "'s", isCapitalized: false))
        } else if end < scalars.count, isApostrophe(scalars[end]), scalars[end - 1] == "s",
            end + 1 >= scalars.count || !isWordScalar(scalars[end + 1])
        {
            tokens.append(ScanToken(start: end, end: end + 1, kind: .possessive, lower: "'", isCapitalized: false))
            return end + 1
        }
        return end
    }

    /// Keeps the period of "J.", "U.S.", "D.C." and of title abbreviations inside the word.
    private static func extendAbbreviation(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        guard end < scalars.count, scalars[end] == "." else { return end }
        if end - start == 1, scalars[start].properties.isUppercase {
            var cursor = end + 1
            // "U.S.", "D.C.", "U.K.": letter-period pairs.
            while cursor + 1 < scalars.count, isWordScalar(scalars[cursor]), scalars[cursor + 1] == "." {
                cursor += 2
            }
            return cursor
        }
        let word = lowered(scalars, start, end)
        if periodAbbreviations.contains(word), end + 1 < scalars.count, scalars[end + 1] == " " {
            return end + 1
        }
        return end
    }

    /// Keeps a domain name whole: "inserbia.info", "Yahoo.com", "bbc.co.uk", "iGen.Fr" (a period,
    /// then a top-level or second-level domain that ends the word, lower-case or one of
    /// `capitalizedDomainLabels`). "the info. Next" and "end.Next" stay apart.
    private static func extendDomainName(_ scalars: [Unicode.Scalar], end: Int) -> Int {
        var end = end
        while end + 1 < scalars.count, scalars[end] == "." {
            let capitalized = scalars[end + 1].properties.isUppercase
            guard capitalized || scalars[end + 1].properties.isLowercase else { break }
            var cursor = end + 1
            while cursor < scalars.count, isWordScalar(scalars[cursor]) { cursor += 1 }
            let label = lowered(scalars, end + 1, cursor)
            guard cursor - end - 1 <= 6, (capitalized ? capitalizedDomainLabels : domainLabels).contains(label) else { break }
            end = cursor
        }
        return end
    }

    /// Domain labels also taken capitalised ("iGen.Fr", "Amazon.Com"): none is an English word, so
    /// "end.It" or "home.In" with a missing space stay apart.
    static let capitalizedDomainLabels: Set<String> = [
        "com", "org", "net", "info", "uk", "gov", "edu", "ru", "fr", "tv", "au", "eu", "nl", "ua", "jp", "cn", "nz", "za", "ch",
    ]

    /// Top-level and common second-level domain labels.
    static let domainLabels: Set<String> = [
        "com", "org", "net", "info", "co", "uk", "gov", "edu", "io", "ru", "de", "fr", "tv", "news", "ca", "au", "eu",
        "nl", "ua", "rs", "ba", "jp", "cn", "ie", "nz", "za", "ch", "pl", "ro", "gr", "tr", "il",
    ]

    private static func makeWord(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> ScanToken {
        let first = scalars[start]
        let capitalized = (first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase)
            || hasArabicArticle(scalars, start: start, end: end) || isBrandCamelCase(scalars, start: start, end: end)
        return ScanToken(start: start, end: end, kind: .word, lower: lowered(scalars, start, end), isCapitalized: capitalized)
    }

    /// Whether a word is a brand written with a lower-case "i" or "e" before a capital and at least
    /// two more letters: "iGen", "iPhone", "eBay", which count as capitalised ("iOS", "eV" do not).
    private static func isBrandCamelCase(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard end - start >= 4, scalars[start] == "i" || scalars[start] == "e" else { return false }
        let second = scalars[start + 1]
        return second.value >= 0x41 && second.value <= 0x5A && scalars[start + 2].properties.isLowercase
    }

    /// Whether a word is a name behind the Arabic article: "al-Baghdadi", "el-Sisi", "al-Qaeda" (a
    /// lower-case "al-" or "el-" and a capital letter), which counts as capitalised.
    private static func hasArabicArticle(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard end - start > 4, scalars[start + 2] == "-", scalars[start + 1] == "l", scalars[start] == "a" || scalars[start] == "e" else { return false }
        return scalars[start + 3].properties.isUppercase
    }

    /// The lower-cased text of a scalar range; ASCII words are lowered byte by byte (no
    /// allocation for words of up to 15 bytes).
    static func lowered(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var ascii = true
        for index in start..<end where !scalars[index].isASCII {
            ascii = false
            break
        }
        guard ascii else { return String(String.UnicodeScalarView(scalars[start..<end])).lowercased() }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end {
                let value = UInt8(truncatingIfNeeded: scalars[index].value)
                buffer[index - start] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
            }
            return end - start
        }
    }

    /// The text of a scalar range, encoded straight into a string's UTF-8 storage.
    static func text(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String {
        let start = max(0, min(range.start, scalars.count)), end = max(start, min(range.end, scalars.count))
        var capacity = 0
        for index in start..<end { capacity += UTF8.width(scalars[index]) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for index in start..<end {
                UTF8.encode(scalars[index]) { byte in
                    buffer[offset] = byte
                    offset += 1
                }
            }
            return offset
        }
    }

    private static func punctuationToken(_ scalars: [Unicode.Scalar], at index: Int) -> ScanToken {
        let scalar = scalars[index]
        let kind: ScanToken.Kind
        switch scalar {
        case "“", "«", "„": kind = .openQuote
        case "”", "»": kind = .closeQuote
        case "\"": kind = straightQuoteOpens(scalars, at: index) ? .openQuote : .closeQuote
        default: kind = .punctuation
        }
        return ScanToken(start: index, end: index + 1, kind: kind, lower: String(scalar), isCapitalized: false)
    }

    private static func straightQuoteOpens(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        if before.properties.isWhitespace { return true }
        return "([{—–-:".unicodeScalars.contains(before)
    }
}
