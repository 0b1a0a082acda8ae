import CorroborateCore
import CorroborateStories

/// Synthetic stored history for load tests of the server: stories of three to six articles from
/// a dozen outlets, each with entities, quotes grouped across articles, claims (a third of them
/// disputed), a discrepancy, exclusives, citations and a timeline. Words come from
/// ``SyntheticStream``; everything else is a deterministic function of the story number.
struct SyntheticNewsroom: Sendable {
    static let outlets = [
        "The Washington Post", "The Moscow Times", "TRT World", "Japan Today", "Reuters", "AP News",
        "BBC News", "Al Jazeera", "The Guardian", "Le Monde", "Der Spiegel", "NHK World",
    ]

    private var words: SyntheticStream

    init(stories: Int) {
        words = SyntheticStream(count: stories * 6 * 7)
    }

    /// Story `number` and its articles.
    mutating func story(_ number: Int) -> (story: Story, articles: [Article]) {
        let day = CalendarDay(year: 2024, month: 1, day: 1)!.adding(days: number / 40)
        let date = PublicationDate(day.description)
        let articles = (0..<(3 + number % 4)).map { article(number, $0, date: date) }
        let ids = articles.map(\.id)
        let speaker = Entity(id: "e-\(number % 500)", name: "Speaker \(number % 500)", kind: .person,
                             aliases: ["Speaker"], roles: ["spokesperson"], articles: ids, mentions: ids.count)
        let quotes = articles.enumerated().map { index, article in
            Quote(id: "q-\(number)-\(index)", article: article.id, speaker: speaker.id, speakerName: speaker.name,
                  text: article.body[1].sentences[0], kind: index % 2 == 0 ? .direct : .indirect, cue: "said",
                  sentence: article.body[1].sentences[0])
        }
        let story = Story(
            id: "s-syn-\(number)", title: article0Title(articles), articles: ids, firstPublished: date, lastPublished: date,
            entities: [speaker], quotes: quotes,
            quoteGroups: [QuoteGroup(id: "g-\(number)", speaker: speaker.id, quotes: quotes.map(\.id), articles: ids)],
            claims: claims(number, speaker: speaker, ids: ids),
            agreements: [Statement(text: articles[0].body[0].sentences[0], articles: Array(ids.prefix(2)), sentences: [])],
            discrepancies: [Discrepancy(topic: "when it happened", values: [
                DiscrepancyValue(value: day.description, articles: Array(ids.dropLast()), sentences: []),
                DiscrepancyValue(value: day.adding(days: -1).description, articles: [ids.last!], sentences: []),
            ])],
            exclusives: [Exclusive(article: ids.last!, statements: [articles.last!.body[2].sentences[0]])],
            citations: [Citation(article: ids[0], source: "Reuters", kind: .agency, sentence: articles[0].body[0].sentences[0])],
            timeline: [TimelineEvent(date: date!, text: articles[0].body[0].sentences[0], articles: ids, resolvedFrom: "on Monday")]
        )
        return (story, articles)
    }

    private func article0Title(_ articles: [Article]) -> String { articles[0].title ?? "Untitled" }

    private func claims(_ number: Int, speaker: Entity, ids: [String]) -> [Claim] {
        let disputed = number % 3 == 0
        return [
            Claim(id: "c-\(number)-0", text: "Event \(number) took place", positions: [
                Position(holderName: Self.outlets[number % 12], stance: .asserts, articles: [ids[0]]),
                Position(holder: speaker.id, holderName: speaker.name, stance: disputed ? .denies : .confirms, articles: [ids[1]]),
            ], status: disputed ? .disputed : .confirmed),
            Claim(id: "c-\(number)-1", text: "Talks on event \(number) will continue", positions: [
                Position(holderName: Self.outlets[(number + 1) % 12], stance: .asserts, articles: [ids[1]]),
            ], status: .reported),
        ]
    }

    private mutating func article(_ number: Int, _ index: Int, date: PublicationDate?) -> Article {
        let paragraphs = (0..<6).map { _ in paragraph() }
        return Article(
            id: "a-syn-\(number)-\(index)", source: "synthetic/\(number)/\(index).html",
            url: "https://example.com/\(number)/\(index)", outlet: Self.outlets[(number + index * 5) % 12],
            title: paragraphs[0].sentences[0].split(separator: " ").prefix(8).joined(separator: " ").capitalized,
            published: date, byline: ["Reporter \(index)"], language: "en", body: paragraphs
        )
    }

    private mutating func paragraph() -> Paragraph {
        let text = words.next()?.text ?? "no words left"
        let tokens = text.split(separator: " ")
        let sentences = stride(from: 0, to: min(tokens.count, 60), by: 15).map {
            tokens[$0..<min($0 + 15, tokens.count)].joined(separator: " ") + "."
        }
        return Paragraph(text: sentences.joined(separator: " "), sentences: sentences)
    }
}
