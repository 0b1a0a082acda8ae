/// Turns bytes of unknown encoding into a String, never failing: undecodable bytes become U+FFFD.
///
/// The encoding is chosen in this order (as browsers do):
/// 1. a byte-order mark (UTF-8 `EF BB BF`, UTF-16LE `FF FE`, UTF-16BE `FE FF`), which is removed;
/// 2. the charset the transport declared (a WARC record's HTTP `Content-Type`, a feed's XML declaration);
/// 3. for markup, `<meta charset=...>`, `<meta http-equiv="Content-Type" content="...; charset=...">` or
///    `<?xml ... encoding="..."?>` within the first 8 KiB (a declared UTF-16 means UTF-8, as in WHATWG);
/// 4. UTF-8 when the bytes are UTF-8 (or mostly: at least as many valid multi-byte sequences as invalid bytes);
/// 5. windows-1252 otherwise.
/// Unknown labels are ignored and the next step decides.
public enum TextDecoding {
    /// The page's text, decoded with the encoding it declares (or `httpCharset`, which wins over the
    /// page's own declaration), invalid bytes replaced (U+FFFD).
    public static func decodeHTML(_ bytes: [UInt8], httpCharset: String? = nil) -> String {
        decode(bytes, declaredCharset: httpCharset, sniffMarkup: true)
    }

    /// Text that is not markup (copied page text, JSON records): BOM, `declaredCharset`, then UTF-8 or windows-1252.
    public static func decodeText(_ bytes: [UInt8], declaredCharset: String? = nil) -> String {
        decode(bytes, declaredCharset: declaredCharset, sniffMarkup: false)
    }

    /// The text of `bytes` and the charset used.
    public static func decode(_ bytes: [UInt8], declaredCharset: String?, sniffMarkup: Bool) -> String {
        let (charset, bomLength) = charset(of: bytes, declaredCharset: declaredCharset, sniffMarkup: sniffMarkup)
        return charset.decode(bytes[bomLength...])
    }

    /// The charset `decode` would use, and the length of the byte-order mark to skip.
    public static func charset(
        of bytes: [UInt8], declaredCharset: String? = nil, sniffMarkup: Bool = true
    ) -> (charset: Charset, bomLength: Int) {
        if let bom = byteOrderMark(bytes) { return bom }
        if let declaredCharset, let charset = Charset(label: declaredCharset) { return (charset, 0) }
        if sniffMarkup, let label = CharsetDeclaration.label(in: bytes.prefix(8192)),
           let charset = Charset(label: label) {
            let isUTF16 = charset == .utf16BigEndian || charset == .utf16LittleEndian
            if case .singleByte = charset, UTF8Validation.isStrictUTF8(bytes) { return (.utf8, 0) }
            return (isUTF16 ? .utf8 : charset, 0)
        }
        return (UTF8Validation.looksLikeUTF8(bytes) ? .utf8 : .singleByte("windows-1252"), 0)
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (charset: Charset, bomLength: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }
}
