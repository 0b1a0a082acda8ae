import CorroborateCore
import CorroborateStore

/// The story list (`/`) and the search page (`/search`): the filter form, one line per story with
/// its outlets and a badge counting disputed claims, and previous/next links that keep the filters.
struct StoryListPage: Sendable {
    var page: StoryPage
    var query: StoryQuery
    /// `/` or `/search`: where the form and the pager point.
    var path: String
    var heading: String

    var html: String {
        var body = "<section class=\"panel\"><h1>\(HTML.text(heading))</h1>\(form)</section>"
        body += "<section class=\"panel\">"
        body += "<p class=\"meta\">\(summary)</p>"
        if let name = query.entity ?? (path == "/search" ? query.text : nil) {
            body += "<p>Quotes: \(HTML.link(HTML.entityPath(name), "everything \(name) said")), by story.</p>"
        }
        body += page.stories.isEmpty ? "<p>No stories match.</p>" : "<ul class=\"story-list\">\(page.stories.map(Self.row).joined())</ul>"
        return PageLayout(title: heading).render(body + pager + "</section>")
    }

    private var summary: String {
        guard page.total > 0 else { return "0 stories" }
        let last = min(page.offset + page.stories.count, page.total)
        return "Stories \(page.offset + 1)–\(last) of \(page.total)"
    }

    private var form: String {
        func field(_ name: String, _ label: String, _ value: String?, type: String = "text") -> String {
            "<label>\(label)<input type=\"\(type)\" name=\"\(name)\" value=\"\(HTML.text(value ?? ""))\"></label>"
        }
        let disputed = query.disputedOnly ? " checked" : ""
        return "<form class=\"filters\" method=\"get\" action=\"\(path)\">"
            + field("q", "Search", query.text, type: "search") + field("entity", "Person or organization", query.entity)
            + field("outlet", "Outlet", query.outlet) + field("from", "From", query.from?.description, type: "date")
            + field("to", "To", query.to?.description, type: "date")
            + "<label>Disputed only<input type=\"checkbox\" name=\"disputed\" value=\"true\"\(disputed)></label>"
            + "<button type=\"submit\">Show</button></form>"
    }

    static func row(_ story: StorySummary) -> String {
        let dates = Set([story.firstPublished?.day, story.lastPublished?.day].compactMap { $0 }).sorted().joined(separator: " – ")
        let disputed = story.disputedClaims > 0
            ? "<span class=\"badge disputed\">\(story.disputedClaims) disputed</span>" : ""
        let outlets = story.outlets.map { "<span class=\"outlet-chip\">\(HTML.text($0))</span>" }.joined()
        return "<li class=\"story-row\">" + HTML.link(HTML.storyPath(story.id), story.title, className: "title")
            + "<span class=\"badge outlets\">\(story.outlets.count) outlet\(story.outlets.count == 1 ? "" : "s")</span>\(disputed)"
            + "<div class=\"meta\">\(story.articleCount) article\(story.articleCount == 1 ? "" : "s") · \(HTML.text(dates))</div>"
            + "<div>\(outlets)</div></li>"
    }

    private var pager: String {
        var links: [String] = []
        if page.offset > 0 {
            links.append(HTML.link(path + filterQuery(offset: max(0, page.offset - page.limit)), "← Newer", className: "newer"))
        }
        if page.offset + page.stories.count < page.total {
            links.append(HTML.link(path + filterQuery(offset: page.offset + page.limit), "Older →", className: "older"))
        }
        return links.isEmpty ? "" : "<nav class=\"pager\">\(links.joined())</nav>"
    }

    private func filterQuery(offset: Int) -> String {
        HTML.query([
            ("q", query.text), ("entity", query.entity), ("outlet", query.outlet), ("from", query.from?.description),
            ("to", query.to?.description), ("disputed", query.disputedOnly ? "true" : nil),
            ("offset", String(offset)), ("limit", String(page.limit)),
        ])
    }
}
