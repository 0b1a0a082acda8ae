/// Finds the charset a page declares in its markup, by a byte scan (no parsing):
/// `<?xml version="1.0" encoding="KOI8-R"?>` at the start, or `charset=...` inside a `<meta ...>` tag,
/// which covers both `<meta charset="utf-8">` and `<meta http-equiv="Content-Type"
/// content="text/html; charset=windows-1251">`. Tag and attribute names match case-insensitively;
/// the value may be quoted with `"` or `'` or bare. The first declaration wins.
enum CharsetDeclaration {
    /// The declared label, as written (e.g. "Windows-1251"), or nil.
    static func label(in bytes: ArraySlice<UInt8>) -> String? {
        xmlEncoding(in: bytes) ?? metaCharset(in: bytes)
    }

    /// The `charset` parameter of an HTTP `Content-Type` value ("text/html; charset=UTF-8").
    static func httpCharset(inContentType header: String) -> String? {
        let bytes = Array(header.utf8)
        guard let start = find(Array("charset".utf8), in: bytes[...]) else { return nil }
        return value(after: start + 7, in: bytes[...])
    }

    private static func xmlEncoding(in bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)),
              let close = find(Array("?>".utf8), in: bytes),
              let start = find(Array("encoding".utf8), in: bytes[bytes.startIndex..<close])
        else { return nil }
        return value(after: start + 8, in: bytes[..<close])
    }

    private static func metaCharset(in bytes: ArraySlice<UInt8>) -> String? {
        var searchFrom = bytes.startIndex
        while let meta = find(Array("<meta".utf8), in: bytes[searchFrom...]) {
            let tagEnd = bytes[meta...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex
            if let start = find(Array("charset".utf8), in: bytes[meta..<tagEnd]),
               let label = value(after: start + 7, in: bytes[..<tagEnd]) {
                return label
            }
            searchFrom = tagEnd
        }
        return nil
    }

    /// The value after `name` at `index`: optional spaces, `=`, optional spaces and quote, then the label.
    private static func value(after index: Int, in bytes: ArraySlice<UInt8>) -> String? {
        var cursor = index
        func skipSpaces() { while cursor < bytes.endIndex, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 } }
        skipSpaces()
        guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "=") else { return nil }
        cursor += 1
        skipSpaces()
        if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
        let start = cursor
        while cursor < bytes.endIndex, isLabelByte(bytes[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        return String(decoding: bytes[start..<cursor], as: UTF8.self)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
             UInt8(ascii: ":"):
            return true
        default: return false
        }
    }

    /// The index of the first case-insensitive occurrence of the lower-case ASCII `needle`.
    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if lowercased(bytes[index]) == first {
                var matched = 1
                while matched < needle.count, lowercased(bytes[index + matched]) == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
