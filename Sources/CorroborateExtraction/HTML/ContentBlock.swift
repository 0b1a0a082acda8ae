/// One run of text between block boundaries, as the walker found it: the unit extraction keeps or removes.
struct ContentBlock: Sendable {
    /// What kind of element holds the text.
    enum Kind: Sendable, Equatable {
        case paragraph, heading(Int), listItem, quote, preformatted, tableCell, caption, other
    }

    /// Text with white space collapsed and trimmed.
    var text: String
    var kind: Kind
    /// The innermost block element holding the text (node index).
    var element: Int
    /// Characters (UTF-8 bytes) of text.
    var characters: Int
    /// Characters inside links.
    var linkCharacters: Int

    /// Share of the text inside links.
    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
