import CorroborateCore

/// The article metadata a page states, as `MetadataReader` chose it.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var standfirst: String?
    public var published: PublicationDate?
    /// The stage that gave `published` (nil when no date was found).
    public var publishedSource: DateSource?
    public var byline: [String] = []
    public var outlet: String?
    public var url: String?
    public var language: String?
    /// The description of the article (JSON-LD article description, og:description on an `og:type=article`
    /// page) unless it names the outlet (a site slogan): a standfirst candidate.
    public var description: String?
    /// Every date the page states, by where it was read, for diagnostics (`corroborate eval extraction --dates`).
    public var dateCandidates: [DateCandidate] = []

    /// Empty metadata.
    public init() {}
}

/// Where a publication date was read, strongest first.
public enum DateSource: String, Sendable, Equatable {
    case jsonLD, metaTag, itemprop, timeElement, url, visibleText, hint
}

/// A date a page states and where it was read ("jsonLD.modified", "visible.updated").
public struct DateCandidate: Sendable, Equatable {
    public var source: String
    public var date: PublicationDate
}
