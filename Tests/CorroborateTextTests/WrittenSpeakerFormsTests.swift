import CorroborateCore
import Testing
@testable import CorroborateText

/// Speakers as some writers set them down: a reporting verb capitalised after the name ("Tweeted"), an adverb
/// opening the sentence ("Sometimes called ..."), an institution that a later "it" stands for, a named hearer right
/// before the reported clause ("told CNN the rumors were untrue"), a time adjunct before a closing participle
/// ("reported Monday, citing ..."), and "adding" as a progressive that reports nothing.
@Suite struct WrittenSpeakerFormsTests {
    @Test func capitalisedCueAfterAName() throws {
        let document = try attributed("Vell author Ilse Karow Tweeted on Wednesday, “The bridge will close tomorrow.”")
        let found = try #require(document.quotes.first)
        #expect(found.speakerName == "Ilse Karow")
        #expect(found.cue.map { document.string($0) } == "Tweeted")
    }

    @Test func openingAdverbIsNoSpeaker() throws {
        let document = try attributed("Sometimes called the “Bridge King,” it was not long before rumors spread that the mayor would resign.")
        #expect(!document.quotes.contains { $0.speakerName == "Sometimes" })
        #expect(!document.mentions.contains { document.string(TextRange(start: $0.start, end: $0.end)) == "Sometimes" })
    }

    /// "it" is the institution that spoke within the two sentences before; with none, it stays nobody.
    @Test func itIsTheInstitutionThatSpokeLast() throws {
        let document = try attributed(
            "The Vell Harbour Command meanwhile admitted that the bridge was weak. But, it said, “the repairs are going well.”"
        )
        let admitted = try #require(quote("the bridge was weak", in: document))
        #expect(admitted.speakerName == "Vell Harbour Command")
        let direct = try #require(document.quotes.first { $0.kind == .direct })
        #expect(direct.speakerName == "Vell Harbour Command")
        let alone = try attributed("The bridge was closed on Monday. But, it said, “the repairs are going well.”")
        #expect(alone.quotes.allSatisfy { $0.speakerName == nil })
    }

    @Test(arguments: [
        ("Mayor Anton Karow told CNN Thursday the rumors were untrue.", "the rumors were untrue"),
        ("Mayor Anton Karow told CNN the rumors were untrue.", "the rumors were untrue"),
        ("Mayor Anton Karow told the Vell Gazette the rumors were untrue.", "the rumors were untrue"),
    ])
    func namedHearerBeforeTheClause(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }

    @Test func participleAfterATimeAdjunct() throws {
        let document = try attributed("The bridge was sold to a Dutch firm, The Wall Street Journal reported Monday, citing sources close to the council.")
        let found = try #require(quote("The bridge was sold to a Dutch firm", in: document))
        #expect(found.speakerName == "The Wall Street Journal")
    }

    @Test func progressiveAddingReportsNothing() throws {
        let document = try attributed("The council has been adding more and more lanes to the bridge over the last couple of years.")
        #expect(document.quotes.isEmpty, "quotes: \(document.quotes.map { document.string($0.content) })")
        let reported = try attributed("The mayor was adding that the bridge would reopen.")
        #expect(quote("the bridge would reopen", in: reported) != nil)
    }

    @Test func openingTimeAdjunctLeavesTheSpeaker() throws {
        let document = try attributed("Last night a Palace spokesman told the Sun: “For the avoidance of doubt, the fungi are not eaten.”")
        let found = try #require(document.quotes.first)
        #expect(found.speaker.map { document.string($0) } == "a Palace spokesman")
        #expect(document.mentions.contains { $0.entity == "The Sun" && $0.kind == .outlet })
    }

    /// A negated cue with a plain object ("has not announced any plans", "hasn't announced any plans", "didn’t confirm
    /// such a move") reports nothing; a negated report of a clause still is one.
    @Test func negatedObjectReportsNothing() throws {
        let document = try attributed("The Vell firm has certainly not announced any plans to close the bridge. The council has not announced such a policy. The ferry company hasn't announced any plans to sell the boats. The port didn’t confirm such a move.")
        #expect(document.quotes.isEmpty, "quotes: \(document.quotes.map { document.string($0.content) })")
        let clause = try attributed("The mayor did not say such plans exist.")
        #expect(quote("such plans exist", in: clause) != nil)
    }
}
