import CorroborateCore

extension AnnotationPipeline {
    /// `article` annotated as one line of `corroborate annotate`: the text is `text` when given
    /// (the raw file with `--raw`), else the body paragraphs joined by "\n\n"; relative dates
    /// resolve against `referenceDay`, else the article's publication day.
    public func annotatedArticle(
        _ article: Article, text: String? = nil, referenceDay: CalendarDay? = nil
    ) -> AnnotatedArticle {
        let document = document(for: text ?? article.bodyText, referenceDay: referenceDay ?? article.published?.calendarDay)
        return AnnotatedArticle(
            source: article.source, article: article, text: document.text, sentences: document.sentences,
            mentions: document.mentions, quotes: document.quotes, timexes: document.timexes, citations: document.citations)
    }

    /// An article made from clean text with no page around it (`--raw`): its paragraphs are the
    /// blank-line separated blocks, split into sentences by `segmenter`; its id hashes the text.
    public static func rawArticle(
        text: String, source: String, published: PublicationDate?, segmenter: SentenceSegmenter = SentenceSegmenter()
    ) -> Article {
        let scalars = Array(text.unicodeScalars)
        let body = SentenceSegmenter.paragraphs(in: scalars).map { range -> Paragraph in
            let sentences = segmenter.sentences(inParagraph: range, of: scalars).map { Self.string(scalars, $0) }
            return Paragraph(text: Self.string(scalars, range), sentences: sentences)
        }
        return Article(id: ContentHash.hex(text), source: source, published: published, body: body)
    }

    static func string(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }
}
