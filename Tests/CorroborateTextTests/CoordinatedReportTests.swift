import CorroborateCore
import Testing
@testable import CorroborateText

/// A reported content ends before a coordinated clause with a speech verb of its own ("..., but he
/// said ..."), and that clause's cue reports the rest.
@Suite struct CoordinatedReportTests {
    /// The text, the content expected, and the run-on content that must not be found.
    @Test(arguments: [
        ("Beck said he would not expect a close race in Ohio, but he said Trump could crack the state.",
         "he would not expect a close race in Ohio", "he would not expect a close race in Ohio, but he said Trump could crack the state"),
        ("Clark said Brooks had begun making calls to the members but said the outcome was still open.",
         "Brooks had begun making calls to the members", "Brooks had begun making calls to the members but said the outcome was still open"),
        ("Most voters said they were worried about the economy, and more than four in 10 said Trump would handle it best.",
         "they were worried about the economy", "they were worried about the economy, and more than four in 10 said Trump would handle it best"),
    ])
    func contentEndsBeforeCoordinatedReport(_ text: String, _ content: String, _ runOn: String) throws {
        try expectContentEnds(text, at: content, not: runOn)
    }

    /// ", but" and a subject pronoun open a contrast the content does not hold; "but" with no comma or
    /// before a noun phrase does not cut. The content is found, and no longer one opening with it.
    @Test(arguments: [
        ("Sanders said there had been some good gains, but he pressed Clinton to do more.", "there had been some good gains"),
        ("Lewandowski said he was questioning the trial, but they did not accept his apology.", "he was questioning the trial"),
        ("Smith said the plan was dead but he was wrong about that.", "the plan was dead but he was wrong about that"),
        ("Smith said the plan was dead, but the committee kept it alive for a year.", "the plan was dead, but the committee kept it alive for a year"),
    ])
    func contrastEndsTheContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
        #expect(found.contains { $0.count > content.count && $0.hasPrefix(content) } == false, "quotes: \(found)")
    }

    /// The coordinated clause is an attribution of its own, with the speaker of its subject or, with
    /// none ("but said ..."), the speaker of the clause before.
    @Test(arguments: [
        ("Beck said he would not expect a close race in Ohio, but he said Trump could crack the state.",
         "Trump could crack the state"),
        ("Clark said Brooks had begun making calls to the members but said the outcome was still open.",
         "the outcome was still open"),
    ])
    func coordinatedClauseIsReported(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        let second = try #require(quote(content, in: document), "quotes: \(found)")
        #expect(second.speaker != nil)
    }

    /// A conjunction with no coordinated report verb after it (none, one after a comma, one outside the
    /// list: "announced"), and words inside a quotation keep the content whole: one content opens with the first words
    /// and holds the last.
    @Test(arguments: [
        ("Smith said the plan was dead and the committee agreed with him on Monday.", "the plan was dead", "agreed with him on Monday"),
        ("Smith said the plan was dead, but the committee, which met Monday, said nothing.", "the plan was dead", "said nothing"),
        ("Smith said the plan was dead and officials announced a new one on Monday.", "the plan was dead", "a new one on Monday"),
        ("Smith said the vote “was rigged and everyone said so at the time.”", "the vote", "everyone said so"),
    ])
    func otherConjunctionsKeepTheContent(_ text: String, _ head: String, _ tail: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(found.contains { $0.hasPrefix(head) && $0.contains(tail) }, "quotes: \(found)")
    }
}
