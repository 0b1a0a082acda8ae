import Testing

@testable import CorroborateStories

@Suite struct StanceTextTests {
    let cues = StanceCues.english()

    @Test(arguments: [
        ("One. Two three! Four?", 3),
        ("First line\nSecond line", 2),
        ("No break.here", 1),
        ("", 1),
    ])
    func countsSentences(text: String, sentences: Int) {
        #expect(StanceText(text, stopwords: [], cues: cues).sentenceCount == sentences)
    }

    @Test(arguments: [("denies", "deni"), ("denied", "deni"), ("reports", "report"), ("putin's", "putin"), ("glass", "glass")])
    func stems(word: String, stem: String) {
        #expect(StanceText.stem(word) == stem)
    }

    @Test func keepsApostrophesInsideWordsAndCurlyOnesAreStraightened() {
        let words = StanceText("It didn\u{2019}t happen", stopwords: [], cues: cues).words.map(\.text)
        #expect(words == ["it", "didn't", "happen"])
    }

    @Test func marksCapitalisedWordsAfterTheFirst() {
        let words = StanceText("Then Putin called", stopwords: [], cues: cues).words
        #expect(words.map(\.isCapitalized) == [false, true, false])
    }

    @Test func stopwordsHaveNoTerm() {
        let words = StanceText("the Kremlin", stopwords: ["the"], cues: cues).words
        #expect(words.map { $0.term == nil } == [true, false])
    }

    @Test func questionMarkIsNoted() {
        #expect(StanceText("Did Putin call Trump?", stopwords: [], cues: cues).hasQuestionMark)
    }
}
