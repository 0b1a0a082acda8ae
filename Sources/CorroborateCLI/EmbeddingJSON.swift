import CorroborateCore

/// The JSON line `embed` prints.
enum EmbeddingJSON {
    /// `{"text": "...", "embedding": [f, ...]}` and a newline; floats in shortest round-trip form.
    static func line(text: String, embedding: [Float]) -> String {
        var line = #"{"text": "#
        line += JSONText.quoted(text)
        line += #", "embedding": ["#
        line += embedding.map { $0.description }.joined(separator: ", ")
        line += "]}\n"
        return line
    }
}
