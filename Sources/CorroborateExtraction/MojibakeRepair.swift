#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Undoes UTF-8 text that was encoded twice (its bytes read as ISO-8859-1 and encoded again): "Investorâ\u{80}\u{99}s"
/// back to "Investor’s".
///
/// Such a page holds C1 control characters (U+0080–U+009F, UTF-8 `C2 80`–`C2 9F`), which no real text uses,
/// so only a page holding one is repaired; there, every run of characters U+00C2–U+00F4 followed by
/// U+0080–U+00BF whose code points form a valid UTF-8 sequence is replaced by that sequence. A page without
/// C1 characters costs one `memchr` scan.
enum MojibakeRepair {
    /// `utf8` (UTF-8 bytes) with twice-encoded sequences decoded once; `utf8` itself when it holds no C1 character.
    static func repaired(_ utf8: [UInt8]) -> [UInt8] {
        guard holdsC1Character(utf8) else { return utf8 }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if let (bytes, consumed) = twiceEncoded(utf8, at: index) {
                output.append(contentsOf: bytes)
                index += consumed
            } else {
                output.append(utf8[index])
                index += 1
            }
        }
        return output
    }

    /// Whether `utf8` holds a C1 character (`C2 80`–`C2 9F`): `memchr` from one `C2` byte to the next.
    static func holdsC1Character(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0
            while offset + 1 < buffer.count {
                guard let found = memchr(base + offset, 0xC2, buffer.count - offset - 1) else { return false }
                let index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                if buffer[index + 1] >= 0x80, buffer[index + 1] <= 0x9F { return true }
                offset = index + 1
            }
            return false
        }
    }

    /// The bytes of the UTF-8 sequence spelled at `index` as Latin-1 characters (each itself UTF-8 encoded),
    /// with the number of input bytes it spans; nil when none starts there.
    private static func twiceEncoded(_ utf8: [UInt8], at index: Int) -> (bytes: [UInt8], consumed: Int)? {
        guard let lead = latin1(utf8, at: index), lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var bytes = [lead]
        var position = index + 2
        for _ in 1..<length {
            guard let next = latin1(utf8, at: position), next >= 0x80, next <= 0xBF else { return nil }
            bytes.append(next)
            position += 2
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return (bytes, position - index)
    }

    /// The code point U+0080–U+00FF that the two bytes at `index` encode, or nil.
    private static func latin1(_ utf8: [UInt8], at index: Int) -> UInt8? {
        guard index + 1 < utf8.count, utf8[index] == 0xC2 || utf8[index] == 0xC3,
              utf8[index + 1] & 0xC0 == 0x80
        else { return nil }
        return (utf8[index] & 0x03) << 6 | (utf8[index + 1] & 0x3F)
    }
}
