import Testing

@testable import CorroborateText

struct CueStemTests {
    /// The forms of one verb share a stem; short words, "-ss", "-us", "-is" endings and irregular forms keep theirs.
    @Test(arguments: [
        ("conclude", "conclud"), ("concluded", "conclud"), ("concludes", "conclud"), ("concluding", "conclud"),
        ("support", "support"), ("supports", "support"), ("supported", "support"), ("backing", "back"),
        ("understands", "understand"), ("admitted", "admit"), ("admits", "admit"), ("pushes", "push"),
        ("says", "say"), ("said", "said"), ("discuss", "discus"), ("discussed", "discus"), ("status", "status"),
        ("thesis", "thesis"), ("is", "is"), ("red", "red"), ("sing", "sing"), ("agree", "agre"), ("agreed", "agre"), ("agrees", "agre"), ("agreeing", "agre"),
    ])
    func stem(_ word: String, _ expected: String) {
        #expect(CueStem.of(word) == expected)
    }

    @Test func keyIsMarked() {
        #expect(CueStem.key("declined") == "~declin")
    }
}
