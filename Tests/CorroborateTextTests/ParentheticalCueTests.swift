import CorroborateCore
import Testing
@testable import CorroborateText

/// A speaker and cue set off by commas inside their content (`A, X said, B`): the words before
/// them are a second fragment of the attribution, with its speaker and cue.
@Suite struct ParentheticalCueTests {
    /// The text, the content after the parenthetical, and the opening fragment expected (nil: none).
    @Test(arguments: [
        ("In the long run, many economists say, this effect could ripple through the economy.",
         "this effect could ripple through the economy", "In the long run"),
        ("Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years.",
         "had been in the Senate for a thousand years", "Vice President Joe Biden"),
        ("After all, she argued, Obama got a lot of money from the financial industry.",
         "Obama got a lot of money from the financial industry", "After all"),
        // "that" after the second comma still joins the two sides.
        ("The deal was a mistake, Mr. Reid said, that would cost the state dearly.", "would cost the state dearly", "The deal was a mistake"),
        // One word before the parenthetical is no fragment.
        ("Fundraising, according to the campaign, has surged in the same period.", "has surged in the same period", nil),
        // A speaker and cue of more than five words is no parenthetical.
        ("The plan was sound, the longtime chairman of the state party said, and the vote in the state senate next week would prove it.",
         "and the vote in the state senate next week would prove it", nil),
    ] as [(String, String, String?)])
    func openingJoinsContent(_ text: String, _ rest: String, _ opening: String?) throws {
        let document = try attributed(text)
        let quotes = "quotes: \(document.quotes.map { document.string($0.content) })"
        let after = try #require(quote(rest, in: document), "\(quotes)")
        guard let opening else {
            #expect(document.quotes.filter { $0.cue == after.cue }.count == 1, "\(quotes)")
            return
        }
        let before = try #require(quote(opening, in: document), "\(quotes)")
        #expect(before.cue == after.cue)
        #expect(before.speaker == after.speaker)
    }

    /// The opening must be free: a direct quote before the speaker keeps its own attribution.
    @Test func quotedOpeningIsNotAFragment() throws {
        let document = try attributed("“We are reading a lot,” Peskov said, “but we do not know what is true.”")
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.kind == .direct })
    }
}
