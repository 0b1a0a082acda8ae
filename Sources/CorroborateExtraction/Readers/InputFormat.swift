import CorroborateCore

/// What a file holds, decided from its first bytes, never from its name.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// gzip-compressed (magic `1f 8b`); the decompressed bytes are detected again.
    case gzip
    /// A WARC file (`WARC/1.0`, `WARC/1.1` or an older `WARC/0.x` at the start).
    case warc
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed.
    case feed
    /// JSON lines: one JSON object per line (or a JSON array of such objects).
    case jsonLines
    /// An HTML page (possibly preceded by the HTTP response head a crawler saved with it).
    case html
    /// Copied-out page text.
    case pageText

    /// How many leading bytes `detect` looks at.
    public static let sniffLength = 8192

    /// The format of an input starting with `prefix` (at most `sniffLength` bytes; fewer means that is
    /// the whole input). Throws `.empty` for no bytes or only white space, `.binary` for known binary
    /// signatures (PNG, JPEG, GIF, PDF, ZIP, ELF, Mach-O...) or control bytes that text does not contain.
    public static func detect<Bytes: Collection<UInt8>>(_ prefix: Bytes, source: String) throws(CorroborateError) -> InputFormat {
        let bytes = Array(prefix)
        if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
        if let signature = BinarySignature.match(bytes) {
            throw CorroborateError(.binary, source: source, "binary file (\(signature)), not a news page")
        }
        if bytes.starts(with: Array("WARC/".utf8)), bytes.count > 5, (48...57).contains(bytes[5]) { return .warc }
        if bytes.starts(with: Array("HTTP/1.".utf8)) || bytes.starts(with: Array("HTTP/2".utf8)) { return .html }
        let text = asciiView(bytes)
        guard let first = text.firstIndex(where: { !isSpace($0) }) else {
            throw CorroborateError(.empty, source: source, "empty file")
        }
        if BinarySignature.isBinaryText(bytes) {
            throw CorroborateError(.binary, source: source, "binary file (control bytes), not text")
        }
        let start = Array(text[first...])
        if start.first == UInt8(ascii: "<") { return markupFormat(start) }
        if start.first == UInt8(ascii: "{") { return .jsonLines }
        if start.first == UInt8(ascii: "["), start.dropFirst().first(where: { !isSpace($0) }) == UInt8(ascii: "{") {
            return .jsonLines
        }
        return .pageText
    }

    /// Feed or HTML, for input that starts with `<`.
    private static func markupFormat(_ bytes: [UInt8]) -> InputFormat {
        let slice = bytes[...]
        for marker in ["<rss", "<feed", "<rdf:rdf"] {
            guard let found = CharsetDeclaration.find(Array(marker.utf8), in: slice) else { continue }
            let html = CharsetDeclaration.find(Array("<html".utf8), in: slice)
            if found < (html ?? Int.max) { return .feed }
        }
        return .html
    }

    /// The bytes with a leading byte-order mark removed, and UTF-16 reduced to its low bytes, so the
    /// ASCII markers can be found in any of the encodings a page may use.
    private static func asciiView(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return stride(from: 2, to: bytes.count, by: 2).map { bytes[$0] } }
        if bytes.starts(with: [0xFE, 0xFF]) { return stride(from: 3, to: bytes.count, by: 2).map { bytes[$0] } }
        return bytes
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
