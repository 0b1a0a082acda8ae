extension Array where Element == Float {
    /// Calls `body` with a pointer to the first element; an empty array calls nothing.
    @inline(__always)
    func withBase(_ body: (UnsafePointer<Float>) -> Void) {
        withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { body(base) }
        }
    }
}
