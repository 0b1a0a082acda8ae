import CorroborateCore
import Testing
@testable import CorroborateText

/// A preposition right after the cue belongs to the cue, as PolNeAR marks it ("complained [about]
/// X", "called [for] X"): once every stage has run, a reported content opening with one starts
/// after it. What the stages accept is decided with the preposition still in the content.
@Suite struct CuePrepositionTests {
    /// The text, the content expected, and the content with the preposition that must not be found.
    @Test(arguments: [
        ("Smith complained about the new tax on imported steel.", "the new tax on imported steel", "about the new tax on imported steel"),
        ("Jones argued against the plan to close the base.", "the plan to close the base", "against the plan to close the base"),
        ("The mayor has called for a full recount of the ballots.", "a full recount of the ballots", "for a full recount of the ballots"),
        ("The union warned of a long strike at the port.", "a long strike at the port", "of a long strike at the port"),
        // A partial quote inside the content: the preposition leaves it all the same.
        ("The union warned of the “grave danger” facing the port.", "the “grave danger” facing the port",
         "of the “grave danger” facing the port"),
        ("Smith complained about the “crazy” new tax on steel.", "the “crazy” new tax on steel", "about the “crazy” new tax on steel"),
    ])
    func prepositionLeavesTheContent(_ text: String, _ content: String, _ withPreposition: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
        #expect(quote(withPreposition, in: document) == nil, "quotes: \(found)")
    }

    /// A phrasal cue's particle leaves the content, and a preposition right after the particle with it
    /// ("at" and "in" too, which after a bare cue stay).
    @Test(arguments: [
        ("The senator pointed out the flaws in the new budget.", "the flaws in the new budget", "out the flaws in the new budget"),
        ("The governor talked up her plans for the state parks.", "her plans for the state parks", "up her plans for the state parks"),
        ("The minister brushed off the concerns about the new tax.", "the concerns about the new tax", "off the concerns about the new tax"),
        ("The senator spoke out against the plan to close the base.", "the plan to close the base",
         "against the plan to close the base"),
    ])
    func particleLeavesTheContent(_ text: String, _ content: String, _ withParticle: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
        #expect(quote(withParticle, in: document) == nil, "quotes: \(found)")
    }

    /// The particle sets: five particles; after one, the cue prepositions and "at" / "in" leave too.
    @Test(arguments: [
        ("up", true, false), ("out", true, false), ("off", true, false), ("down", true, false), ("back", true, false),
        ("at", false, true), ("in", false, true), ("about", false, true), ("to", false, false), ("over", false, true),
    ])
    func particleSets(_ word: String, _ particle: Bool, _ afterParticle: Bool) {
        #expect(QuoteDetector.cueParticles.contains(word) == particle)
        #expect(QuoteDetector.particlePrepositions.contains(word) == afterParticle)
    }

    /// A time adjunct after the cue, a "that" clause after a prepositional phrase, "to" and place
    /// words keep their contents as before.
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

    /// The set: the seven measured prepositions, not "to" (infinitives) or "in" / "at" (places, times).
    @Test(arguments: [
        ("about", true), ("on", true), ("against", true), ("with", true), ("over", true), ("of", true), ("for", true),
        ("to", false), ("in", false), ("at", false),
    ])
    func prepositionSet(_ word: String, _ member: Bool) {
        #expect(QuoteDetector.cuePrepositions.contains(word) == member)
    }
}
