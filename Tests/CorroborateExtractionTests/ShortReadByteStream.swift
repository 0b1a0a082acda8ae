import CorroborateCore
@testable import CorroborateExtraction

/// Bytes in memory handed out `chunkSize` at a time, as a file or pipe read under load may return
/// short reads: the readers above it must give the same results whatever the chunking.
struct ShortReadByteStream: ByteStream {
    private var bytes: ArraySlice<UInt8>
    private let chunkSize: Int

    /// A stream of `bytes` in chunks of `chunkSize` bytes (at least 1; the last may be shorter).
    init(_ bytes: [UInt8], chunkSize: Int) {
        self.bytes = bytes[...]
        self.chunkSize = max(1, chunkSize)
    }

    /// The next `chunkSize` bytes, or nil at the end.
    mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        guard !bytes.isEmpty else { return nil }
        defer { bytes = bytes.dropFirst(chunkSize) }
        return Array(bytes.prefix(chunkSize))
    }

    /// Every result of reading `bytes` as the input `source`, chunked `chunkSize` bytes at a time.
    static func read(
        _ bytes: [UInt8], chunkSize: Int, source: String = "t", configuration: ReaderConfiguration = ReaderConfiguration()
    ) -> [ReadResult] {
        var input = OpenInput.open(ShortReadByteStream(bytes, chunkSize: chunkSize), source: source,
                                   configuration: configuration)
        var results: [ReadResult] = []
        while let result = input.next() { results.append(result) }
        return results
    }
}
