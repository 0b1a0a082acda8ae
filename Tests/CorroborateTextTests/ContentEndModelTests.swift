import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct ContentEndModelTests {
    static let model = ContentEndModel(weights: ["m=,": 1, "n=one": 2, "m=<start>": -3], bias: -0.5, threshold: 0.7)

    /// The file text reads back to the same model.
    @Test func fileTextRoundTrips() throws {
        let lines = Self.model.fileText(header: ["a comment"]).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        #expect(try ContentEndModel(lines: lines, source: "test") == Self.model)
    }

    /// A place is cut from the threshold up; unknown features weigh nothing.
    @Test(arguments: [(["m=,", "n=one"], true), (["m=,"], false), (["m=<start>", "n=one"], false), (["unknown"], false)])
    func cutsFromThreshold(_ features: [String], _ expected: Bool) {
        #expect(Self.model.cuts(features) == expected)
    }

    /// A line that is no entry, or a value that is no number, is an error naming the file.
    @Test(arguments: ["weight\tm=,", "bias\tlarge", "cue\tsaid"])
    func malformedLineIsError(_ line: String) {
        #expect(throws: CorroborateError.self) { try ContentEndModel(lines: [line], source: "model.tsv") }
    }

    /// The bundled model loads.
    @Test func bundledModelLoads() throws {
        let model = try ContentEndModel.bundled()
        #expect(model.threshold > 0 && model.threshold <= 1.01)
    }
}

@Suite struct ContentEndPlaceTests {
    /// A detector with the bundled vocabularies and cue model, without a content end model.
    static let detector: QuoteDetector? = {
        var configuration = QuoteDetector.Configuration()
        configuration.usesContentEndModel = false
        return try? QuoteDetector.bundled(configuration: configuration)
    }()

    /// The places of the reported contents: the first word (dropping the content), then each end
    /// marker outside quotation marks with three words before it and a word after it.
    @Test(arguments: [
        ("Peskov said the report was untrue, and the talks would go on.", ["the report was untrue, and the talks would go on", "and the talks would go on", "and the talks would go on"]),
        ("Peskov said the report was “untrue, and false” today.", ["the report was “untrue, and false” today"]),
        ("Peskov said it was, he thought, untrue.", ["it was, he thought, untrue", "untrue"]),
        ("“It is over,” Peskov said.", []),
    ])
    func places(_ text: String, _ expected: [String]) throws {
        let detector = try #require(Self.detector)
        var document = try attributed(text)
        document.quotes = []
        let places = detector.contentEndPlaces(in: document)
        #expect(places.map { document.string($0.rest) } == expected)
        #expect(places.first.map { $0.features.contains("m=<start>") } ?? true)
    }

    /// A model that cuts at a comma followed by "and" ends the content there; one that cuts at the
    /// first word drops it.
    @Test(arguments: [
        (["mn=,_and": 10.0], ["the report was untrue"]),
        (["m=<start>": 10.0], []),
        ([:], ["the report was untrue, and the talks would go on"]),
    ] as [([String: Double], [String])])
    func trims(_ weights: [String: Double], _ expected: [String]) throws {
        let base = try #require(Self.detector)
        let detector = QuoteDetector(
            gazetteer: base.gazetteer, lexicon: base.lexicon, sourceNouns: base.phrases.sourceNouns, cueModel: base.cueModel,
            contentEndModel: ContentEndModel(weights: weights, bias: -5, threshold: 0.5))
        var document = try attributed("Peskov said the report was untrue, and the talks would go on.")
        document.quotes = []
        #expect(detector.detect(in: document).map { document.string($0.span.content) } == expected)
    }
}
