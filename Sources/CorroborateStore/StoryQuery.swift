import CorroborateCore

/// A filter and page over stored stories. All filters combine with AND.
public struct StoryQuery: Sendable, Hashable, Codable {
    /// Stories with an article published on or after this day.
    public var from: CalendarDay?
    /// Stories with an article published on or before this day.
    public var to: CalendarDay?
    /// Stories carried by this outlet (exact outlet name).
    public var outlet: String?
    /// Stories mentioning an entity whose name or alias matches (case-insensitive).
    public var entity: String?
    /// Full-text search over titles, bodies and quotes (FTS5 / tsvector syntax: plain words).
    public var text: String?
    /// Only stories with at least one disputed claim.
    public var disputedOnly: Bool
    public var offset: Int
    public var limit: Int

    public init(
        from: CalendarDay? = nil, to: CalendarDay? = nil, outlet: String? = nil, entity: String? = nil,
        text: String? = nil, disputedOnly: Bool = false, offset: Int = 0, limit: Int = 20
    ) {
        self.from = from
        self.to = to
        self.outlet = outlet
        self.entity = entity
        self.text = text
        self.disputedOnly = disputedOnly
        self.offset = offset
        self.limit = limit
    }
}

/// One page of stories and how many match in all.
public struct StoryPage: Sendable, Hashable, Codable {
    public var stories: [StorySummary]
    public var total: Int
    public var offset: Int
    public var limit: Int

    public init(stories: [StorySummary], total: Int, offset: Int, limit: Int) {
        self.stories = stories
        self.total = total
        self.offset = offset
        self.limit = limit
    }
}
