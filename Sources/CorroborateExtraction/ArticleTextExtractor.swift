import CorroborateCore

/// Builds an article from clean text (a feed item's or a JSON record's `text`), with no page boilerplate
/// to remove: paragraphs are the blocks between blank lines (or the non-empty lines, when the text has
/// no blank line), white space inside a paragraph collapsed to single spaces, character references
/// left by an escaping step decoded ("&nbsp;&hellip;", "&#8217;": only those closed by `;`); a
/// paragraph repeated word for word is kept once (the copy goes to `removed` as `duplicate`).
/// Metadata comes from the hints.
public struct ArticleTextExtractor: ArticleExtracting {
    /// Settings, the sentence splitter among them.
    public var configuration: ExtractionConfiguration

    /// An extractor splitting sentences with `configuration.sentenceSplitter`.
    public init(configuration: ExtractionConfiguration = ExtractionConfiguration()) {
        self.configuration = configuration
    }

    /// The article in `document`'s clean text; `.empty` when it has none, `.unsupported` for HTML.
    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        let text: String
        switch document.content {
        case .articleText(let value), .pageText(let value): text = value
        case .html: throw CorroborateError(.unsupported, source: document.source, "HTML is not clean article text")
        }
        var seen: Set<String> = []
        var body: [Paragraph] = []
        var removed: [Removed] = []
        for paragraph in ArticleTextExtractor.paragraphs(in: text) {
            if seen.insert(paragraph).inserted {
                body.append(Paragraph(text: paragraph, sentences: configuration.sentenceSplitter.sentences(in: paragraph)))
            } else {
                removed.append(Removed(text: paragraph, reason: .duplicate))
            }
        }
        guard !body.isEmpty else { throw CorroborateError(.empty, source: document.source, "no article text") }
        let hints = document.hints
        return Article(
            id: document.contentID, source: document.source, url: hints.url, outlet: hints.outlet, title: hints.title,
            published: hints.published, byline: hints.byline, language: hints.language, body: body, removed: removed)
    }

    /// The paragraphs of `text`, trimmed and with inner white space collapsed.
    static func paragraphs(in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        let hasBlankLine = lines.contains(where: \.isEmpty)
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            if line.isEmpty || !hasBlankLine {
                if !current.isEmpty { paragraphs.append(collapse(current.joined(separator: " "))) }
                current = line.isEmpty ? [] : [line]
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(collapse(current.joined(separator: " "))) }
        return paragraphs
    }

    private static func collapse(_ text: String) -> String {
        decodingReferences(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` with its character references closed by `;` decoded ("&amp;", "&#39;"); "AT&T",
    /// "R&D" and an unclosed "&copy" stay as written.
    static func decodingReferences(_ text: String) -> String {
        text.contains("&") ? HTMLEntities.decode(text, terminatedOnly: true) : text
    }
}
