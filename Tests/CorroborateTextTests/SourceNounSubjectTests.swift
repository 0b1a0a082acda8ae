import CorroborateCore
import Testing
@testable import CorroborateText

/// A cue word that is also a noun ("reports", "claims") after a source noun is that source's verb:
/// "the newspaper reports that ..." is the newspaper reporting, not "newspaper reports" (FNC-1 s27,
/// where "the French website iGen.Fr reports that" had the speaker "The" and the cue "newspaper").
@Suite struct SourceNounSubjectTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let speaker: String?
        let cue: String
        let content: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "The newspaper reports that prices will rise.", speaker: "The newspaper", cue: "reports", content: "prices will rise"),
        Case(text: "Citing an anonymous source, the newspaper reports that prices will rise.",
             speaker: "the newspaper", cue: "reports", content: "prices will rise"),
        Case(text: "Citing an official, the website claims that prices will rise.", speaker: "the website", cue: "claims", content: "prices will rise"),
        // The noun stays a noun: the speaker is the one who says so.
        Case(text: "The newspaper reports were wrong, he said.", speaker: "he", cue: "said", content: "The newspaper reports were wrong"),
        Case(text: "The media reports were wrong, he said.", speaker: "he", cue: "said", content: "The media reports were wrong"),
    ])
    func aSourceNounIsTheSubjectOfTheCue(_ example: Case) throws {
        let document = try attributed(example.text)
        let found = try #require(quote(example.content, in: document))
        #expect(found.speaker.map { document.string($0) } == example.speaker)
        #expect(found.cue.map { document.string($0) } == example.cue)
        #expect(document.quotes.count == 1)
    }
}
