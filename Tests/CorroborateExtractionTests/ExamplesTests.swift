import CorroborateCore
import CorroborateExtraction
import Foundation
import Testing

/// The invented coverage in `Examples/vell-bridge/`: the page-text article in full, the other formats as the readers see them.
struct ExamplesTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/vell-bridge")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func vellmarPost() throws -> Article {
        let text = try String(contentsOfFile: path("vellmar-post.txt"), encoding: .utf8)
        return try PageTextExtractor().article(from: RawDocument(source: "vellmar-post.txt", content: .pageText(text)))
    }

    static func documents(_ name: String) -> [RawDocument] {
        DocumentReader(inputs: [path(name)]).compactMap(\.document)
    }

    @Test func pageTextMetadataIsRead() throws {
        let article = try Self.vellmarPost()
        #expect(article.title == "Aldersgate Bridge collapses into the Vell, splitting Vellmar in two")
        #expect(article.published?.rawValue == "2026-03-03T11:20:00+01:00")
        #expect(article.byline == ["Anna Lindqvist"])
        #expect(article.dateline == "VELLMAR")
        #expect(article.agencies == ["agencies"])
        #expect(article.outlet == "Vellmar Post")
    }

    @Test func pageTextBodyKeepsTheArticleOnly() throws {
        let article = try Self.vellmarPost()
        #expect(article.body.count == 7)
        #expect(article.body.first?.text.hasPrefix("The Aldersgate Bridge, the oldest road crossing") == true)
        #expect(article.body.last?.text.hasPrefix("Opposition leader Mirela Voss") == true)
        for leak in ["Advertisement", "newsletter", "Heartbreaking", "Most read", "Photo:", "All rights reserved"] {
            #expect(!article.bodyText.contains(leak), "\(leak)")
        }
    }

    @Test func pageTextRepeatedParagraphAppearsOnce() throws {
        let article = try Self.vellmarPost()
        let passage = "No one was on the bridge when it fell, according to the city's fire service."
        #expect(article.bodyText.components(separatedBy: passage).count == 2)
        #expect(article.body.contains { $0.text.hasSuffix("Ferries will run every fifteen minutes from Wednesday.") })
        #expect(article.removed.contains { $0.reason == .duplicate && $0.text.hasPrefix(passage) })
    }

    @Test func pageTextCommentsAndCaptionsAreSeparated() throws {
        let article = try Self.vellmarPost()
        #expect(article.comments == [
            "I crossed that bridge every day for twenty years. Heartbreaking.",
            "The warnings were there for anyone who cared to read them.\nSomeone has to answer for this.",
        ])
        #expect(article.captions.count == 1)
        #expect(article.captions.first?.hasSuffix("/ Photo: Vellmar Post") == true)
    }

    @Test(arguments: [
        ("Support the Vellmar Post!", RemovalReason.donation), ("HOME", .navigation), ("Advertisement", .advertisement),
        ("(With inputs from agencies)", .metadata), ("Sign up for our free weekly newsletter", .newsletter),
        ("0 ( +2 / -0 )", .comments), ("© 2026 Vellmar Post Media. All rights reserved.", .legal),
        ("Harbour festival moves to June", .related), ("Read more about: Aldersgate Bridge , Vellmar , Infrastructure", .related),
    ])
    func pageTextBoilerplateIsRemovedWithItsReason(line: String, reason: RemovalReason) throws {
        #expect(try Self.vellmarPost().removed.contains(Removed(text: line, reason: reason)))
    }

    @Test func feedHasTwoItems() {
        let documents = Self.documents("northline-news.rss")
        #expect(documents.count == 2)
        #expect(documents.first?.hints.url == "https://northline.example/vellmar/aldersgate-bridge-falls")
    }

    @Test func warcYieldsTheResponseRecordOnly() {
        let documents = Self.documents("radio-vell.warc.gz")
        #expect(documents.count == 1)
        #expect(documents.first?.hints.url == "https://radiovell.example/news/2026/03/03/aldersgate-bridge-collapse")
    }

    @Test(arguments: ["ostravia-today.html", "harbour-ledger.html"])
    func htmlPagesAreReadAsHTML(name: String) {
        let documents = Self.documents(name)
        #expect(documents.count == 1)
        if case .html = documents.first?.content {} else { Issue.record("\(name) not read as HTML") }
    }
}
