/// Turns bytes of unknown encoding into a String. (Stub: UTF-8 with replacement; the readers'
/// work adds BOM, meta charset, HTTP-equiv and windows-1252 handling.)
public enum TextDecoding {
    /// The page's text, decoded with the encoding it declares, invalid bytes replaced (U+FFFD).
    public static func decodeHTML(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
