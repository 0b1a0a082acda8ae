import CorroborateCore
import CorroborateServer
import CorroborateStore
import Foundation
import Testing

/// The five real pages of ../shared/examples/kremlin-call, analyzed, stored in SQLite and served:
/// the story page in headless Chromium shows the disputed call and the five outlets side by side.
@Suite(
    .enabled(if: KremlinCallStore.available, "../shared/examples/kremlin-call is not beside the project"),
    .enabled(if: Chromium.path != nil, "no chromium at /usr/bin/chromium or /usr/bin/chromium-browser"))
struct KremlinCallServerTests {
    @Test func storyPageShowsTheDisputedCallInChromium() async throws {
        let (store, story) = try await KremlinCallStore.shared.filled()
        let dom = try await Chromium.dom(of: "/stories/\(story)", store: store)
        #expect(dom.contains("<td class=\"status disputed\">disputed</td>"))
        #expect(dom.contains("Dmitry Peskov: denies"))
        #expect(dom.components(separatedBy: "<div class=\"outlet\">").count == 6)
        #expect(dom.contains("<a href=\"/entities/Dmitry%20Peskov\">Dmitry Peskov</a>"))
    }

    @Test func entityPageListsPeskovsQuotes() async throws {
        let (store, _) = try await KremlinCallStore.shared.filled()
        let answer = try await TestServer.get("/api/entities/Peskov/quotes", store: store)
        let stories = try #require(answer.object?["stories"] as? [[String: Any]])
        #expect(stories.count == 1)
        #expect(((stories.first?["quotes"] as? [Any])?.count ?? 0) >= 4)
    }
}

/// The kremlin-call examples analyzed once and stored in a temporary SQLite file.
actor KremlinCallStore {
    static let shared = KremlinCallStore()
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/kremlin-call")
    static var available: Bool { FileManager.default.fileExists(atPath: directory.path) }

    private var task: Task<(SQLiteStore, String), any Error>?

    /// The store and the id of the story the five articles form.
    func filled() async throws -> (SQLiteStore, String) {
        if task == nil { task = Task { try await Self.build() } }
        return try await task!.value
    }

    private static func build() async throws -> (SQLiteStore, String) {
        let analysis = CoverageAnalysis.standard()
        let (articles, problems) = analysis.articles(from: [directory.path])
        let brief = analysis.brief(articles: articles, problems: problems, generatedAt: "2024-11-12T00:00:00Z")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-kremlin-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        try await store.insert(brief.articles)
        try await store.save(brief.stories, removing: [])
        let story = try #require(brief.stories.max { $0.articles.count < $1.articles.count })
        return (store, story.id)
    }
}
