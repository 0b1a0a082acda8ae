import CorroborateCore

/// `SentenceSplitting` on top of `SentenceSegmenter` (ICU plus the abbreviation, quote and
/// paragraph rules), for extraction to fill `Paragraph.sentences`.
public struct ICUSentenceSplitter: SentenceSplitting {
    /// The segmenter used.
    public var segmenter: SentenceSegmenter

    /// A splitter with the bundled vocabulary.
    public init(segmenter: SentenceSegmenter = SentenceSegmenter()) {
        self.segmenter = segmenter
    }

    /// The sentences of `text`, in order, trimmed, none empty.
    public func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return segmenter.sentences(in: scalars).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<range.end])
            return String(view)
        }
    }
}
