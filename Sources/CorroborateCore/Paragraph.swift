/// One body paragraph with its sentences, in order.
public struct Paragraph: Codable, Sendable, Hashable {
    public var text: String
    public var sentences: [String]

    public init(text: String, sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }
}
