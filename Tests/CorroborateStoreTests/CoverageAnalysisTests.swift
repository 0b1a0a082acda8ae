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

    /// The streamed run (articles annotated as they arrive, inputs kept compact) gives the batch's stories.
    @Test func theStreamedStoriesAreTheBatchStories() async throws {
        let analysis = CoverageAnalysis.standard()
        let (articles, problems) = analysis.articles(from: [Self.examples])
        try #require(articles.count >= 5)
        let batch = analysis.brief(articles: articles, problems: problems, generatedAt: "2024-01-01T00:00:00Z")
        var remaining = articles[...]
        let inputs = try await analysis.compactInputs(workers: 2) { remaining.popFirst() }
        #expect(inputs.map(\.article.id) == articles.map(\.id))
        #expect(inputs.allSatisfy { $0.article.body.isEmpty && $0.article.removed.isEmpty })
        #expect(await analysis.stories(of: inputs, workers: 2) == batch.stories)
    }
}
