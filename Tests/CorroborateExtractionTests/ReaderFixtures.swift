import CZlib
import Foundation
@testable import CorroborateExtraction

/// Small generated inputs for the reader tests (no real articles).
enum ReaderFixtures {
    static let page = "<!DOCTYPE html><html><head><title>Invented event</title></head><body><p>Hello.</p></body></html>"

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-A-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `bytes` as one gzip member.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count + 1024)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    /// One WARC record.
    /// `id` fixes the WARC-Record-ID (a fresh UUID by default): compressed fixtures must not change from run to run.
    static func warcRecord(
        type: String, uri: String? = nil, contentType: String, block: String, version: String = "1.0", id: String? = nil
    ) -> String {
        var header = "WARC/\(version)\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id ?? UUID().uuidString)>\r\n"
        header += "WARC-Date: 2024-11-11T10:15:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.utf8.count)\r\n\r\n"
        return header + block + "\r\n\r\n"
    }

    /// An HTTP response as a WARC response record holds it.
    static func httpResponse(_ body: String, contentType: String = "text/html; charset=UTF-8", status: String = "200 OK") -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    /// A WARC file with one record of each common type; two of them hold HTML pages.
    static var mixedWARC: [String] {
        [
            warcRecord(type: "warcinfo", contentType: "application/warc-fields", block: "software: test\r\n"),
            warcRecord(type: "request", uri: "https://news.example/a", contentType: "application/http; msgtype=request",
                       block: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
            warcRecord(type: "response", uri: "https://news.example/a", contentType: "application/http; msgtype=response",
                       block: httpResponse(page, contentType: "text/html; charset=windows-1251")),
            warcRecord(type: "metadata", uri: "https://news.example/a", contentType: "application/warc-fields", block: "fetchTimeMs: 12\r\n"),
            warcRecord(type: "response", uri: "https://news.example/logo.png", contentType: "application/http; msgtype=response",
                       block: httpResponse("PNGDATA", contentType: "image/png")),
            warcRecord(type: "response", uri: "https://news.example/old", contentType: "application/http; msgtype=response",
                       block: httpResponse("", contentType: "text/html", status: "301 Moved Permanently")),
            warcRecord(type: "resource", uri: "file:///saved/b.html", contentType: "text/html", block: page, version: "1.1"),
        ]
    }

    /// Runs a `DocumentReader` over `inputs` and collects everything.
    static func read(_ inputs: [String], configuration: ReaderConfiguration = ReaderConfiguration()) -> [ReadResult] {
        Array(DocumentReader(inputs: inputs, configuration: configuration))
    }

    /// Creates a file at a path given as raw bytes (which need not be UTF-8); false when it cannot.
    static func createFile(rawPath: [UInt8], contents: [UInt8]) -> Bool {
        let descriptor = (rawPath + [0]).withUnsafeBufferPointer { path in
            path.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == contents.count
    }

    /// A Unix-domain socket bound (and listening) at `path`: its descriptor, or nil when it cannot be made.
    static func boundUnixSocket(at path: String) -> Int32? {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8.prefix(MemoryLayout.size(ofValue: address.sun_path) - 1))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Writes `bytes` to a new file in a new temporary directory and returns its path.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
