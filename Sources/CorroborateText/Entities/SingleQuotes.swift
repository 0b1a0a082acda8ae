/// Single quotation marks used as quotation marks (‘...’ and '...', as British outlets and many
/// wire stories print quotes), told apart from apostrophes and promoted to quote tokens.
///
/// A single mark opens a quotation when it follows a space, a line start, an opening bracket or a
/// dash and a word touches it; it closes one when it touches the word or punctuation before it and
/// no letter follows. A lone apostrophe after a plural ("the Kurds’ fight") closes only before
/// punctuation or a line end. Pairs are made only outside double quotation marks (“He called it
/// ‘fake news’” stays one quotation), within one paragraph; an opening mark still open at a line
/// break is kept when the next paragraph opens with a single mark too (a quotation over several
/// paragraphs). Marks that pair with nothing stay punctuation.
enum SingleQuotes {
    static func promote(_ tokens: inout [ScanToken], _ scalars: [Unicode.Scalar]) {
        var doubleOpen = false
        var open: Int?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .openQuote:
                doubleOpen = true
                open = nil
            case .closeQuote:
                doubleOpen = false
            case .lineBreak:
                if let start = open, let next = firstAfterBreaks(index, tokens), opens(next, tokens, scalars) {
                    tokens[start].kind = .openQuote
                }
                doubleOpen = false
                open = nil
            case .punctuation, .possessive:
                guard !doubleOpen else { break }
                if let start = open, closes(index, tokens, scalars) {
                    tokens[start].kind = .openQuote
                    tokens[index].kind = .closeQuote
                    open = nil
                } else if opens(index, tokens, scalars) {
                    open = index
                }
            case .word:
                break
            }
            index += 1
        }
    }

    private static func opens(_ index: Int, _ tokens: [ScanToken], _ scalars: [Unicode.Scalar]) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, token.lower == "‘" || token.lower == "'",
            index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].start == token.end
        else { return false }
        // "'90s", "'08": a year or decade, not a quotation.
        if let first = scalars[tokens[index + 1].start].properties.numericType, first == .decimal { return false }
        guard token.start > 0 else { return true }
        let before = scalars[token.start - 1]
        return before.properties.isWhitespace || "([{—–-".unicodeScalars.contains(before)
    }

    private static func closes(_ index: Int, _ tokens: [ScanToken], _ scalars: [Unicode.Scalar]) -> Bool {
        let token = tokens[index]
        guard token.lower == "’" || token.lower == "'", index > 0, tokens[index - 1].end == token.start,
            tokens[index - 1].kind == .word || tokens[index - 1].kind == .punctuation
        else { return false }
        guard token.end < scalars.count else { return true }
        let after = scalars[token.end]
        if WordScanner.isWordScalar(after) { return false }
        if token.kind == .possessive { return !after.properties.isWhitespace || after == "\n" }
        return true
    }

    private static func firstAfterBreaks(_ index: Int, _ tokens: [ScanToken]) -> Int? {
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .lineBreak { next += 1 }
        return next < tokens.count ? next : nil
    }
}
