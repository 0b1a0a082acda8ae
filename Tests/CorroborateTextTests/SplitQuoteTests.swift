import CorroborateCore
import Testing
@testable import CorroborateText

/// `“A,” he said of X, “B.”`: a quote split by its attribution and an aside after the cue keeps the
/// first part's speaker and cue for the second part (PolNeAR joins A and B).
@Suite struct SplitQuoteTests {
    /// The text, the first part, the second part.
    @Test(arguments: [
        ("“It seems to me they have every reason to agree,” he said of the two leaders, “because each needs the other.”",
         "It seems to me they have every reason to agree", "because each needs the other."),
        ("\"The risk,\" said Edward Lamb, an economist at the state university, \"is that we lose the jobs.\"",
         "The risk", "is that we lose the jobs."),
        ("“Word is,” Marlow said last month on the radio, “that the plant will stay open.”",
         "Word is", "that the plant will stay open."),
        ("“First and foremost,” she told the host, “I would never wish this on anyone.”",
         "First and foremost", "I would never wish this on anyone."),
    ])
    func secondPartKeepsTheSpeaker(_ text: String, _ first: String, _ second: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        let opening = try #require(quote(first, in: document), "quotes: \(found)")
        let continued = try #require(quote(second, in: document), "quotes: \(found)")
        #expect(opening.cue != nil)
        #expect(continued.cue == opening.cue)
        #expect(continued.speaker == opening.speaker)
    }

    /// What stands between the parts that keeps them apart: another cue in the aside, a sentence end,
    /// a title in quotation marks. The text, the first part, the second part (nil: no quote holds it
    /// with the first part's cue).
    @Test(arguments: [
        ("“We will win,” Marlow said at the rally, adding quietly to the crowd, “and we will win big.”",
         "We will win", "and we will win big."),
        ("“We never quit,” she wrote in her memoir, “Tough Choices.”", "We never quit", "Tough Choices."),
        ("“We never quit,” she wrote. In the second chapter, “quitting was never a choice.”", "We never quit",
         "quitting was never a choice."),
    ])
    func partsStayApart(_ text: String, _ first: String, _ second: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        let opening = try #require(quote(first, in: document), "quotes: \(found)")
        if let continued = quote(second, in: document) {
            #expect(continued.cue != opening.cue, "quotes: \(found)")
        }
    }
}
