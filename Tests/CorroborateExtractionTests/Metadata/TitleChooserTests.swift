import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct TitleChooserTests {
    static let story = """
        <p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>
        <p>Officials in Washington declined to comment on the report, which cited several people familiar with the matter.</p>
        """

    private func title(head: String, body: String) throws -> String? {
        let html = "<html><head>\(head)</head><body><article>\(body)\(Self.story)</article></body></html>"
        return try HTMLExtractor().article(from: RawDocument(source: "test.html", content: .html(Array(html.utf8)))).title
    }

    @Test func aHeadingOfManySentencesIsNoHeadline() throws {
        let blurb = "Learn which home renovations have the best return on investment? Get expert tips on how to understand and calculate home improvement returns. We will help you learn everything you need to know about the value of your project."
        let found = try title(head: "<title>The 10 Best Home Improvement Projects of 2023 | RenoFi</title>", body: "<h1>\(blurb)</h1>")
        #expect(found == "The 10 Best Home Improvement Projects of 2023")
    }

    @Test func aHeadingThatIsTheHostNameIsNoHeadline() throws {
        let html = "<html><head><title>davidbau.com Vibe Coding</title></head><body><h1>davidbau.com</h1><article>\(Self.story)</article></body></html>"
        let document = RawDocument(source: "test.html", content: .html(Array(html.utf8)),
                                   hints: MetadataHints(url: "https://davidbau.com/archives/2025/12/16/vibe_coding.html"))
        #expect(try HTMLExtractor().article(from: document).title == "Vibe Coding")
    }

    @Test(arguments: [
        ("https://www.davidbau.com/archives/x.html", "davidbau.com"),
        ("http://user@News.Example.co.uk:8080/a?b", "news.example.co.uk"),
        ("https://localhost/x", nil),
        ("not a url", nil),
        (nil, nil),
    ] as [(String?, String?)])
    func readsTheHostName(url: String?, expected: String?) {
        #expect(MetadataReader.host(of: url) == expected)
    }

    @Test func aTruncatedJSONLDHeadlineGivesWayToTheFullMetaTitle() throws {
        let full = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick)"
        let cut = String(full.prefix(110))
        let head = #"<script type="application/ld+json">{"@type":"Article","headline":"\#(cut)"}</script><meta property="og:title" content="\#(full) - Emily Henderson">"#
        #expect(try title(head: head, body: "") == full)
    }

    @Test func aHeadingWithADecorationAgreesWithTheMetaTitle() throws {
        let head = "<meta property='og:title' content='Top Home Gym Must Haves For Every Budget ⋆'>"
        #expect(try title(head: head, body: "<h1>Top Home Gym Must Haves For Every Budget</h1>") == "Top Home Gym Must Haves For Every Budget")
    }

    @Test(arguments: [
        ("Wedding Planning Tools - Caterer Comparison Spreadsheet - Happily Connected", "Wedding Planning Tools – Caterer Comparison Spreadsheet", "Wedding Planning Tools"),
        ("Wedding Planning Tools - Caterer Comparison Spreadsheet", "Wedding Planning Tools – Caterer Comparison Spreadsheet", "Wedding Planning Tools – Caterer Comparison Spreadsheet"),
        ("Welcome to example.com - Giants - Eli Manning continues to thrive", "Welcome to example.com - Giants - Eli Manning continues to thrive", "Welcome to example.com - Giants - Eli Manning continues to thrive"),
    ])
    func dropsTheSubtitleThatAThreePartTitleSetsOff(pageTitle: String, heading: String, expected: String) throws {
        #expect(try title(head: "<title>\(pageTitle)</title>", body: "<h1>\(heading)</h1>") == expected)
    }

    /// The title of a page whose `<h1>`s sit in a `<header>` before the `<article>` holding the story.
    private func title(head: String, header: String) throws -> String? {
        let html = "<html><head>\(head)</head><body>\(header)<article>\(Self.story)\(Self.story)</article></body></html>"
        return try HTMLExtractor().article(from: RawDocument(source: "test.html", content: .html(Array(html.utf8)))).title
    }

    @Test(arguments: [
        // the page's only <h1>, in the article header before the body, words the headline its own way
        ("<header class=\"entry-header\"><h1>Everything You Need to Know About Online Classes</h1></header>",
         "Everything You Need to Know About Online Classes"),
        // two <h1>s in headers outside the body: furniture, the meta title wins
        ("<header><h1>Learning Hub Weekly</h1></header><header><h1>Everything You Need to Know About Online Classes</h1></header>",
         "Online Class: Definition and Best Platforms"),
        // the only <h1> in navigation is still furniture
        ("<nav><h1>Everything You Need to Know About Online Classes</h1></nav>", "Online Class: Definition and Best Platforms"),
    ])
    func theOnlyHeadingInAnArticleHeaderIsTheHeadline(header: String, expected: String) throws {
        let head = "<title>Online Class: Definition and Best Platforms | Shorelight</title><meta property=\"og:title\" content=\"Online Class: Definition and Best Platforms\">"
        #expect(try title(head: head, header: header) == expected)
    }

    @Test(arguments: [
        ("<h1>Erik Demaine's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>", "The Fold-and-Cut Problem"),
        ("<h1>Listen to this episode now:</h1><h1>The Fold-and-Cut Problem</h1>", "The Fold-and-Cut Problem"),
        ("<h1>The Fold-and-Cut Problem: A Survey</h1>", "The Fold-and-Cut Problem: A Survey"),
    ])
    func aHeadingEndingWithAColonIsALeadIn(body: String, expected: String) throws {
        #expect(try title(head: "<title>The Fold-and-Cut Problem (Erik Demaine)</title>", body: body) == expected)
    }

    @Test(arguments: [
        ("<h1>Blog: Best Social Media Agencies in 2025</h1>", "Best Social Media Agencies in 2025"),
        ("<h1>Title:Best Social Media Agencies in 2025</h1>", "Best Social Media Agencies in 2025"),
        // a colon inside the headline is kept, and so is a label the meta titles share
        ("<h1>Social Media: Best Agencies in 2025</h1>", "Social Media: Best Agencies in 2025"),
    ])
    func aOneWordLabelBeforeTheAgreedTitleIsDropped(body: String, expected: String) throws {
        let metaTitle = expected == "Social Media: Best Agencies in 2025" ? expected : "Best Social Media Agencies in 2025"
        let head = "<title>\(metaTitle) | Silverback</title><meta property=\"og:title\" content=\"\(metaTitle) | Silverback\">"
        #expect(try title(head: head, body: body) == expected)
    }

    @Test(arguments: [
        // A heading of four words sharing one with the agreed meta titles is a label: the meta title is the headline.
        ("Pricing for Electrical Services", "TE Certified Electricians Pricing Guide near Atlanta", "TE Certified Electricians Pricing Guide near Atlanta"),
        ("Georgia Institute of Technology", "ML (Machine Learning) at Georgia Tech", "ML (Machine Learning) at Georgia Tech"),
        // Five words or more, or half of them shared, and the heading stays.
        ("Nine Common Food Myths Debunked", "Debunking Common Dietary Myths Today", "Nine Common Food Myths Debunked"),
        ("Kremlin denies call", "Kremlin denies any call with Trump", "Kremlin denies call"),
    ])
    func aShortHeadingMustShareHalfItsWordsWithTheMetaTitles(heading: String, metaTitle: String, expected: String) throws {
        let head = "<title>\(metaTitle) | Daily</title><meta property=\"og:title\" content=\"\(metaTitle)\">"
        #expect(try title(head: head, body: "<h1>\(heading)</h1>") == expected)
    }
}
