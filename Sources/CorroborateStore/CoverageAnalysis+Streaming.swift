import CorroborateCore
import CorroborateStories
import Foundation

extension CoverageAnalysis {
    /// Annotates articles as they arrive, up to `workers` at once, and puts each compact story
    /// input (``StoryInput/compacted(keepingParagraphs:)``) and its clustering key in `spill` as
    /// soon as they are made, keeping only the article's id and day and the document frequencies
    /// of all terms: a run over thousands of pages holds neither the pages, nor their annotations,
    /// nor their terms. `next` yields the articles in input order, nil at the end; the articles
    /// come back in that order.
    public func spilledInputs(
        workers: Int, keepingParagraphs paragraphs: Int = 0, spill: some StoryInputSpill,
        next: () async throws -> Article?
    ) async throws -> SpilledStoryInputs {
        let tokenizer = builder.tokenizer
        return try await withThrowingTaskGroup(of: (Int, ClusteringKey, Data).self) { group in
            var spilled: [SpilledStoryInput?] = [], running = 0, statistics = TermStatistics()
            func store(_ index: Int, _ key: ClusteringKey, _ input: Data) throws {
                statistics.add(key.terms)
                spilled[index] = SpilledStoryInput(
                    id: key.id, publicationDay: key.publicationDay, key: try spill.append(key.record()), input: try spill.append(input))
            }
            while let article = try await next() {
                if running >= max(1, workers), let (index, key, input) = try await group.next() {
                    try store(index, key, input)
                    running -= 1
                }
                let index = spilled.count
                spilled.append(nil)
                group.addTask {
                    let input = annotated(article).compacted(keepingParagraphs: paragraphs)
                    return (index, input.clusteringKey(tokenizer), try input.spillRecord())
                }
                running += 1
            }
            while let (index, key, input) = try await group.next() { try store(index, key, input) }
            return SpilledStoryInputs(articles: spilled.compactMap { $0 }, statistics: statistics)
        }
    }

    /// The stories of spilled inputs before they are built: each the input records of its
    /// articles, in brief order (most articles first, then by story id). The keys are read back
    /// from `spill` one at a time.
    public func storyPlan(of inputs: SpilledStoryInputs, spill: some StoryInputSpill) throws -> [[Int]] {
        let articles = inputs.articles
        let clusters = try builder.cluster(ids: articles.map(\.id), days: articles.map(\.publicationDay), statistics: inputs.statistics) {
            try ClusteringKey(record: spill.record(at: articles[$0].key))
        }
        return StoryBuilder.briefOrder(clusters) { $0.map { articles[$0].id } }.map { $0.map { articles[$0].input } }
    }

    /// Builds the stories of `plan` from the inputs in `spill`, up to `workers` at once, and hands
    /// each, with its inputs, to `body` in plan order. Only the stories being built and those
    /// waiting for an earlier one are held.
    public func stories(
        of plan: [[Int]], spill: some StoryInputSpill, workers: Int, _ body: (Story, [StoryInput]) throws -> Void
    ) async throws {
        let workers = max(1, workers)
        try await withThrowingTaskGroup(of: (Int, Story, [StoryInput]).self) { group in
            var finished: [Int: (Story, [StoryInput])] = [:], next = 0, written = 0, running = 0
            while written < plan.count {
                while running < workers, next < plan.count, next - written < 4 * workers {
                    let index = next, records = plan[index]
                    group.addTask {
                        let inputs = try records.map { try spill.input(at: $0) }
                        return (index, builder.story(from: inputs), inputs)
                    }
                    next += 1
                    running += 1
                }
                guard let (index, story, inputs) = try await group.next() else { break }
                running -= 1
                finished[index] = (story, inputs)
                while let (story, inputs) = finished.removeValue(forKey: written) {
                    try body(story, inputs)
                    written += 1
                }
            }
        }
    }
}
