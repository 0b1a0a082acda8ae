import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct GzipByteStreamTests {
    private func inflate(_ bytes: [UInt8]) -> (output: [UInt8], error: CorroborateError?) {
        var output: [UInt8] = []
        do {
            var stream = try GzipByteStream(MemoryByteStream(bytes), source: "t.gz")
            while let chunk = try stream.nextChunk() { output += chunk }
            return (output, nil)
        } catch {
            return (output, error)
        }
    }

    @Test func inflatesOneMember() {
        let text = Array(String(repeating: "news ", count: 100_000).utf8)
        #expect(inflate(ReaderFixtures.gzip(text)).output == text)
    }

    @Test func inflatesConcatenatedMembers() {
        let members = ReaderFixtures.gzip(Array("first ".utf8)) + ReaderFixtures.gzip(Array("second".utf8))
        #expect(inflate(members).output == Array("first second".utf8))
    }

    @Test func ignoresZeroPaddingAfterTheLastMember() {
        let padded = ReaderFixtures.gzip(Array("text".utf8)) + [0, 0, 0, 0]
        let result = inflate(padded)
        #expect(result.output == Array("text".utf8) && result.error == nil)
    }

    @Test func truncatedDataKeepsWhatWasReadAndReportsTruncation() {
        let text = Array((0..<50_000).map { "line \($0)\n" }.joined().utf8)
        let compressed = ReaderFixtures.gzip(text)
        let result = inflate(Array(compressed.prefix(compressed.count / 2)))
        #expect(result.error?.code == .truncated)
        #expect(!result.output.isEmpty && text.starts(with: result.output))
    }

    @Test func damagedDataIsMalformed() {
        var compressed = ReaderFixtures.gzip(Array(String(repeating: "abc", count: 1000).utf8))
        for index in 12..<min(40, compressed.count) { compressed[index] = 0xFF }
        #expect(inflate(compressed).error != nil)
    }
}
