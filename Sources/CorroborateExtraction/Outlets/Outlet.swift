/// A news outlet or wire agency as listed in the outlet directory (`Resources/outlets.tsv`).
public struct Outlet: Sendable, Hashable, Codable {
    /// Whether the organisation publishes its own site or sells copy to others.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A publication: newspaper, broadcaster, news site.
        case outlet
        /// A wire service whose copy other outlets carry ("AP", "Reuters", "agencies").
        case agency
    }

    /// The canonical name: "The Associated Press", "The Moscow Times".
    public var name: String
    /// The short form used in credits and in `Article.agencies` ("AP"); the name when there is none.
    public var credit: String
    /// Registrable domains without "www." ("apnews.com").
    public var domains: [String]
    /// Other names and spellings seen on pages, including owners ("JapanToday", "GPlusMedia").
    public var aliases: [String]
    /// Publication or wire service.
    public var kind: Kind

    /// An entry; `credit` defaults to the name.
    public init(name: String, credit: String? = nil, domains: [String] = [], aliases: [String] = [], kind: Kind) {
        self.name = name
        self.credit = credit ?? name
        self.domains = domains
        self.aliases = aliases
        self.kind = kind
    }

    /// The name as a page or byline should credit it: `credit` for agencies, `name` for outlets.
    public var displayName: String { kind == .agency ? credit : name }
}
