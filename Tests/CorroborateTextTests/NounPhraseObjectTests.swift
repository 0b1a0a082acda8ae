import CorroborateCore
import Testing
@testable import CorroborateText

/// A cue whose object is a noun phrase before "that" ("rejected the notion that ...", "reiterated his
/// belief that ...", "discussed the violence that ...") keeps the phrase in its content; a hearer
/// ("told the crowd that"), a time adjunct ("said this week that") or a prepositional phrase ("said in
/// a statement that") still leaves the content after "that".
@Suite struct NounPhraseObjectTests {
    /// The object noun phrase opens the content.
    @Test(arguments: [
        ("The governor rejected the notion that the budget was out of balance.", "the notion that the budget was out of balance"),
        ("Smith reiterated his belief that there will be a contested convention.", "his belief that there will be a contested convention"),
        ("The mayor dismissed the argument that taxes would rise next year.", "the argument that taxes would rise next year"),
        ("The senator denounced the violence that has marred the rallies this spring.", "the violence that has marred the rallies this spring"),
    ])
    func objectOpensTheContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
    }

    /// A hearer, a time adjunct or a prepositional phrase before "that" stays out of the content.
    @Test(arguments: [
        ("The senator told the crowd that the plan would fail in the end.", "the plan would fail in the end"),
        ("The mayor said this week that the budget was out of balance.", "the budget was out of balance"),
        ("The mayor said in a statement that taxes would rise next year.", "taxes would rise next year"),
    ])
    func otherWordsStayOut(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
    }

    /// The test itself, on the words between the cue and "that".
    @Test(arguments: [
        ("rejected the notion that", true), ("reiterated his belief that", true), ("rejected Smith's claim that", true),
        ("denied any plan and said that", false), ("told the crowd that", false), ("said last week that", false),
        ("said in a statement that", false), ("rejected notions that", false), ("said the day that", false),
    ])
    func opensObject(_ words: String, _ expected: Bool) throws {
        let scan = AttributionScan(document: try attributed("Then \(words) it was over."), detector: try QuoteDetector.bundled())
        let cue = 1
        let that = try #require(scan.tokens.lastIndex { $0.lower == "that" })
        #expect(scan.objectNounPhraseOpens(cue + 1, before: that, cue: cue..<(cue + 1)) == expected)
    }

    /// The learned stage proposes the clause after "that" (as its model was trained) and widens an
    /// accepted content to the object noun phrase.
    @Test func learnedContentWidensToTheObject() throws {
        let model = CueModel(weights: ["w=believes": 4], bias: -2, threshold: 0.5, cueWords: ["believes"])
        var configuration = QuoteDetector.Configuration()
        configuration.usesCueModel = false
        let bundled = try QuoteDetector.bundled(configuration: configuration)
        let detector = QuoteDetector(
            gazetteer: bundled.gazetteer, lexicon: ReportingLexicon(verbs: [:], phrases: []), sourceNouns: [], cueModel: model)
        let document = try attributed("The senator believes the claim that the economy will recover next year.")
        let proposal = try #require(detector.proposals(in: document, cueWords: ["believes"]).first)
        #expect(document.string(proposal.content) == "the economy will recover next year")
        let learned = detector.detect(in: document).filter { $0.stage == .learned }.map { document.string($0.span.content) }
        #expect(learned == ["the claim that the economy will recover next year"])
    }
}
