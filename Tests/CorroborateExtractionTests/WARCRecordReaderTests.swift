import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct WARCRecordReaderTests {
    @Test func mixedRecordTypesYieldOnlyTheHTMLPages() throws {
        let path = try ReaderFixtures.file("crawl.warc", Array(ReaderFixtures.mixedWARC.joined().utf8))
        let results = ReaderFixtures.read([path])
        let documents = results.compactMap(\.document)
        #expect(results.allSatisfy { $0.problem == nil })
        #expect(documents.map(\.source) == ["\(path)#3", "\(path)#7"])
    }

    @Test func responseRecordKeepsURLDateAndHTTPCharset() throws {
        let path = try ReaderFixtures.file("crawl.warc", Array(ReaderFixtures.mixedWARC.joined().utf8))
        let first = try #require(ReaderFixtures.read([path]).compactMap(\.document).first)
        #expect(first.hints.url == "https://news.example/a")
        #expect(first.hints.crawled == PublicationDate("2024-11-11T10:15:00Z"))
        #expect(first.hints.published == nil)
        #expect(first.hints.charset == "windows-1251")
        #expect(first.content == .html(Array(ReaderFixtures.page.utf8)))
    }

    @Test func gzipPerRecordIsReadLikePlain() throws {
        let compressed = ReaderFixtures.mixedWARC.flatMap { ReaderFixtures.gzip(Array($0.utf8)) }
        let path = try ReaderFixtures.file("crawl.warc.gz", compressed)
        #expect(ReaderFixtures.read([path]).compactMap(\.document).count == 2)
    }

    @Test func truncatedWARCKeepsEarlierRecordsAndReportsTruncation() throws {
        let bytes = Array(ReaderFixtures.mixedWARC.joined().utf8)
        let path = try ReaderFixtures.file("cut.warc", Array(bytes.dropLast(40)))
        let results = ReaderFixtures.read([path])
        #expect(results.compactMap(\.document).count >= 1)
        #expect(results.last?.problem?.message.contains("ends after") == true)
    }

    @Test func truncatedGzippedWARCReportsTheCut() throws {
        let compressed = ReaderFixtures.gzip(Array(ReaderFixtures.mixedWARC.joined().utf8))
        let path = try ReaderFixtures.file("cut.warc.gz", Array(compressed.prefix(compressed.count - 30)))
        let results = ReaderFixtures.read([path])
        #expect(results.contains { $0.problem != nil })
    }

    @Test func oversizedRecordIsSkippedWithAProblem() throws {
        let big = ReaderFixtures.warcRecord(type: "resource", uri: "https://news.example/big", contentType: "text/html",
                                            block: "<p>" + String(repeating: "x", count: 5000) + "</p>")
        let small = ReaderFixtures.warcRecord(type: "resource", uri: "https://news.example/s", contentType: "text/html",
                                              block: ReaderFixtures.page)
        let path = try ReaderFixtures.file("big.warc", Array((big + small).utf8))
        let results = ReaderFixtures.read([path], configuration: ReaderConfiguration(maximumDocumentBytes: 1000))
        #expect(results.first?.problem?.source == "\(path)#1")
        #expect(results.compactMap(\.document).map(\.hints.url) == ["https://news.example/s"])
    }
}
