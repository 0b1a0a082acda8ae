import CorroborateCore
import Testing
@testable import CorroborateText

/// A preposition right after the cue belongs to the cue, as PolNeAR marks it ("complained [about]
/// X", "argued [against] X"): the content starts after it. A time adjunct ("said on Monday") is
/// skipped as before, and "to" stays in the content.
@Suite struct CuePrepositionTests {
    /// The text, the content expected, and the content with the preposition that must not be found.
    @Test(arguments: [
        ("Smith complained about the new tax on imported steel.", "the new tax on imported steel", "about the new tax on imported steel"),
        ("Jones argued against the plan to close the base.", "the plan to close the base", "against the plan to close the base"),
        ("The senator agreed with the governor on the budget.", "the governor on the budget", "with the governor on the budget"),
        ("Brown testified over the objections of his lawyers.", "the objections of his lawyers", "over the objections of his lawyers"),
    ])
    func prepositionOpensNoContent(_ text: String, _ content: String, _ withPreposition: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
        #expect(quote(withPreposition, in: document) == nil, "quotes: \(found)")
    }

    /// A time adjunct after the cue and a "that" clause after a prepositional phrase keep their
    /// contents; a hearer's preposition is not the cue's.
    @Test(arguments: [
        ("Smith said on Monday that the plan was dead.", "the plan was dead"),
        ("Smith said with a smile that the plan was dead.", "the plan was dead"),
        ("Smith insisted on Tuesday the vote was fair.", "the vote was fair"),
    ])
    func otherOpeningsKeepTheirContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
    }

    /// The set itself: the five measured prepositions, not "to", "of" or "for".
    @Test(arguments: [("about", true), ("on", true), ("against", true), ("with", true), ("over", true), ("to", false), ("of", false), ("for", false)])
    func prepositionSet(_ word: String, _ member: Bool) {
        #expect(AttributionScan.cuePrepositions.contains(word) == member)
    }
}
