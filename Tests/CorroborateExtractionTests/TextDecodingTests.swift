import Testing
@testable import CorroborateExtraction

@Suite struct TextDecodingTests {
    static let cyrillic = "Привет"

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8), "<p>é</p>"),
        ([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00, 0xE9, 0x00], "<p>é"),
        ([0xFE, 0xFF, 0x00, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00, 0xE9], "<p>é"),
    ] as [([UInt8], String)])
    func byteOrderMarkDecidesAndIsRemoved(bytes: [UInt8], expected: String) {
        #expect(TextDecoding.decodeHTML(bytes) == expected)
    }

    @Test(arguments: [
        "<meta charset=\"windows-1251\">",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">",
        "<meta charset=cp1251>",
    ])
    func metaDeclarationIsFollowed(declaration: String) {
        let bytes = Array("<html><head>\(declaration)</head><body>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        #expect(TextDecoding.decodeHTML(bytes).hasSuffix(Self.cyrillic))
    }

    @Test func xmlDeclarationIsFollowed() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(TextDecoding.decodeHTML(bytes).hasSuffix(Self.cyrillic))
    }

    @Test func httpCharsetWinsOverMeta() {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        #expect(TextDecoding.decodeHTML(bytes, httpCharset: "windows-1251").hasSuffix(Self.cyrillic))
    }

    @Test func undeclaredLegacyBytesFallBackToWindows1252() {
        let bytes = Array("<p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94]
        #expect(TextDecoding.decodeHTML(bytes) == "<p>café “q”")
    }

    @Test func invalidUTF8InAUTF8PageIsReplaced() {
        let bytes = Array("<p>naïve ".utf8) + [0xFF] + Array(" – ok</p>".utf8)
        #expect(TextDecoding.decodeHTML(bytes) == "<p>naïve \u{FFFD} – ok</p>")
    }

    @Test func declaredUTF8WithBrokenBytesNeverFails() {
        let bytes = Array("<meta charset=utf-8>".utf8) + [0xC3, 0x28, 0xE2, 0x82]
        #expect(TextDecoding.decodeHTML(bytes).contains("\u{FFFD}"))
    }

    @Test(arguments: [
        ("iso-8859-2", [0xB1] as [UInt8], "ą"), ("ISO-8859-15", [0xA4], "€"), ("latin1", [0x80], "€"),
        ("koi8-r", [0xE1], "А"), ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"), ("gb2312", [0xD6, 0xD0], "中"),
        ("EUC-JP", [0xC6, 0xFC, 0xCB, 0xDC], "日本"), ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42], "日本"),
    ])
    func declaredCharsetsDecode(label: String, bytes: [UInt8], expected: String) {
        #expect(TextDecoding.decodeHTML(bytes, httpCharset: label) == expected)
    }

    @Test(arguments: [
        ([0xC6, 0xFC, 0xFF, 0xCB, 0xDC] as [UInt8], "日\u{FFFD}"),
        ([0xC6, 0xFC, 0xCB], "日\u{FFFD}"),
    ])
    func brokenEUCJPBytesAreReplaced(bytes: [UInt8], expectedPrefix: String) {
        #expect(TextDecoding.decodeHTML(bytes, httpCharset: "euc-jp").hasPrefix(expectedPrefix))
    }

    @Test func validUTF8BeatsAStaleSingleByteDeclaration() {
        let bytes = Array("<meta charset=\"iso-8859-1\"><p>Kosovo’s future, Rücker said</p>".utf8)
        #expect(TextDecoding.decodeHTML(bytes).hasSuffix("<p>Kosovo’s future, Rücker said</p>"))
    }

    @Test func unknownLabelIsIgnored() {
        #expect(TextDecoding.decodeHTML(Array("<p>é</p>".utf8), httpCharset: "x-unknown-charset") == "<p>é</p>")
    }
}
