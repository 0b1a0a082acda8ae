import CorroborateCore

/// Reads WARC/1.0 and WARC/1.1 records one at a time (the reader below may gunzip per-record
/// or whole-file compression transparently) and yields the HTML pages in them.
///
/// `response` records (HTTP headers stripped, their `Content-Type` charset kept as a hint) and
/// `resource` records become documents when their payload is HTML; `request`, `metadata`,
/// `warcinfo`, `revisit` and `conversion` records, and non-HTML or redirect responses, are skipped.
/// Each document's source is `file#N` (N: the record's position, from 1), with `WARC-Target-URI`
/// as the URL hint and `WARC-Date` as the crawl date. A record cut short yields what it holds and
/// then a `.truncated` problem; a record over the size limit is skipped with a `.tooLarge` problem.
struct WARCRecordReader {
    private let reader: ByteReader
    private let source: String
    private let configuration: ReaderConfiguration
    private var recordNumber = 0
    private var pending: ArraySlice<ReadResult> = []
    private var finished = false

    init(reader: ByteReader, source: String, configuration: ReaderConfiguration) {
        self.reader = reader
        self.source = source
        self.configuration = configuration
    }

    /// The next document or problem; nil after the last record.
    mutating func next() -> ReadResult? {
        while pending.isEmpty, !finished { readRecord() }
        return pending.popFirst()
    }

    private mutating func readRecord() {
        guard let headers = readHeaders() else { return }
        recordNumber += 1
        let locator = "\(source)#\(recordNumber)"
        guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
            fail(CorroborateError(.malformed, source: locator, "WARC record without a valid Content-Length"))
            return
        }
        let type = headers["warc-type"]?.lowercased() ?? ""
        guard type == "response" || type == "resource" else {
            skipBlock(length, locator: locator)
            return
        }
        guard length <= configuration.maximumDocumentBytes else {
            skipBlock(length, locator: locator)
            pending.append(.problem(Problem(source: locator,
                message: "WARC record of \(length) bytes is over the \(configuration.maximumDocumentBytes)-byte limit; skipped")))
            return
        }
        let block = reader.read(length)
        let document = WARCRecordReader.document(block: block, type: type, headers: headers, locator: locator)
        if let document { pending.append(.document(document)) }
        if block.count < length {
            fail(CorroborateError(.truncated, source: locator,
                "WARC record ends after \(block.count) of \(length) bytes" + (reader.endError.map { " (\($0.message))" } ?? "")))
        }
    }

    /// The header block of the next record, or nil at the end of input (or after a framing error).
    private mutating func readHeaders() -> HeaderFields? {
        var first: [UInt8] = []
        while first.isEmpty {
            switch reader.readLine(limit: configuration.maximumHeaderLineBytes) {
            case .line(let line): first = line
            case .tooLong: first = [0]
            case .end:
                finished = true
                if let error = reader.endError { pending.append(.problem(error.problem)) }
                return nil
            }
        }
        guard first.starts(with: Array("WARC/".utf8)) else {
            fail(CorroborateError(.malformed, source: source,
                "expected a WARC record header after record \(recordNumber), found other bytes"))
            return nil
        }
        var headers = HeaderFields()
        while true {
            switch reader.readLine(limit: configuration.maximumHeaderLineBytes) {
            case .line(let line) where line.isEmpty: return headers
            case .line(let line): headers.append(line: line)
            case .tooLong: continue
            case .end:
                fail(CorroborateError(.truncated, source: "\(source)#\(recordNumber + 1)", "WARC file ends inside a record header"))
                return nil
            }
        }
    }

    private mutating func skipBlock(_ length: Int, locator: String) {
        let skipped = reader.skip(length)
        if skipped < length {
            fail(CorroborateError(.truncated, source: locator, "WARC record ends after \(skipped) of \(length) bytes"))
        }
    }

    private mutating func fail(_ error: CorroborateError) {
        pending.append(.problem(error.problem))
        finished = true
    }

    /// The HTML document in a record's block, or nil when it holds none.
    private static func document(block: [UInt8], type: String, headers: HeaderFields, locator: String) -> RawDocument? {
        var hints = MetadataHints()
        hints.url = headers["warc-target-uri"].map { $0.trimming(charactersIn: "<>") }
        hints.crawled = headers["warc-date"].flatMap { FeedDate.parse($0) }
        var payload = block
        var mediaType = headers["content-type"].map(HTTPPayload.mediaType(of:))
        if type == "response" {
            guard let http = HTTPPayload(block: block, source: locator), (200..<300).contains(http.status) else { return nil }
            payload = http.body
            mediaType = http.mediaType
            hints.charset = http.headers["content-type"].flatMap(CharsetDeclaration.httpCharset(inContentType:))
        } else {
            hints.charset = headers["content-type"].flatMap(CharsetDeclaration.httpCharset(inContentType:))
        }
        let looksLikeHTML = mediaType == nil && (try? InputFormat.detect(payload.prefix(InputFormat.sniffLength), source: locator)) == .html
        guard !payload.isEmpty, HTTPPayload.isHTML(mediaType: mediaType) || looksLikeHTML else { return nil }
        return RawDocument(source: locator, content: .html(payload), hints: hints)
    }
}

extension String {
    /// The string without leading and trailing characters from `characters`.
    func trimming(charactersIn characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
