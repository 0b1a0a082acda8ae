import CorroborateEvaluation
import Foundation
import Testing

@Suite struct SmallBatchClusteringEvaluationTests {
    /// An FNC-1 layout with stories of 1, 3, 5, 8 and 12 bodies.
    func dataset() throws -> FNCDataset {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("small-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bodies = ["Body ID,articleBody"], stances = ["Headline,Body ID,Stance"], stories = ["Body ID,story"]
        var id = 0
        for (story, size) in [1, 3, 5, 8, 12].enumerated() {
            for _ in 0..<size {
                bodies.append("\(id),\"Body \(id) of story \(story) word\(story)\"")
                stances.append("Headline \(story),\(id),discuss")
                stories.append("\(id),s\(story)")
                id += 1
            }
        }
        for (name, lines) in [("train_bodies.csv", bodies), ("train_stances.csv", stances), ("story_clusters.csv", stories)] {
            try lines.joined(separator: "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try FNCDataset(directory: folder.path)
    }

    @Test(arguments: [(1...1, 3...12), (1...4, 3...12), (2...3, 2...4)])
    func batchesHoldTheDrawnGroupsAndBodies(_ groups: ClosedRange<Int>, _ bodies: ClosedRange<Int>) throws {
        let dataset = try dataset()
        var sampling = SmallBatchClusteringEvaluation.Sampling()
        sampling.batches = 30
        sampling.groups = groups
        sampling.bodies = bodies
        let evaluation = SmallBatchClusteringEvaluation(sampling: sampling)
        let batches = evaluation.batches(of: dataset)
        #expect(batches.count == 30)
        for batch in batches {
            var sizes: [String: Int] = [:]
            for index in batch.bodies { sizes[dataset.stories[dataset.bodies[index].id] ?? "", default: 0] += 1 }
            #expect(groups.contains(sizes.count))
            #expect(sizes.values.allSatisfy { $0 <= bodies.upperBound })
            #expect(batch.bodies == batch.bodies.sorted())
        }
        #expect(evaluation.batches(of: dataset).map(\.bodies) == batches.map(\.bodies))
    }

    @Test func anotherSeedDrawsOtherBatches() throws {
        let dataset = try dataset()
        var sampling = SmallBatchClusteringEvaluation.Sampling()
        let first = SmallBatchClusteringEvaluation(sampling: sampling).batches(of: dataset).map(\.bodies)
        sampling.seed += 1
        #expect(SmallBatchClusteringEvaluation(sampling: sampling).batches(of: dataset).map(\.bodies) != first)
    }

    @Test func titlesAreTheFirstRelatedHeadlines() throws {
        let titles = SmallBatchClusteringEvaluation.titles(try dataset())
        #expect(titles["0"] == "Headline 0")
        #expect(titles["4"] == "Headline 2")
    }
}
