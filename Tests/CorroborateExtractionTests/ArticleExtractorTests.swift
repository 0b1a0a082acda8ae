import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ArticleExtractorTests {
    @Test func articleTextGoesToTheTextExtractorAndHintsFillMetadata() throws {
        let hints = MetadataHints(url: "https://a.example/1", title: "One", outlet: "A News",
                                  published: PublicationDate("2024-11-11"), byline: ["X Y"])
        let document = RawDocument(source: "r.jsonl#L1", content: .articleText("First. Second.\n\nThird."), hints: hints)
        let article = try ArticleExtractor().article(from: document)
        #expect(article.body.map(\.text) == ["First. Second.", "Third."])
        #expect(article.url == hints.url && article.title == "One" && article.outlet == "A News")
        #expect(article.published == hints.published && article.byline == ["X Y"])
        #expect(article.id == document.contentID && article.source == "r.jsonl#L1")
    }

    /// One wire text in two outlets' records is two articles; one record read twice (another file name) is one.
    @Test func wireCopiesInTwoRecordsAreTwoArticles() throws {
        let text = "The Vell bridge reopened on Monday, the agency said."
        func article(_ source: String, _ url: String?, _ outlet: String?) throws -> Article {
            try ArticleExtractor().article(from: RawDocument(source: source, content: .articleText(text), hints: MetadataHints(url: url, outlet: outlet)))
        }
        let first = try article("a.jsonl#L1", "https://a.example/1", "A News")
        #expect(try article("b.jsonl#L7", "https://b.example/9", "B Post").id != first.id)
        #expect(try article("copy/a.jsonl#L1", "https://a.example/1", "A News").id == first.id)
        #expect(try article("x.txt", nil, nil).id == ContentHash.hex(text))
    }

    @Test func crawlDateIsNeverAPublicationDate() throws {
        let document = RawDocument(source: "c.warc#1", content: .articleText("Text."),
                                   hints: MetadataHints(crawled: PublicationDate("2024-11-11T10:00:00Z")))
        #expect(try ArticleExtractor().article(from: document).published == nil)
    }

    /// Whatever the HTML extractor makes of it, 10,000 nested elements must not crash or hang.
    @Test func deeplyNestedHTMLIsAnArticleOrAnError() {
        let html = String(repeating: "<div>", count: 10_000) + "<p>Deep text.</p>" + String(repeating: "</div>", count: 10_000)
        let document = RawDocument(source: "deep.html", content: .html(Array(html.utf8)))
        do {
            let article = try ArticleExtractor().article(from: document)
            #expect(article.source == "deep.html")
        } catch {
            #expect(error.source == "deep.html")
        }
    }

    @Test func invalidUTF8HTMLIsAnArticleOrAnError() {
        let bytes = Array("<html><body><p>Broken ".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array(" bytes.</p></body></html>".utf8)
        let document = RawDocument(source: "bad.html", content: .html(bytes))
        do {
            _ = try ArticleExtractor().article(from: document)
        } catch {
            #expect(error.source == "bad.html")
        }
    }

    @Test func declaredCharsetIsAppliedBeforeTheHTMLExtractorAndBeatsMeta() throws {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let document = RawDocument(source: "c.warc#3", content: .html(bytes), hints: MetadataHints(charset: "windows-1251"))
        let prepared = ArticleExtractor.applyingDeclaredCharset(to: document)
        guard case .html(let utf8) = prepared.content else { throw CorroborateError(.malformed, "not HTML") }
        #expect(TextDecoding.decodeHTML(utf8) == "<meta charset=\"utf-8\"><p>Привет")
    }

    @Test func utf8DeclarationLeavesTheBytesAlone() {
        let document = RawDocument(source: "f#1", content: .html(Array("<p>é</p>".utf8)), hints: MetadataHints(charset: "utf-8"))
        #expect(ArticleExtractor.applyingDeclaredCharset(to: document) == document)
    }
}
