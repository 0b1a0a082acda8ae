import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct HTMLExtractorTests {
    static let story = """
        <p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>
        <p>Officials in Washington declined to comment on the report, which cited several people familiar with the matter.</p>
        <p>The report said the leaders had discussed the war, and that the call lasted more than an hour, according to sources.</p>
        """

    private func extract(_ html: String, url: String? = nil) throws -> Article {
        try HTMLExtractor().article(from: RawDocument(source: "test.html", content: .html(Array(html.utf8)), hints: MetadataHints(url: url)))
    }

    private func page(head: String = "", body: String) -> String {
        "<html><head>\(head)</head><body>\(body)</body></html>"
    }

    /// A page that parses into more nodes than `maximumNodes` is refused as too large, naming the file.
    @Test(arguments: [(10, true), (400, false)])
    func aPageOverTheNodeLimitIsRefused(paragraphs: Int, accepted: Bool) throws {
        let html = "<html><body><article>" + Self.story + String(repeating: "<p>a</p>", count: paragraphs) + "</article></body></html>"
        let extractor = HTMLExtractor(configuration: ExtractionConfiguration(maximumNodes: 200))
        let document = RawDocument(source: "many.html", content: .html(Array(html.utf8)))
        do {
            _ = try extractor.article(from: document)
            #expect(accepted)
        } catch {
            #expect(!accepted)
            #expect(error.code == .tooLarge && error.source == "many.html")
            #expect(error.message.contains("over the limit of 200"))
        }
    }

    @Test func keepsParagraphsInOrder() throws {
        let article = try extract(page(body: "<article>\(Self.story)</article>"))
        #expect(article.body.count == 3)
        #expect(article.body[0].text.hasPrefix("The Kremlin said"))
        #expect(article.body[2].sentences.count == 1)
    }

    @Test(arguments: [
        ("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>", RemovalReason.navigation),
        ("<div class='related-posts'><p>Another story about the Kremlin and the call that never was, read it now.</p></div>", .related),
        ("<div class='newsletter-signup'><p>Get the best of our reporting in your inbox every morning, sign up today.</p></div>", .newsletter),
        ("<div class='social-share'><p>Share this story with your friends on every network you use daily.</p></div>", .social),
    ])
    func removesBoilerplateWithItsReason(html: String, reason: RemovalReason) throws {
        let article = try extract(page(body: "<article>\(Self.story)\(html)</article>"))
        #expect(article.body.count == 3)
        #expect(article.removed.contains { $0.reason == reason })
    }

    @Test func putsReaderCommentsInCommentsNotTheBody() throws {
        let comments = """
            <ol class="comment-list"><li class="comment"><p>I never believed the report in the first place, frankly.</p></li>
            <li class="comment"><p>Another comment that should never be part of the article body text.</p></li></ol>
            """
        let article = try extract(page(body: "<article>\(Self.story)</article>\(comments)"))
        #expect(article.comments.count == 2)
        #expect(!article.bodyText.contains("never believed"))
    }

    @Test func putsCaptionsInCaptions() throws {
        let figure = "<figure><img src='a.jpg'><figcaption>The Kremlin in Moscow. Photo: Jane Doe/AP</figcaption></figure>"
        let article = try extract(page(body: "<article>\(figure)\(Self.story)</article>"))
        #expect(article.captions == ["The Kremlin in Moscow. Photo: Jane Doe/AP"])
        #expect(!article.bodyText.contains("Photo:"))
    }

    @Test func keepsARepeatedParagraphOnce() throws {
        let repeated = "<p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>"
        let article = try extract(page(body: "<article>\(Self.story)\(repeated)</article>"))
        #expect(article.body.count == 3)
        #expect(article.removed.contains { $0.reason == .duplicate })
    }

    @Test func cutsARepeatedSentenceGluedToAnotherParagraph() throws {
        let glued = "<p>Markets were calm. The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>"
        let article = try extract(page(body: "<article>\(Self.story)\(glued)</article>"))
        #expect(article.body.last?.text == "Markets were calm.")
    }

    @Test(arguments: [
        ("<title>Kremlin denies call | The Moscow Times</title>", "Kremlin denies call"),
        ("<title>Kremlin denies call - The Moscow Times</title><meta property='og:site_name' content='The Moscow Times'>", "Kremlin denies call"),
        ("<meta property='og:title' content='Kremlin denies call'><title>Home</title>", "Kremlin denies call"),
    ])
    func stripsSiteNamesFromTitles(head: String, expected: String) throws {
        let article = try extract(page(head: head, body: "<article>\(Self.story)</article>"))
        #expect(article.title == expected)
    }

    @Test(arguments: [
        ("<h1>How meditation rewires brains | Opinion</h1>", "Meditation and the mind", "How meditation rewires brains"),
        ("<h1>Dec 18 2025 Preparing a transition in Debusine</h1>", "Preparing a transition in Debusine", "Preparing a transition in Debusine"),
    ])
    func cleansTheHeadline(heading: String, ogTitle: String, expected: String) throws {
        let head = "<meta property='og:title' content='\(ogTitle)'>"
        let article = try extract(page(head: head, body: "<article>\(heading)\(Self.story)</article>"))
        #expect(article.title == expected)
    }

    @Test func prefersTheHeadlineToTheSiteLogo() throws {
        let body = "<header><a href='/'><h1>The Moscow Times</h1></a></header><article><h1>Kremlin denies call with Trump</h1>\(Self.story)</article>"
        let article = try extract(page(head: "<title>Kremlin denies call with Trump | The Moscow Times</title>", body: body))
        #expect(article.title == "Kremlin denies call with Trump")
        #expect(!article.bodyText.contains("Kremlin denies call with Trump"))
    }

    @Test(arguments: [
        (#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-11T15:41:00+03:00"}</script>"#, "", "2024-11-11"),
        (#"<meta property="article:published_time" content="2024-11-11T10:00:00Z">"#, "", "2024-11-11"),
        ("", #"<time class="published" datetime="2024-11-11">Nov 11</time>"#, "2024-11-11"),
        ("", "<p class='date'>November 11, 2024</p>", "2024-11-11"),
    ])
    func readsThePublicationDate(head: String, byline: String, expected: String) throws {
        let article = try extract(page(head: head, body: "<article><h1>Kremlin denies call</h1>\(byline)\(Self.story)</article>"))
        #expect(article.published?.day == expected)
    }

    @Test func anUpdateDateStandsInOnlyWhenNoOtherDateIsStated() throws {
        let updated = "<p class='updated'>Updated November 12, 2024</p>"
        let alone = try extract(page(body: "<article><h1>Kremlin denies call</h1>\(updated)\(Self.story)</article>"))
        #expect(alone.published?.day == "2024-11-12")
        let stated = #"<meta property="article:published_time" content="2024-11-11T10:00:00Z">"#
        let both = try extract(page(head: stated, body: "<article><h1>Kremlin denies call</h1>\(updated)\(Self.story)</article>"))
        #expect(both.published?.day == "2024-11-11")
    }

    @Test func aShownDateThatIsTheStatedModificationDateYieldsToThePublicationDate() throws {
        let head = #"<meta property="article:published_time" content="2024-11-11T10:00:00Z"><meta property="article:modified_time" content="2024-11-14T10:00:00Z">"#
        let article = try extract(page(head: head, body: "<article><h1>Kremlin denies call</h1><p class='date'>November 14, 2024</p>\(Self.story)</article>"))
        #expect(article.published?.day == "2024-11-11")
    }

    @Test func repeatedCommentSignaturesEndTheBody() throws {
        let comments = """
            <p>Related Links</p>
            <p>Posted by: Ann, Glasgow on 9:35am Wed 9 Jan 08</p><p>The headquarters should stay where it is, frankly, and that is all.</p>
            <p>Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08</p><p>Geography is never irrelevant, you have to employ people somewhere.</p>
            """
        let article = try extract(page(body: "<div><h1>Kremlin denies call</h1>\(Self.story)\(comments)</div>"))
        #expect(article.body.count == 3)
        #expect(!article.bodyText.contains("Posted by"))
    }

    @Test func aCommentSectionLineEndsTheBodyHoweverLongTheCommentsBelowIt() throws {
        let comment = "<br><b>Stephen B</b><br>The premiers should stop asking the federal government to pay for every single thing they promised.<br>"
        let comments = "<b>Comments are now closed for this story</b>" + String(repeating: comment, count: 12)
        let article = try extract(page(body: "<div><h1>Kremlin denies call</h1>\(Self.story)\(comments)</div>"))
        #expect(article.body.count == 3)
        #expect(!article.bodyText.contains("premiers"))
    }

    @Test(arguments: [
        ("Posted by terry kates on January 10, 2008 12:22 PM", true),
        ("Posted by: sigil, terminus on 1:19pm Thu 17 Jan 08", true),
        ("Posted by the editors", false),
        ("Posted by Ann on the blog she runs with a friend, who writes about sport", false),
    ])
    func recognisesCommentSignatures(line: String, expected: Bool) {
        #expect(BodyAssembler.isCommentSignature(line) == expected)
    }

    @Test func stateClassesDoNotFlagTheArticle() throws {
        let article = try extract(page(body: "<article class='BlogItem has-comments tag-related author-ann'><h1>Kremlin denies call</h1>\(Self.story)</article>"))
        #expect(article.body.count == 3)
    }

    @Test func revealsAPageAScriptHidesWhole() throws {
        let article = try extract(page(body: "<div class='root hide'><article><h1>Kremlin denies call</h1>\(Self.story)</article></div>"))
        #expect(article.body.count == 3)
    }

    @Test func keepsHidingAHiddenPartOfAVisiblePage() throws {
        let hidden = "<div class='hide'><p>A hidden promotional paragraph that readers never see on the page at all.</p></div>"
        let article = try extract(page(body: "<article><h1>Kremlin denies call</h1>\(Self.story)\(hidden)</article>"))
        #expect(!article.bodyText.contains("promotional"))
    }

    @Test func readsTheDateFromTheURL() throws {
        let article = try extract(page(body: "<article>\(Self.story)</article>"), url: "https://example.com/2024/11/11/kremlin/")
        #expect(article.published?.day == "2024-11-11")
    }

    @Test(arguments: [
        "<footer><p>© 2024 Example Media. All rights reserved.</p></footer>",
        #"<meta property="article:modified_time" content="2024-11-12T10:00:00Z">"#,
        "",
    ])
    func neverInventsADate(extra: String) throws {
        let article = try extract(page(head: extra, body: "<article><h1>Kremlin denies call</h1>\(extra)\(Self.story)</article>"))
        #expect(article.published == nil)
    }

    @Test(arguments: [
        (#"<meta name="author" content="By Jane Doe and John Roe">"#, ["Jane Doe", "John Roe"]),
        (#"<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Jane Doe"}]}</script>"#, ["Jane Doe"]),
    ])
    func readsTheByline(head: String, expected: [String]) throws {
        let article = try extract(page(head: head, body: "<article>\(Self.story)</article>"))
        #expect(article.byline == expected)
    }

    @Test func readsDatelineAndAgencyFromTheFirstParagraph() throws {
        let article = try extract(page(body: "<article><p>MOSCOW (AP) — The Kremlin said on Monday that no call had taken place, contradicting a report.</p>\(Self.story)</article>"))
        #expect(article.dateline == "MOSCOW")
        #expect(article.agencies == ["AP"])
    }

    @Test func decodesTheDeclaredCharset() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf".utf8)
        bytes.append(0xE9)
        bytes += Array(" owners said the Kremlin had not called anyone at all on Monday, according to officials.</p></article></body></html>".utf8)
        let article = try HTMLExtractor().article(from: RawDocument(source: "cp1252.html", content: .html(bytes)))
        #expect(article.bodyText.hasPrefix("Café owners"))
    }

    @Test(arguments: [[UInt8](), Array("  \n ".utf8)])
    func refusesEmptyInput(bytes: [UInt8]) {
        #expect(throws: CorroborateError.self) {
            try HTMLExtractor().article(from: RawDocument(source: "empty.html", content: .html(bytes)))
        }
    }

    @Test func refusesBinaryInput() {
        let bytes = [UInt8](repeating: 0, count: 512) + Array("PNG".utf8)
        #expect(throws: CorroborateError.self) {
            try HTMLExtractor().article(from: RawDocument(source: "image.png", content: .html(bytes)))
        }
    }

    @Test func survivesInvalidUTF8AndDeepNesting() throws {
        var bytes = Array(String(repeating: "<div>", count: 10_000).utf8)
        bytes += [0xFF, 0xFE, 0xC3] + Array(Self.story.utf8)
        let article = try HTMLExtractor().article(from: RawDocument(source: "bad.html", content: .html(bytes)))
        #expect(article.bodyText.contains("The Kremlin said"))
    }
}
