import CorroborateCore

/// What a backend stores beside a story's brief so the queries need no JSON: its days, outlets,
/// entity names, speakers, disputed count, search text and per-outlet record. Derived from the
/// story and the outlets of its articles; the same for every backend.
public struct StoryFacts: Sendable, Hashable {
    /// Per outlet, within this story.
    public struct OutletShare: Sendable, Hashable {
        public var outlet: String
        public var articles: Int
        /// Exclusive statements from this outlet's articles.
        public var exclusives: Int
        /// Discrepancies where this outlet's value is held by fewer outlets than another value.
        public var outOfLine: Int
        /// Discrepancies this outlet takes part in.
        public var discrepancies: Int
    }

    /// First and last publication day, `YYYY-MM-DD`.
    public var firstDay: String?
    public var lastDay: String?
    /// Outlet names, sorted.
    public var outlets: [String]
    public var shares: [OutletShare]
    /// Lowercased entity names and aliases.
    public var entityNames: [String]
    /// Per quote (same order as `story.quotes`): lowercased speaker name and the speaker entity's name and aliases.
    public var speakerNames: [[String]]
    public var disputedClaims: Int
    /// Title and quotes, for full-text search (article bodies are indexed with the articles).
    public var searchText: String

    /// The facts of `story`, whose articles' outlets are `outletOf` (article id to outlet).
    public init(_ story: Story, outletOf: [String: String]) {
        let days = [story.firstPublished, story.lastPublished].map { $0?.day }
        firstDay = days[0]
        lastDay = days[1]
        outlets = Set(story.articles.compactMap { outletOf[$0] }).sorted()
        shares = StoryFacts.shares(story, outletOf: outletOf, outlets: outlets)
        entityNames = Array(Set(story.entities.flatMap { ([$0.name] + $0.aliases).map { $0.lowercased() } })).sorted()
        let entities = Dictionary(story.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        speakerNames = story.quotes.map { quote in
            let entity = quote.speaker.flatMap { entities[$0] }
            let names = [quote.speakerName].compactMap { $0 } + (entity.map { [$0.name] + $0.aliases } ?? [])
            return Array(Set(names.map { $0.lowercased() })).sorted()
        }
        disputedClaims = story.claims.filter { $0.status == .disputed }.count
        searchText = ([story.title] + story.quotes.map(\.text)).joined(separator: "\n")
    }

    private static func shares(_ story: Story, outletOf: [String: String], outlets: [String]) -> [OutletShare] {
        var shares = Dictionary(uniqueKeysWithValues: outlets.map {
            ($0, OutletShare(outlet: $0, articles: 0, exclusives: 0, outOfLine: 0, discrepancies: 0))
        })
        for article in story.articles { if let outlet = outletOf[article] { shares[outlet]?.articles += 1 } }
        for exclusive in story.exclusives {
            if let outlet = outletOf[exclusive.article] { shares[outlet]?.exclusives += exclusive.statements.count }
        }
        for discrepancy in story.discrepancies {
            let holders = discrepancy.values.map { Set($0.articles.compactMap { outletOf[$0] }) }
            let largest = holders.map(\.count).max() ?? 0
            for outlet in Set(holders.flatMap { $0 }) {
                shares[outlet]?.discrepancies += 1
                let held = holders.filter { $0.contains(outlet) }.map(\.count).max() ?? 0
                if held < largest { shares[outlet]?.outOfLine += 1 }
            }
        }
        return outlets.compactMap { shares[$0] }
    }
}

extension StoryFacts {
    /// Plain words of a search as an FTS query: each word quoted (no operators), all required.
    /// Nil when the text has no word: then there is no text filter (an empty search box lists all).
    public static func ftsQuery(_ text: String) -> String? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
