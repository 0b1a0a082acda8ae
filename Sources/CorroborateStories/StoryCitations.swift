import CorroborateCore

/// Turns an article's citation spans into brief `Citation`s, one per source, kind and sentence,
/// then adds the photo and agency credits it gives outside its body.
enum StoryCitations {
    static func citations(of input: StoryInput) -> [Citation] {
        var seen = Set<String>()
        let inBody = input.annotated.citations.map { span in
            Citation(article: input.article.id, source: span.source, kind: span.kind, sentence: input.sentence(containing: span.start))
        }
        return (inBody + input.credits).filter { seen.insert("\($0.source)|\($0.kind)|\($0.sentence)").inserted }
    }
}
