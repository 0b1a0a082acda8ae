import CorroborateCore
import CorroborateExtraction
import Foundation
import Testing

/// End to end on the five copied-out pages of `../shared/examples/kremlin-call/` (skipped when absent).
@Suite(.enabled(if: KremlinCallPages.isAvailable))
struct PageTextExtractorTests {
    /// Per page: 1-based file line numbers of the title, the standfirst and the body paragraphs.
    struct Layout: Sendable, CustomStringConvertible {
        var seed: String
        var title: Int
        var standfirst: Int?
        var body: [Int]
        var description: String { seed }
    }

    static let layouts: [Layout] = [
        Layout(seed: "000", title: 1, body: [3, 4, 5, 6, 7, 10, 11, 12, 13]),
        Layout(seed: "001", title: 1, standfirst: 2, body: Array(3...12)),
        Layout(seed: "002", title: 4, body: Array(stride(from: 8, through: 24, by: 2))),
        Layout(seed: "003", title: 3, standfirst: 4, body: [9, 11, 13, 15, 19, 21, 23, 25, 27]),
        Layout(seed: "004", title: 7, body: Array(stride(from: 12, through: 26, by: 2))),
    ]

    static func fileLines(_ seed: String) throws -> [String] {
        try #require(KremlinCallPages.page(seed)).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test(arguments: layouts)
    func bodyHoldsExactlyTheArticleParagraphs(layout: Layout) throws {
        let lines = try Self.fileLines(layout.seed)
        let article = try KremlinCallPages.article(layout.seed)
        #expect(article.body.count == layout.body.count)
        for (paragraph, number) in zip(article.body, layout.body) {
            #expect(lines[number - 1].hasPrefix(paragraph.text), "line \(number)")
        }
    }

    @Test(arguments: layouts)
    func everyOtherLineIsInRemoved(layout: Layout) throws {
        let lines = try Self.fileLines(layout.seed)
        let article = try KremlinCallPages.article(layout.seed)
        let removed = Set(article.removed.map(\.text))
        let kept = Set(layout.body + [layout.title] + [layout.standfirst].compactMap { $0 })
        for (offset, line) in lines.enumerated() where !line.isEmpty && !kept.contains(offset + 1) {
            #expect(removed.contains(line), "line \(offset + 1): \(line.prefix(60))")
        }
    }

    @Test(arguments: layouts)
    func titleAndStandfirstAreTheirLines(layout: Layout) throws {
        let lines = try Self.fileLines(layout.seed)
        let article = try KremlinCallPages.article(layout.seed)
        #expect(article.title == lines[layout.title - 1])
        #expect(article.standfirst == layout.standfirst.map { lines[$0 - 1] })
    }

    static let repeatedPassages = [
        "This alleged conversation comes shortly after Trump’s recent election victory",
        "The conflicting narratives have certainly captured the world's attention.",
        "While the Kremlin insists there was no call",
    ]

    @Test(arguments: repeatedPassages)
    func repeatedPassageOfSeed000AppearsOnce(passage: String) throws {
        let article = try KremlinCallPages.article("000")
        #expect(article.bodyText.components(separatedBy: passage).count - 1 == 1)
        #expect(article.removed.contains { $0.reason == .duplicate && $0.text.hasPrefix(passage) })
    }

    @Test func gluedCopyIsCutAtTheSentenceBoundary() throws {
        let article = try KremlinCallPages.article("000")
        let paragraph = try #require(article.body.first { $0.text.hasPrefix("According to sources quoted") })
        #expect(paragraph.text.hasSuffix("aimed at \"peace on the European continent.\""))
    }

    @Test func japanTodayCommentsAreTwoComments() throws {
        let article = try KremlinCallPages.article("004")
        #expect(article.comments.count == 2)
        #expect(article.comments.first?.hasPrefix("Going to be a little tough") == true)
        #expect(article.comments.last?.contains("Expect this to become the new new normal.") == true)
        #expect(article.comments.last?.hasSuffix("killed democracy in darkeness.") == true)
        #expect(!article.bodyText.contains("backchannel"))
    }

    @Test(arguments: [
        ("000", "2024-11-11T15:41:00+05:30"), ("001", nil), ("002", nil), ("003", "2024-11-11"), ("004", "2024-11-12"),
    ] as [(String, String?)])
    func publishedDateIsReadFromTheVisibleText(seed: String, expected: String?) throws {
        #expect(try KremlinCallPages.article(seed).published?.rawValue == expected)
    }

    @Test(arguments: [
        ("000", nil), ("001", nil), ("002", "The Moscow Times"), ("003", "TRT World"), ("004", "Japan Today"),
    ] as [(String, String?)])
    func outletIsReadFromDonationSourceAndAccountLines(seed: String, expected: String?) throws {
        #expect(try KremlinCallPages.article(seed).outlet == expected)
    }

    @Test(arguments: [("000", ["agencies"]), ("001", []), ("002", []), ("003", ["agencies"]), ("004", ["AP"])])
    func agenciesAreCreditedButPhotoCreditsAreNot(seed: String, expected: [String]) throws {
        #expect(try KremlinCallPages.article(seed).agencies == expected)
    }

    @Test(arguments: [("000", nil), ("001", nil), ("002", nil), ("003", nil), ("004", "MOSCOW")] as [(String, String?)])
    func datelineIsTheUpperCasePlaceLineBeforeTheBody(seed: String, expected: String?) throws {
        #expect(try KremlinCallPages.article(seed).dateline == expected)
    }

    @Test(arguments: [
        ("002", "Kremlin spokesman Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency"),
        ("003", "There are no concrete plans yet to organise a phone conversation between the two leaders, the Kremlin says. / Photo: Reuters"),
        ("004", "Russian President Vladimir Putin listens to a question during a meeting with foreign policy experts at the Valdai Discussion Club in the Black Sea resort of Sochi, Russia, Friday, Nov. 8, 2024. (Maxim Shipenkov/Pool Photo via AP)"),
    ])
    func captionsAreCollected(seed: String, caption: String) throws {
        #expect(try KremlinCallPages.article(seed).captions == [caption])
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func everyParagraphHasSentences(seed: String) throws {
        for paragraph in try KremlinCallPages.article(seed).body {
            #expect(!paragraph.sentences.isEmpty)
        }
    }
}
