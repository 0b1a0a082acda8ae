import CorroborateStore
import Foundation
import Testing

/// Sentence vectors as the store keeps them: bytes, keys, and rows that do not decode.
@Suite("Stored vectors")
struct StoredVectorTests {
    @Test(arguments: [[Float](), [0.5], [1, -2.25, 0, .leastNonzeroMagnitude, 3.4e38]])
    func aVectorRoundTripsThroughItsBytes(_ vector: [Float]) {
        let stored = StoredVector(text: "The minister denied it.", model: "m@1", vector: vector)
        #expect(stored.bytes.count == vector.count * 4)
        #expect(stored.vector(dimension: vector.count) == (vector.isEmpty ? nil : vector))
    }

    /// Bytes of the wrong length or holding a non-finite component are a damaged row: nil.
    @Test(arguments: [
        (Data([0, 0, 128]), 1),
        (Data(repeating: 0, count: 8), 3),
        (Data(repeating: 0, count: 12), 2),
        (Data([0, 0, 0xC0, 0x7F]), 1),  // NaN
        (Data([0, 0, 0x80, 0x7F, 0, 0, 0, 0]), 2),  // +infinity first
        (Data(), 0),
    ] as [(Data, Int)])
    func damagedBytesDecodeToNil(bytes: Data, dimension: Int) {
        #expect(StoredVector(key: "k", model: "m", bytes: bytes).vector(dimension: dimension) == nil)
    }

    /// The key is the exact text's: case, spacing and a trailing character all change it.
    @Test(arguments: [
        ("He said no.", "he said no."), ("He said no.", "He said  no."), ("He said no.", "He said no. "), ("", " "),
    ])
    func differentTextsHaveDifferentKeys(_ first: String, _ second: String) {
        #expect(StoredVector.key(of: first) != StoredVector.key(of: second))
        #expect(StoredVector.key(of: first) == StoredVector.key(of: String(first)))
    }
}
