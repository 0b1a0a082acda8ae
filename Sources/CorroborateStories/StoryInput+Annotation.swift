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
        return StoryInput(annotated: annotated, entities: recognizer?.entities(in: document) ?? [])
    }
}
