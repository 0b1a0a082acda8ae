import CorroborateCore
import Foundation

/// Stories as the parallel arrays the story tables' `INSERT ... SELECT FROM unnest(...)` bind:
/// one set per table, absent dates as empty strings (NULL again in SQL).
struct PostgresStoryRows: Sendable {
    struct Stories: Sendable {
        var ids: [String] = [], titles: [String] = [], firstPublished: [String] = [], lastPublished: [String] = []
        var articleCounts: [Int] = [], disputedClaims: [Int] = [], documents: [String] = [], searchTexts: [String] = []
    }
    struct Pairs: Sendable { var stories: [String] = [], values: [String] = [] }
    struct Numbered: Sendable { var stories: [String] = [], ordinals: [Int] = [], values: [String] = [] }
    struct Claims: Sendable { var stories: [String] = [], ordinals: [Int] = [], statuses: [String] = [], documents: [String] = [] }
    struct Outlets: Sendable {
        var stories: [String] = [], outlets: [String] = []
        var exclusives: [Int] = [], outOfLine: [Int] = [], discrepancies: [Int] = []
    }

    var stories = Stories()
    var members = Pairs()
    var entityNames = Pairs()
    var quotes = Numbered()
    var quoteNames = Numbered()
    var claims = Claims()
    var outlets = Outlets()

    /// `outletOf` maps article ids to their outlet (articles without one are left out).
    init(_ stories: [Story], outletOf: [String: String]) throws {
        for story in stories { try add(story, outletOf: outletOf) }
    }

    private mutating func add(_ story: Story, outletOf: [String: String]) throws {
        stories.ids.append(story.id)
        stories.titles.append(story.title)
        stories.firstPublished.append(story.firstPublished?.rawValue ?? "")
        stories.lastPublished.append(story.lastPublished?.rawValue ?? "")
        stories.articleCounts.append(story.articles.count)
        stories.disputedClaims.append(story.claims.filter { $0.status == .disputed }.count)
        stories.documents.append(try PostgresDocument.encode(story, id: story.id))
        stories.searchTexts.append(PostgresDocument.searchable(Self.searchText(story)))
        for article in Set(story.articles).sorted() { members.append(story.id, article) }
        for name in Self.entityNames(story) { entityNames.append(story.id, name) }
        try addQuotes(of: story)
        for (ordinal, claim) in story.claims.enumerated() {
            claims.stories.append(story.id)
            claims.ordinals.append(ordinal)
            claims.statuses.append(claim.status.rawValue)
            claims.documents.append(try PostgresDocument.encode(claim, id: "\(story.id)/\(claim.id)"))
        }
        for record in PostgresOutletTally(story, outletOf: outletOf).records { outlets.append(story.id, record) }
    }

    private mutating func addQuotes(of story: Story) throws {
        let entities = Dictionary(story.entities.map { ($0.id, $0) }) { first, _ in first }
        for (ordinal, quote) in story.quotes.enumerated() {
            quotes.append(story.id, ordinal, try PostgresDocument.encode(quote, id: "\(story.id)/\(quote.id)"))
            for name in Self.speakerNames(quote, entities: entities) { quoteNames.append(story.id, ordinal, name) }
        }
    }

    /// What story-level search sees besides its articles: the title and every quote.
    static func searchText(_ story: Story) -> String {
        ([story.title] + story.quotes.map(\.text)).joined(separator: "\n")
    }

    /// Lowercased names and aliases of the story's entities, each once.
    static func entityNames(_ story: Story) -> [String] {
        Set(story.entities.flatMap { [$0.name] + $0.aliases }.map(matchKey)).sorted()
    }

    /// Lowercased names a quote's speaker is known by: the resolved name, and the name and
    /// aliases of the speaker's entity.
    static func speakerNames(_ quote: Quote, entities: [String: Entity]) -> [String] {
        var names = quote.speakerName.map { [$0] } ?? []
        if let id = quote.speaker, let entity = entities[id] { names += [entity.name] + entity.aliases }
        return Set(names.map(matchKey)).sorted()
    }

    /// The form names are compared in: lowercased, trimmed.
    static func matchKey(_ name: String) -> String {
        PostgresDocument.searchable(name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }
}

extension PostgresStoryRows.Pairs {
    mutating func append(_ story: String, _ value: String) {
        stories.append(story)
        values.append(value)
    }
}

extension PostgresStoryRows.Numbered {
    mutating func append(_ story: String, _ ordinal: Int, _ value: String) {
        stories.append(story)
        ordinals.append(ordinal)
        values.append(value)
    }
}

extension PostgresStoryRows.Outlets {
    mutating func append(_ story: String, _ record: OutletRecord) {
        stories.append(story)
        outlets.append(record.outlet)
        exclusives.append(record.exclusives)
        outOfLine.append(record.outOfLine)
        discrepancies.append(record.discrepancies)
    }
}
