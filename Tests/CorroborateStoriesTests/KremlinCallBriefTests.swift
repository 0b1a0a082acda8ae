import CorroborateCore
import CorroborateExtraction
import CorroborateReports
import CorroborateText
import Foundation
import Testing

@testable import CorroborateStories

/// End to end on the five real pages in ../shared/examples/kremlin-call: read, extract, annotate,
/// cluster and reconcile, then check what a careful reader would say of the brief.
@Suite(.enabled(if: KremlinCallBrief.available, "../shared/examples/kremlin-call is not beside the project"))
struct KremlinCallBriefTests {
    let story: Story
    let articles: [Article]

    init() async throws {
        let brief = try #require(await KremlinCallBrief.shared.brief)
        articles = brief.articles
        story = try #require(brief.stories.first)
        #expect(brief.stories.count == 1)
    }

    func article(outlet: String) -> String? { articles.first { $0.outlet == outlet }?.id }

    @Test func allFiveArticlesFormOneStory() {
        #expect(story.articles.count == 5)
    }

    @Test func peskovsDenialIsGroupedAcrossWordings() {
        let byID = Dictionary(story.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let peskov = story.quoteGroups.filter { group in group.quotes.contains { byID[$0]?.speakerName == "Dmitry Peskov" } }
        #expect(peskov.contains { $0.articles.count >= 4 })
    }

    @Test func theCallClaimIsDisputed() throws {
        let claim = try #require(story.claims.first { $0.status == .disputed })
        let stances = Set(claim.positions.map { "\($0.holderName):\($0.stance.rawValue)" })
        #expect(stances.contains("The Washington Post:asserts"))
        #expect(stances.contains("Dmitry Peskov:denies"))
        #expect(stances.contains("Steven Cheung:declines"))
    }

    /// Kyiv's denial of being told in advance is its own claim, carried by two wordings (Tykhyi's
    /// statement via Reuters, the Foreign Ministry in The Moscow Times), apart from the call claim.
    @Test func kyivDeniesBeingToldInAdvance() throws {
        let claim = try #require(story.claims.first { claim in claim.positions.contains { $0.holderName == "Heorhii Tykhyi" && $0.stance == .denies } })
        #expect(!claim.positions.contains { $0.holderName == "Dmitry Peskov" })
        let moscowTimes = try #require(article(outlet: "The Moscow Times"))
        #expect(claim.positions.contains { $0.stance == .denies && $0.articles.contains(moscowTimes) })
    }

    @Test func theCallClaimIsOneClaimNamingThePairAndTheDay() throws {
        let calls = story.claims.filter { claim in claim.positions.contains { $0.holderName == "Dmitry Peskov" && $0.stance == .denies } && claim.status == .disputed }
        #expect(calls.count == 1)
        let text = try #require(calls.first?.text)
        #expect(text.contains("Putin") && text.contains("Trump"))
    }

    @Test func theReportDateDiscrepancyIsFound() throws {
        let discrepancy = try #require(story.discrepancies.first { $0.topic.contains("Washington Post") })
        #expect(discrepancy.values.map(\.value) == ["2024-11-07", "2024-11-10"])
    }

    @Test(arguments: ["Japan Today", "The Moscow Times", "TRT World"])
    func outletHasExclusives(_ outlet: String) throws {
        let id = try #require(article(outlet: outlet))
        #expect(story.exclusives.contains { $0.article == id && !$0.statements.isEmpty })
    }

    @Test func timelineRunsFromTheCallToTheInauguration() {
        #expect(story.timeline.first?.date.day == "2024-11-07")
        #expect(story.timeline.last?.date.day == "2025-01-20")
    }

    @Test func htmlReportShowsTheDisputeInChromium() throws {
        guard let chromium = KremlinCallBrief.chromium else { return }
        let brief = Brief(generatedAt: "2024-11-12T00:00:00Z", articles: articles, stories: [story], problems: [])
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-brief-\(UUID().uuidString).html")
        try BriefHTML().render(brief).write(to: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = try KremlinCallBrief.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString])
        #expect(dom.contains("<td class=\"status disputed\">disputed</td>"))
        #expect(dom.contains("Dmitry Peskov: denies"))
        #expect(dom.components(separatedBy: "<div class=\"outlet\">").count == 6)
    }
}

/// The brief of the kremlin-call examples, built once for the whole suite.
actor KremlinCallBrief {
    static let shared = KremlinCallBrief()
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/kremlin-call")
    static var available: Bool { FileManager.default.fileExists(atPath: directory.path) }
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private var task: Task<Brief, Never>?

    /// Built by the first caller; later callers wait for the same task.
    var brief: Brief? {
        get async {
            if task == nil { task = Task { await Self.build() } }
            return await task?.value
        }
    }

    private static func build() async -> Brief {
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        var articles: [Article] = []
        for await result in DocumentReader(inputs: [directory.path]) {
            if let document = result.document, let article = try? extractor.article(from: document) { articles.append(article) }
        }
        let recognizer = try? EntityRecognizer.bundled()
        let inputs = articles.map { StoryInput.annotating($0, pipeline: .standard, recognizer: recognizer) }
        let stories = StoryBuilder(meaning: SentenceMeaning.installed()).stories(from: inputs)
        return Brief(generatedAt: "2024-11-12T00:00:00Z", articles: articles, stories: stories, problems: [])
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
