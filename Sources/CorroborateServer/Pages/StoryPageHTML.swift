import CorroborateCore
import CorroborateReports

/// One story: the brief report's story section (outlets side by side, claims with stances,
/// quote groups, agreements, discrepancies, exclusives, citation chain, timeline), framed by
/// links to each article's page and to the entity pages of the people and organizations in it.
struct StoryPageHTML: Sendable {
    var story: Story
    var articles: [Article]

    var html: String {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var body = "<nav class=\"meta\">\(HTML.link("/", "← All stories")) · \(HTML.link("/api/stories/" + HTML.component(story.id), "JSON"))</nav>"
        body += BriefHTML().render(story, articles: byID)
        body += entities + sources
        return PageLayout(title: story.title).render(body)
    }

    private var entities: String {
        let people = story.entities.filter { [EntityKind.person, .organization, .agency].contains($0.kind) }
            .sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        guard !people.isEmpty else { return "" }
        let links = people.map { HTML.link(HTML.entityPath($0.name), $0.name) }.joined()
        return "<section class=\"panel entities\"><h3>People and organizations</h3>\(links)</section>"
    }

    private var sources: String {
        guard !articles.isEmpty else { return "" }
        let items = articles.map { article in
            let label = article.outlet ?? article.title ?? article.id
            let original = article.url.map { " · " + HTML.externalLink($0, "original") } ?? ""
            return "<li>\(HTML.link("/articles/" + HTML.component(article.id), label))\(original)</li>"
        }
        return "<section class=\"panel sources\"><h3>Articles</h3><ul>\(items.joined())</ul></section>"
    }
}
