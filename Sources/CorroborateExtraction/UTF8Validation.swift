/// A byte scan that tells UTF-8 text from legacy 8-bit text.
enum UTF8Validation {
    /// True when `bytes` are valid UTF-8, or when valid multi-byte sequences are at least as many as invalid bytes
    /// (a UTF-8 page with a few broken bytes, which are then replaced rather than misread as windows-1252).
    /// Legacy 8-bit text rarely forms valid sequences: an accented letter is followed by ASCII.
    static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var multiByte = 0, invalid = 0, index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                let byte = buffer[index]
                if byte < 0x80 { index += 1; continue }
                let length = sequenceLength(buffer, at: index)
                if length > 0 { multiByte += 1; index += length } else { invalid += 1; index += 1 }
            }
        }
        return invalid == 0 || multiByte >= invalid
    }

    /// True when `bytes` are valid UTF-8 throughout and hold at least one multi-byte sequence: text that a
    /// stale single-byte `<meta charset>` (ISO-8859-1, windows-1252) would turn into mojibake ("Kosovoâ€™s").
    /// Legacy 8-bit text with accented letters practically never forms only valid sequences.
    static func isStrictUTF8(_ bytes: [UInt8]) -> Bool {
        var multiByte = 0, index = 0
        let valid = bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                if buffer[index] < 0x80 { index += 1; continue }
                let length = sequenceLength(buffer, at: index)
                guard length > 0 else { return false }
                multiByte += 1
                index += length
            }
            return true
        }
        return valid && multiByte > 0
    }

    /// The length of the valid multi-byte sequence at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= buffer.count else { return 0 }
        guard buffer[index + 1] >= low, buffer[index + 1] <= high else { return 0 }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
