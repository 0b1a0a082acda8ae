import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct InputFormatTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body></body></html>", InputFormat.html),
        ("\n  <div><p>fragment</p></div>", .html),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", .feed),
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .feed),
        ("WARC/1.1\r\nWARC-Type: warcinfo\r\n", .warc),
        ("{\"url\": \"https://news.example/a\", \"text\": \"Hi\"}\n", .jsonLines),
        ("Kremlin denies call\nNov 11, 2024\nSome text.", .pageText),
    ])
    func detectsByContent(text: String, expected: InputFormat) throws {
        #expect(try InputFormat.detect(Array(text.utf8), source: "x") == expected)
    }

    @Test func detectsGzipMagic() throws {
        #expect(try InputFormat.detect(ReaderFixtures.gzip(Array("hello".utf8)), source: "x") == .gzip)
    }

    @Test(arguments: [[] as [UInt8], Array(" \n\t\r\n".utf8)])
    func emptyInputIsAnError(bytes: [UInt8]) {
        #expect(throws: CorroborateError.self) { try InputFormat.detect(bytes, source: "x") }
    }

    @Test(arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00] as [UInt8],
        [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00],
        [0x00, 0x01, 0x02, 0x03, 0x41, 0x42, 0x00, 0x00, 0x05, 0x06],
    ])
    func binaryInputIsAnError(bytes: [UInt8]) {
        do {
            _ = try InputFormat.detect(bytes, source: "x")
            Issue.record("binary input was accepted")
        } catch {
            #expect(error.code == .binary)
        }
    }
}
