import CorroborateCore

/// A stretch of text between an opening and a closing quotation mark.
struct QuotedSegment: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or of the line break where a quote that carries on
    /// into the next paragraph stops.
    var close: Int
    /// The words inside, without the marks and surrounding spaces.
    var content: TextRange
    /// Whether the quote carries on into the next paragraph (which opens with a new mark and no close here).
    var continues: Bool
    /// Number of word tokens inside.
    var wordCount: Int
}

/// Pairs quotation marks in one pass over the tokens.
///
/// Handles curly (“ ” « » „) and straight double quotes (straight ones open after a space,
/// line start or opening bracket, else close). An opening mark while a quote is open restarts
/// it (the earlier mark was unbalanced); a closing mark with nothing open is ignored. At a line
/// break an open quote carries on only when the next paragraph starts with an opening mark (the
/// news convention for quotes over several paragraphs); otherwise it is dropped as unbalanced.
/// Quotes longer than `maximumLength` scalars are dropped. Single quotes are not pairs: they
/// are apostrophes far more often.
struct QuotationPairer: Sendable {
    /// The longest quote kept, in scalars.
    var maximumLength = 6000

    func segments(_ tokens: [ScanToken], scalars: [Unicode.Scalar]) -> [QuotedSegment] {
        var segments: [QuotedSegment] = []
        var open: Int?
        var words = 0
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .openQuote:
                open = index
                words = 0
            case .closeQuote:
                if let start = open, words > 0 {
                    segments.append(segment(start, index, continues: false, words: words, tokens))
                }
                open = nil
            case .lineBreak:
                if let start = open, words > 0, nextStartsWithOpening(after: index, tokens) {
                    segments.append(segment(start, index, continues: true, words: words, tokens))
                }
                open = nil
            case .word:
                words += 1
                if let start = open, token.end - tokens[start].start > maximumLength { open = nil }
            default:
                break
            }
        }
        return segments
    }

    private func nextStartsWithOpening(after index: Int, _ tokens: [ScanToken]) -> Bool {
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .lineBreak { next += 1 }
        return next < tokens.count && tokens[next].kind == .openQuote
    }

    private func segment(_ open: Int, _ close: Int, continues: Bool, words: Int, _ tokens: [ScanToken]) -> QuotedSegment {
        let start = tokens[open + 1].start
        var last = close - 1
        while last > open + 1, tokens[last].kind == .lineBreak { last -= 1 }
        let content = TextRange(start: start, end: max(start, tokens[last].end))
        return QuotedSegment(open: open, close: close, content: content, continues: continues, wordCount: words)
    }
}
