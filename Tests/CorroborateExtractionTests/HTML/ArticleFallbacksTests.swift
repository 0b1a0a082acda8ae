import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ArticleFallbacksTests {
    static let story = """
        <p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>
        <p>Officials in Washington declined to comment on the report, which cited several people familiar with the matter.</p>
        <p>The report said the leaders had discussed the war, and that the call lasted more than an hour, according to sources.</p>
        """
    static let dek = "Moscow rejects a newspaper account of a phone call between the two leaders."

    private func extract(head: String = "", body: String, url: String? = nil) throws -> Article {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        return try HTMLExtractor().article(from: RawDocument(source: "test.html", content: .html(Array(html.utf8)), hints: MetadataHints(url: url)))
    }

    @Test func aShownArticleDescriptionIsTheStandfirst() throws {
        let head = #"<meta property="og:type" content="article"><meta property="og:description" content="\#(Self.dek)">"#
        let article = try extract(head: head, body: "<header><h1>Kremlin denies call</h1><div class=lead-in>\(Self.dek)</div></header><article>\(Self.story)</article>")
        #expect(article.standfirst == Self.dek)
    }

    @Test(arguments: [
        "<header><h1>Kremlin denies call</h1></header><article>\(story)</article>",
        "<article><h1>Kremlin denies call</h1><p>\(dek)</p>\(story)</article>",
    ])
    func aDescriptionNotShownApartIsNoStandfirst(body: String) throws {
        let head = #"<meta property="og:type" content="article"><meta property="og:description" content="\#(Self.dek)">"#
        #expect(try extract(head: head, body: body).standfirst == nil)
    }

    @Test func theOutletComesFromTheDomainTable() throws {
        let article = try extract(body: "<article><h1>Kremlin denies call</h1>\(Self.story)</article>", url: "https://www.themoscowtimes.com/2024/11/11/kremlin")
        #expect(article.outlet == "The Moscow Times")
    }

    @Test func theOutletComesFromACreditLineWhenNothingElseNamesIt() throws {
        let article = try extract(body: "<article><h1>Kremlin denies call</h1>\(Self.story)</article><footer><p>Support The Moscow Times!</p></footer>")
        #expect(article.outlet == "The Moscow Times")
    }

    @Test func theLanguageIsGuessedWithoutALangAttribute() throws {
        let german = """
            <p>Der Kreml hat am Montag erklärt, dass es kein Telefonat zwischen den beiden Präsidenten gegeben habe.</p>
            <p>Die Zeitung hatte berichtet, dass die beiden über den Krieg gesprochen hätten und das Gespräch über eine Stunde gedauert habe.</p>
            """
        #expect(try extract(body: "<article><h1>Kreml dementiert</h1>\(german)</article>").language == "de")
    }
}
