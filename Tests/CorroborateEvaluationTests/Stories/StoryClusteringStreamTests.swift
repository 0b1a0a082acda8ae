import CorroborateEvaluation
import Foundation
import Testing

@Suite struct StoryClusteringStreamTests {
    /// An FNC-1 layout of three stories of 4 bodies, each story's bodies sharing its own words.
    func dataset() throws -> FNCDataset {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let subjects = [
            "The Aldersgate bridge over the Vell river collapsed in Vellmar",
            "Dock workers at the port of Kessin went on strike over pensions",
            "A comet named Harrowgate was seen over the observatory of Lindqvist",
        ]
        var bodies = ["Body ID,articleBody"], stances = ["Headline,Body ID,Stance"], stories = ["Body ID,story"]
        for (story, subject) in subjects.enumerated() {
            for copy in 0..<4 {
                let id = story * 4 + copy
                bodies.append("\(id),\"\(subject), report \(copy) said.\"")
                stances.append("\(subject),\(id),discuss")
                stories.append("\(id),s\(story)")
            }
        }
        for (name, lines) in [("train_bodies.csv", bodies), ("train_stances.csv", stances), ("story_clusters.csv", stories)] {
            try lines.joined(separator: "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try FNCDataset(directory: folder.path)
    }

    /// (step, scores expected: one per step, the bodies received after each).
    static let steps: [(step: Int, received: [Int])] = [(5, [5, 10, 12]), (12, [12]), (1, Array(1...12)), (100, [12])]

    @Test(arguments: steps)
    func eachStepIsScoredOverTheBodiesReceivedSoFar(step: Int, received: [Int]) throws {
        let dataset = try dataset()
        let order = StoryClusteringEvaluation.shuffled(dataset, seed: 14)
        let scores = StoryClusteringEvaluation().scoreStream(dataset, order: order, step: step)
        #expect(scores.map(\.items) == received)
        #expect(scores.last?.pairwiseF1 == 1)
        #expect(scores.last?.predictedClusters == 3)
    }

    @Test func theShuffleIsASeededPermutation() throws {
        let dataset = try dataset()
        let order = StoryClusteringEvaluation.shuffled(dataset, seed: 14)
        #expect(order.sorted() == dataset.bodies.map(\.id).sorted())
        #expect(StoryClusteringEvaluation.shuffled(dataset, seed: 14) == order)
        #expect(StoryClusteringEvaluation.shuffled(dataset, seed: 15) != order)
    }
}
