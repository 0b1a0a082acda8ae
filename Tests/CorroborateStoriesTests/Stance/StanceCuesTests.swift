import Testing

@testable import CorroborateStories

@Suite struct StanceCuesTests {
    let cues = StanceCues.english()
    let tokenizer = TermTokenizer(stopwords: [])

    static let cases: [(String, StanceCues.Category)] = [
        ("The Kremlin denied the report", .deny),
        ("Peskov said the report was pure fiction", .refute),
        ("The story is a hoax", .refute),
        ("Snopes debunked the photo", .refute),
        ("A spokesman declined to comment", .decline),
        ("The Post reportedly spoke to officials", .hedge),
        ("according to people familiar with the call", .hedge),
        ("The ministry confirmed the meeting", .agree),
        ("He never said that", .negation),
        ("Scientists cast doubt on the spider story", .refute),
        ("Experts are skeptical of the video", .refute),
        ("The video was staged", .refute),
        ("Bale will no longer play Jobs", .refute),
        ("Bale pulled out of the film", .deny),
        ("The actor has withdrawn from the role", .deny),
        ("There is no doubt the meeting took place", .agree),
    ]

    @Test(arguments: cases)
    func findsTheCue(sentence: String, category: StanceCues.Category) {
        let words = StanceText(sentence, stopwords: [], cues: cues).words.map(\.text)
        #expect(cues.matches(in: words).contains { $0.category == category })
    }

    @Test func longestPhraseWinsSoNotTrueIsNotAnAgreement() {
        let words = StanceText("That is not true", stopwords: [], cues: cues).words.map(\.text)
        #expect(cues.matches(in: words).map(\.category) == [.refute])
    }

    @Test func noDoubtIsAConfirmationNotADenial() {
        let words = StanceText("There is no doubt he was there", stopwords: [], cues: cues).words.map(\.text)
        #expect(cues.matches(in: words).map(\.category) == [.agree])
    }

    @Test func declinedToCommentIsOneDeclineCue() {
        let words = StanceText("Trump's team declined to comment.", stopwords: [], cues: cues).words.map(\.text)
        let matches = cues.matches(in: words)
        #expect(matches.map(\.category) == [.decline])
        #expect(matches.first?.length == 3)
    }

    @Test(arguments: ["The weather in Lisbon was mild", "The bridge reopened on Tuesday"])
    func neutralSentenceHasNoRefutation(sentence: String) {
        let words = StanceText(sentence, stopwords: [], cues: cues).words.map(\.text)
        #expect(!cues.matches(in: words).contains { $0.category == .refute || $0.category == .deny })
    }
}
