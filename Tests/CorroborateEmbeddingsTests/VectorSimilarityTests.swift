import CorroborateEmbeddings
import Testing

@Suite struct VectorSimilarityTests {
    @Test("cosine of simple pairs", arguments: [
        ([1, 0], [1, 0], 1), ([1, 0], [0, 3], 0), ([1, 1], [-2, -2], -1), ([0, 0], [1, 0], 0),
    ] as [([Float], [Float], Float)])
    func cosine(a: [Float], b: [Float], expected: Float) {
        #expect(abs(VectorSimilarity.cosine(a, b) - expected) < 1e-6)
    }

    @Test("normalised vectors have unit length; zero stays zero")
    func normalized() {
        let unit = VectorSimilarity.normalized([3, 4])
        #expect(abs(unit[0] - 0.6) < 1e-6 && abs(unit[1] - 0.8) < 1e-6)
        #expect(VectorSimilarity.normalized([0, 0]) == [0, 0])
    }
}
