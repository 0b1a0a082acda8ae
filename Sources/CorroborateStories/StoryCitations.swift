import CorroborateCore

/// Turns an article's citation spans into brief `Citation`s, one per source, kind and sentence.
enum StoryCitations {
    static func citations(of input: StoryInput) -> [Citation] {
        var seen = Set<String>()
        return input.annotated.citations.compactMap { span in
            let sentence = input.sentence(containing: span.start)
            let citation = Citation(article: input.article.id, source: span.source, kind: span.kind, sentence: sentence)
            return seen.insert("\(span.source)|\(span.kind)|\(sentence)").inserted ? citation : nil
        }
    }
}
