/// Anything that can split a paragraph into sentences. Extraction uses it to fill
/// `Paragraph.sentences`; CorroborateText provides the ICU-based implementation.
public protocol SentenceSplitting: Sendable {
    /// The sentences of `text`, in order, trimmed, none empty.
    func sentences(in text: String) -> [String]
}
