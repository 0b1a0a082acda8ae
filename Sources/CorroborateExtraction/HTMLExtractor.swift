import CorroborateCore

/// Extracts the article from an HTML page: a byte tokenizer builds a light tree, a walker cuts it into
/// text blocks, a cascade of stages finds the body container (`ContentLocator`), and the body stages sort
/// every block into body, removed (with its reason), captions and comments (`BodyAssembler`).
/// Metadata comes from `MetadataReader`; what the markup leaves unsaid (standfirst, outlet, language) from
/// `ArticleFallbacks`. Never crashes on bad bytes; empty and binary input throw.
public struct HTMLExtractor: ArticleExtracting {
    /// Shared extraction settings (the sentence splitter).
    public var configuration: ExtractionConfiguration
    /// Class/id and phrase vocabularies.
    public var vocabulary: HTMLVocabulary

    /// An extractor with `configuration` and the module's standard vocabulary.
    public init(
        configuration: ExtractionConfiguration = ExtractionConfiguration(),
        vocabulary: HTMLVocabulary = .standard
    ) {
        self.configuration = configuration
        self.vocabulary = vocabulary
    }

    /// The article in `document` (which must hold `.html` bytes).
    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        guard case .html(let bytes) = document.content else {
            throw CorroborateError(.unsupported, source: document.source, "not an HTML document")
        }
        let page = try parsedPage(bytes, document: document)
        return article(from: page, document: document)
    }

    /// The metadata of the page in `document` (which must hold `.html` bytes), with every date candidate.
    public func metadata(from document: RawDocument) throws(CorroborateError) -> PageMetadata {
        guard case .html(let bytes) = document.content else {
            throw CorroborateError(.unsupported, source: document.source, "not an HTML document")
        }
        let page = try parsedPage(bytes, document: document)
        let blocks = BlockWalker(document: page, vocabulary: vocabulary).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: vocabulary).selection()
        return MetadataReader(
            document: page, hints: document.hints, blocks: blocks, selection: selection, listsDateCandidates: true
        ).metadata()
    }

    /// The page's tree, after checking the bytes are readable and the tree is within `maximumNodes`
    /// (counted while it is built, and again after streamed segments are spliced in).
    private func parsedPage(_ bytes: [UInt8], document: RawDocument) throws(CorroborateError) -> HTMLDocument {
        try Self.checkReadable(bytes, source: document.source)
        let limit = configuration.maximumNodes
        guard let page = HTMLTreeBuilder().document(
            from: MojibakeRepair.repaired(Array(TextDecoding.decodeHTML(bytes, httpCharset: document.hints.charset).utf8)),
            maximumNodes: limit)
        else {
            throw CorroborateError(.tooLarge, source: document.source,
                "page is over the limit of \(limit) HTML nodes; skipped")
        }
        guard page.nodes.count <= limit else {
            throw CorroborateError(.tooLarge, source: document.source,
                "page has \(page.nodes.count) HTML nodes, over the limit of \(limit); skipped")
        }
        return page
    }

    /// The article in an already parsed `page`.
    func article(from page: HTMLDocument, document: RawDocument) -> Article {
        let blocks = BlockWalker(document: page, vocabulary: vocabulary).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: vocabulary).selection()
        let metadata = MetadataReader(document: page, hints: document.hints, blocks: blocks, selection: selection).metadata()
        var output = BodyAssembler(
            document: page, selection: selection, vocabulary: vocabulary,
            splitter: configuration.sentenceSplitter,
            normalizedTitle: metadata.title.map(BodyAssembler.normalized)
        ).assemble(blocks)
        if let biography = AuthorBiography.start(in: output.body.map(\.text), byline: metadata.byline) {
            output.removed += output.body[biography...].map { Removed(text: $0.text, reason: .metadata) }
            output.body.removeSubrange(biography...)
        }
        let leadLines = LeadMetadataLines.indices(in: output.body.map(\.text))
        output.removed += leadLines.map { Removed(text: output.body[$0].text, reason: .metadata) }
        for index in leadLines.reversed() { output.body.remove(at: index) }
        let opening = output.body.first.flatMap { DatelineParser.parse($0.text) }
        let fallbacks = ArticleFallbacks()
        let standfirst = metadata.standfirst
            ?? fallbacks.standfirst(description: metadata.description, title: metadata.title, body: output.body, blocks: blocks)
        let outlet = metadata.outlet ?? fallbacks.outlet(in: output.removed, reader: CreditReader())
        let language = metadata.language
            ?? LanguageGuesser.bundled.language(of: output.body.map(\.text).joined(separator: "\n"))
        return Article(
            id: document.contentID, source: document.source, url: metadata.url, outlet: outlet,
            title: metadata.title, standfirst: standfirst, published: metadata.published,
            byline: metadata.byline, dateline: opening?.place, agencies: opening?.agencies ?? [],
            language: language, body: output.body, removed: output.removed, captions: output.captions,
            comments: output.comments)
    }

    /// Throws for empty input and for bytes that are plainly not text (NUL bytes near the start).
    static func checkReadable(_ bytes: [UInt8], source: String) throws(CorroborateError) {
        guard bytes.contains(where: { !Ascii.isSpace($0) }) else {
            throw CorroborateError(.empty, source: source, "the page is empty")
        }
        let head = bytes.prefix(4096)
        let startsUTF16 = head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))
        if !startsUTF16, head.filter({ $0 == 0 }).count > head.count / 100 {
            throw CorroborateError(.binary, source: source, "the file holds binary data, not HTML")
        }
    }
}
