/// Substring search on UTF-8 bytes, for the vocabularies' phrase tests: Foundation's `range(of:)` costs
/// microseconds per call on Linux, a byte scan a few nanoseconds per byte.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`, or nil. An empty
    /// needle is found at `start`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start }
        guard haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = start
        while index <= last {
            if haystack[index] == first, matches(needle, in: haystack, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `haystack` contains `needle`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool { firstOffset(of: needle, in: haystack) != nil }

    private static func matches(_ needle: [UInt8], in haystack: [UInt8], at start: Int) -> Bool {
        var offset = 1
        while offset < needle.count {
            if haystack[start + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}
