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

    /// How the middle member is damaged: bytes flipped mid-data (zlib fails inside it), or cut in
    /// half (zlib reads on into the members after it as if they were its data).
    enum Damage: String, CaseIterable, Sendable {
        case flippedBytes, cutInHalf

        func apply(_ member: [UInt8]) -> [UInt8] {
            switch self {
            case .flippedBytes:
                var damaged = member
                damaged[member.count / 2] ^= 0xff
                damaged[member.count / 2 + 1] ^= 0xff
                return damaged
            case .cutInHalf:
                return Array(member.prefix(member.count / 2))
            }
        }
    }

    /// Upstream chunk sizes: one byte, a prime, a page, the whole input (short reads under load).
    static let chunkSizes = [1, 7, 4096, Int.max]

    @Test(arguments: Damage.allCases, chunkSizes)
    func withAMemberCheckADamagedMemberIsSkippedToTheNextAcceptedOne(damage: Damage, chunkSize: Int) {
        let first = ReaderFixtures.gzip(Array("WARC/1.0 one ".utf8))
        let second = damage.apply(ReaderFixtures.gzip(Array(String(repeating: "WARC/1.0 two ", count: 200).utf8)))
        let stray = ReaderFixtures.gzip(Array("not a record".utf8))
        let third = ReaderFixtures.gzip(Array("WARC/1.1 three".utf8))
        var output: [UInt8] = []
        var errors: [CorroborateError] = []
        do {
            var stream = try GzipByteStream(ShortReadByteStream(first + second + stray + third, chunkSize: chunkSize),
                                            source: "t.gz", memberCheck: { $0.starts(with: Array("WARC/".utf8)) })
            while true {
                do {
                    guard let chunk = try stream.nextChunk() else { break }
                    output += chunk
                } catch {
                    errors.append(error)
                    guard stream.canResume, errors.count < 5 else { break }
                }
            }
        } catch {
            errors.append(error)
        }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("at byte \(first.count) ") == true)
        #expect(errors.first?.message.contains("next member, byte \(first.count + second.count + stray.count)") == true)
        #expect(output.starts(with: Array("WARC/1.0 one ".utf8)))
        #expect(String(decoding: output, as: UTF8.self).hasSuffix("WARC/1.1 three"))
    }

    @Test(arguments: chunkSizes)
    func aMemberCutShortWithNoAcceptedMemberAfterItEndsTheStreamAsTruncated(chunkSize: Int) {
        let first = ReaderFixtures.gzip(Array("WARC/1.0 one ".utf8))
        let cut = Damage.cutInHalf.apply(ReaderFixtures.gzip(Array(String(repeating: "WARC/1.0 two ", count: 200).utf8)))
        var errors: [CorroborateError] = []
        do {
            var stream = try GzipByteStream(ShortReadByteStream(first + cut, chunkSize: chunkSize),
                                            source: "t.gz", memberCheck: { $0.starts(with: Array("WARC/".utf8)) })
            while try stream.nextChunk() != nil {}
        } catch {
            errors.append(error)
        }
        #expect(errors.map(\.code) == [.truncated])
        #expect(errors.first?.message == "gzip data ends in the middle")
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
