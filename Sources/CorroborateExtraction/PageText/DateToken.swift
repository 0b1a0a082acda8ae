/// A token of a short line for `VisibleDateParser`: a run of letters, a run of digits, or one other character.
/// White space separates tokens and is not kept.
struct DateToken: Hashable {
    enum Kind: Hashable { case word, number, symbol }

    var kind: Kind
    /// The text as written (letters lower-cased).
    var text: String

    var number: Int? { kind == .number ? Int(text) : nil }

    /// The tokens of `line`.
    static func tokens(of line: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var current = ""
        var currentKind: Kind?
        func flush() {
            if let kind = currentKind, !current.isEmpty { tokens.append(DateToken(kind: kind, text: current)) }
            current = ""
            currentKind = nil
        }
        for character in line {
            let kind: Kind? =
                character.isWhitespace ? nil
                : character.isLetter ? .word : (character.isASCII && character.isNumber) ? .number : .symbol
            if kind != currentKind || kind == .symbol { flush() }
            guard let kind else { continue }
            currentKind = kind
            current.append(kind == .word ? Character(character.lowercased()) : character)
        }
        flush()
        return tokens
    }
}
