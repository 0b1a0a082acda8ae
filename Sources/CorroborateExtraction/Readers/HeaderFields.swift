/// Header fields of a WARC record or an HTTP message: `Name: value` lines, names matched case-insensitively.
/// Continuation lines (starting with a space or tab) are folded into the previous value.
struct HeaderFields: Sendable {
    private var fields: [(name: String, value: String)] = []

    /// Adds one raw header line.
    mutating func append(line: [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
            fields[fields.count - 1].value += " " + text.trimmingWhitespace()
            return
        }
        guard let colon = text.firstIndex(of: ":") else { return }
        let name = String(text[..<colon]).trimmingWhitespace().lowercased()
        fields.append((name, String(text[text.index(after: colon)...]).trimmingWhitespace()))
    }

    /// The first value of `name` (lower-case), or nil.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }
}
