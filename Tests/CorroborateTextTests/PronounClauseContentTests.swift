import CorroborateCore
import Testing
@testable import CorroborateText

/// After "FRONTED ADJUNCT, SPEAKER said", a short clause opening with a subject pronoun is the content:
/// the fronted words before the speaker's comma are not ("Later in the day, the FBI said it would
/// cooperate."). A short tail with no clause of its own ("said on Monday", "told him") still leaves the
/// content before the speaker.
@Suite struct PronounClauseContentTests {
    /// The text, the content expected, and the fronted words that must not be a content.
    @Test(arguments: [
        ("Later in the day, the FBI said it would cooperate with the inquiry.", "it would cooperate with the inquiry", "Later in the day"),
        ("Despite the bad weather, local officials said they welcome the visitors.", "they welcome the visitors", "Despite the bad weather"),
        ("Before the vote in the morning, Smith said there was no deal yet.", "there was no deal yet", "Before the vote in the morning"),
        ("After a long night of counting votes, the mayor said we should all go home.", "we should all go home", "After a long night of counting votes"),
    ])
    func pronounClauseIsTheContent(_ text: String, _ content: String, _ fronted: String) throws {
        try expectContentEnds(text, at: content, not: fronted)
    }

    /// A tail with no subject pronoun clause keeps the content before the speaker.
    @Test(arguments: [
        ("The plan is dead and buried for good, the senator said on Monday.", "The plan is dead and buried for good"),
        ("The deal is off for the whole season, she told him.", "The deal is off for the whole season"),
        ("The mine will close before the end of the year, Smith told reporters.", "The mine will close before the end of the year"),
    ])
    func tailKeepsTheContentBefore(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
    }

    /// The test itself: a subject pronoun and a word after it open a clause; an object pronoun, a
    /// pronoun ending the sentence or another word does not.
    @Test(arguments: [
        ("said it would", true), ("said they welcome", true), ("said there was", true), ("told him", false),
        ("said on Monday", false), ("said it", false), ("told reporters", false),
    ])
    func opensPronounClause(_ words: String, _ expected: Bool) throws {
        let document = try attributed("Then \(words).")
        let scan = AttributionScan(document: document, detector: try QuoteDetector.bundled())
        let cue = try #require(scan.tokens.firstIndex { ["said", "told"].contains($0.lower) })
        #expect(scan.opensPronounClause(cue + 1, 0..<scan.tokens.count) == expected)
    }
}
