/// Tells which capitalised words of a document are ordinary words capitalised only by their
/// position: at a sentence start ("Sources said", "Alleged call") or in a Title Case line
/// ("Kremlin Denies Reports of Phone Call"). A word at a sentence start is common when the
/// document also writes it in lower case ("sources", "alleged") and never capitalises it in
/// running text; a word of a Title Case line is common unless running text capitalises it too
/// (headlines capitalise everything). Capitalised compounds with a lower-case part
/// ("Oscar-winning") or made of names written alone elsewhere ("Trump-Putin") are common anywhere. Titles, given names, nationality adjectives and
/// places are never common.
struct CapitalEvidence {
    /// Token indices of capitalised words that are common words.
    private(set) var commonAt: Set<Int> = []

    /// Share of capitalised words (of four letters or more) that makes a line Title Case.
    static let titleCaseShare = 0.7
    /// Most words a Title Case line has: longer lines are running text dense with names.
    static let titleCaseLength = 18
    /// Fewest words of four letters or more a Title Case line has.
    static let titleCaseWords = 3

    init(tokens: [ScanToken], scalars: [Unicode.Scalar], isProtected: (ScanToken) -> Bool) {
        let titleLine = Self.titleCaseTokens(tokens)
        var lowerWords = Set<String>(), runningCapitals = Set<String>(), positional: [Int] = []
        for (index, token) in tokens.enumerated() where token.isWord {
            if !token.isCapitalized {
                lowerWords.insert(token.lower)
            } else if titleLine[index] || Self.isSentenceInitial(index, tokens) {
                positional.append(index)
            } else {
                runningCapitals.insert(token.lower)
            }
        }
        for index in positional {
            let token = tokens[index]
            guard !runningCapitals.contains(token.lower), !isProtected(token) else { continue }
            if lowerWords.contains(token.lower) || titleLine[index] { commonAt.insert(index) }
        }
        let capitals = Set(tokens.lazy.filter { $0.isWord && $0.isCapitalized }.map(\.lower))
        for (index, token) in tokens.enumerated() where token.isCapitalized && token.lower.contains("-") && !isProtected(token) {
            if Self.isLowerCompound(token, scalars) || Self.isNameCompound(token, capitals) { commonAt.insert(index) }
        }
    }

    /// Whether a capitalised word is a compound ending in a lower-case part ("Oscar-winning",
    /// "Fifth-seeded"): an adjective, never part of a name.
    static func isLowerCompound(_ token: ScanToken, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.lower.contains("-") else { return false }
        var index = token.end - 1
        while index > token.start, scalars[index - 1] != "-" { index -= 1 }
        return index > token.start && index < token.end && scalars[index].properties.isLowercase
    }

    /// Whether a capitalised compound joins names written alone elsewhere ("Trump-Putin call").
    static func isNameCompound(_ token: ScanToken, _ capitals: Set<String>) -> Bool {
        let parts = token.lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { capitals.contains(String($0)) }
    }

    /// Punctuation after which a capital says nothing: sentence ends, colons, single quotes and
    /// brackets that open ("'Certain nervousness'", "(Writing by ...").
    static let openers: Set<String> = [".", "?", "!", ":", "'", "‘", "("]

    /// Whether token `index` starts a sentence, a line or a quotation.
    static func isSentenceInitial(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .lineBreak, .openQuote: return true
        case .punctuation: return Self.openers.contains(previous.lower)
        default: return false
        }
    }

    /// For each token, whether it sits in a Title Case line: at most `titleCaseLength` words, no
    /// sentence stop (". ! ?": headlines have none), and at least `titleCaseShare` of its words of
    /// four letters or more capitalised.
    static func titleCaseTokens(_ tokens: [ScanToken]) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var lineStart = 0
        for index in 0...tokens.count where index == tokens.count || tokens[index].kind == .lineBreak {
            var words = 0, long = 0, capitalised = 0, stops = 0
            for token in tokens[lineStart..<index] {
                if token.kind == .punctuation, token.lower == "." || token.lower == "!" || token.lower == "?" { stops += 1 }
                guard token.isWord else { continue }
                words += 1
                guard token.lower.unicodeScalars.count >= 4 else { continue }
                long += 1
                if token.isCapitalized { capitalised += 1 }
            }
            if stops == 0, words <= titleCaseLength, long >= titleCaseWords, Double(capitalised) >= titleCaseShare * Double(long) {
                for flag in lineStart..<index { flags[flag] = true }
            }
            lineStart = index + 1
        }
        return flags
    }
}
