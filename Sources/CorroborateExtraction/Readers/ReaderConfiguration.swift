/// Limits and choices for reading inputs. Defaults suit news pages and crawls.
public struct ReaderConfiguration: Sendable {
    /// The largest single document (a page, a WARC record, a feed file, a JSON line) read into memory,
    /// in bytes; larger ones are reported as `.tooLarge` problems and skipped. Default 32 MiB.
    public var maximumDocumentBytes: Int
    /// The longest WARC or HTTP header line accepted, in bytes. Default 64 KiB.
    public var maximumHeaderLineBytes: Int
    /// How long a named pipe (FIFO) named as an input waits for a writer to open it, in seconds; after that
    /// it is a problem and the batch goes on (a FIFO nobody writes to would otherwise block forever). Once a
    /// writer has it open, it is read like standard input, however slowly the writer writes. Default 10.
    public var namedPipeWriterWait: Double

    /// A configuration with the given limits.
    public init(maximumDocumentBytes: Int = 32 << 20, maximumHeaderLineBytes: Int = 64 << 10, namedPipeWriterWait: Double = 10) {
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumHeaderLineBytes = maximumHeaderLineBytes
        self.namedPipeWriterWait = namedPipeWriterWait
    }
}
