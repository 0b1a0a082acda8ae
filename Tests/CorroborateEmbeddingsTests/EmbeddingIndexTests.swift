import CorroborateEmbeddings
import Testing

@Suite struct EmbeddingIndexTests {
    static func index() -> EmbeddingIndex<String> {
        var index = EmbeddingIndex<String>(dimension: 3)
        index.add([1, 0, 0], id: "x")
        index.add([0, 1, 0], id: "y")
        index.add([1, 1, 0], id: "xy")
        index.add([-1, 0, 0], id: "-x")
        return index
    }

    @Test("nearest returns the most similar first, with cosine similarities")
    func nearest() {
        let result = Self.index().nearest(to: [2, 0.1, 0], k: 2)
        #expect(result.map(\.id) == ["x", "xy"])
        #expect(abs(result[0].similarity - 0.99875) < 1e-4)
    }

    @Test("k larger than the index returns everything, least similar last")
    func largeK() {
        let result = Self.index().nearest(to: [1, 0, 0], k: 10)
        #expect(result.count == 4)
        #expect(result.last?.id == "-x")
        #expect(result.last.map { abs($0.similarity + 1) < 1e-6 } == true)
    }

    @Test("wrong lengths are ignored; empty queries give nothing", arguments: [0, 2, 4])
    func wrongLength(length: Int) {
        var index = Self.index()
        #expect(index.add([Float](repeating: 1, count: length), id: "bad") == false)
        #expect(index.count == 4)
        #expect(index.nearest(to: [Float](repeating: 1, count: length), k: 3).isEmpty)
    }

    @Test("an empty index or k = 0 returns no neighbours")
    func empty() {
        #expect(EmbeddingIndex<Int>(dimension: 3).nearest(to: [1, 0, 0], k: 3).isEmpty)
        #expect(Self.index().nearest(to: [1, 0, 0], k: 0).isEmpty)
    }
}
