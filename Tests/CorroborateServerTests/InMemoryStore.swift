import CorroborateCore
import CorroborateStore

/// A store held in memory for the server tests: the read side answers as the protocol documents,
/// with simple scans (no full-text index; `text` matches titles, bodies and quotes by substring).
actor InMemoryStore: ArticleStore {
    private var articlesByID: [String: Article] = [:]
    private var storiesByID: [String: Story] = [:]
    private var storyOrder: [String] = []

    init(articles: [Article] = [], stories: [Story] = []) {
        for article in articles { articlesByID[article.id] = article }
        for story in stories {
            storiesByID[story.id] = story
            storyOrder.append(story.id)
        }
    }

    @discardableResult
    func insert(_ articles: [Article]) async throws -> [String] {
        let new = articles.filter { articlesByID[$0.id] == nil }
        for article in new { articlesByID[article.id] = article }
        return new.map(\.id)
    }

    func article(id: String) async throws -> Article? { articlesByID[id] }

    func articles(ids: [String]) async throws -> [Article] { ids.compactMap { articlesByID[$0] } }

    func articleCount() async throws -> Int { articlesByID.count }

    func save(_ stories: [Story], removing: [String]) async throws {
        for id in removing { storiesByID[id] = nil }
        storyOrder.removeAll { removing.contains($0) }
        for story in stories {
            if storiesByID[story.id] == nil { storyOrder.append(story.id) }
            storiesByID[story.id] = story
        }
    }

    func story(id: String) async throws -> Story? { storiesByID[id] }

    func stories(matching query: StoryQuery) async throws -> StoryPage {
        let matching = storyOrder.compactMap { storiesByID[$0] }.filter { matches($0, query) }
            .sorted { ($0.lastPublished?.rawValue ?? "") > ($1.lastPublished?.rawValue ?? "") }
        let page = matching.dropFirst(query.offset).prefix(query.limit).map(summary)
        return StoryPage(stories: Array(page), total: matching.count, offset: query.offset, limit: query.limit)
    }

    func storyCount() async throws -> Int { storiesByID.count }

    func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote] {
        let wanted = name.lowercased()
        return storyOrder.compactMap { storiesByID[$0] }.flatMap { story in
            let speakers = Set(story.entities.filter { entity in
                ([entity.name] + entity.aliases).contains { $0.lowercased() == wanted }
            }.map(\.id))
            return story.quotes.filter { quote in
                quote.speakerName?.lowercased() == wanted || quote.speaker.map(speakers.contains) == true
            }.map { StoryQuote(story: story.id, storyTitle: story.title, quote: $0) }
        }
    }

    func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim] {
        let all = storyOrder.compactMap { storiesByID[$0] }.flatMap { story in
            story.claims.filter { status == nil || $0.status == status }
                .map { StoryClaim(story: story.id, storyTitle: story.title, claim: $0) }
        }
        return Array(all.prefix(limit))
    }

    func outletRecords() async throws -> [OutletRecord] {
        var records: [String: OutletRecord] = [:]
        for story in storiesByID.values {
            for outlet in Set(story.articles.compactMap { articlesByID[$0]?.outlet }) {
                records[outlet, default: OutletRecord(outlet: outlet, articles: 0, stories: 0, exclusives: 0, outOfLine: 0, discrepancies: 0)].stories += 1
            }
            for article in story.articles.compactMap({ articlesByID[$0] }) {
                guard let outlet = article.outlet else { continue }
                records[outlet]?.articles += 1
                records[outlet]?.exclusives += story.exclusives.filter { $0.article == article.id }.map(\.statements.count).reduce(0, +)
            }
        }
        return records.values.sorted { $0.outlet < $1.outlet }
    }

    private func matches(_ story: Story, _ query: StoryQuery) -> Bool {
        let outlets = Set(story.articles.compactMap { articlesByID[$0]?.outlet })
        if let outlet = query.outlet, !outlets.contains(outlet) { return false }
        if let from = query.from, let last = story.lastPublished?.calendarDay, last < from { return false }
        if let to = query.to, let first = story.firstPublished?.calendarDay, first > to { return false }
        if query.disputedOnly, !story.claims.contains(where: { $0.status == .disputed }) { return false }
        if let entity = query.entity?.lowercased(),
           !story.entities.contains(where: { ([$0.name] + $0.aliases).contains { $0.lowercased() == entity } }) { return false }
        if let text = query.text?.lowercased() {
            let bodies = story.articles.compactMap { articlesByID[$0] }.map { ($0.title ?? "") + " " + $0.bodyText }
            let haystack = ([story.title] + bodies + story.quotes.map(\.text)).joined(separator: " ").lowercased()
            if !text.split(separator: " ").allSatisfy({ haystack.contains($0) }) { return false }
        }
        return true
    }

    private func summary(_ story: Story) -> StorySummary {
        StorySummary(
            id: story.id, title: story.title, firstPublished: story.firstPublished, lastPublished: story.lastPublished,
            articleCount: story.articles.count,
            outlets: Set(story.articles.compactMap { articlesByID[$0]?.outlet }).sorted(),
            disputedClaims: story.claims.filter { $0.status == .disputed }.count
        )
    }
}
