import CorroborateCore

@testable import CorroborateStories

/// Builds small annotated articles for story tests: one sentence per "\n\n" paragraph.
enum StoryFixtures {
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
