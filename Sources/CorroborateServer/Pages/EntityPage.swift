import CorroborateCore
import CorroborateStore

/// Everything a person or organization said, by story ("everything Peskov said").
struct EntityPage: Sendable {
    var name: String
    var stories: [EntityQuotes.StoryQuotes]

    var html: String {
        var body = "<section class=\"panel\"><h1>Everything \(HTML.text(name)) said</h1>"
        let count = stories.reduce(0) { $0 + $1.quotes.count }
        body += "<p class=\"meta\">\(count) quote\(count == 1 ? "" : "s") in \(stories.count) stor\(stories.count == 1 ? "y" : "ies")</p></section>"
        if stories.isEmpty { body += "<section class=\"panel\"><p>No quotes by this name.</p></section>" }
        for story in stories {
            body += "<section class=\"panel entity-story\"><h2>\(HTML.link(HTML.storyPath(story.story), story.storyTitle))</h2>"
            body += story.quotes.map(Self.quote).joined() + "</section>"
        }
        return PageLayout(title: name).render(body)
    }

    static func quote(_ quote: Quote) -> String {
        let cue = quote.cue.map { " <em>\(HTML.text($0))</em>" } ?? ""
        let via = quote.via.isEmpty ? "" : " <span class=\"src\">via \(HTML.text(quote.via.joined(separator: ", ")))</span>"
        return "<blockquote class=\"\(quote.kind.rawValue)\">\(HTML.text(quote.text))"
            + " <span class=\"src\">\(HTML.text(quote.speakerName ?? "")) · \(quote.kind.rawValue)\(cue)\(via)</span></blockquote>"
    }
}
