import CorroborateCore
import Testing
@testable import CorroborateText

/// A direct quote continuing its sentence's own words, with the cue after it (`He was a “respected
/// manager,” Boistard said`): the content starts at the clause start.
@Suite struct QuoteLeadInTests {
    /// The text and the content expected.
    @Test(arguments: [
        ("Belgium failed to discover the cell and ''should possibly have acted sooner,'' said Ralf Jäger.",
         "Belgium failed to discover the cell and ''should possibly have acted sooner"),
        ("He was a “respected manager and appreciated colleague,” Boistard said in a statement.",
         "He was a “respected manager and appreciated colleague"),
        // A quote opening its sentence keeps its content.
        ("“It is over,” Reid said.", "It is over"),
        ("He left early. “It is over,” Reid said.", "It is over"),
        // A cue before the quote: no lead-in.
        ("Reid said the vote “was fair and square” on Monday.", "the vote “was fair and square” on Monday"),
    ])
    func leadInJoinsQuote(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }

    /// A split quote (`“A,” he said, “B.”`) keeps its two quoted fragments.
    @Test func splitQuoteHasNoLeadIn() throws {
        let document = try attributed("Then he spoke: “We are reading a lot,” Peskov said, “but we do not know what is true.”")
        #expect(quote("We are reading a lot", in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }
}
