import CorroborateCore
import Testing
@testable import CorroborateText

/// A domain name is one word ("according to inserbia.info, ..."), so a speaker phrase does not
/// end at its period; a sentence's period before a word stays apart.
@Suite struct DomainNameTokenTests {
    @Test(arguments: [
        ("According to inserbia.info, officials said", ["according", "to", "inserbia.info", ",", "officials", "said"]),
        ("He told Yahoo.com and bbc.co.uk.", ["he", "told", "yahoo.com", "and", "bbc.co.uk", "."]),
        ("We lack the info. Next week", ["we", "lack", "the", "info", ".", "next", "week"]),
        ("It ended.Next came more", ["it", "ended", ".", "next", "came", "more"]),
        ("The deal.it was done", ["the", "deal", ".", "it", "was", "done"]),
    ])
    func domainNamesAreOneWord(text: String, expected: [String]) {
        #expect(WordScanner.tokens(of: Array(text.unicodeScalars)).map(\.lower) == expected)
    }

    @Test func aDomainNameIsTheWholeSpeaker() throws {
        let document = try attributed("According to inserbia.info, Nenad Babici said the girls were pregnant.")
        let found = try #require(document.quotes.first { document.string($0.content).contains("pregnant") })
        #expect(found.speaker.map { document.string($0) } != "inserbia")
        #expect(!document.string(found.content).hasPrefix("info"))
    }
}
