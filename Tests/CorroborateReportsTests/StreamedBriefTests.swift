import CorroborateCore
import Testing

@testable import CorroborateReports

/// `analyze` writes Markdown and HTML briefs story by story, each story rendered with only its own
/// articles (read back from a spill, body cut to the paragraphs the page shows): the bytes must
/// be those of rendering the whole brief.
@Suite struct StreamedBriefTests {
    static func paragraph(_ text: String) -> Paragraph { Paragraph(text: text, sentences: [text]) }

    static let articles = [
        Article(id: "a", source: "in/a.html", outlet: "A|B", title: "Kremlin denies call", published: PublicationDate("2024-11-11"),
                byline: ["Ann"], body: ["One.", "Two <b>.", "Three."].map(paragraph)),
        Article(id: "b", source: "in/b.html", title: "No call", body: ["Only."].map(paragraph)),
        Article(id: "c", source: "in/c.html", outlet: "C", title: "Bridge closed", published: PublicationDate("2024-11-12T10:00:00Z")),
    ]

    static func brief(problems: [Problem]) -> Brief {
        let claim = Claim(
            id: "c1", text: "Trump and Putin spoke", positions: [Position(holderName: "A", stance: .denies, articles: ["a"])], status: .denied)
        return Brief(
            generatedAt: "2024-11-12T00:00:00Z", articles: articles,
            stories: [
                Story(id: "s1", title: "Call", articles: ["a", "b"], nearDuplicates: [["a", "b"]], claims: [claim]),
                Story(id: "s2", title: "Bridge", articles: ["c"]),
            ],
            problems: problems)
    }

    /// Each story's articles as the stream has them: only its own, body cut to the lead paragraphs.
    static func storyArticles(_ story: Story) -> [String: Article] {
        Dictionary(uniqueKeysWithValues: articles.filter { story.articles.contains($0.id) }.map { article in
            var article = article
            article.body = Array(article.body.prefix(BriefHTML.leadParagraphs))
            return (article.id, article)
        })
    }

    static let problemSets: [[Problem]] = [[], [Problem(source: "x.html", message: "not a page"), Problem(source: "<y>", message: "gone")]]

    @Test(arguments: problemSets)
    func markdownStreamedIsTheWholeBrief(_ problems: [Problem]) {
        let brief = Self.brief(problems: problems)
        for markdown in [BriefMarkdown(), BriefMarkdown(style: TerminalStyle(enabled: true))] {
            let streamed = markdown.opening(stories: brief.stories.count, articles: brief.articles.count)
                + brief.stories.map { markdown.piece($0, articles: Self.storyArticles($0)) }.joined()
                + markdown.closing(problems: problems)
            #expect(streamed == markdown.render(brief))
            #expect(streamed == Self.markdownAsOnceRendered(brief, markdown))
        }
    }

    @Test(arguments: problemSets)
    func htmlStreamedIsTheWholePage(_ problems: [Problem]) {
        let brief = Self.brief(problems: problems), html = BriefHTML()
        let streamed = html.opening(stories: brief.stories.count, articles: brief.articles.count, generatedAt: brief.generatedAt)
            + brief.stories.map { html.render($0, articles: Self.storyArticles($0)) }.joined()
            + html.closing(problems: problems)
        #expect(streamed == html.render(brief))
        #expect(streamed.contains("<p>One.</p><p>Two &lt;b&gt;.</p></div>"))
    }

    /// The Markdown brief as it was rendered before it could be streamed: every line joined at once.
    static func markdownAsOnceRendered(_ brief: Brief, _ markdown: BriefMarkdown) -> String {
        let articles = Dictionary(brief.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let style = markdown.style
        var lines = [style.heading("# Corroborate brief"), "", "\(Plural.count(brief.stories.count, "story", "stories")) from \(Plural.count(brief.articles.count, "article", "articles"))."]
        for story in brief.stories { lines += [""] + markdown.render(story, articles: articles) }
        if !brief.problems.isEmpty {
            lines += ["", style.heading("## Inputs that could not be read"), ""]
            lines += brief.problems.map { "- `\($0.source)`: \($0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
