/// One news article as extracted from a page, exactly as `shared/spec/brief.md` defines it.
///
/// Every field is always encoded: absent values as `null`, empty lists as `[]`.
public struct Article: Codable, Sendable, Hashable, Identifiable {
    /// Stable identifier: the same input bytes always give the same id.
    public var id: String
    /// The path or URL the article was read from, as given.
    public var source: String
    /// Canonical URL when the page or record names one.
    public var url: String?
    /// The publishing outlet ("The Moscow Times"), or nil when it cannot be inferred.
    public var outlet: String?
    public var title: String?
    /// Sub-headline or dek.
    public var standfirst: String?
    public var published: PublicationDate?
    /// Authors, in page order.
    public var byline: [String]
    /// The place line that opens the story ("MOSCOW").
    public var dateline: String?
    /// Credited wire services: "AP", "Reuters", "agencies".
    public var agencies: [String]
    /// BCP 47 language tag, e.g. "en".
    public var language: String?
    /// The article text in order, each repeated passage once.
    public var body: [Paragraph]
    /// Everything taken out of the page, labelled with the reason.
    public var removed: [Removed]
    /// Photo captions and credits.
    public var captions: [String]
    /// Reader comments, one string each.
    public var comments: [String]

    public init(
        id: String, source: String, url: String? = nil, outlet: String? = nil, title: String? = nil,
        standfirst: String? = nil, published: PublicationDate? = nil, byline: [String] = [],
        dateline: String? = nil, agencies: [String] = [], language: String? = nil,
        body: [Paragraph] = [], removed: [Removed] = [], captions: [String] = [], comments: [String] = []
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.outlet = outlet
        self.title = title
        self.standfirst = standfirst
        self.published = published
        self.byline = byline
        self.dateline = dateline
        self.agencies = agencies
        self.language = language
        self.body = body
        self.removed = removed
        self.captions = captions
        self.comments = comments
    }

    /// The body as plain text: paragraphs joined by a blank line.
    public var bodyText: String { body.map(\.text).joined(separator: "\n\n") }
}
