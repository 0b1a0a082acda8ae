import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct MetadataReaderTests {
    static let story = """
        <p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>
        <p>Officials in Washington declined to comment on the report, which cited several people familiar with the matter.</p>
        """

    private func published(head: String, byline: String, url: String? = nil) throws -> String? {
        let html = "<html><head>\(head)</head><body><article><h1>No call took place</h1>\(byline)\(Self.story)</article></body></html>"
        let document = RawDocument(source: "test.html", content: .html(Array(html.utf8)), hints: MetadataHints(url: url))
        return try HTMLExtractor().article(from: document).published?.day
    }

    @Test(arguments: [
        ("2024-10-09", "2024-09-10", true),
        ("2024-09-10", "2024-09-10", false),
        ("2024-10-10", "2024-10-10", false),
        ("2023-10-09", "2024-09-10", false),
        ("2024-10-09", "2024-09-11", false),
    ])
    func tellsADayAndMonthSwap(shown: String, stated: String, expected: Bool) throws {
        let a = try #require(PublicationDate(shown)), b = try #require(PublicationDate(stated))
        #expect(MetadataReader.swapsDayAndMonth(a, b) == expected)
    }

    @Test func aShownDateReadInTheOtherOrderYieldsToTheStatedOne() throws {
        let head = #"<meta property="article:published_time" content="2024-09-10T10:00:00Z">"#
        #expect(try published(head: head, byline: "<p>By Block Renovation 09.10.2024</p>") == "2024-09-10")
    }

    @Test(arguments: [
        // <title> and og:title write the heading's words with a straight apostrophe: the title takes it, and the
        // date beside the curly heading is still found.
        (#"<title>Here's how it ended | Daily</title><meta property="og:title" content="Here's how it ended">"#, "Here's how it ended", "2024-05-03"),
        // Only one meta title writes it so: a tie keeps the page's heading.
        (#"<title>Here's how it ended | Daily</title>"#, "Here’s how it ended", "2024-05-03"),
    ])
    func takesTheTypographyMostTitleSourcesUse(head: String, title: String, day: String) throws {
        let html = "<html><head>\(head)</head><body><article><h1>Here’s how it ended</h1><p>May 3, 2024</p>\(Self.story)</article></body></html>"
        let document = RawDocument(source: "test.html", content: .html(Array(html.utf8)), hints: MetadataHints())
        let article = try HTMLExtractor().article(from: document)
        #expect(article.title == title)
        #expect(article.published?.day == day)
    }

    @Test func anUnclosedTitleDoesNotSwallowTheScriptsAfterIt() throws {
        let html = "<html><head><title>Henin reaches Sydney final\n<script>newsi.bbccom = {}; /** config */</script>"
            + "<style>@import \"/css/tennis.css\";</style></head><body><article>\(Self.story)</article></body></html>"
        let document = RawDocument(source: "test.html", content: .html(Array(html.utf8)))
        let title = try #require(try HTMLExtractor().article(from: document).title)
        #expect(!title.contains("newsi"))
        #expect(!title.contains("@import"))
    }

    @Test func theURLAndTheMarkupAgreeingOutvoteTheShownDate() throws {
        let head = #"<meta property="article:published_time" content="2021-01-18T19:55:00Z">"#
        let byline = "<p>Posted 2021-08-09</p>"
        #expect(try published(head: head, byline: byline, url: "https://example.org/2021/01/18/no-call") == "2021-01-18")
        #expect(try published(head: head, byline: byline) == "2021-08-09")
    }
    static let jsonLD = #"<script type="application/ld+json">{"@type":"Article","datePublished":"2024-04-10T09:00:00Z","dateModified":"2025-09-04T09:00:00Z"}</script>"#
    static let metaTag = #"<meta property="article:published_time" content="2024-04-10T09:00:00Z"><meta property="article:modified_time" content="2025-09-04T09:00:00Z">"#

    /// A shown update date outranks a publication date stated only in JSON-LD, not one stated in a meta tag;
    /// a shown publication date, or no shown date, leaves the stated one in charge.
    @Test(arguments: [
        (jsonLD, "<p>Last updated: Sep 4, 2025</p>", "2025-09-04"),
        (jsonLD, "<p>By Ann Lee · Updated on September 4, 2025</p>", "2025-09-04"),
        (jsonLD, "<p class='date'>September 4, 2025</p>", "2025-09-04"),
        (jsonLD, "<p>Published April 10, 2024 · Updated September 4, 2025</p>", "2024-04-10"),
        (jsonLD, "", "2024-04-10"),
        (metaTag, "<p>Last updated: Sep 4, 2025</p>", "2024-04-10"),
        (metaTag, "<p class='date'>September 4, 2025</p>", "2024-04-10"),
        ("", "<p>Last updated: Sep 4, 2025</p>", "2025-09-04"),
    ])
    func aShownUpdateDateOutranksAPublicationDateStatedOnlyInJSONLD(head: String, byline: String, expected: String) throws {
        #expect(try published(head: head, byline: byline) == expected)
    }

    static let microdata = #"<meta itemprop="datePublished" content="2024-04-10T09:00:00Z"><meta itemprop="dateModified" content="2025-09-04T09:00:00Z">"#
    static let restamped = jsonLD.replacingOccurrences(of: #","dateModified":"2025-09-04T09:00:00Z""#, with: "")
        + #"<meta property="article:published_time" content="2025-09-04T09:00:00Z">"#

    /// `<meta itemprop="datePublished">` is microdata and ranks like JSON-LD, below a shown update or
    /// modification day; a shown update that a publication meta tag states too outranks an older JSON-LD date.
    @Test(arguments: [
        (microdata, "<p>Last updated: Sep 4, 2025</p>", "2025-09-04"),
        (microdata, "<p class='date'>September 4, 2025</p>", "2025-09-04"),
        (microdata, "", "2024-04-10"),
        (restamped, "<p>Last updated: Sep 4, 2025</p>", "2025-09-04"),
        (restamped, "<p>Last updated: Sep 5, 2025</p>", "2024-04-10"),
        (jsonLD + metaTag, "<p>Last updated: Sep 4, 2025</p>", "2024-04-10"),
    ])
    func microdataAndRestampedMetaTagsLetTheShownUpdateWin(head: String, byline: String, expected: String) throws {
        #expect(try published(head: head, byline: byline) == expected)
    }

    /// JSON-LD set as the content of `<meta name="script:ld+json">` (entity-escaped) is read like a script block;
    /// other meta names with JSON content, and invalid JSON, state nothing.
    @Test(arguments: [
        (#"<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">"#, "2025-11-17"),
        (#"<meta name="Script:LD+JSON" content='{"@type":"BlogPosting","datePublished":"2024-02-01"}'>"#, "2024-02-01"),
        (#"<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:">"#, nil),
        (#"<meta name="data" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17&quot;}">"#, nil),
    ] as [(String, String?)])
    func readsJSONLDSetAsAMetaTagsContent(head: String, expected: String?) throws {
        #expect(try published(head: head, byline: "") == expected)
    }
}
