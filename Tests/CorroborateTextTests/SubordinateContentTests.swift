import CorroborateCore
import Testing
@testable import CorroborateText

/// A cue inside a fronted subordinate clause ("While X insists A, B ...") reports A only: the
/// content ends at the comma closing the clause.
@Suite struct SubordinateContentTests {
    /// The text, the content expected, and a content that must not be found (the run-on).
    @Test(arguments: [
        ("While the Kremlin insists there was no call, the news has many wondering what happened.",
         "there was no call", "there was no call, the news has many wondering what happened"),
        ("Although Smith said the plan was dead, the committee passed it on Monday.",
         "the plan was dead", "the plan was dead, the committee passed it on Monday"),
        ("But while Jones claimed the vote was rigged, the count went on for days.",
         "the vote was rigged", "the vote was rigged, the count went on for days"),
        ("Even though Reid admitted the bill had flaws, the Senate approved it.",
         "the bill had flaws", "the bill had flaws, the Senate approved it"),
    ])
    func contentEndsAtClauseComma(_ text: String, _ content: String, _ runOn: String) throws {
        try expectContentEnds(text, at: content, not: runOn)
    }

    /// The main clause stays free for its own cue: "When asked about the deal, Smith said ..."
    /// has two attributions ("about" is the cue's: `CuePrepositionTests`).
    @Test func mainClauseKeepsItsOwnCue() throws {
        let document = try attributed("When asked about the deal, Smith said it was a good one for the state.")
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote("the deal", in: document) != nil, "quotes: \(found)")
        #expect(quote("it was a good one for the state", in: document) != nil, "quotes: \(found)")
    }

    /// A fronted clause before the speaker's comma sets the scene and reports nothing: the content is
    /// after the cue, however short ("While in Iowa, Smith said ..."); with a comma inside, the clause
    /// ends there and the words after it are the content of a cue at the end.
    @Test(arguments: [
        ("While in Iowa, Smith said the plan was dead.", "the plan was dead", "While in Iowa"),
        ("While campaigning in Iowa, he told reporters the plan was dead.", "the plan was dead", "While campaigning in Iowa"),
        ("When asked about it, Smith said it was over.", "it was over", "When asked about it"),
    ])
    func frontedClauseIsNoContent(_ text: String, _ content: String, _ opening: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
        #expect(quote(opening, in: document) == nil, "quotes: \(found)")
    }

    @Test func aClauseEndingBeforeTheSpeakerIsContent() throws {
        let document = try attributed("If the plan fails, the country will suffer for years, Smith said.")
        let found = document.quotes.map { document.string($0.content) }
        #expect(found.contains { $0.contains("the country will suffer for years") }, "quotes: \(found)")
    }

    /// A cue in the main clause, or a clause opened by "As X reported," (its content is the main
    /// clause), keeps the content past the comma.
    @Test(arguments: [
        ("Smith said the plan was dead, and the committee agreed.", "the plan was dead, and the committee agreed"),
        ("As the Times reported, the senator quietly left the race on Monday.", "the senator quietly left the race on Monday"),
    ])
    func otherClausesKeepTheirContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }
}
