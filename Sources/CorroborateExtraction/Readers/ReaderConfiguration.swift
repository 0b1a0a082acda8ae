/// Limits and choices for reading inputs. Defaults suit news pages and crawls.
public struct ReaderConfiguration: Sendable {
    /// The largest single document (a page, a WARC record, a feed file, a JSON line) read into memory,
    /// in bytes; larger ones are reported as `.tooLarge` problems and skipped. Default 32 MiB.
    public var maximumDocumentBytes: Int
    /// The longest WARC or HTTP header line accepted, in bytes. Default 64 KiB.
    public var maximumHeaderLineBytes: Int

    /// A configuration with the given limits.
    public init(maximumDocumentBytes: Int = 32 << 20, maximumHeaderLineBytes: Int = 64 << 10) {
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumHeaderLineBytes = maximumHeaderLineBytes
    }
}
