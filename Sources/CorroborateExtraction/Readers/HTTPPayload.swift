import CorroborateCore

/// The body of an HTTP response as stored in a WARC `response` record: status line and headers
/// parsed, `Transfer-Encoding: chunked` undone, `Content-Encoding: gzip` decompressed.
struct HTTPPayload {
    var status: Int
    var headers: HeaderFields
    var body: [UInt8]

    /// The media type without parameters, lower-cased ("text/html"), or nil.
    var mediaType: String? { headers["content-type"].map(HTTPPayload.mediaType(of:)) }

    /// Parses `block`; nil when it does not start with an HTTP status line.
    init?(block: [UInt8], source: String) {
        let reader = ByteReader(MemoryByteStream(block))
        guard case .line(let statusLine) = reader.readLine(limit: 8192),
              statusLine.starts(with: Array("HTTP/".utf8))
        else { return nil }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ")
        status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        headers = HeaderFields()
        while case .line(let line) = reader.readLine(limit: 65536), !line.isEmpty {
            headers.append(line: line)
        }
        body = reader.readToEnd(limit: Int.max) ?? []
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = HTTPPayload.dechunked(body) ?? body
        }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") {
            body = HTTPPayload.gunzipped(body, source: source) ?? body
        }
    }

    /// "text/html; charset=UTF-8" -> "text/html".
    static func mediaType(of contentType: String) -> String {
        String(contentType.split(separator: ";").first ?? "").trimmingWhitespace().lowercased()
    }

    /// True for HTML media types (text/html, application/xhtml+xml).
    static func isHTML(mediaType: String?) -> Bool {
        guard let mediaType else { return false }
        return mediaType.contains("html")
    }

    /// The body of a chunked transfer, or nil when the framing is broken.
    private static func dechunked(_ bytes: [UInt8]) -> [UInt8]? {
        let reader = ByteReader(MemoryByteStream(bytes))
        var body: [UInt8] = []
        while case .line(let sizeLine) = reader.readLine(limit: 1024) {
            let hex = String(decoding: sizeLine, as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(String(hex).trimmingWhitespace(), radix: 16) else { return nil }
            if size == 0 { return body }
            body += reader.read(size)
            _ = reader.readLine(limit: 2)
        }
        return body.isEmpty ? nil : body
    }

    private static func gunzipped(_ bytes: [UInt8], source: String) -> [UInt8]? {
        guard var stream = try? GzipByteStream(MemoryByteStream(bytes), source: source) else { return nil }
        var output: [UInt8] = []
        while let chunk = try? stream.nextChunk() { output += chunk }
        return output.isEmpty ? nil : output
    }
}
