import CorroborateCore
import CorroborateStories
import Foundation

extension CoverageAnalysis {
    /// Annotates articles as they arrive, up to `workers` at once, and puts each compact story
    /// input (``StoryInput/compacted(keepingParagraphs:)``) in `spill` as soon as it is made,
    /// keeping only its clustering key: a run over thousands of pages holds neither the pages nor
    /// their annotations. `next` yields the articles in input order, nil at the end; the keys come
    /// back in that order.
    public func spilledInputs(
        workers: Int, keepingParagraphs paragraphs: Int = 0, spill: some StoryInputSpill,
        next: () async throws -> Article?
    ) async throws -> [SpilledStoryInput] {
        let tokenizer = builder.tokenizer
        return try await withThrowingTaskGroup(of: (Int, ClusteringKey, Data).self) { group in
            var spilled: [SpilledStoryInput?] = [], running = 0
            func store(_ index: Int, _ key: ClusteringKey, _ record: Data) throws {
                spilled[index] = SpilledStoryInput(key: key, record: try spill.append(record))
            }
            while let article = try await next() {
                if running >= max(1, workers), let (index, key, record) = try await group.next() {
                    try store(index, key, record)
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
            while let (index, key, record) = try await group.next() { try store(index, key, record) }
            return spilled.compactMap { $0 }
        }
    }

    /// The stories of spilled inputs before they are built: each the records of its articles,
    /// in brief order (most articles first, then by story id).
    public func storyPlan(of inputs: [SpilledStoryInput]) -> [[Int]] {
        let clusters = builder.cluster(keys: inputs.map(\.key))
        return StoryBuilder.briefOrder(clusters) { $0.map { inputs[$0].key.id } }.map { $0.map { inputs[$0].record } }
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
