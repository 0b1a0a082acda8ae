/// Stable identifiers from content: the same bytes always give the same id, on every machine.
///
/// 64-bit FNV-1a, written as 16 lowercase hex digits. Not cryptographic; used for ids and dedup keys.
public enum ContentHash {
    /// The hash of `bytes` as 16 hex digits.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let value = fnv1a(bytes)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hex(_ text: String) -> String { hex(text.utf8) }

    /// 64-bit FNV-1a.
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
