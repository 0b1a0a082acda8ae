import CorroborateCore
import CorroborateStore
import Foundation

/// Stories and articles the server tests serve: a small reconciled story (the Trump–Putin call
/// coverage in miniature) and a hostile one whose every text tries to run script.
enum ServerFixtures {
    static func day(_ text: String) -> PublicationDate? { PublicationDate(text) }

    static let callArticles: [Article] = [
        article("a-post", outlet: "The Washington Post", title: "Trump spoke with Putin", date: "2024-11-10",
                body: "Trump spoke with Putin on Thursday, people familiar with the call said."),
        article("a-moscow", outlet: "The Moscow Times", title: "Kremlin denies call", date: "2024-11-11",
                body: "Kremlin spokesman Dmitry Peskov said the report was \"pure fiction\"."),
        article("a-trt", outlet: "TRT World", title: "Kremlin rejects report of call", date: "2024-11-11",
                body: "Peskov told reporters there had been no conversation."),
    ]

    static let callStory = Story(
        id: "s-call", title: "Trump–Putin phone call report", articles: callArticles.map(\.id),
        firstPublished: day("2024-11-10"), lastPublished: day("2024-11-11"),
        entities: [
            Entity(id: "e-peskov", name: "Dmitry Peskov", kind: .person, aliases: ["Peskov"], roles: ["Kremlin spokesman"], articles: ["a-moscow", "a-trt"], mentions: 3),
            Entity(id: "e-post", name: "The Washington Post", kind: .organization, articles: ["a-post"], mentions: 1),
        ],
        quotes: [
            Quote(id: "q1", article: "a-moscow", speaker: "e-peskov", speakerName: "Dmitry Peskov", text: "pure fiction", kind: .partial, cue: "said", sentence: "Kremlin spokesman Dmitry Peskov said the report was \"pure fiction\"."),
            Quote(id: "q2", article: "a-trt", speaker: "e-peskov", speakerName: "Dmitry Peskov", text: "there had been no conversation", kind: .indirect, cue: "told reporters", sentence: "Peskov told reporters there had been no conversation."),
        ],
        quoteGroups: [QuoteGroup(id: "g1", speaker: "e-peskov", quotes: ["q1", "q2"], articles: ["a-moscow", "a-trt"])],
        claims: [
            Claim(id: "c1", text: "Trump and Putin spoke by phone", positions: [
                Position(holder: "e-post", holderName: "The Washington Post", stance: .asserts, articles: ["a-post"]),
                Position(holder: "e-peskov", holderName: "Dmitry Peskov", stance: .denies, quotes: ["q1", "q2"], articles: ["a-moscow", "a-trt"]),
            ], status: .disputed),
            Claim(id: "c2", text: "The report was published", positions: [], status: .confirmed),
        ],
        agreements: [Statement(text: "The Kremlin denied the report", articles: ["a-moscow", "a-trt"], sentences: [])],
        discrepancies: [Discrepancy(topic: "when the Washington Post published its report", values: [
            DiscrepancyValue(value: "2024-11-07", articles: ["a-moscow"], sentences: []),
            DiscrepancyValue(value: "2024-11-10", articles: ["a-post", "a-trt"], sentences: []),
        ])],
        exclusives: [Exclusive(article: "a-trt", statements: ["Peskov spoke at a briefing in Moscow"])],
        citations: [Citation(article: "a-moscow", source: "The Washington Post", kind: .report, sentence: "The Post reported the call.")],
        timeline: [TimelineEvent(date: PublicationDate("2024-11-07")!, text: "Trump and Putin reportedly speak", articles: ["a-post"], resolvedFrom: "on Thursday")]
    )

    /// Script in every text field a page shows.
    static let attack = "<script>alert('x')</script><img src=x onerror=alert(1)>"

    static let hostileArticles: [Article] = [
        Article(id: "a-evil", source: "evil.html", url: "javascript:alert(document.cookie)", outlet: "Evil \"><script>alert(2)</script>",
                title: attack, published: day("2024-11-12"), byline: ["<b onmouseover=alert(3)>Eve</b>"],
                body: [Paragraph(text: attack, sentences: [attack])]),
    ]

    static let hostileStory = Story(
        id: "s-evil", title: attack, articles: ["a-evil"], firstPublished: day("2024-11-12"), lastPublished: day("2024-11-12"),
        entities: [Entity(id: "e-evil", name: "<svg onload=alert(4)>", kind: .person, articles: ["a-evil"], mentions: 1)],
        quotes: [Quote(id: "qe", article: "a-evil", speaker: "e-evil", speakerName: "<svg onload=alert(4)>", text: attack, kind: .direct, cue: "<i onclick=alert(5)>said</i>", sentence: attack)],
        claims: [Claim(id: "ce", text: attack, positions: [Position(holderName: attack, stance: .asserts, articles: ["a-evil"])], status: .disputed)],
        agreements: [Statement(text: attack, articles: ["a-evil"], sentences: [])],
        discrepancies: [Discrepancy(topic: attack, values: [DiscrepancyValue(value: attack, articles: ["a-evil"], sentences: [])])],
        exclusives: [Exclusive(article: "a-evil", statements: [attack])],
        citations: [Citation(article: "a-evil", source: attack, kind: .other, sentence: attack)],
        timeline: [TimelineEvent(date: PublicationDate("2024-11-12")!, text: attack, articles: ["a-evil"], resolvedFrom: attack)]
    )

    static func article(_ id: String, outlet: String, title: String, date: String, body: String) -> Article {
        Article(id: id, source: "\(id).html", url: "https://example.com/\(id)", outlet: outlet, title: title,
                published: PublicationDate(date), body: [Paragraph(text: body, sentences: [body])])
    }

    static func memoryStore() -> InMemoryStore {
        InMemoryStore(articles: callArticles + hostileArticles, stories: [callStory, hostileStory])
    }

    /// A SQLite store (temporary file) holding the fixtures.
    static func sqliteStore() async throws -> SQLiteStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-server-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        try await store.insert(callArticles + hostileArticles)
        try await store.save([callStory, hostileStory], removing: [])
        return store
    }

    /// The store the route tests run on: the fixtures in SQLite, filled once per test process.
    static func store() async throws -> any ArticleStore {
        try await SharedStore.shared.store()
    }
}

/// One SQLite fixture store for the whole test process.
actor SharedStore {
    static let shared = SharedStore()
    private var task: Task<SQLiteStore, any Error>?

    func store() async throws -> SQLiteStore {
        if task == nil { task = Task { try await ServerFixtures.sqliteStore() } }
        return try await task!.value
    }
}
