/// One event as covered by one or more articles, with everything reconciled across outlets.
public struct Story: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// Neutral, short: what the story is about.
    public var title: String
    /// Article ids.
    public var articles: [String]
    /// Groups of article ids that are copies of one text (wire copy).
    public var nearDuplicates: [[String]]
    public var firstPublished: PublicationDate?
    public var lastPublished: PublicationDate?
    public var entities: [Entity]
    public var quotes: [Quote]
    public var quoteGroups: [QuoteGroup]
    public var claims: [Claim]
    /// Facts reported by two or more outlets.
    public var agreements: [Statement]
    public var discrepancies: [Discrepancy]
    /// What only one outlet reports.
    public var exclusives: [Exclusive]
    public var citations: [Citation]
    public var timeline: [TimelineEvent]

    public init(
        id: String, title: String, articles: [String], nearDuplicates: [[String]] = [],
        firstPublished: PublicationDate? = nil, lastPublished: PublicationDate? = nil,
        entities: [Entity] = [], quotes: [Quote] = [], quoteGroups: [QuoteGroup] = [], claims: [Claim] = [],
        agreements: [Statement] = [], discrepancies: [Discrepancy] = [], exclusives: [Exclusive] = [],
        citations: [Citation] = [], timeline: [TimelineEvent] = []
    ) {
        self.id = id
        self.title = title
        self.articles = articles
        self.nearDuplicates = nearDuplicates
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
        self.entities = entities
        self.quotes = quotes
        self.quoteGroups = quoteGroups
        self.claims = claims
        self.agreements = agreements
        self.discrepancies = discrepancies
        self.exclusives = exclusives
        self.citations = citations
        self.timeline = timeline
    }
}
