import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct JSONLinesReaderTests {
    static let lines = """
        {"url": "https://a.example/1", "title": "One", "text": "First paragraph.\\n\\nSecond.", "date": "2024-11-11", "outlet": "A News", "author": ["X Y"]}
        {"url": "https://a.example/2", "title": "Two", "html": "<p>Markup</p>"
        not json at all

        {"url": "https://a.example/3", "content": "<p>Three</p>", "published": "Mon, 11 Nov 2024 15:41:00 GMT"}
        {"url": "https://a.example/4", "title": "No body"}
        """

    private func results() throws -> [ReadResult] {
        ReaderFixtures.read([try ReaderFixtures.file("records.jsonl", Array(Self.lines.utf8))])
    }

    @Test func badLinesAreProblemsAndTheRestContinue() throws {
        let results = try results()
        #expect(results.compactMap(\.document).compactMap(\.hints.url) == ["https://a.example/1", "https://a.example/3"])
        #expect(results.compactMap(\.problem).map { String($0.source.split(separator: "#").last ?? "") } == ["L2", "L3", "L6"])
    }

    @Test func recordFieldsBecomeHints() throws {
        let first = try #require(try results().first?.document)
        #expect(first.content == .articleText("First paragraph.\n\nSecond."))
        #expect(first.hints.title == "One" && first.hints.outlet == "A News" && first.hints.byline == ["X Y"])
        #expect(first.hints.published == PublicationDate("2024-11-11"))
    }

    @Test func contentWithTagsIsHTML() throws {
        let third = try #require(try results().compactMap(\.document).last)
        #expect(third.content == .html(Array("<p>Three</p>".utf8)))
        #expect(third.hints.published == PublicationDate("2024-11-11T15:41:00Z"))
    }

    @Test func jsonArrayOfRecordsIsRead() throws {
        let array = "[\n  {\"url\": \"https://a.example/1\", \"text\": \"One.\"},\n  {\"url\": \"https://a.example/2\"}\n]\n"
        let path = try ReaderFixtures.file("records.json", Array(array.utf8))
        let results = ReaderFixtures.read([path])
        #expect(results.first?.document?.hints.url == "https://a.example/1")
        #expect(results.last?.problem?.source == "\(path)#2")
    }

    @Test func prettyPrintedObjectIsOneRecord() throws {
        let object = "{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n"
        let path = try ReaderFixtures.file("record.json", Array(object.utf8))
        let results = ReaderFixtures.read([path])
        #expect(results.count == 1 && results.first?.document?.hints.title == "T")
    }

    @Test func badFirstLineIsAProblemAndLaterLinesAreRead() throws {
        let lines = "{broken\n{\"url\": \"https://a.example/2\", \"text\": \"Two.\"}\n"
        let path = try ReaderFixtures.file("records.jsonl", Array(lines.utf8))
        let results = ReaderFixtures.read([path])
        #expect(results.first?.problem?.source == "\(path)#L1")
        #expect(results.last?.document?.source == "\(path)#L2")
    }

    @Test(arguments: [
        ("{\"title\": \"T\", \"text\": \"Body.\", \"n\": 1e999}", "not valid JSON ("),
        (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000), "not valid JSON ("),
        ("{\"text\": \"cut", "not valid JSON ("),
        ("[1, 2]", "a JSON array, not an object"),
        ("\"just a string\"", "a JSON string, not an object"),
        ("null", "a JSON null, not an object"),
    ])
    func aBadLineSaysWhyAndTheNextLineIsRead(bad: String, reason: String) throws {
        let good = "{\"url\": \"https://a.example/1\", \"text\": \"One.\"}"
        let path = try ReaderFixtures.file("records.jsonl", Array((good + "\n" + bad + "\n" + good + "\n").utf8))
        let results = ReaderFixtures.read([path])
        #expect(results.count == 3)
        #expect(results[1].problem?.source == "\(path)#L2")
        #expect(results[1].problem?.message.hasPrefix(reason) == true)
        #expect(results[1].problem?.message.contains("\n") == false)
        #expect(results[2].document?.source == "\(path)#L3")
    }
}
