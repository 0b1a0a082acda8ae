import CorroborateCore
import CorroborateText
import Testing

@testable import CorroborateStories

/// Wire services extraction credited (a dateline's "(ONA)", "By AP") are agency citations even when
/// the entity tables do not know them, once per source.
@Suite struct AgencyCreditsTests {
    static let recognizer = try? EntityRecognizer.bundled()

    func citations(text: String, agencies: [String], captions: [String] = []) -> [Citation] {
        let article = Article(
            id: "a", source: "a.html", title: "Bridge falls", published: PublicationDate("2026-03-03"), agencies: agencies,
            body: [Paragraph(text: text, sentences: [text])], captions: captions)
        let input = StoryInput.annotating(article, pipeline: .standard, recognizer: Self.recognizer)
        return StoryBuilder().story(from: [input]).citations
    }

    @Test func unknownDatelineAgencyIsCited() {
        let text = "VELLMAR (ONA) — The bridge fell into the river early on Tuesday."
        let found = citations(text: text, agencies: ["ONA"])
        #expect(found.filter { $0.source == "ONA" } == [Citation(article: "a", source: "ONA", kind: .agency, sentence: text)])
    }

    /// "AP" is the Associated Press a photo credit already cites: no second citation.
    @Test func knownAgencyIsNotCitedTwice() {
        let found = citations(text: "The bridge fell on Tuesday.", agencies: ["AP"], captions: ["The river at dawn. (AP Photo)"])
        #expect(found.filter { $0.source == "Associated Press" }.count == 1, "\(found)")
        #expect(!found.contains { $0.source == "AP" })
    }

    @Test(arguments: [("VELLMAR (ONA) —", "ONA", 9), ("CORONA virus cases", "ONA", nil), ("The ONA", "ONA", 4)])
    func wholeWordsOnly(_ text: String, _ word: String, _ offset: Int?) {
        #expect(WordFinder.offset(of: word, in: text) == offset)
    }
}
