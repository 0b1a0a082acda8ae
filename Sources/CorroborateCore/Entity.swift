/// A person, organization, place, outlet or agency, with every surface form and role seen.
public struct Entity: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The fullest name: "Dmitry Peskov".
    public var name: String
    public var kind: EntityKind
    /// Every surface form seen: "Peskov", "Kremlin spokesman Dmitry Peskov".
    public var aliases: [String]
    /// Roles: "Kremlin spokesman", "Trump's communications director".
    public var roles: [String]
    /// Ids of the articles that mention it.
    public var articles: [String]
    public var mentions: Int

    public init(
        id: String, name: String, kind: EntityKind, aliases: [String] = [], roles: [String] = [],
        articles: [String] = [], mentions: Int = 0
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.articles = articles
        self.mentions = mentions
    }
}

/// The kinds of entity the brief distinguishes.
public enum EntityKind: String, Codable, Sendable, Hashable, CaseIterable {
    case person, organization, place, outlet, agency, event, other
}
