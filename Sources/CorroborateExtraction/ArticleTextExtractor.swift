import CorroborateCore

/// Builds an article from clean text (a feed item's or a JSON record's `text`): paragraphs are the blocks
/// between blank lines (or the non-empty lines, when the text has no blank line), white space inside a
/// paragraph collapsed to single spaces, character references left by an escaping step decoded
/// ("&nbsp;&hellip;", "&#8217;": only those closed by `;`); a paragraph repeated word for word is kept once
/// (the copy goes to `removed` as `duplicate`). Metadata comes from the hints.
///
/// Crawled "clean" text still carries some page boilerplate ("Advertisement", "Sign up now", related-link
/// bullets, photo credits): paragraphs are labelled by `PageTextExtractor.cleanTextDecisions(for:)`, and those
/// it removes go to `removed` with their reason (captions also to `captions`, reader comments to `comments`);
/// a wire credit glued to a paragraph's end ("... cities. (Reporting by ...; Editing by ...)") goes to
/// `removed` as `metadata`.
/// Prose is kept unless a phrase or caption rule names it; when every paragraph would be removed, all are
/// kept as body (clean text is not emptied by the labelling).
public struct ArticleTextExtractor: ArticleExtracting {
    /// Settings, the sentence splitter among them.
    public var configuration: ExtractionConfiguration
    /// Labels boilerplate paragraphs (its vocabularies; its sentence splitter is not used).
    public var boilerplate: PageTextExtractor

    /// An extractor splitting sentences with `configuration.sentenceSplitter`, with the bundled vocabularies.
    public init(configuration: ExtractionConfiguration = ExtractionConfiguration()) {
        self.configuration = configuration
        boilerplate = PageTextExtractor(configuration: configuration)
    }

    /// The article in `document`'s clean text; `.empty` when it has none, `.unsupported` for HTML.
    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        let text: String
        switch document.content {
        case .articleText(let value), .pageText(let value): text = value
        case .html: throw CorroborateError(.unsupported, source: document.source, "HTML is not clean article text")
        }
        let paragraphs = ArticleTextExtractor.paragraphs(in: text)
        guard !paragraphs.isEmpty else { throw CorroborateError(.empty, source: document.source, "no article text") }
        var labelled = boilerplate.cleanTextDecisions(for: paragraphs)
        if !labelled.paragraphs.contains(where: { $0.decision.label == .body }) {
            labelled = LabelledParagraphs(
                paragraphs: paragraphs.map { LabelledLine(line: $0, decision: LineDecision(.body, by: .articleRun)) },
                comments: [])
        }
        var seen: Set<String> = []
        var body: [Paragraph] = []
        var removed: [Removed] = []
        for paragraph in labelled.paragraphs {
            if case .removed(let reason) = paragraph.decision.label {
                removed.append(Removed(text: paragraph.line, reason: reason))
            } else if seen.insert(paragraph.line).inserted {
                var text = paragraph.line
                if let split = TrailingCredit.split(text) {
                    text = split.text
                    removed.append(Removed(text: split.credit, reason: .metadata))
                }
                body.append(Paragraph(text: text, sentences: configuration.sentenceSplitter.sentences(in: text)))
            } else {
                removed.append(Removed(text: paragraph.line, reason: .duplicate))
            }
        }
        let hints = document.hints
        return Article(
            id: document.contentID, source: document.source, url: hints.url, outlet: hints.outlet, title: hints.title,
            published: hints.published, byline: hints.byline, language: hints.language, body: body, removed: removed,
            captions: removed.filter { $0.reason == .caption }.map(\.text), comments: labelled.comments)
    }

    /// The paragraphs of `text`, trimmed and with inner white space collapsed. Inside a block
    /// between blank lines, a line break only wraps the paragraph when the next line goes on in
    /// lower case, when the line stops on a function word ("... over the" + "Internet before ..."), or
    /// when the block is hard-wrapped (no line longer than `wrappedLineLimit`) and the line is
    /// filled (at least `filledLineLength` characters); otherwise the line is a paragraph
    /// of its own: a heading or a caption line set above a paragraph is not glued to its first words
    /// ("... and the Netherlands" + "Emwazi is understood to ...").
    static func paragraphs(in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard lines.contains(where: \.isEmpty) else { return lines.filter { !$0.isEmpty }.map(collapse) }
        var paragraphs: [String] = []
        var block: [String] = []
        func closeBlock() {
            let hardWrapped = block.allSatisfy { $0.count <= wrappedLineLimit }
            var current: [String] = []
            for (index, line) in block.enumerated() {
                current.append(line)
                let wraps = block.indices.contains(index + 1)
                    && (block[index + 1].first?.isLowercase == true || endsInAFunctionWord(line)
                        || (hardWrapped && line.count >= filledLineLength))
                if !wraps {
                    paragraphs.append(collapse(current.joined(separator: " ")))
                    current = []
                }
            }
            block = []
        }
        for line in lines {
            if line.isEmpty { closeBlock() } else { block.append(line) }
        }
        closeBlock()
        return paragraphs
    }

    /// Whether `line` stops on a word that cannot end a heading or a sentence ("... over the"),
    /// so the line after it goes on with the same sentence.
    static func endsInAFunctionWord(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last, last.allSatisfy(\.isLetter) else { return false }
        return functionWords.contains(String(last))
    }

    /// Lower-case words a wrapped line can stop on but a heading or a sentence does not end with.
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that", "as",
        "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "into", "than", "who", "which",
    ]

    /// The longest line a hard-wrapped block has, in characters.
    static let wrappedLineLimit = 100
    /// The shortest line that a hard wrap fills, in characters: a shorter line ends its paragraph.
    static let filledLineLength = 50

    private static func collapse(_ text: String) -> String {
        decodingReferences(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` with its character references closed by `;` decoded ("&amp;", "&#39;"); "AT&T",
    /// "R&D" and an unclosed "&copy" stay as written.
    static func decodingReferences(_ text: String) -> String {
        text.contains("&") ? HTMLEntities.decode(text, terminatedOnly: true) : text
    }
}
