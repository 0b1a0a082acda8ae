import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStore

/// `analyze` annotates articles and reconciles stories on several tasks at once; the brief must
/// not depend on how many.
@Suite struct CoverageAnalysisTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/vell-bridge").path

    @Test func theBriefIsTheSameOnOneTaskOrSeveral() async throws {
        let analysis = CoverageAnalysis.standard()
        let (articles, problems) = analysis.articles(from: [Self.examples])
        try #require(articles.count >= 5)
        let sequential = analysis.brief(articles: articles, problems: problems, generatedAt: "2024-01-01T00:00:00Z")
        let concurrent = await analysis.brief(articles: articles, problems: problems, generatedAt: "2024-01-01T00:00:00Z", workers: 3)
        #expect(concurrent == sequential)
        #expect(!concurrent.stories.isEmpty)
    }

    /// The streamed run (articles annotated as they arrive, compact inputs and clustering keys
    /// spilled to a file and read back) gives the batch's stories, and leaves no file behind.
    @Test func theSpilledStoriesAreTheBatchStories() async throws {
        let analysis = CoverageAnalysis.standard()
        let (articles, problems) = analysis.articles(from: [Self.examples])
        try #require(articles.count >= 5)
        let batch = analysis.brief(articles: articles, problems: problems, generatedAt: "2024-01-01T00:00:00Z")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let spill = try StoryInputSpillFile(directory: directory)
        var remaining = articles[...]
        let inputs = try await analysis.spilledInputs(workers: 2, keepingParagraphs: 2, spill: spill) { remaining.popFirst() }
        #expect(inputs.articles.map(\.id) == articles.map(\.id))
        #expect(Set(inputs.articles.flatMap { [$0.key, $0.input] }) == Set(0..<(2 * articles.count)))
        #expect(inputs.statistics.documents == articles.count)
        var stories: [Story] = []
        try await analysis.stories(of: try analysis.storyPlan(of: inputs, spill: spill), spill: spill, workers: 2) { story, inputs in
            #expect(inputs.map(\.article.id) == story.articles)
            #expect(inputs.allSatisfy { $0.article.body.count <= 2 && $0.article.removed.isEmpty })
            stories.append(story)
        }
        spill.close()
        #expect(stories == batch.stories)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
