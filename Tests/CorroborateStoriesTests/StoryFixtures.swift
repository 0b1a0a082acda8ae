import CorroborateCore

@testable import CorroborateStories

/// Builds small annotated articles for story tests: one sentence per "\n\n" paragraph.
enum StoryFixtures {
    /// The positions of a two-article story: "The Daily Planet reported that the red car was stolen ...", then
    /// `sentence` with the given names as mentions (the claim tests of sessions 23 and 24).
    static func positions(afterTheCarReport sentence: String, names: [(String, EntityKind)]) -> [Position] {
        let report = "The Daily Planet reported that the red car was stolen from the film set in Metro City."
        let a = input(
            "a", title: "Car stolen", published: "2014-11-07", text: report, outlet: "Outlet A",
            mentions: [mention("The Daily Planet", in: report, kind: .outlet, entity: "dp")],
            citations: [CitationSpan(start: 0, end: 16, source: "The Daily Planet", kind: .report)],
            entities: [Entity(id: "dp", name: "The Daily Planet", kind: .outlet, mentions: 1)])
        let b = input(
            "b", title: "Car safe", published: "2014-11-08", text: sentence, outlet: "Outlet B",
            mentions: names.enumerated().map { mention($1.0, in: sentence, kind: $1.1, entity: "n\($0)") },
            entities: names.enumerated().map { Entity(id: "n\($0)", name: $1.0, kind: $1.1, mentions: 1) })
        return StoryBuilder().story(from: [a, b]).claims.flatMap(\.positions)
    }

    static func input(
        _ id: String, title: String, published: String, text: String, outlet: String? = nil, quotes: [QuoteSpan] = [],
        timexes: [Timex] = [], mentions: [Mention] = [], citations: [CitationSpan] = [], entities: [Entity] = []
    ) -> StoryInput {
        var sentences: [TextRange] = []
        var start = 0
        for paragraph in text.components(separatedBy: "\n\n") {
            let length = paragraph.unicodeScalars.count
            sentences.append(TextRange(start: start, end: start + length))
            start += length + 2
        }
        let article = Article(id: id, source: "\(id).txt", outlet: outlet, title: title, published: PublicationDate(published))
        return StoryInput(
            annotated: AnnotatedArticle(source: article.source, article: article, text: text, sentences: sentences,
                                        mentions: mentions, quotes: quotes, timexes: timexes, citations: citations),
            entities: entities)
    }

    static func range(of needle: String, in text: String) -> TextRange {
        let scalars = Array(text.unicodeScalars), wanted = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - wanted.count)).first { Array(scalars[$0..<($0 + wanted.count)]) == wanted } ?? 0
        return TextRange(start: start, end: start + wanted.count)
    }

    static func mention(_ needle: String, in text: String, kind: EntityKind, entity: String) -> Mention {
        let found = range(of: needle, in: text)
        return Mention(start: found.start, end: found.end, text: needle, kind: kind, entity: entity)
    }
}
