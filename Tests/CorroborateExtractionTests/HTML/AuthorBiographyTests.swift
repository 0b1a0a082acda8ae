import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct AuthorBiographyTests {
    @Test(arguments: [
        ("Karina Cohen is the owner of CR Maids, a local cleaning company serving the Greater Denver area.", ["Karina Cohen"], true),
        ("Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek.", ["Eduard Kovacs"], true),
        ("About the Author Jorge Jimenez is a writer at Housecall Pro.", ["Jorge Jimenez"], true),
        ("About the author: Craig Hull is a freelance photographer based in Eastern Canada.", ["Craig Hull"], true),
        ("Lauren has written for The Events Calendar blog since 2018.", ["Lauren Smith"], true),
        ("Sam is the revenue-focused VP of Marketing at Dealfront.", ["By Sam Marsden"], true),
        // the name must open the paragraph and be followed by a biography verb
        ("When she is not leading CR Maids, Karina Cohen homeschools her daughter.", ["Karina Cohen"], false),
        ("Karina Cohen said the trend would last.", ["Karina Cohen"], false),
        ("Samantha is the new manager.", ["Sam Marsden"], false),
        ("Method has also deployed CoPilot to allow for access to data.", ["Jane Doe"], false),
        ("Karina Cohen is the owner of CR Maids.", [], false),
    ])
    func recognisesBiographies(text: String, byline: [String], expected: Bool) {
        #expect(AuthorBiography.start(in: [String(repeating: "Story text. ", count: 40), text], byline: byline) == (expected ? 1 : nil))
    }

    private static let prose = String(repeating: "The story goes on with its facts and quotes. ", count: 6)
    private static let bio = "Jane Doe is a freelance writer covering housing."

    @Test(arguments: [
        // a biography closing the story, with what follows it
        ([prose, prose, prose, bio, "Jane holds a degree in journalism."], 3 as Int?),
        ([prose, prose, prose, prose, bio], 4),
        // more than four paragraphs after it: an interview or a profile, not a closing box
        ([prose, bio, prose, prose, prose, prose, prose], nil),
        // before half of the body text: the story is about the author
        ([bio, prose], nil),
        ([prose, bio, prose, prose, prose], nil),
    ])
    func findsOnlyAClosingBiography(body: [String], expected: Int?) {
        #expect(AuthorBiography.start(in: body, byline: ["Jane Doe"]) == expected)
    }

    @Test func theExtractorRemovesTheClosingBiography() throws {
        let paragraphs = (1...4).map { "<p>Paragraph \($0) of the story about housing prices, which rose again this year in most cities.</p>" }
        let html = """
            <html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Housing prices rise</h1>
            \(paragraphs.joined())<p>\(Self.bio)</p></article></body></html>
            """
        let article = try HTMLExtractor().article(from: RawDocument(source: "bio.html", content: .html(Array(html.utf8))))
        #expect(article.byline == ["Jane Doe"])
        #expect(!article.bodyText.contains("freelance writer"))
        #expect(article.body.count == 4)
        #expect(article.removed.contains { $0.reason == .metadata && $0.text == Self.bio })
    }
}
