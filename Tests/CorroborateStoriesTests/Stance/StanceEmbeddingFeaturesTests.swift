import Testing

@testable import CorroborateStories

@Suite struct StanceEmbeddingFeaturesTests {
    let detector = StanceDetector(model: .untrained)

    /// A unit vector along axis `axis` of a 4-dimensional space.
    static func axis(_ axis: Int) -> [Float] {
        (0..<4).map { $0 == axis ? 1 : 0 }
    }

    /// Prototypes: refute along axis 2, confirm along axis 3, deny and unverified along axis 1.
    var features: StanceEmbeddingFeatures {
        var features = StanceEmbeddingFeatures()
        features.setPrototypes(StanceEmbeddingFeatures.prototypes.flatMap { group in
            group.texts.map { _ in group.group == "refute" ? Self.axis(2) : group.group == "confirm" ? Self.axis(3) : Self.axis(1) }
        })
        return features
    }

    func document(_ text: String, _ vectors: [[Float]]) -> StanceDocument {
        var document = detector.document(text)
        document.embed(sentences: vectors)
        return document
    }

    func value(_ name: String, _ vector: [Float]) throws -> Float {
        vector[try #require(StanceEmbeddingFeatures.names.firstIndex(of: name))]
    }

    @Test func zeroWithoutEmbeddings() {
        let vector = features.vector(claim: detector.document("A claim."), body: detector.document("A body. Two."))
        #expect(vector == [Float](repeating: 0, count: StanceEmbeddingFeatures.names.count))
    }

    @Test func embeddingsNeedOnePerSentence() {
        #expect(document("One. Two.", [Self.axis(0)]).embedding == nil)
        #expect(document("One. Two.", [Self.axis(0), Self.axis(1)]).sentenceEmbeddings.count == 2)
    }

    /// Body sentence vectors, then the expected maxCosine, bestPosition, focus.refute and focus.confirm.
    static let cases: [([[Float]], Float, Float, Float, Float)] = [
        ([axis(0), axis(2)], 1, 0, 1, 0),
        ([axis(3), axis(0)], 1, 0.5, 0, 1),
        ([axis(1), axis(0)], 1, 0.5, 0, 0),
    ]

    @Test(arguments: cases)
    func readsSimilarityAndPrototypes(sentences: [[Float]], maxCosine: Float, position: Float, refute: Float, confirm: Float) throws {
        let claim = document("The claim.", [Self.axis(0)])
        let body = document("First sentence. Second sentence.", sentences)
        let vector = features.vector(claim: claim, body: body)
        #expect(try value("embedding.maxCosine", vector) == maxCosine)
        #expect(try value("embedding.bestPosition", vector) == position)
        #expect(try value("embedding.focus.refute", vector) == refute)
        #expect(try value("embedding.focus.confirm", vector) == confirm)
    }

    /// A refuting sentence counts as about the claim only as far as it is also close to the claim.
    static let aboutCases: [([[Float]], Float)] = [
        ([axis(0), axis(2)], 0),
        ([[Float(0.6), 0, 0.8, 0], axis(1)], 0.6),
        ([[Float(0.8), 0, 0.6, 0], axis(2)], 0.6),
    ]

    @Test(arguments: aboutCases)
    func refutingSentenceAboutTheClaim(sentences: [[Float]], expected: Float) throws {
        let vector = features.vector(claim: document("The claim.", [Self.axis(0)]), body: document("One. Two.", sentences))
        #expect(abs(try value("embedding.aboutClaim.refute", vector) - expected) < 1e-6)
    }

    @Test(arguments: [("It is false, officials said. Other news.", Float(1)), ("Officials said so. It is false.", Float(0))])
    func bestSentenceDenial(body: String, expected: Float) throws {
        let claim = document("The claim.", [Self.axis(0)])
        let vector = features.vector(claim: claim, body: document(body, [Self.axis(0), Self.axis(1)]))
        #expect(try value("embedding.bestDenial", vector) == expected)
    }

    @Test func sentenceTextsAreTheLowerCasedWords() {
        #expect(detector.document("It's FALSE, he said. Next line!").text.sentenceTexts == ["it's false he said", "next line"])
    }
}
