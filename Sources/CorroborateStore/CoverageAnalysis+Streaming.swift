import CorroborateCore
import CorroborateStories

extension CoverageAnalysis {
    /// Annotates articles as they arrive, up to `workers` at once, keeping only the compact story
    /// inputs (``StoryInput/compacted()``): a run over thousands of pages holds neither the pages nor
    /// the articles' removed pieces. `next` yields the articles in input order, nil at the end; the
    /// inputs come back in that order.
    public func compactInputs(workers: Int, next: () async throws -> Article?) async throws -> [StoryInput] {
        try await withThrowingTaskGroup(of: (Int, StoryInput).self) { group in
            var inputs: [StoryInput?] = [], running = 0
            while let article = try await next() {
                if running >= max(1, workers), let (index, input) = try await group.next() {
                    inputs[index] = input
                    running -= 1
                }
                let index = inputs.count
                inputs.append(nil)
                group.addTask { (index, annotated(article).compacted()) }
                running += 1
            }
            while let (index, input) = try await group.next() { inputs[index] = input }
            return inputs.compactMap { $0 }
        }
    }

    /// The stories of `inputs` in brief order, reconciled on up to `workers` tasks at once.
    public func stories(of inputs: [StoryInput], workers: Int) async -> [Story] {
        let clusters = builder.cluster(inputs)
        return StoryBuilder.briefOrder(await clusters.concurrentMap(workers: workers) { builder.story(from: $0) })
    }
}
