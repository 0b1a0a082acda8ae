import CorroborateCore
import Testing
@testable import CorroborateText

/// "has not said one public word about X", "said nothing about X", "predicted as much": the verb's object tells how
/// much was said, not what; no quote, and no later stage reads another word of the phrase as a cue.
@Suite struct NothingSaidTests {
    @Test(arguments: [
        "Karow, 88, has not said one public word about the announcement by the mayor last month.",
        "The engineer said nothing about the call with the mayor on Friday.",
        "Anton Karow never said anything about the bridge to the council.",
        "The Vell Times engineer Anton Karow predicted as much back in June, just after the bridge closed.",
    ])
    func noQuote(_ text: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.isEmpty, "quotes: \(document.quotes.map { document.string($0.content) })")
    }

    /// What was said still is: "much remained to be done" is a clause.
    @Test func clauseAfterMuchIsContent() throws {
        let document = try attributed("Anton Karow said much remained to be done on the bridge.")
        #expect(document.quotes.map { document.string($0.content) } == ["much remained to be done on the bridge"])
    }
}
