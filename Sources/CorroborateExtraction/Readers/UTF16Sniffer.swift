/// Recognises UTF-16 text saved without a byte-order mark (Windows tools do this), which would
/// otherwise look like binary data: every other byte of ASCII markup is zero.
///
/// Rule: among the first 1,024 bytes (at least 16), taken as pairs, at least 90% of the pairs have a
/// zero high byte and a non-zero low byte, in one order: zero second means little-endian, zero first
/// big-endian. Text mostly outside Latin-1 (Cyrillic, CJK) is not recognised; such files need a mark.
enum UTF16Sniffer {
    /// The fewest bytes looked at; shorter inputs are never taken for UTF-16.
    static let minimumBytes = 16
    /// The most bytes looked at.
    static let sampleBytes = 1024
    /// The share of pairs that must have the zero byte on the same side.
    static let requiredShare = 0.9

    /// The byte-order mark `bytes` should have had (`FF FE` or `FE FF`), or nil when they are not
    /// mark-less UTF-16 (or already start with a mark).
    static func byteOrderMark(_ bytes: some Collection<UInt8>) -> [UInt8]? {
        let sample = Array(bytes.prefix(sampleBytes))
        guard sample.count >= minimumBytes, !sample.starts(with: [0xFF, 0xFE]), !sample.starts(with: [0xFE, 0xFF]) else { return nil }
        var little = 0, big = 0
        for index in stride(from: 0, to: sample.count - 1, by: 2) {
            let (first, second) = (sample[index], sample[index + 1])
            if first != 0 && second == 0 { little += 1 }
            if first == 0 && second != 0 { big += 1 }
        }
        let needed = Int((Double(sample.count / 2) * requiredShare).rounded(.up))
        if little >= needed { return [0xFF, 0xFE] }
        if big >= needed { return [0xFE, 0xFF] }
        return nil
    }
}
