import CorroborateCore

/// One article-sized piece of input as a reader found it, before extraction: a saved page, a WARC
/// record's payload, a feed item, a JSON line. Readers produce these; extractors turn them into `Article`s.
public struct RawDocument: Sendable, Hashable {
    /// What the document holds.
    public enum Content: Sendable, Hashable {
        /// HTML bytes in whatever encoding the page declares (or none).
        case html([UInt8])
        /// Copied-out page text (UTF-8 already decoded), boilerplate lines and all.
        case pageText(String)
        /// Clean article text with no page boilerplate (a feed's or a JSON record's `text`).
        case articleText(String)
    }

    /// The path or URL as given, with a record locator when one file holds many ("crawl.warc.gz#12").
    public var source: String
    public var content: Content
    /// Metadata the container already states (a WARC target URI, a feed item's title and date,
    /// a JSON record's fields). Extractors prefer what the page itself says, and fall back to these.
    public var hints: MetadataHints

    public init(source: String, content: Content, hints: MetadataHints = MetadataHints()) {
        self.source = source
        self.content = content
        self.hints = hints
    }

    /// The id every article from this document gets: a hash of its bytes, stable across runs. The URL and outlet
    /// its container states are part of those bytes: one wire text in two outlets' records is two articles (copies
    /// the brief names as such), while a record read twice is one.
    public var contentID: String {
        let hash: String
        switch content {
        case .html(let bytes): hash = ContentHash.hex(bytes)
        case .pageText(let text), .articleText(let text): hash = ContentHash.hex(text)
        }
        guard hints.url != nil || hints.outlet != nil else { return hash }
        return ContentHash.hex("\(hints.url ?? "")\u{0}\(hints.outlet ?? "")\u{0}\(hash)")
    }
}

/// Metadata stated outside the page itself, by the container it came in.
public struct MetadataHints: Sendable, Hashable {
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var published: PublicationDate?
    public var byline: [String]
    public var language: String?
    /// The charset the container declared for `.html` bytes (a WARC record's HTTP `Content-Type`; "utf-8"
    /// for feed and JSON content, which arrives decoded). Pass it to `TextDecoding.decodeHTML(_:httpCharset:)`.
    public var charset: String?
    /// When the page was fetched (a WARC record's `WARC-Date`). Not a publication date: never use it as one.
    public var crawled: PublicationDate?

    public init(
        url: String? = nil, title: String? = nil, outlet: String? = nil, published: PublicationDate? = nil,
        byline: [String] = [], language: String? = nil, charset: String? = nil, crawled: PublicationDate? = nil
    ) {
        self.url = url
        self.title = title
        self.outlet = outlet
        self.published = published
        self.byline = byline
        self.language = language
        self.charset = charset
        self.crawled = crawled
    }
}
