import CorroborateCore
import Testing
@testable import CorroborateText

/// `“A,” X said, noting ... . “B.”`: the quote after an aside with its own cue continues the quote
/// before the aside (one attribution, PolNeAR's convention), not the aside.
@Suite struct QuoteAfterAsideTests {
    /// The text, the first quote, the quote after the aside, and the aside's content.
    @Test(arguments: [
        ("“That is the question,” Clark said, noting he would support any of the other candidates. “We have a deep bench here.”",
         "That is the question", "We have a deep bench here.", "he would support any of the other candidates"),
        ("“It is pretty cool working there,” she said, describing how she puts the mixers together. “People are like family.”",
         "It is pretty cool working there", "People are like family.", "how she puts the mixers together"),
    ])
    func quoteAfterAsideKeepsTheFirstCue(_ text: String, _ first: String, _ next: String, _ aside: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        let opening = try #require(quote(first, in: document), "quotes: \(found)")
        let continued = try #require(quote(next, in: document), "quotes: \(found)")
        #expect(opening.cue != nil)
        #expect(continued.cue == opening.cue)
        #expect(continued.speaker == opening.speaker)
        let asideQuote = try #require(quote(aside, in: document), "quotes: \(found)")
        #expect(asideQuote.cue != opening.cue)
    }

    /// A quote after a separate sentence with its own cue keeps that sentence's speaker: the aside
    /// must share the first quote's sentence.
    @Test func quoteAfterASeparateReportKeepsItsSpeaker() throws {
        let text = "“That is the question,” Clark said. Smith noted that the hour was already late. “We have a deep bench here.”"
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        let opening = try #require(quote("That is the question", in: document), "quotes: \(found)")
        let continued = try #require(quote("We have a deep bench here.", in: document), "quotes: \(found)")
        #expect(continued.cue != opening.cue)
    }
}
