import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct CueModelTests {
    static let model = CueModel(weights: ["w=believes": 2, "spk=none": -3], bias: -0.5, threshold: 0.5, cueWords: ["believes"])

    /// The file text reads back to the same model.
    @Test func fileTextRoundTrips() throws {
        let lines = Self.model.fileText(header: ["a comment"]).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        #expect(try CueModel(lines: lines, source: "test") == Self.model)
    }

    /// The probability is the logistic of the bias plus the weights of the features present; unknown features weigh nothing.
    @Test(arguments: [(["w=believes"], 0.8176), (["w=believes", "spk=none"], 0.1824), (["unknown"], 0.3775)])
    func probability(_ features: [String], _ expected: Double) {
        #expect(abs(Self.model.probability(features) - expected) < 1e-4)
    }

    /// A proposal is kept from the threshold up.
    @Test func acceptsFromThreshold() {
        #expect(Self.model.accepts(["w=believes"]))
        #expect(!Self.model.accepts(["w=believes", "spk=none"]))
    }

    /// Thresholds per speaker kind: the content threshold of the proposal's `spk=` kind, else the
    /// global one; a kind with a speaker threshold also needs its speaker probability to reach it.
    @Test(arguments: [
        (["w=believes", "spk=named"], true),
        (["w=believes", "spk=pronoun"], false),
        (["w=believes", "spk=loose"], false),
        (["w=believes", "spk=loose", "good-speaker"], true),
        (["w=believes"], true),
    ])
    func acceptsByKind(_ features: [String], _ expected: Bool) {
        var model = Self.model
        model.thresholds = ["named": 0.6, "pronoun": 0.9, "loose": 0.6]
        model.speakerWeights = ["good-speaker": 3]
        model.speakerBias = -1
        model.speakerThresholds = ["loose": 0.5]
        #expect(model.accepts(features) == expected)
    }

    /// Kind thresholds and the speaker model survive the file text.
    @Test func kindThresholdsRoundTrip() throws {
        var model = Self.model
        model.thresholds = ["named": 0.6, "none": 1.01]
        model.speakerThresholds = ["loose": 0.5]
        model.speakerWeights = ["spk=loose": -0.25]
        model.speakerBias = 0.5
        let lines = model.fileText().split(separator: "\n").map(String.init)
        #expect(try CueModel(lines: lines, source: "test") == model)
    }

    /// The speaker kind is the value of the `spk=` feature.
    @Test(arguments: [(["w=said", "spk=noun"], "noun"), (["w=said"], nil), (["w_spk=said_noun", "spk=none"], "none")] as [([String], String?)])
    func speakerKind(_ features: [String], _ expected: String?) {
        #expect(CueModel.speakerKind(features) == expected)
    }

    /// A line that is no entry, or a value that is no number, is an error naming the file.
    @Test(arguments: ["weight\tw=said", "bias\tlarge", "cue"])
    func malformedLineIsError(_ line: String) {
        #expect(throws: CorroborateError.self) { try CueModel(lines: [line], source: "model.tsv") }
    }

    /// The bundled model loads and names its cue words.
    @Test func bundledModelLoads() throws {
        let model = try CueModel.bundled()
        #expect(!model.cueWords.isEmpty)
        #expect(model.thresholds.values.allSatisfy { $0 > 0 && $0 <= 1.01 })
    }
}

@Suite struct CueModelTrainerTests {
    /// A feature only on right proposals gets a positive weight, one only on wrong proposals a negative one.
    @Test func learnsSignOfFeatures() {
        let examples = (0..<20).flatMap { _ in
            [CueExample(features: ["good"], right: 5, wrong: 0), CueExample(features: ["bad"], right: 0, wrong: 5)]
        }
        let model = CueModelTrainer().fit(examples)
        #expect((model.weights["good"] ?? 0) > 0)
        #expect((model.weights["bad"] ?? 0) < 0)
        #expect(model.probability(["good"]) > 0.5 && model.probability(["bad"]) < 0.5)
    }

    /// The probability approaches the share of right words among the proposals with a feature.
    @Test func probabilityTracksShareOfRightWords() {
        let examples = (0..<50).map { _ in CueExample(features: ["mixed"], right: 3, wrong: 1) }
        var trainer = CueModelTrainer()
        trainer.epochs = 30
        let model = trainer.fit(examples)
        #expect(abs(model.probability(["mixed"]) - 0.75) < 0.05)
    }

    /// Features in fewer examples than the minimum get no weight.
    @Test func dropsRareFeatures() {
        let examples = [CueExample(features: ["rare", "common"], right: 1, wrong: 0)]
            + (0..<5).map { _ in CueExample(features: ["common"], right: 1, wrong: 0) }
        let model = CueModelTrainer().fit(examples)
        #expect(model.weights["rare"] == nil)
        #expect(model.weights["common"] != nil)
    }
}
