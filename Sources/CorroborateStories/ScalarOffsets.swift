/// Finds where a Unicode scalar offset falls in a text without holding the text's scalars (four
/// bytes a scalar): the UTF-8 offset of every `stride`-th scalar is kept (four bytes per stride),
/// and an offset is reached from the checkpoint before it by walking at most `stride - 1` scalars.
struct ScalarOffsets: Sendable {
    /// Scalars between checkpoints.
    static let stride = 32

    /// The text's scalar count.
    let count: Int
    /// UTF-8 offsets of scalars 0, stride, 2 * stride...
    private let checkpoints: [Int32]

    init(_ text: String) {
        var checkpoints: [Int32] = [], count = 0, utf8Offset = 0
        for scalar in text.unicodeScalars {
            if count % Self.stride == 0 { checkpoints.append(Int32(truncatingIfNeeded: utf8Offset)) }
            utf8Offset += UTF8.width(scalar)
            count += 1
        }
        self.count = count
        self.checkpoints = checkpoints
    }

    /// The index of scalar `offset` in `text` (the text this was made from), clamped to the text.
    func index(_ offset: Int, in text: String) -> String.Index {
        guard offset > 0 else { return text.startIndex }
        guard offset < count else { return text.endIndex }
        let checkpoint = text.utf8.index(text.utf8.startIndex, offsetBy: Int(checkpoints[offset / Self.stride]))
        return text.unicodeScalars.index(checkpoint, offsetBy: offset % Self.stride)
    }
}
