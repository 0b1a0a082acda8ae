import CorroborateCore
import Testing
@testable import CorroborateText

/// Speakers named with where they work ("Emma Owen of Lego UK and Ireland said"), names joined by "&", a
/// place after a preposition before "said", and who "who" and "he" stand for (FNC-1 s33, s59, s77, s169).
@Suite struct AffiliationSpeakerTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    /// A person's full name before "of" and a name is the person, and the name after it an organization; a
    /// single given name keeps its "of", and so do institutions.
    @Test(arguments: [
        ("Emma Owen of Lego UK said the letter was real.", "Emma Owen", "Lego UK"),
        ("Gill Cherry of Cumbria Police said the man was old.", "Gill Cherry", "Cumbria Police"),
    ])
    func personBeforeOfIsSplitFromTheOrganization(_ text: String, _ person: String, _ organization: String) throws {
        let found = try Self.entities(text)
        #expect(found.contains { $0.name == person && $0.kind == .person }, "entities: \(found.map(\.name))")
        #expect(found.contains { $0.name == organization && $0.kind == .organization }, "entities: \(found.map(\.name))")
    }

    @Test(arguments: ["Catherine of Aragon wrote to the king.", "The Bank of England said rates would rise."])
    func namesWithOfStayWhole(_ text: String) throws {
        let found = try Self.entities(text)
        #expect(found.contains { $0.name.contains(" of ") }, "entities: \(found.map(\.name))")
    }

    /// "&" between capitalised words joins one organization's name.
    @Test(arguments: ["According to the News & Star, the cuts are part of a plan.", "Procter & Gamble said the soap was old."])
    func ampersandJoinsAnOrganization(_ text: String) throws {
        let found = try Self.entities(text)
        let name = try #require(found.first { $0.name.contains("&") }, "entities: \(found.map(\.name))")
        #expect(name.kind == .organization)
    }

    /// One capitalised word after "in" before "said" is where the speakers are, not a speaker.
    @Test func wordAfterInBeforeSaidIsNoPerson() throws {
        let found = try Self.entities("Shoppers in Carlisle said they were bemused.")
        #expect(!found.contains { $0.name == "Carlisle" && $0.kind == .person })
    }

    /// The speaker of "X of A and B said" is X; two people joined by "and" after an affiliation keep the later one.
    @Test(arguments: [
        ("Speaking to a paper, Emma Owen of Lego UK and Ireland said the letter was part of a pamphlet.", "Emma Owen"),
        ("John Smith of Chicago and Mary Jones said it was cold.", "Mary Jones"),
    ])
    func speakerOfAnAffiliationWithAnd(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.first)
        #expect(found.speakerName == speaker)
    }

    /// "who" right after a noun phrase stands for that phrase (from its last article after no preposition), not
    /// for the speaker before.
    @Test(arguments: [
        ("The Independent talked to a spokesperson from the camp who said “We can confirm this is not by Banksy.”",
         "a spokesperson from the camp"),
        ("He met a man who said “We can confirm this is not by Banksy.”", "a man"),
        ("A woman was seen helping to tackle a man who said “We can confirm this is not by Banksy.”", "a man"),
    ])
    func whoAfterANounPhrase(_ sentence: String, _ speaker: String) throws {
        let document = try attributed("Lucille Clerc confirmed she created the piece. " + sentence)
        let found = try #require(quote("We can confirm this is not by Banksy.", in: document))
        #expect(found.speakerName == speaker)
    }

    /// "he" after a quotation does not stand for a person named inside an earlier sentence's quotation.
    @Test func heIsNoPersonNamedInsideAnEarlierQuotation() throws {
        let text = """
            The analyst thinks so, noting: “Every current iPhone User will also be a Watch user.”

            The analyst also gives us a neat way of seeing it. “The price appears to be a non-issue,” he writes.
            """
        let document = try attributed(text)
        let found = try #require(quote("The price appears to be a non-issue", in: document))
        #expect(found.speakerName != "iPhone User")
    }
}

/// A relative "who" before a reporting verb: what follows is the content, never the clause before the comma.
@Suite struct RelativeWhoContentTests {
    @Test(arguments: [
        ("I met John Smith, who said the war was lost.", "the war was lost", "I met John Smith"),
        ("The report came from John Smith, who said the war was lost.", "the war was lost", "The report came from John Smith"),
    ])
    func contentFollowsWho(_ text: String, _ content: String, _ notContent: String) throws {
        try expectContentEnds(text, at: content, not: notContent)
    }

    /// A relative clause inside the sentence ends where the main verb goes on.
    @Test(arguments: [
        ("The man, who said he was ill, was arrested.", "he was ill", "he was ill, was arrested"),
        ("The program, which said it would close, was run by the city.", "it would close", "it would close, was run by the city"),
    ])
    func relativeContentEndsBeforeTheMainVerb(_ text: String, _ content: String, _ runOn: String) throws {
        try expectContentEnds(text, at: content, not: runOn)
    }

    /// "which" after a comma speaks for the name before it.
    @Test func whichSpeaksForItsAntecedent() throws {
        let document = try attributed("He met officials of the Interior Ministry, which said the claims were false.")
        let found = try #require(quote("the claims were false", in: document))
        #expect(found.speakerName == "Interior Ministry")
    }

    /// A passive reporting verb with its agent reports nothing: the agent's own report after it is found.
    @Test func passiveWithAgentIsNoReport() throws {
        let document = try attributed("The letter was first posted by John Smith, who said he found it in a box.")
        let found = document.quotes.map { document.string($0.content) }
        #expect(!found.contains { $0.hasPrefix("by John Smith") }, "quotes: \(found)")
        #expect(quote("he found it in a box", in: document)?.speakerName == "John Smith", "quotes: \(found)")
    }
}
