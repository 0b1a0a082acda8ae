/// A forgiving HTML tokenizer over UTF-8 bytes: a single forward byte scan, never throws, never loops.
///
/// Handles start and end tags with quoted, unquoted and bare attributes, comments (`<!-- -->`),
/// doctypes and processing instructions (skipped), raw-text elements (`script`, `style`, `textarea`,
/// `title`, `noscript`, `xmp`, `iframe`, `noembed`, `noframes`, `template`: content up to the matching end
/// tag, case-insensitive; an unclosed one other than `script`/`style` ends at the next `<`) and character references (see `HTMLEntities`). A `<` that does not open a tag
/// is text. Truncated input ends the current token.
public struct HTMLTokenizer: Sendable {
    private let bytes: [UInt8]
    private var position = 0
    private var pendingRawText: String?

    /// Elements whose content is not markup.
    public static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "noscript", "xmp", "iframe", "noembed", "noframes", "template",
    ]

    /// A tokenizer over `bytes`, which must be UTF-8 (invalid sequences are replaced on output).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, or nil at the end of input.
    public mutating func next() -> HTMLToken? {
        if let raw = pendingRawText {
            pendingRawText = nil
            return .text(raw)
        }
        return bytes.withUnsafeBufferPointer { buffer in nextToken(buffer) }
    }

    private mutating func nextToken(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken? {
        while position < b.count {
            if b[position] != Ascii.lessThan { return text(b) }
            let next = position + 1 < b.count ? b[position + 1] : 0
            if Ascii.isLetter(next) { return startTag(b) }
            if next == Ascii.slash, position + 2 < b.count, Ascii.isLetter(b[position + 2]) { return endTag(b) }
            if next == Ascii.bang || next == Ascii.question || next == Ascii.slash {
                skipMarkupDeclaration(b)
                continue
            }
            return text(b)
        }
        return nil
    }

    private mutating func text(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken {
        let start = position
        position += 1
        while position < b.count, b[position] != Ascii.lessThan { position += 1 }
        return .text(HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[start..<position])))
    }

    private mutating func skipMarkupDeclaration(_ b: UnsafeBufferPointer<UInt8>) {
        if position + 3 < b.count, b[position + 1] == Ascii.bang, b[position + 2] == Ascii.dash,
           b[position + 3] == Ascii.dash {
            position += 4
            while position < b.count {
                if b[position] == Ascii.greaterThan, position >= 2, b[position - 1] == Ascii.dash,
                   b[position - 2] == Ascii.dash {
                    position += 1
                    return
                }
                position += 1
            }
            return
        }
        while position < b.count, b[position] != Ascii.greaterThan { position += 1 }
        position += 1
    }

    private mutating func tagName(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let start = position
        while position < b.count, !Ascii.isSpace(b[position]), b[position] != Ascii.greaterThan,
              b[position] != Ascii.slash {
            position += 1
        }
        return Ascii.lowercased(UnsafeBufferPointer(rebasing: b[start..<position]))
    }

    private mutating func endTag(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken {
        position += 2
        let name = tagName(b)
        while position < b.count, b[position] != Ascii.greaterThan { position += 1 }
        position += 1
        return .end(name: name)
    }

    private mutating func startTag(_ b: UnsafeBufferPointer<UInt8>) -> HTMLToken {
        position += 1
        let name = tagName(b)
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while position < b.count {
            let byte = b[position]
            if byte == Ascii.greaterThan { position += 1; break }
            if Ascii.isSpace(byte) { position += 1; continue }
            if byte == Ascii.slash {
                position += 1
                selfClosing = position < b.count && b[position] == Ascii.greaterThan
                continue
            }
            attributes.append(attribute(b))
        }
        if HTMLTokenizer.rawTextElements.contains(name), !selfClosing {
            pendingRawText = rawText(b, until: name)
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func attribute(_ b: UnsafeBufferPointer<UInt8>) -> HTMLAttribute {
        let start = position
        position += 1
        while position < b.count, !Ascii.isSpace(b[position]), b[position] != Ascii.greaterThan,
              b[position] != Ascii.equals, b[position] != Ascii.slash {
            position += 1
        }
        let name = Ascii.lowercased(UnsafeBufferPointer(rebasing: b[start..<position]))
        while position < b.count, Ascii.isSpace(b[position]) { position += 1 }
        guard position < b.count, b[position] == Ascii.equals else { return HTMLAttribute(name: name, value: "") }
        position += 1
        while position < b.count, Ascii.isSpace(b[position]) { position += 1 }
        return HTMLAttribute(name: name, value: attributeValue(b))
    }

    private mutating func attributeValue(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard position < b.count else { return "" }
        let quote = b[position]
        if quote == Ascii.doubleQuote || quote == Ascii.singleQuote {
            position += 1
            let start = position
            while position < b.count, b[position] != quote { position += 1 }
            let value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[start..<position]))
            position += 1
            return value
        }
        let start = position
        while position < b.count, !Ascii.isSpace(b[position]), b[position] != Ascii.greaterThan { position += 1 }
        return HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[start..<position]))
    }

    /// Content up to `</name` (case-insensitive); the end tag itself is left for the next token.
    private mutating func rawText(_ b: UnsafeBufferPointer<UInt8>, until name: String) -> String {
        let start = position
        let needle = Array(name.utf8)
        while position < b.count {
            if b[position] == Ascii.lessThan, position + 1 + needle.count < b.count, b[position + 1] == Ascii.slash,
               matches(b, at: position + 2, needle) {
                break
            }
            position += 1
        }
        if position >= b.count, name != "script", name != "style" {
            // Unclosed: browsers would swallow the page; end at the next tag instead.
            position = start
            while position < b.count, b[position] != Ascii.lessThan { position += 1 }
        }
        let slice = UnsafeBufferPointer(rebasing: b[start..<min(position, b.count)])
        if name == "title" || name == "textarea" { return HTMLEntities.decode(slice) }
        return String(decoding: slice, as: UTF8.self)
    }

    private func matches(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, _ needle: [UInt8]) -> Bool {
        for (index, byte) in needle.enumerated() where Ascii.lower(b[offset + index]) != byte { return false }
        return true
    }
}

/// ASCII byte constants and classes used by the scanners.
enum Ascii {
    static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), dash = UInt8(ascii: "-")
    static let equals = UInt8(ascii: "="), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    static let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";"), hash = UInt8(ascii: "#")

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12
    }
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (index, byte) in bytes.enumerated() { out[index] = lower(byte) }
            return bytes.count
        }
    }
}
