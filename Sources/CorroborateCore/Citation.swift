/// Who an article cites: a report, a quote's intermediary, a photo credit, a wire agency.
public struct Citation: Codable, Sendable, Hashable {
    public var article: String
    /// "The Washington Post", "RIA Novosti", "Reuters".
    public var source: String
    public var kind: CitationKind
    public var sentence: String

    public init(article: String, source: String, kind: CitationKind, sentence: String) {
        self.article = article
        self.source = source
        self.kind = kind
        self.sentence = sentence
    }
}

/// What kind of credit a citation is.
public enum CitationKind: String, Codable, Sendable, Hashable, CaseIterable {
    case report, quote, photo, agency, other
}

/// A dated event of the story, oldest first in a timeline.
public struct TimelineEvent: Codable, Sendable, Hashable {
    /// Calendar date, resolved from relative expressions when needed.
    public var date: PublicationDate
    public var text: String
    public var articles: [String]
    /// The expression it was resolved from: "on Thursday", "last week", "July".
    public var resolvedFrom: String?

    public init(date: PublicationDate, text: String, articles: [String], resolvedFrom: String? = nil) {
        self.date = date
        self.text = text
        self.articles = articles
        self.resolvedFrom = resolvedFrom
    }
}
