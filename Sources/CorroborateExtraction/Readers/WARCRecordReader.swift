import CorroborateCore

/// Reads WARC/1.0 and WARC/1.1 records one at a time (the reader below may gunzip per-record
/// or whole-file compression transparently) and yields the HTML pages in them.
///
/// `response` records (HTTP headers stripped, their `Content-Type` charset kept as a hint) and
/// `resource` records become documents when their payload is HTML; `request`, `metadata`,
/// `warcinfo`, `revisit` and `conversion` records, and non-HTML or redirect responses, are skipped.
/// Each document's source is `file#N` (N: the record's position, from 1), with `WARC-Target-URI`
/// as the URL hint and `WARC-Date` as the crawl date. A record cut short yields what it holds and
/// then a `.truncated` problem; a record over the size limit is skipped with a `.tooLarge` problem, up to
/// the first line inside its block that starts a record (its length taken to be a lie; reading goes on
/// there, as a block that holds a record start is taken to run into the next record below).
/// In a per-record gzipped file, a damaged or cut gzip member is a problem for its record (naming the
/// member's byte offset), what was got of it is dropped, and reading goes on at the next member that
/// starts a WARC record (`GzipByteStream`'s `memberCheck`, `ByteReader.resume()`). A record whose
/// header has no valid `Content-Length`, or whose block is not followed by a record boundary (line
/// ends, then a record start or the end), is a problem for that record, and reading goes on at the next line
/// starting a record (`isRecordStart`: `WARC/`, digits, `.`, digits, the line end: `WARC/1.0`, `WARC/1.1`,
/// the drafts' `WARC/0.17`, `WARC/0.18`): when the block holds a record start (its length is too long) the
/// record is dropped and the search starts at the block's second byte; when the bytes after it run on to
/// the next record start (or the end) within the size limit, its length is taken to be too short and
/// the block is read to there (its closing line ends dropped), so the page is whole and the next record
/// is read from its header; when they start with a NUL byte (padding) or run on past the limit, the block
/// is kept as stated and the search starts after it.
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
            resynchronise(locator, because: "WARC record without a valid Content-Length")
            return
        }
        guard length <= configuration.maximumDocumentBytes else {
            pending.append(.problem(Problem(source: locator,
                message: "WARC record of \(length) bytes is over the \(configuration.maximumDocumentBytes)-byte limit; skipped")))
            guard skipBlock(length, locator: locator), !endsAtRecordBoundary else { return }
            resynchronise(locator, because: "bytes after the WARC record's \(length)-byte block do not start a record")
            return
        }
        let block = reader.read(length)
        let type = headers["warc-type"]?.lowercased() ?? ""
        let wanted = type == "response" || type == "resource"
        if block.count < length {
            if resumeAfterDamage(record: recordNumber) { return }
            if Self.holdsRecordStart(block) {
                reader.unread(block.dropFirst())
                resynchronise(locator, because: Self.misplacedEnd(length))
                return
            }
            if wanted { keep(block, type: type, headers: headers, locator: locator) }
            fail(CorroborateError(.truncated, source: locator,
                "WARC record ends after \(block.count) of \(length) bytes" + (reader.endError.map { " (\($0.message))" } ?? "")))
            return
        }
        guard endsAtRecordBoundary else {
            guard !Self.holdsRecordStart(block) else {
                // Too long: the block runs into the next record, which is read again from there.
                reader.unread(block.dropFirst())
                resynchronise(locator, because: Self.misplacedEnd(length))
                return
            }
            if let runOn = readRunOn(after: length) {
                // Too short: the block runs on to the next record (or the end), and is read whole.
                if wanted { keep(block + runOn, type: type, headers: headers, locator: locator) }
                pending.append(.problem(Problem(source: locator, message: "WARC record's Content-Length \(length) is too short"
                    + " (or other bytes follow its block): its block runs on \(runOn.count) bytes to the next record;"
                    + " read the block to there")))
                return
            }
            // Padding, or no record start within the size limit: the block is kept as stated.
            if wanted { keep(block, type: type, headers: headers, locator: locator) }
            resynchronise(locator, because: "bytes after the WARC record's \(length)-byte block do not start a record"
                + " (its Content-Length is too short, or other bytes follow it); kept the block as stated")
            return
        }
        if wanted { keep(block, type: type, headers: headers, locator: locator) }
    }

    /// The bytes after a `length`-byte block that is not followed by a record boundary, up to the next line that
    /// starts a record or the end of input, without the record's closing line ends: the rest of a block whose
    /// Content-Length is too short. Nil, having read nothing, when they start (after line ends) with a NUL
    /// byte (padding, as after a whole block); nil, having read them, when no record start or clean end comes within the size
    /// limit for the whole block, or the input is damaged first.
    private mutating func readRunOn(after length: Int) -> [UInt8]? {
        let next = reader.peek(Self.boundaryLookahead)
        guard next.first(where: { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }) != 0 else { return nil }
        let limit = configuration.maximumDocumentBytes - length
        var runOn = reader.read(limit + 1, stoppingAtLine: Self.isRecordStart, lookahead: Self.recordStartLength)
        let stopped = reader.startsWith(lookahead: Self.recordStartLength, Self.isRecordStart)
        guard runOn.count <= limit, stopped || (reader.isAtEnd && reader.endError == nil) else { return nil }
        var trailing = 0
        while trailing < 4, let last = runOn.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") {
            runOn.removeLast()
            trailing += 1
        }
        return runOn
    }

    /// Queues the HTML document in a record's block, if it holds one.
    private mutating func keep(_ block: [UInt8], type: String, headers: HeaderFields, locator: String) {
        if let document = WARCRecordReader.document(block: block, type: type, headers: headers, locator: locator) {
            pending.append(.document(document))
        }
    }

    /// Bytes of a line that `isRecordStart` looks at.
    static let recordStartLength = 16

    /// Whether `bytes` start a record's first line: `WARC/`, digits, `.`, digits, then optional spaces or tabs and
    /// the line end (`WARC/1.0`, `WARC/1.1`, the drafts' `WARC/0.17`, `WARC/0.18`), within `recordStartLength`
    /// bytes. A line of prose that starts `WARC/1.0 files ...` is no record start. Resync after damage, the
    /// run-on of a too-short block and the check after each block look for such a line.
    static func isRecordStart(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(recordStartLength))
        guard head.starts(with: Array("WARC/".utf8)) else { return false }
        var index = 5
        for part in 0..<2 {
            let digits = head[index...].prefix(while: isDigit).count
            guard digits > 0 else { return false }
            index += digits
            if part == 0 {
                guard index < head.count, head[index] == UInt8(ascii: ".") else { return false }
                index += 1
            }
        }
        index += head[index...].prefix(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).count
        return index < head.count && (head[index] == UInt8(ascii: "\r") || head[index] == UInt8(ascii: "\n"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    /// Bytes looked at after a block for the next record's first line.
    static let boundaryLookahead = 64

    /// Whether the bytes after a block are a record boundary: line ends, then `WARC/` or the end of input.
    private var endsAtRecordBoundary: Bool {
        let next = reader.peek(Self.boundaryLookahead)
        guard let start = next.firstIndex(where: { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }) else { return true }
        return Self.isRecordStart(next[start...])
    }

    /// Whether a line after the first in `block` starts a record (`isRecordStart`): a block that is not followed by a
    /// record boundary, or is cut short by the end of input, and holds a record start ran past its
    /// record (its Content-Length is too long), rather than being cut or followed by other bytes.
    private static func holdsRecordStart(_ block: [UInt8]) -> Bool {
        var index = block.startIndex
        while let newline = block[index...].firstIndex(of: UInt8(ascii: "\n")) {
            if isRecordStart(block[(newline + 1)...]) { return true }
            index = newline + 1
        }
        return false
    }

    private static func misplacedEnd(_ length: Int) -> String {
        "WARC record's Content-Length \(length) runs into the next record (too long); record dropped"
    }

    /// Names the damaged record `locator` and goes on at the next line that starts a record, past any
    /// damaged gzip member met on the way; when the input ends first, that is said and reading stops.
    private mutating func resynchronise(_ locator: String, because reason: String) {
        var message = reason
        while !reader.skip(toLine: Self.isRecordStart, lookahead: Self.recordStartLength) {
            guard let error = reader.endError, reader.resume() else {
                fail(CorroborateError(.malformed, source: locator, message + "; no record after it"
                    + (reader.endError.map { " (\($0.message))" } ?? "")))
                return
            }
            message += "; \(error.message)"
        }
        pending.append(.problem(Problem(source: locator, message: message + "; went on at the next record")))
    }

    /// The header block of the next record, or nil at the end of input (or after a framing error).
    private mutating func readHeaders() -> HeaderFields? {
        var first: [UInt8] = []
        while first.isEmpty {
            switch reader.readLine(limit: configuration.maximumHeaderLineBytes) {
            case .line(let line): first = line
            case .tooLong: first = [0]
            case .end:
                if resumeAfterDamage(record: recordNumber + 1) { return nil }
                finished = true
                if let error = reader.endError { pending.append(.problem(error.problem)) }
                return nil
            }
        }
        guard first.starts(with: Array("WARC/".utf8)) else {
            if resumeAfterDamage(record: recordNumber + 1) { return nil }
            resynchronise(source, because: "expected a WARC record header after record \(recordNumber), found other bytes")
            return nil
        }
        var headers = HeaderFields()
        while true {
            switch reader.readLine(limit: configuration.maximumHeaderLineBytes) {
            case .line(let line) where line.isEmpty: return headers
            case .line(let line): headers.append(line: line)
            case .tooLong: continue
            case .end:
                if resumeAfterDamage(record: recordNumber + 1) { return nil }
                fail(CorroborateError(.truncated, source: "\(source)#\(recordNumber + 1)", "WARC file ends inside a record header"))
                return nil
            }
        }
    }

    /// Skips a block; false (the damage reported) when the input ends or is damaged inside it, or when a line
    /// inside it starts a record: its Content-Length is taken to be too long, and reading goes on at that line.
    private mutating func skipBlock(_ length: Int, locator: String) -> Bool {
        let skipped = reader.skip(length, stoppingAtLine: Self.isRecordStart, lookahead: Self.recordStartLength)
        guard skipped < length else { return true }
        if reader.startsWith(lookahead: Self.recordStartLength, Self.isRecordStart) {
            pending.append(.problem(Problem(source: locator, message: "a record starts \(skipped) bytes into the skipped"
                + " block (its Content-Length \(length) is too long); went on at the next record")))
            return false
        }
        if !resumeAfterDamage(record: recordNumber) {
            fail(CorroborateError(.truncated, source: locator, "WARC record ends after \(skipped) of \(length) bytes"))
        }
        return false
    }

    /// When the input ended on damage the stream has skipped, reports it as a problem of record
    /// `number` (which is then counted as read) and reads on; false when the input has ended for good.
    private mutating func resumeAfterDamage(record number: Int) -> Bool {
        guard let error = reader.endError, reader.resume() else { return false }
        recordNumber = max(recordNumber, number)
        pending.append(.problem(Problem(source: "\(source)#\(number)", message: error.message)))
        return true
    }

    /// Whether `bytes` (the first bytes of a gzip member) start a WARC record (`isRecordStart`).
    static func startsRecord(_ bytes: [UInt8]) -> Bool { isRecordStart(bytes) }

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
