import CorroborateCore
import Foundation
import Synchronization
import Testing
@testable import CorroborateExtraction

@Suite struct FeedReaderTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>The Daily Example</title><link>https://daily.example/</link>
        <item><title>Minister resigns</title><link>https://daily.example/resigns</link>
          <pubDate>Mon, 11 Nov 2024 15:41:00 +0530</pubDate><dc:creator>Ann Writer</dc:creator>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[<p>The minister resigned on Monday.</p><p>She gave no reason.</p>]]></content:encoded></item>
        <item><title>Plain item</title><link>https://daily.example/plain</link><pubDate>Tue, 12 Nov 2024 08:00:00 GMT</pubDate>
          <description>Only a plain description of the event.</description></item>
        <item><title>Title only</title><link>https://daily.example/empty</link></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
        <entry><title>Storm hits coast</title><link rel="self" href="https://wire.example/self/1"/>
          <link rel="alternate" href="https://wire.example/storm"/><published>2024-11-10T09:00:00Z</published>
          <updated>2024-11-10T12:00:00Z</updated><author><name>Bo Reporter</name></author>
          <content type="html">&lt;p&gt;A storm hit the coast.&lt;/p&gt;</content></entry>
        </feed>
        """

    /// A feed is a container: one bigger than the size limit (4 KiB here) is read whole, pulled in chunks from
    /// its file, plain or gzipped; only an item whose text is over the limit is a problem, and the items after it are read.
    @Test(arguments: [false, true])
    func aFeedOverTheSizeLimitIsReadItemByItem(gzipped: Bool) throws {
        let items = (1...200).map { index in
            let text = index == 7 ? String(repeating: "Long text. ", count: 500) : "Event \(index) happened, the office said."
            return "<item><title>Event \(index)</title><link>https://daily.example/\(index)</link><description>\(text)</description></item>"
        }
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Daily</title>"
            + items.joined(separator: "\n") + "</channel></rss>"
        #expect(feed.utf8.count > 4 * 4096)
        let bytes = gzipped ? ReaderFixtures.gzip(Array(feed.utf8)) : Array(feed.utf8)
        let path = try ReaderFixtures.file(gzipped ? "feed.xml.gz" : "feed.xml", bytes)
        let results = ReaderFixtures.read([path], configuration: ReaderConfiguration(maximumDocumentBytes: 4096))
        #expect(results.compactMap(\.document).count == 199)
        #expect(results.compactMap(\.document).last?.hints.url == "https://daily.example/200")
        let problems = results.compactMap(\.problem)
        #expect(problems.map(\.source) == [path + "#7"])
        #expect(problems.first?.message == "feed item's <description> is over the 4096-byte limit; skipped")
    }

    /// Items are handed out as they are parsed: the first comes out while the writer of a pipe still holds the
    /// rest of the feed back (it writes the rest once told, or after 10 s, when the test fails).
    @Test func aFeedsFirstItemsComeOutBeforeTheFeedEnds() throws {
        let fifo = try ReaderFixtures.temporaryDirectory().appendingPathComponent("feed").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let items = (1...6).map { "<item><title>Event \($0)</title><description>Event \($0) happened.</description></item>\n" }
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Daily</title>\n"
        let firstOut = DispatchSemaphore(value: 0)
        let heldBack = Mutex(false)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data((head + items[0..<3].joined() + String(repeating: " ", count: 1_200_000) + "\n").utf8))
            heldBack.withLock { $0 = firstOut.wait(timeout: .now() + 10) == .success }
            handle.write(Data((items[3...].joined() + "</channel></rss>").utf8))
            try? handle.close()
        }
        writer.start()
        var iterator = DocumentReader(inputs: [fifo]).makeIterator()
        let first = iterator.next()
        firstOut.signal()
        var rest: [ReadResult] = []
        while let result = iterator.next() { rest.append(result) }
        #expect(first?.document?.source == fifo + "#1")
        #expect(heldBack.withLock { $0 }, "the first item came out while the rest was held back")
        #expect(rest.compactMap(\.document).map(\.source) == (2...6).map { fifo + "#\($0)" })
    }

    @Test func rssItemsBecomeDocumentsWithHints() throws {
        let results = FeedReader.read(Array(Self.rss.utf8), source: "f.xml")
        let first = try #require(results.first?.document)
        #expect(first.source == "f.xml#1")
        #expect(first.hints.title == "Minister resigns" && first.hints.url == "https://daily.example/resigns")
        #expect(first.hints.outlet == "The Daily Example" && first.hints.byline == ["Ann Writer"])
        #expect(first.hints.published == PublicationDate("2024-11-11T15:41:00+05:30"))
        #expect(first.content == .html(Array("<p>The minister resigned on Monday.</p><p>She gave no reason.</p>".utf8)))
    }

    @Test func plainDescriptionIsArticleText() throws {
        let second = try #require(FeedReader.read(Array(Self.rss.utf8), source: "f.xml")[1].document)
        #expect(second.content == .articleText("Only a plain description of the event."))
        #expect(second.hints.published == PublicationDate("2024-11-12T08:00:00Z"))
    }

    @Test func itemWithoutContentIsAProblem() {
        let third = FeedReader.read(Array(Self.rss.utf8), source: "f.xml")[2]
        #expect(third.problem?.source == "f.xml#3")
    }

    @Test func atomEntryUsesAlternateLinkPublishedDateAndAuthorName() throws {
        let entry = try #require(FeedReader.read(Array(Self.atom.utf8), source: "a.xml").first?.document)
        #expect(entry.hints.url == "https://wire.example/storm")
        #expect(entry.hints.published == PublicationDate("2024-11-10T09:00:00Z"))
        #expect(entry.hints.byline == ["Bo Reporter"] && entry.hints.outlet == "Example Wire")
        #expect(entry.content == .html(Array("<p>A storm hit the coast.</p>".utf8)))
    }

    @Test func atomXHTMLContentKeepsItsMarkup() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; <b>two</b>.</p></div></content></entry></feed>
            """
        let entry = try #require(FeedReader.read(Array(feed.utf8), source: "a.xml").first?.document)
        #expect(entry.content == .html(Array("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>One &amp; <b>two</b>.</p></div>".utf8)))
    }

    @Test(arguments: [("desk@wire.example (Wire Desk)", "Wire Desk"), ("Ann Writer", "Ann Writer"), ("a@b.example", "a@b.example")])
    func rssAuthorEmailGivesTheName(value: String, expected: String) {
        #expect(FeedCollector.authorName(value) == expected)
    }

    @Test func brokenFeedKeepsItemsBeforeTheBreak() {
        let cut = String(Self.rss.prefix(Self.rss.count - 200))
        let results = FeedReader.read(Array(cut.utf8), source: "f.xml")
        #expect(results.first?.document != nil)
        #expect(results.last?.problem != nil)
    }

    /// libxml2 refuses a document of more than 10 MB given in one piece ("huge input lookup"), which
    /// turned every big feed into a spurious problem; the feed is now pushed to the parser in chunks.
    @Test(arguments: [1, 60_000])
    func everyItemOfABigFeedIsReadWithoutAProblem(items: Int) {
        let item = "<item><title>T</title><link>https://a.example/x</link><description>A plain description of an invented event, long enough to matter.</description></item>"
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title>"
            + String(repeating: item, count: items) + "</channel></rss>"
        let results = FeedReader.read(Array(feed.utf8), source: "f.xml")
        #expect(results.count == items)
        #expect(results.allSatisfy { $0.document != nil })
    }

    /// Entities are never expanded from outside the feed (XXE), and an entity bomb is refused, not expanded.
    @Test(arguments: [
        "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY x \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>",
    ])
    func entitiesAreNeitherFetchedNorExpandedWithoutBound(doctype: String) {
        let feed = "<?xml version=\"1.0\"?>" + doctype
            + "<rss version=\"2.0\"><channel><title>C</title><item><title>T</title><description>Leak: &x; end.</description></item></channel></rss>"
        let results = FeedReader.read(Array(feed.utf8), source: "f.xml")
        let text = results.compactMap(\.document).map { String(describing: $0.content) }.joined()
        #expect(!text.contains("root:"))
        #expect(text.utf8.count < 10_000)
    }
}
