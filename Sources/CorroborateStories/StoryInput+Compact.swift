import CorroborateCore

extension StoryInput {
    /// This input without what only annotation reads: its article's body paragraphs (the
    /// annotated text holds the body), removed pieces, captions and comments (credits are already
    /// taken from them). Clustering and every story a ``StoryBuilder`` makes come out the same; a
    /// batch run keeps inputs this way so memory grows with what stories need, not with the pages.
    /// The first `paragraphs` body paragraphs stay (what an HTML brief shows of each article);
    /// story building does not read them.
    public func compacted(keepingParagraphs paragraphs: Int = 0) -> StoryInput {
        var input = self
        input.annotated.article.body = Array(input.annotated.article.body.prefix(paragraphs))
        input.annotated.article.removed = []
        input.annotated.article.captions = []
        input.annotated.article.comments = []
        return input
    }
}
