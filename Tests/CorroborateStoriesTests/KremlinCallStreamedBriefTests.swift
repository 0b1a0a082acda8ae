import CorroborateCore
import CorroborateExtraction
import CorroborateReports
import CorroborateText
import Foundation
import Testing

@testable import CorroborateStories

/// `analyze --format json` keeps only compact story inputs and writes the brief in pieces: on the
/// five kremlin-call pages the brief must come out byte for byte as built and encoded whole.
@Suite(.enabled(if: KremlinCallBrief.available, "../shared/examples/kremlin-call is not beside the project"))
struct KremlinCallStreamedBriefTests {
    /// The five pages extracted and annotated, the builder, and the brief built and kept whole.
    static func wholeBrief() async throws -> (articles: [Article], inputs: [StoryInput], builder: StoryBuilder, whole: Brief) {
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        var articles: [Article] = []
        for await result in DocumentReader(inputs: [KremlinCallBrief.directory.path]) {
            if let document = result.document, let article = try? extractor.article(from: document) { articles.append(article) }
        }
        try #require(articles.count == 5)
        let recognizer = try? EntityRecognizer.bundled()
        let inputs = articles.map { StoryInput.annotating($0, pipeline: .standard, recognizer: recognizer) }
        let builder = StoryBuilder(meaning: SentenceMeaning.installed())
        let whole = Brief(generatedAt: "2024-11-12T00:00:00Z", articles: articles, stories: builder.stories(from: inputs), problems: [])
        return (articles, inputs, builder, whole)
    }

    @Test func compactInputsMakeTheSameBriefBytes() async throws {
        let (articles, inputs, builder, whole) = try await Self.wholeBrief()

        var streamed = Data()
        var writer = BriefJSONWriter { streamed.append($0) }
        for article in articles { try writer.add(article) }
        try writer.finishArticles(generatedAt: whole.generatedAt, problems: [])
        for story in builder.stories(from: inputs.map { $0.compacted() }) { try writer.add(story) }
        try writer.finish()

        let expected = try BriefJSONWriter.encoder().encode(whole) + Data("\n".utf8)
        #expect(streamed == expected)
        #expect(whole.stories.count == 1)
    }

    /// `analyze` keeps each compact input in a spill and only its clustering key in memory, then
    /// reads the inputs back story by story: every format comes out as the whole brief renders.
    @Test func spilledInputsMakeTheSameBriefInEveryFormat() async throws {
        let (articles, inputs, builder, whole) = try await Self.wholeBrief()

        let spill = InMemoryStoryInputSpill()
        let records = try inputs.map { try spill.append($0.compacted(keepingParagraphs: BriefHTML.leadParagraphs)) }
        let keys = inputs.map { $0.clusteringKey(builder.tokenizer) }
        let plan = StoryBuilder.briefOrder(builder.cluster(keys: keys)) { $0.map { keys[$0].id } }
        var stories: [(Story, [String: Article])] = []
        for cluster in plan {
            let spilled = try cluster.map { try spill.input(at: records[$0]) }
            stories.append((builder.story(from: spilled), Dictionary(spilled.map { ($0.article.id, $0.article) }, uniquingKeysWith: { a, _ in a })))
        }
        #expect(stories.map(\.0) == whole.stories)

        let markdown = BriefMarkdown()
        let streamedMarkdown = markdown.opening(stories: plan.count, articles: articles.count)
            + stories.map { markdown.piece($0.0, articles: $0.1) }.joined() + markdown.closing(problems: [])
        #expect(streamedMarkdown == markdown.render(whole))
        let html = BriefHTML()
        let streamedHTML = html.opening(stories: plan.count, articles: articles.count, generatedAt: whole.generatedAt)
            + stories.map { html.render($0.0, articles: $0.1) }.joined() + html.closing(problems: [])
        #expect(streamedHTML == html.render(whole))
    }
}
