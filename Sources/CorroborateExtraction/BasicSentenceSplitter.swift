import CorroborateCore

/// A dependency-free sentence splitter: breaks after `.`, `!`, `?` (and a closing quote or bracket
/// that follows them) when whitespace and an upper-case letter, digit or opening quote come next.
/// It does not break after single capital initials ("J."), nor after the abbreviations in
/// `abbreviations` ("U.S.", "Gen.", "Jan."). CorroborateText's ICU splitter is better; this one
/// keeps extraction usable on its own.
///
/// It scans the UTF-8 bytes: the terminals are ASCII, so only the few bytes around a terminal are
/// decoded into scalars, and each sentence is one string made from its byte range.
public struct BasicSentenceSplitter: SentenceSplitting {
    /// Lower-cased abbreviations, without their final period, that never end a sentence.
    public var abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "adm", "maj",
        "cpl", "cmdr", "brig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
        "corp", "co", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "a.m", "p.m",
    ]

    public init() {}

    public func sentences(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { sentences(in: UTF8Scan(bytes: $0)) }
    }

    private func sentences(in scan: UTF8Scan) -> [String] {
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scan.count {
            let byte = scan.bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
               let end = sentenceEnd(at: index, in: scan) {
                if let sentence = scan.trimmedString(start..<end) { sentences.append(sentence) }
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if let sentence = scan.trimmedString(start..<scan.count) { sentences.append(sentence) }
        return sentences
    }

    /// The byte offset just after the sentence that ends with the terminal at `index`, if it ends there.
    private func sentenceEnd(at index: Int, in scan: UTF8Scan) -> Int? {
        var end = index + 1
        while end < scan.count {
            let (scalar, length) = scan.scalar(at: end)
            guard Self.closers.contains(scalar) else { break }
            end += length
        }
        guard end < scan.count, scan.isWhitespace(at: end) else { return nil }
        var next = end
        while next < scan.count, scan.isWhitespace(at: next) { next += scan.scalar(at: next).length }
        guard next < scan.count else { return nil }
        let first = scan.scalar(at: next).scalar
        guard first.properties.isUppercase || first.properties.numericType != nil || Self.openers.contains(first)
        else { return nil }
        if scan.bytes[index] == UInt8(ascii: "."), isAbbreviation(endingAt: index, in: scan) { return nil }
        return end
    }

    private static let closers: Set<Unicode.Scalar> = Set("\"'”’)]".unicodeScalars)
    private static let openers: Set<Unicode.Scalar> = Set("\"“‘'(".unicodeScalars)

    private func isAbbreviation(endingAt period: Int, in scan: UTF8Scan) -> Bool {
        var start = period
        while start > 0 {
            let previous = scan.start(before: start)
            let scalar = scan.scalar(at: previous).scalar
            if scalar.properties.isWhitespace || scalar == "(" { break }
            start = previous
        }
        let word = scan.string(start..<period).lowercased()
        if word.count == 1, let letter = word.unicodeScalars.first, letter.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }
}

/// Scalar-level reading of a valid UTF-8 buffer at byte offsets (a `String`'s bytes).
struct UTF8Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }

    /// The scalar that starts at byte `index`, and its length in bytes.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The offset of the scalar that ends just before byte `index` (> 0).
    func start(before index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Whether the scalar at `index` is Unicode white space.
    func isWhitespace(at index: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) }
        return scalar(at: index).scalar.properties.isWhitespace
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The text of `range` without leading and trailing white space; nil when nothing else is left.
    func trimmedString(_ range: Range<Int>) -> String? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isWhitespace(at: lower) { lower += scalar(at: lower).length }
        while upper > lower {
            let previous = start(before: upper)
            guard isWhitespace(at: previous) else { break }
            upper = previous
        }
        return lower < upper ? string(lower..<upper) : nil
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last,
           !first.properties.isWhitespace, !last.properties.isWhitespace {
            return self
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
