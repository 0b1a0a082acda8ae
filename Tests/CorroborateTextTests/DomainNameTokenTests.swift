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
        ("the French website iGen.Fr reports", ["the", "french", "website", "igen.fr", "reports"]),
        ("He bought it on Amazon.Com today", ["he", "bought", "it", "on", "amazon.com", "today"]),
        ("He stayed home.In the end", ["he", "stayed", "home", ".", "in", "the", "end"]),
        ("It was over.It ended", ["it", "was", "over", ".", "it", "ended"]),
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

    /// A site named by its domain name is an outlet and the source it cites, whatever the case of
    /// its labels or of its first letter ("iGen.Fr", FNC-1 s27).
    @Test(arguments: [
        "Citing an anonymous source, the French website iGen.Fr reports that the watch will cost $500.",
        "The French website iGen.fr reports that the watch will cost $500.",
    ])
    func aDomainNameIsTheCitedOutlet(text: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.first { document.string($0.content).contains("$500") })
        #expect(found.speakerName?.lowercased() == "igen.fr")
        #expect(document.string(try #require(found.cue)) == "reports")
        #expect(document.citations.contains { $0.source.lowercased() == "igen.fr" && $0.kind == .report })
    }

    /// "iGen", "iPhone", "eBay" are capitalised words; "iOS" and "eV" are not taken for them.
    @Test(arguments: [("iGen", true), ("iPhone", true), ("eBay", true), ("iOS", false), ("eV", false), ("item", false)])
    func brandsInCamelCaseAreCapitalised(word: String, capitalised: Bool) {
        let token = WordScanner.tokens(of: Array(word.unicodeScalars)).first
        #expect(token?.isCapitalized == capitalised)
    }
}
