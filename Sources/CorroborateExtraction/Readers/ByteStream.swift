import CorroborateCore

/// A source of bytes read in chunks: a file, standard input, or a decompressor wrapped around one.
public protocol ByteStream {
    /// The next chunk, never empty; nil at the end. Throws when the bytes cannot be read or
    /// are damaged (a truncated gzip member), after yielding every byte that could be recovered.
    mutating func nextChunk() throws(CorroborateError) -> [UInt8]?
    /// True right after `nextChunk` threw for damage the stream has skipped (a corrupt gzip member):
    /// reading on yields the bytes after it. False for streams that stop at their first error.
    var canResume: Bool { get }
}

extension ByteStream {
    /// False: by default an error ends the stream.
    public var canResume: Bool { false }
}

/// Bytes already in memory, handed out in one chunk (tests, and inputs that arrive whole).
public struct MemoryByteStream: ByteStream {
    private var bytes: [UInt8]?

    /// A stream of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes.isEmpty ? nil : bytes
    }

    /// All the bytes on the first call, then nil.
    public mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}
