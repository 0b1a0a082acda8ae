import CorroborateCore
import CorroborateExtraction
import Testing

/// Hostile page text yields an article or a clear error, never a crash or a hang.
struct PageTextBadInputTests {
    static func extract(_ text: String) throws -> Article {
        try PageTextExtractor().article(from: RawDocument(source: "bad.txt", content: .pageText(text)))
    }

    @Test func oneHugeLineIsOneParagraph() throws {
        let sentence = "The council met again on Tuesday to discuss the bridge and its repair. "
        let article = try Self.extract(String(repeating: sentence, count: 30_000))
        #expect(article.body.count == 1)
    }

    @Test func manyShortLinesAreAllLabelled() throws {
        let lines = (0..<50_000).map { "Item \($0)" }
        let article = try Self.extract(lines.joined(separator: "\n"))
        #expect(article.body.count + article.removed.count + (article.title == nil ? 0 : 1) == 50_000)
    }

    @Test func repeatedParagraphsCollapseToOne() throws {
        let paragraph = "The bridge over the Vell river collapsed early on Tuesday, officials in Vellmar said."
        let article = try Self.extract(Array(repeating: paragraph, count: 5_000).joined(separator: "\n"))
        #expect(article.body.count == 1)
        #expect(article.removed.filter { $0.reason == .duplicate }.count == 4_999)
    }

    @Test func replacementCharactersAndControlsAreKept() throws {
        let text = "Bridge \u{FFFD}\u{FFFD} falls in Vellmar city\nThe span fell \u{0} into the river at dawn \u{7}, officials said on Tuesday."
        let article = try Self.extract(text)
        #expect(article.body.count == 1)
    }

    @Test(arguments: ["", "\n\n\n", " \t \n \u{00A0}"])
    func blankPageIsAnEmptyError(text: String) {
        #expect(throws: CorroborateError.self) { try Self.extract(text) }
    }

    @Test(arguments: ["....\n!!!!\n????", "— — —\n* * *", "12345\n67890"])
    func punctuationOnlyPageHasNoBody(text: String) throws {
        #expect(try Self.extract(text).body.isEmpty)
    }

    @Test func htmlContentIsRefused() {
        #expect(throws: CorroborateError.self) {
            try PageTextExtractor().article(from: RawDocument(source: "x.html", content: .html(Array("<p>x</p>".utf8))))
        }
    }
}
