import CorroborateCore

/// Extracts the article from copied-out page text, where every line is a block: the title, standfirst, a date
/// line, body paragraphs, and the page's boilerplate (ads, navigation, related lists, newsletter and donation
/// boxes, reader comments, captions, copyright lines).
///
/// Lines are labelled by `PageLayout` (vocabulary in `Resources/pagetext-boilerplate.tsv` plus line features and
/// position), body paragraphs lose repeated passages (`PassageDeduplicator`), and metadata is read from the
/// labelled lines (`PageMetadataReader`). Every line that is not title, standfirst or body lands in `removed`
/// with its reason; captions also in `captions`, reader comments (one string each) in `comments`.
public struct PageTextExtractor: ArticleExtracting {
    /// Shared extraction settings (the sentence splitter).
    public var configuration: ExtractionConfiguration
    /// Outlets and agencies names are resolved against.
    public var directory: OutletDirectory
    /// Boilerplate phrases.
    public var vocabulary: BoilerplateVocabulary
    /// Visible dates.
    public var dates: VisibleDateParser

    /// An extractor with the bundled vocabularies.
    public init(
        configuration: ExtractionConfiguration = ExtractionConfiguration(),
        directory: OutletDirectory = .bundled,
        vocabulary: BoilerplateVocabulary = .bundled,
        dates: VisibleDateParser = .bundled
    ) {
        self.configuration = configuration
        self.directory = directory
        self.vocabulary = vocabulary
        self.dates = dates
    }

    /// The article in a `.pageText` (or `.articleText`) document; `.empty` when it has no text, `.unsupported`
    /// for HTML.
    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        let text: String
        switch document.content {
        case .pageText(let page), .articleText(let page): text = page
        case .html: throw CorroborateError(.unsupported, source: document.source, "HTML is read by HTMLExtractor")
        }
        let lines = Self.lines(of: text)
        guard !lines.isEmpty else { throw CorroborateError(.empty, source: document.source, "no text on the page") }
        return article(lines: lines, document: document)
    }

    /// Labels each non-empty line of `text` (for inspection and tests).
    public func decisions(for text: String) -> [LabelledLine] {
        let lines = Self.lines(of: text)
        let result = layout.layout(lines)
        return zip(lines, result.decisions).map { LabelledLine(line: $0.text, decision: $1) }
    }

    /// Labels the paragraphs of clean text with the stages that hold without a page around it
    /// (`PageLayout.cleanTextLayout`): boilerplate phrases, captions, bylines, date lines, link lists and what
    /// follows a phrase that ends an article, prose left as body. Used by `ArticleTextExtractor`.
    public func cleanTextDecisions(for paragraphs: [String]) -> LabelledParagraphs {
        let lines = paragraphs.enumerated().map { PageLine(index: $0.offset, text: $0.element) }
        let result = layout.cleanTextLayout(lines)
        return LabelledParagraphs(
            paragraphs: zip(paragraphs, result.decisions).map { LabelledLine(line: $0, decision: $1) },
            comments: result.comments)
    }

    private var layout: PageLayout {
        PageLayout(vocabulary: vocabulary, captions: CaptionDetector(), dates: dates, directory: directory)
    }

    private func article(lines: [PageLine], document: RawDocument) -> Article {
        let result = layout.layout(lines)
        var body: [Paragraph] = []
        var removed: [Removed] = []
        var deduplicator = PassageDeduplicator()
        for line in lines {
            switch result.decisions[line.index].label {
            case .title, .standfirst:
                continue
            case .removed(let reason):
                removed.append(Removed(text: line.text, reason: reason))
            case .body:
                let outcome = deduplicator.deduplicate(line.text)
                removed += outcome.duplicates.map { Removed(text: $0, reason: .duplicate) }
                if let kept = outcome.kept {
                    body.append(Paragraph(text: kept, sentences: configuration.sentenceSplitter.sentences(in: kept)))
                }
            }
        }
        let reader = PageMetadataReader(dates: dates, credits: CreditReader(directory: directory))
        let metadata = reader.metadata(lines, result, firstParagraph: body.first?.text, hints: document.hints)
        return Article(
            id: document.contentID, source: document.source, url: document.hints.url, outlet: metadata.outlet,
            title: metadata.title, standfirst: metadata.standfirst, published: metadata.published,
            byline: metadata.byline, dateline: metadata.dateline, agencies: metadata.agencies,
            language: document.hints.language ?? LanguageGuesser.bundled.language(of: bodyText(body)), body: body, removed: removed,
            captions: removed.filter { $0.reason == .caption }.map(\.text), comments: result.comments
        )
    }

    private func bodyText(_ body: [Paragraph]) -> String { body.map(\.text).joined(separator: "\n") }

    /// The non-empty lines of `text`, trimmed; line breaks are `\n`, `\r\n`, `\r`, U+2028 and U+2029.
    static func lines(of text: String) -> [PageLine] {
        var lines: [PageLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        func emit(upTo end: String.Index) {
            let trimmed = String(text[start..<end]).trimmingWhitespace()
            if !trimmed.isEmpty { lines.append(PageLine(index: lines.count, text: trimmed)) }
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            var breakLength = 0
            if byte == 0x0A || byte == 0x0D {
                breakLength = 1
            } else if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    let third = utf8.index(after: next)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 { breakLength = 3 }
                }
            }
            if breakLength > 0 {
                emit(upTo: index)
                index = utf8.index(index, offsetBy: breakLength)
                start = index
            } else {
                index = utf8.index(after: index)
            }
        }
        emit(upTo: utf8.endIndex)
        return lines
    }
}
