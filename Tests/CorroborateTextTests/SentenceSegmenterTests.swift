import CorroborateCore
import Testing
@testable import CorroborateText

private func sentences(_ text: String) -> [String] { ICUSentenceSplitter().sentences(in: text) }

@Suite struct SentenceSegmenterTests {
    /// Abbreviations ICU breaks after, which must not end a sentence.
    @Test(arguments: [
        ("U.S. officials said the talks failed. They will resume.", 2),
        ("Gen. Mark Milley spoke. He left.", 2),
        ("It happened on Jan. 5 in Kyiv. Nobody was hurt.", 2),
        ("Donald J. Trump won. Harris conceded.", 2),
        ("He lives on St. Mark's Place. It is quiet.", 2),
        ("Mr. Peskov and Dr. Smith met. They talked.", 2),
        ("The talks were held in the U.S. The president attended.", 2),
        ("It started at 10 a.m. The crowd cheered.", 2),
        ("He met the U.N. envoy on Monday.", 1),
    ])
    func abbreviations(text: String, count: Int) {
        #expect(sentences(text).count == count, "\(sentences(text))")
    }

    /// A quotation that spans sentences stays in one sentence when it closes in the paragraph.
    @Test(arguments: [
        ("“There was no conversation. It is pure fiction,” Peskov said. Trump declined to comment.", 2),
        ("\"There was no conversation. It is pure fiction,\" Peskov said. Trump declined to comment.", 2),
        ("He said: “No. Never. Not once.” Then he left.", 2),
        ("“It is over.” He left.", 2),
        ("“Unclosed quote. And more text here.", 2),
        ("Wait… what happened? Nobody knows.", 2),
    ])
    func quotes(text: String, count: Int) {
        #expect(sentences(text).count == count, "\(sentences(text))")
    }

    /// Paragraphs always break, even without final punctuation; hard-wrapped lines do not.
    @Test func paragraphsBreak() {
        #expect(sentences("A headline without a stop\n\nThe body starts here.") == [
            "A headline without a stop", "The body starts here.",
        ])
        #expect(sentences("The body was\nwrapped by the editor.") == ["The body was\nwrapped by the editor."])
    }

    /// Sentence ranges are trimmed scalar ranges that index the text.
    @Test func rangesIndexTheText() {
        let text = "  Héllo 🎉 world. Second one!  "
        let scalars = Array(text.unicodeScalars)
        let ranges = SentenceSegmenter().sentences(in: scalars)
        #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Héllo 🎉 world.", "Second one!"])
    }

    /// Garbage never crashes or hangs, and every range stays inside the text.
    @Test(arguments: [
        "",
        "   \n\n   ",
        String(repeating: "word ", count: 1_000_000),  // a 5 MB single line
        String(repeating: "\"", count: 10_000),
        String(repeating: "“ ", count: 10_000),
        String(repeating: ". ", count: 5000),
        "\u{0}\u{1}\u{FFFD}\u{200B}",
    ])
    func garbage(text: String) {
        let scalars = Array(text.unicodeScalars)
        let ranges = SentenceSegmenter().sentences(in: scalars)
        #expect(ranges.allSatisfy { $0.start >= 0 && $0.end <= scalars.count && !$0.isEmpty })
    }
}
