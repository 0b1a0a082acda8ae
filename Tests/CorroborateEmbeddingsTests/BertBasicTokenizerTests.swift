@testable import CorroborateEmbeddings
import Testing

@Suite struct BertBasicTokenizerTests {
    @Test("normalises and splits like BERT's BasicTokenizer", arguments: [
        ("Hello, World!", ["hello", ",", "world", "!"]),
        ("U.S. President-elect", ["u", ".", "s", ".", "president", "-", "elect"]),
        ("Türkiye and Zürich", ["turkiye", "and", "zurich"]),
        ("naïve café ÉCOLE", ["naive", "cafe", "ecole"]),
        ("6\u{00A0}Min read", ["6", "min", "read"]),
        ("“pure fiction.”", ["“", "pure", "fiction", ".", "”"]),
        ("Trump’s 'big' \"deal\"", ["trump", "’", "s", "'", "big", "'", "\"", "deal", "\""]),
        ("peace — or war…", ["peace", "—", "or", "war", "…"]),
        ("$5+3=8 ^_^ `x` |y| ~z", ["$", "5", "+", "3", "=", "8", "^", "_", "^", "`", "x", "`", "|", "y", "|", "~", "z"]),
        ("中文abc", ["中", "文", "abc"]),
        ("a\u{0}b\u{200B}c\u{FFFD}d", ["abcd"]),
        ("a\u{0B}b\u{0C}c\u{85}d", ["abcd"]),
        ("tab\there\nnew\r\nline\u{2028}sep", ["tab", "here", "new", "line", "sep"]),
        ("İstanbul ǅ", ["istanbul", "ǆ"]),
        ("", []),
        ("   ", []),
    ])
    func words(text: String, expected: [String]) {
        let words = BertBasicTokenizer().words(in: text).map { String(String.UnicodeScalarView($0)) }
        #expect(words == expected)
    }

    @Test("a cased tokenizer keeps case and accents")
    func cased() {
        let words = BertBasicTokenizer(lowercase: false).words(in: "Türkiye, U.S.").map { String(String.UnicodeScalarView($0)) }
        #expect(words == ["Türkiye", ",", "U", ".", "S", "."])
    }
}
