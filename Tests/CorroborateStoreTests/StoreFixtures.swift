import CorroborateCore

/// Two small stories over five articles from three outlets, with entities, quotes, claims,
/// a discrepancy and exclusives: enough to exercise every query of the store.
enum StoreFixtures {
    static func article(_ id: String, outlet: String?, day: String, title: String, body: String) -> Article {
        Article(id: id, source: "\(id).html", url: "https://example.org/\(id)", outlet: outlet, title: title,
                published: PublicationDate(day), byline: ["A. Writer"], language: "en",
                body: [Paragraph(text: body, sentences: [body])])
    }

    static let articles: [Article] = [
        article("a1", outlet: "Daily Wire Service", day: "2024-11-10", title: "Kremlin denies call", body: "Peskov said the call never happened."),
        article("a2", outlet: "Morning Ledger", day: "2024-11-11", title: "Call report disputed", body: "The Kremlin spokesman rejected the report of a phone call."),
        article("a3", outlet: "Evening Post", day: "2024-11-12", title: "Denial of phone call", body: "A spokesman denied the conversation took place."),
        article("b1", outlet: "Morning Ledger", day: "2024-12-01", title: "Bridge collapses in Vell", body: "The bridge over the river collapsed at dawn."),
        article("b2", outlet: "Evening Post", day: "2024-12-02", title: "Vell bridge collapse", body: "Engineers inspected the collapsed bridge near Zürich."),
    ]

    static let peskov = Entity(id: "e1", name: "Dmitry Peskov", kind: .person, aliases: ["Peskov"], roles: ["spokesman"], articles: ["a1", "a2"], mentions: 3)

    static let kremlinStory = Story(
        id: "s-kremlin", title: "Kremlin denies phone call", articles: ["a1", "a2", "a3"],
        firstPublished: PublicationDate("2024-11-10"), lastPublished: PublicationDate("2024-11-12"),
        entities: [peskov, Entity(id: "e2", name: "Kremlin", kind: .organization, articles: ["a2"], mentions: 1)],
        quotes: [
            Quote(id: "q1", article: "a1", speaker: "e1", speakerName: "Dmitry Peskov", text: "the call never happened",
                  kind: .indirect, cue: "said", sentence: "Peskov said the call never happened."),
            Quote(id: "q2", article: "a3", speakerName: "a spokesman", text: "the conversation took place",
                  kind: .indirect, cue: "denied", sentence: "A spokesman denied the conversation took place."),
        ],
        claims: [
            Claim(id: "c1", text: "A phone call took place", positions: [
                Position(holder: "e1", holderName: "Dmitry Peskov", stance: .denies, quotes: ["q1"], articles: ["a1"]),
                Position(holderName: "Morning Ledger", stance: .asserts, articles: ["a2"]),
            ], status: .disputed),
            Claim(id: "c2", text: "The report was rejected", positions: [
                Position(holderName: "Morning Ledger", stance: .asserts, articles: ["a2"]),
            ], status: .reported),
        ],
        discrepancies: [
            Discrepancy(topic: "date of the call", values: [
                DiscrepancyValue(value: "Thursday", articles: ["a1", "a2"], sentences: ["...", "..."]),
                DiscrepancyValue(value: "Friday", articles: ["a3"], sentences: ["..."]),
            ]),
        ],
        exclusives: [Exclusive(article: "a3", statements: ["A spokesman denied it.", "No details were given."])]
    )

    static let bridgeStory = Story(
        id: "s-bridge", title: "Bridge collapse in Vell", articles: ["b1", "b2"],
        firstPublished: PublicationDate("2024-12-01"), lastPublished: PublicationDate("2024-12-02"),
        entities: [Entity(id: "e1", name: "Vell", kind: .place, articles: ["b1", "b2"], mentions: 2)],
        claims: [Claim(id: "c1", text: "The bridge collapsed", positions: [
            Position(holderName: "Morning Ledger", stance: .asserts, articles: ["b1"]),
        ], status: .confirmed)]
    )

    static let stories = [kremlinStory, bridgeStory]
}
