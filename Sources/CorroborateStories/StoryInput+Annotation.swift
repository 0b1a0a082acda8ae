import CorroborateCore
import CorroborateText

extension StoryInput {
    /// `article` annotated by `pipeline` (relative dates against its publication day), with the
    /// per-article entities `recognizer` finds in the same text.
    public static func annotating(
        _ article: Article, pipeline: AnnotationPipeline, recognizer: EntityRecognizer?
    ) -> StoryInput {
        let document = pipeline.document(for: article.bodyText, referenceDay: article.published?.calendarDay)
        let annotated = AnnotatedArticle(
            source: article.source, article: article, text: document.text, sentences: document.sentences,
            mentions: document.mentions, quotes: document.quotes, timexes: document.timexes, citations: document.citations)
        var input = StoryInput(annotated: annotated, entities: recognizer?.entities(in: document) ?? [])
        input.credits = credits(of: article, pipeline: pipeline)
        input.credits += input.agencyCredits(gazetteer: recognizer?.gazetteer)
        return input
    }

    /// The photo and agency credits an article gives outside its body: in its captions ("Photo:
    /// Reuters", "Pool Photo via AP") and in the credit lines extraction set apart as metadata
    /// ("(With inputs from agencies)", "SOURCE: TRT World and agencies"). Each cites with the line
    /// it stands in.
    static func credits(of article: Article, pipeline: AnnotationPipeline) -> [Citation] {
        let lines = article.captions + article.removed.filter { $0.reason == .metadata }.map(\.text)
        guard !lines.isEmpty else { return [] }
        let document = pipeline.document(for: lines.joined(separator: "\n\n"))
        var ends: [Int] = []
        for line in lines { ends.append((ends.last.map { $0 + 2 } ?? 0) + line.unicodeScalars.count) }
        return document.citations.filter { $0.kind == .photo || $0.kind == .agency }.compactMap { span in
            guard let index = ends.firstIndex(where: { span.start < $0 }) else { return nil }
            return Citation(article: article.id, source: span.source, kind: span.kind, sentence: lines[index])
        }
    }
}
