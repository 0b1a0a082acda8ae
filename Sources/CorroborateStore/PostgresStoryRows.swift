import CorroborateCore

/// Stories and their ``StoryFacts`` as the parallel arrays the story tables'
/// `INSERT ... SELECT FROM unnest(...)` bind: one set per table, absent dates as empty strings
/// (NULL again in SQL), outlet lists as JSON arrays.
struct PostgresStoryRows: Sendable {
    struct Stories: Sendable {
        var ids: [String] = [], titles: [String] = [], firstPublished: [String] = [], lastPublished: [String] = []
        var firstDays: [String] = [], lastDays: [String] = [], articleCounts: [Int] = [], disputedClaims: [Int] = []
        var outlets: [String] = [], documents: [String] = [], searchTexts: [String] = []
    }
    struct Pairs: Sendable { var stories: [String] = [], values: [String] = [] }
    struct Positioned: Sendable { var stories: [String] = [], positions: [Int] = [], values: [String] = [] }
    struct Claims: Sendable { var stories: [String] = [], positions: [Int] = [], statuses: [String] = [], documents: [String] = [] }
    struct Outlets: Sendable {
        var stories: [String] = [], outlets: [String] = [], articles: [Int] = []
        var exclusives: [Int] = [], outOfLine: [Int] = [], discrepancies: [Int] = []
    }

    var stories = Stories()
    var members = Pairs()
    var outlets = Outlets()
    var entityNames = Pairs()
    var quotes = Positioned()
    var quoteSpeakers = Positioned()
    var claims = Claims()

    /// `outletOf` maps article ids to their outlet (articles without one are left out).
    init(_ stories: [Story], outletOf: [String: String]) throws {
        for story in stories { try add(story, facts: StoryFacts(story, outletOf: outletOf)) }
    }

    private mutating func add(_ story: Story, facts: StoryFacts) throws {
        stories.ids.append(story.id)
        stories.titles.append(story.title)
        stories.firstPublished.append(story.firstPublished?.rawValue ?? "")
        stories.lastPublished.append(story.lastPublished?.rawValue ?? "")
        stories.firstDays.append(facts.firstDay ?? "")
        stories.lastDays.append(facts.lastDay ?? "")
        stories.articleCounts.append(story.articles.count)
        stories.disputedClaims.append(facts.disputedClaims)
        stories.outlets.append(try StoredJSON.encode(facts.outlets))
        stories.documents.append(try StoredJSON.encode(story))
        stories.searchTexts.append(PostgresText.searchable(facts.searchText))
        for article in Set(story.articles).sorted() { members.append(story.id, article) }
        for share in facts.shares { outlets.append(story.id, share) }
        for name in facts.entityNames { entityNames.append(story.id, PostgresText.storable(name)) }
        for (position, quote) in story.quotes.enumerated() {
            quotes.append(story.id, position, try StoredJSON.encode(quote))
            for name in facts.speakerNames[position] { quoteSpeakers.append(story.id, position, PostgresText.storable(name)) }
        }
        for (position, claim) in story.claims.enumerated() {
            claims.stories.append(story.id)
            claims.positions.append(position)
            claims.statuses.append(claim.status.rawValue)
            claims.documents.append(try StoredJSON.encode(claim))
        }
    }
}

extension PostgresStoryRows.Pairs {
    mutating func append(_ story: String, _ value: String) {
        stories.append(story)
        values.append(value)
    }
}

extension PostgresStoryRows.Positioned {
    mutating func append(_ story: String, _ position: Int, _ value: String) {
        stories.append(story)
        positions.append(position)
        values.append(value)
    }
}

extension PostgresStoryRows.Outlets {
    mutating func append(_ story: String, _ share: StoryFacts.OutletShare) {
        stories.append(story)
        outlets.append(share.outlet)
        articles.append(share.articles)
        exclusives.append(share.exclusives)
        outOfLine.append(share.outOfLine)
        discrepancies.append(share.discrepancies)
    }
}
