/// The JSON line `embed` prints.
enum EmbeddingJSON {
    /// `{"text": "...", "embedding": [f, ...]}` and a newline; floats in shortest round-trip form.
    static func line(text: String, embedding: [Float]) -> String {
        var line = #"{"text": "#
        line += quoted(text)
        line += #", "embedding": ["#
        line += embedding.map { $0.description }.joined(separator: ", ")
        line += "]}\n"
        return line
    }

    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
