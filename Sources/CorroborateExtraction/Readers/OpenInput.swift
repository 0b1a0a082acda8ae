import CorroborateCore

/// One input being read: a container read record by record, or the results of a file read whole.
///
/// Each step takes its state out of the enum before advancing it, so the reader or queue is uniquely
/// referenced and never copied: a feed of 100,000 items or a JSON array of 100,000 records is read in
/// linear time (copy-on-write of the queue at each step made it quadratic).
enum OpenInput {
    case warc(WARCRecordReader)
    case jsonLines(JSONLinesReader)
    /// A feed's items, handed out as they are parsed.
    case feed(FeedItemStream)
    case queue(ArraySlice<ReadResult>)

    mutating func next() -> ReadResult? {
        switch self {
        case .warc(var reader):
            self = .queue([])
            let result = reader.next()
            self = .warc(reader)
            return result
        case .jsonLines(var reader):
            self = .queue([])
            let result = reader.next()
            self = .jsonLines(reader)
            return result
        case .feed(let stream):
            return stream.next()
        case .queue(var results):
            self = .queue([])
            let result = results.popFirst()
            self = .queue(results)
            return result
        }
    }

    /// Detects the format of `stream` and prepares to read it; problems become a one-item queue.
    static func open(_ stream: some ByteStream, source: String, configuration: ReaderConfiguration) -> OpenInput {
        var reader = ByteReader(stream)
        var format: InputFormat
        do throws(CorroborateError) {
            format = try detect(reader, source: source)
            if format == .gzip {
                reader = ByteReader(try GzipByteStream(reader.asStream(), source: source,
                                                       memberCheck: { WARCRecordReader.startsRecord($0) }))
                format = try detect(reader, source: source)
                if format == .gzip {
                    throw CorroborateError(.unsupported, source: source, "gzip inside gzip; decompress it once first")
                }
            }
        } catch {
            return .queue([.problem(error.problem)])
        }
        let mark = UTF16Sniffer.byteOrderMark(reader.peek(UTF16Sniffer.sampleBytes)) ?? []
        switch format {
        case .warc: return .warc(WARCRecordReader(reader: reader, source: source, configuration: configuration))
        case .feed:
            return .feed(FeedItemStream(reader: reader, prefix: mark, source: source, maximumItemBytes: configuration.maximumDocumentBytes))
        case .jsonLines: return .jsonLines(JSONLinesReader(reader: reader, source: source, configuration: configuration))
        case .gzip, .html, .pageText:
            return .queue(ArraySlice(readWhole(reader, format: format, mark: mark, source: source, configuration: configuration)))
        }
    }

    /// The format of the reader's bytes, UTF-16 without a byte-order mark seen with the mark it lacks.
    private static func detect(_ reader: ByteReader, source: String) throws(CorroborateError) -> InputFormat {
        let prefix = reader.peek(InputFormat.sniffLength)
        if prefix.isEmpty, let error = reader.endError { throw error }
        return try InputFormat.detect((UTF16Sniffer.byteOrderMark(prefix) ?? []) + prefix, source: source)
    }

    /// Reads a single-document input whole, within the size limit; `mark` is put back in
    /// front of UTF-16 saved without its byte-order mark.
    private static func readWhole(
        _ reader: ByteReader, format: InputFormat, mark: [UInt8], source: String, configuration: ReaderConfiguration
    ) -> [ReadResult] {
        let limit = configuration.maximumDocumentBytes
        guard let bytes = reader.readToEnd(limit: limit).map({ mark + $0 }) else {
            return [.problem(Problem(source: source, message: "input is over the \(limit)-byte limit for one document; skipped"))]
        }
        var results: [ReadResult]
        switch format {
        case .pageText: results = [.document(RawDocument(source: source, content: .pageText(TextDecoding.decodeText(bytes))))]
        default: results = [.document(htmlDocument(bytes, source: source))]
        }
        if let error = reader.endError {
            let kept = results.isEmpty ? "" : "; kept the \(bytes.count) bytes read before it"
            results.append(.problem(Problem(source: source, message: error.message + kept)))
        }
        return results
    }
}

/// An HTML page; a saved HTTP response head (`curl -i`) is removed and its charset kept as a hint.
private func htmlDocument(_ bytes: [UInt8], source: String) -> RawDocument {
    guard bytes.starts(with: Array("HTTP/".utf8)), let http = HTTPPayload(block: bytes, source: source) else {
        return RawDocument(source: source, content: .html(bytes))
    }
    var hints = MetadataHints()
    hints.charset = http.headers["content-type"].flatMap(CharsetDeclaration.httpCharset(inContentType:))
    return RawDocument(source: source, content: .html(http.body), hints: hints)
}

extension ByteReader {
    /// The unread bytes as a stream (for stacking a decompressor on a reader that has been peeked).
    func asStream() -> ReaderByteStream { ReaderByteStream(reader: self) }
}

/// A `ByteStream` over a `ByteReader`'s unread bytes; the reader's end error is passed on.
struct ReaderByteStream: ByteStream {
    let reader: ByteReader

    mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        let chunk = reader.read(1 << 20)
        if chunk.isEmpty, let error = reader.endError { throw error }
        return chunk.isEmpty ? nil : chunk
    }
}
