import Testing

@testable import CorroborateStories

/// Scalar offsets land where walking the text's scalars from the start lands, across checkpoints
/// and multi-byte scalars.
@Suite struct ScalarOffsetsTests {
    static let texts = [
        "",
        "plain ASCII text",
        String(repeating: "Peskov said “no” — é ✓ 🇺🇦 ", count: 9),
        String(repeating: "a", count: ScalarOffsets.stride),
        String(repeating: "é", count: ScalarOffsets.stride * 2 + 1),
        "e\u{301}\u{1F600}\r\n" + String(repeating: "x", count: 70),
    ]

    @Test(arguments: texts)
    func everyOffsetMatchesTheScalarWalk(_ text: String) {
        let offsets = ScalarOffsets(text)
        let scalars = Array(text.unicodeScalars)
        #expect(offsets.count == scalars.count)
        for offset in -1...(scalars.count + 1) {
            let walked = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: max(0, min(offset, scalars.count)))
            #expect(offsets.index(offset, in: text) == walked, "offset \(offset)")
        }
    }

    @Test(arguments: texts)
    func slicesMatchTheScalars(_ text: String) {
        let offsets = ScalarOffsets(text)
        let scalars = Array(text.unicodeScalars)
        for (start, end) in [(0, scalars.count), (1, 40), (31, 33), (32, 64), (5, 5)] where end <= scalars.count && start <= end {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(text.unicodeScalars[offsets.index(start, in: text)..<offsets.index(end, in: text)]) == String(view))
        }
    }
}
