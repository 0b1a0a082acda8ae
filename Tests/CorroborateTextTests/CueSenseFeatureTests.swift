import CorroborateCore
import Testing
@testable import CorroborateText

/// The learned stage's sense features: the class of the word before and after a cue word, the words a
/// content skips after it, and whether the content is a bare noun phrase, each also by the cue's stem.
@Suite struct CueSenseFeatureTests {
    /// The scan of `text` and the index of the first token `word`.
    private func scan(_ text: String, at word: String) throws -> (AttributionScan, Int) {
        let scan = AttributionScan(document: try attributed(text), detector: try QuoteDetector.bundled())
        return (scan, try #require(scan.tokens.firstIndex { $0.lower == word }))
    }

    /// The word before a cue: a determiner or possessive reads it as a noun.
    @Test(arguments: [
        ("Voters rejected his claims about the budget.", "claims", "det"),
        ("Voters rejected Smith's claims about the budget.", "claims", "det"),
        ("She wants to show that the plan works.", "show", "to"),
        ("He has claimed that the plan works.", "claimed", "aux"),
        ("They claimed that the plan works.", "claimed", "pron"),
        ("Then Smith claimed that the plan works.", "claimed", "name"),
        ("Most voters claimed that the plan works.", "claimed", "word"),
    ])
    func classBefore(_ text: String, _ cue: String, _ expected: String) throws {
        let (scan, index) = try scan(text, at: cue)
        #expect(scan.wordClassBefore(index - 1) == expected)
    }

    /// The word after a cue: a particle changes its sense ("showed up"), an object names a hearer.
    @Test(arguments: [
        ("The candidate showed up at the rally.", "showed", "particle"),
        ("The aide told him the plan works.", "told", "obj"),
        ("The aide told Smith the plan works.", "told", "obj"),
        ("Baker wrote the letter last week.", "wrote", "det"),
        ("The aide said that the plan works.", "said", "that"),
        ("The aide spoke about the plan.", "spoke", "prep"),
        ("The aide said the plan works.", "said", "det"),
        ("The aide said, the plan works.", "said", "punct"),
    ])
    func classAfter(_ text: String, _ cue: String, _ expected: String) throws {
        let (scan, index) = try scan(text, at: cue)
        #expect(scan.wordClassAfter(index + 1) == expected)
    }

    /// A content opening with a determiner and holding no auxiliary or "that" is a bare noun phrase.
    @Test(arguments: [
        ("Baker wrote the letter to the committee last week.", "wrote", true),
        ("Baker wrote the letter would be sent on Monday.", "wrote", false),
        ("Baker wrote that the letter was late.", "wrote", false),
        ("Baker wrote letters to the committee.", "wrote", false),
    ])
    func bareNounPhrase(_ text: String, _ cue: String, _ expected: Bool) throws {
        let (scan, index) = try scan(text, at: cue)
        let end = try #require(scan.tokens.lastIndex { $0.isWord })
        #expect(scan.isBareNounPhrase((index + 1)..<(end + 1)) == expected)
    }

    /// The features of a proposal after the cue: the classes alone and with the stem, the skipped
    /// words, and the noun phrase mark.
    @Test func featuresOfAProposal() throws {
        let (scan, index) = try scan("Baker wrote the letter to the committee last week.", at: "wrote")
        let end = try #require(scan.tokens.lastIndex { $0.isWord })
        let features = scan.senseFeatures(
            at: index, cue: index..<(index + 1), within: 0..<scan.tokens.count, content: (index + 1)..<(end + 1), side: "after")
        let stem = CueStem.of("wrote")
        for expected in ["sb=word", "s_sb=\(stem)_word", "sa=det", "s_sa=\(stem)_det", "gap=0", "s_gap=\(stem)_0", "np", "s_np=\(stem)"] {
            #expect(features.contains(expected), "\(features)")
        }
    }

    /// A model computes the sense features only when it weighs one (content or speaker model), so the
    /// shipped model, which weighs none, skips them on the hot path.
    @Test(arguments: [
        ([("w=said", 1.0)], [(String, Double)](), false),
        ([("sb=det", 0.5)], [], true),
        ([("s_sa=show_particle", -0.2)], [], true),
        ([("np", 0.1)], [], true),
        ([("n=that", 0.1), ("npr=x", 0.1)], [], false),
        ([("w=said", 1.0)], [("gap=3", 0.4)], true),
    ])
    func modelUsesSenseFeatures(_ weights: [(String, Double)], _ speakerWeights: [(String, Double)], _ expected: Bool) throws {
        var model = CueModel(weights: Dictionary(uniqueKeysWithValues: weights))
        model.speakerWeights = Dictionary(uniqueKeysWithValues: speakerWeights)
        #expect(model.usesSenseFeatures == expected)
        let lines = model.fileText().split(separator: "\n").map(String.init)
        #expect(try CueModel(lines: lines, source: "test").usesSenseFeatures == expected)
    }

    /// The shipped model weighs no sense feature, so the learned stage skips them; a model that weighs
    /// one gets it (a veto on "sb=word" drops the proposal), and training proposals always carry them.
    @Test func senseFeaturesOnlyWhenWeighed() throws {
        #expect(try !QuoteDetector.bundled().cueModel!.usesSenseFeatures)
        let text = "The senator believes the economy will recover next year."
        func learned(_ weights: [String: Double]) throws -> [String] {
            let model = CueModel(weights: weights, bias: -2, threshold: 0.5, cueWords: ["believes"])
            var configuration = QuoteDetector.Configuration()
            configuration.usesCueModel = false
            let bundled = try QuoteDetector.bundled(configuration: configuration)
            let detector = QuoteDetector(
                gazetteer: bundled.gazetteer, lexicon: ReportingLexicon(verbs: [:], phrases: []), sourceNouns: [], cueModel: model)
            let document = try attributed(text)
            return detector.detect(in: document).filter { $0.stage == .learned }.map { document.string($0.span.content) }
        }
        #expect(try learned(["w=believes": 4]) == ["the economy will recover next year"])
        #expect(try learned(["w=believes": 4, "sb=word": -20]).isEmpty)
        #expect(try learned(["w=believes": 4, "sb=det": -20]) == ["the economy will recover next year"])
        let configuration = { var c = QuoteDetector.Configuration(); c.usesCueModel = false; return c }()
        let bundled = try QuoteDetector.bundled(configuration: configuration)
        let detector = QuoteDetector(gazetteer: bundled.gazetteer, lexicon: ReportingLexicon(verbs: [:], phrases: []), sourceNouns: [])
        let proposal = try #require(detector.proposals(in: try attributed(text), cueWords: ["believes"]).first)
        #expect(proposal.features.contains("sb=word"), "\(proposal.features)")
    }
}
