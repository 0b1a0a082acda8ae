import ArgumentParser
import CorroborateEvaluation
import CorroborateStories
import CorroborateText
import Foundation

/// `corroborate eval clusters DIR`: story clustering against FNC-1's derived story groups.
struct EvalClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Score story clustering on an FNC-1 split with story_clusters.csv (pairwise and B-cubed P/R/F1)."
    )

    @Argument(help: "A directory holding *bodies.csv, *stances.csv and story_clusters.csv.")
    var directory: String = "../shared/data/stance/fnc1-train"

    @Option(help: "Write the predicted stories as a CSV of Body ID,story to this file.")
    var predictions: String?

    @Option(help: "Minimum similarity to attach an article to a story (default 0.18).")
    var attachThreshold: Float?

    @Option(help: "Minimum centroid cosine to merge two stories (default 0.5).")
    var mergeThreshold: Float?

    @Option(help: "Score the best candidate stories by this many nearest members (default 2; 0: by the centroid alone).")
    var nearestMembers: Int?

    @Option(help: "Weight of the lead cosine in an article-to-member similarity (default 0.3).")
    var leadWeight: Float?

    @Option(help: "Power of the IDF in the lead vector (default 2; 1: plain TF-IDF).")
    var leadIdfPower: Float?

    @Option(help: "JSON lines of `corroborate embed` for the bodies, one per body in file order (see --leads); default: TF-IDF only.")
    var embeddings: String?

    @Option(help: "Weight of the embedding cosine when --embeddings is given (default 0.5).")
    var embeddingWeight: Float?

    @Option(help: "Settle stories of at most this many articles at the end into the most alike story (default 2; 0: never).")
    var settleSize: Int?

    @Option(help: "Least mean similarity of a small story's members to another story for settling into it (default 0.16).")
    var settleThreshold: Float?

    @Option(help: "Settle stories above --settle-size and of at most this many articles too, at --larger-settle-threshold (default 8).")
    var largerSettleSize: Int?

    @Option(help: "Least mean similarity of such a larger story's members to another story for settling into it (default 0.25).")
    var largerSettleThreshold: Float?

    @Option(help: "Merge two stories only when each one's claim terms are in this share of the other's kept members (default 0.3; 0: by the centroid alone).")
    var claimCoverage: Float?

    @Option(help: "A story's claim terms are those in the leads of at least this share of its kept members (default 0.7).")
    var claimLeadShare: Float?

    @Option(help: "Try splitting a story in two claims when an article joins it and it has at least this many articles, all kept (default 6; 0: never).")
    var splitSize: Int?

    @Option(help: "Least mean similarity within the two parts above that across them for a split (default 0.1).")
    var splitMargin: Float?

    @Option(help: "A part's own claim terms may be in the leads of at most this share of the other part's members (default 0.15).")
    var splitOtherShare: Float?

    @Option(help: "...and in the whole text of at most this share of them (default 0.3; 1: not checked).")
    var splitOtherTextShare: Float?

    @Option(help: "Whether the two parts of a split are kept from merging or settling into each other (default true).")
    var splitKeepsApart: Bool?
    @Option(help: "Most mean similarity across the two parts of a split, as a share of that within them (default 0.4; 1: not checked).")
    var splitAcrossShare: Float?

    @Option(help: "Documents the bundled background frequencies count as, mixed into the counted ones (default: the clusterer's; 0: off).")
    var backgroundDocuments: Float?

    @Option(help: "The background's weight fades linearly to none at this many documents in the batch (default: the clusterer's; 0: never fades).")
    var backgroundFadeDocuments: Int?

    @Option(help: "The story desk's background weight fades to none at this many open stories (--desk-step; default: the clusterer's; 0: by documents alone).")
    var deskBackgroundFadeStories: Int?

    @Flag(help: "Annotate each body and feed its entity names, as analyze and ingest do (default: text only).")
    var entities = false

    @Option(help: "Weight of the shared-entity share when --entities is given (default 0.15).")
    var entityWeight: Float?

    @Option(help: "Write each body on one line (white space collapsed) to this file, for `corroborate embed`, and stop.")
    var leads: String?

    @Option(help: "Also score this many small batches, each clustered alone as `analyze` clusters (batch-local document frequencies). (default: none)")
    var batches: Int?

    @Option(help: "Gold story groups per small batch, drawn from this range.")
    var groups = CountRange(1...4)

    @Option(help: "Most bodies taken from each group of a small batch, drawn per group from this range.")
    var bodies = CountRange(3...12)

    @Option(help: "Seed of the small batches' generator.")
    var seed: UInt64 = 13

    @Flag(inversion: .prefixedNo, help: "Give each body of a small batch its first related FNC-1 headline as title, as articles have one.")
    var titles = true

    @Flag(help: "Print each small batch that was split or merged: its bodies by predicted story, with their gold story.")
    var showErrors = false

    @Option(help: "Also stream the bodies through one story desk in steps of this many, as successive `ingest` runs cluster them, and score the stories after each step. (default: none)")
    var deskStep: Int?

    @Option(help: "Seed of the stream's shuffle of the bodies (--desk-step).")
    var deskSeed: UInt64 = 14

    @Option(help: "A file of Body IDs, one a line, giving the stream's order instead of the seeded shuffle (--desk-step).")
    var deskOrder: String?

    func validate() throws {
        if let nearestMembers, nearestMembers < 0 { throw ValidationError("--nearest-members must be 0 or more") }
        if let settleSize, settleSize < 0 { throw ValidationError("--settle-size must be 0 or more") }
        if let batches, batches < 1 { throw ValidationError("--batches must be at least 1") }
        if let deskStep, deskStep < 1 { throw ValidationError("--desk-step must be at least 1") }
        if let largerSettleSize, largerSettleSize < 0 { throw ValidationError("--larger-settle-size must be 0 or more") }
    }

    func run() async throws {
        let dataset = try FNCDataset(directory: directory)
        if let leads {
            let lines = dataset.bodies.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\n" }
            try lines.joined().writeOutput(toPath: leads)
            return
        }
        var settings = StoryClusterer.Configuration()
        if let attachThreshold { settings.attachThreshold = attachThreshold }
        if let mergeThreshold { settings.mergeThreshold = mergeThreshold }
        if let embeddingWeight { settings.embeddingWeight = embeddingWeight }
        if let nearestMembers { settings.nearestMembers = nearestMembers }
        if let leadWeight { settings.leadWeight = leadWeight }
        if let leadIdfPower { settings.leadIDFPower = leadIdfPower }
        if let settleSize { settings.settleSize = settleSize }
        if let settleThreshold { settings.settleThreshold = settleThreshold }
        if let largerSettleSize { settings.largerSettleSize = largerSettleSize }
        if let largerSettleThreshold { settings.largerSettleThreshold = largerSettleThreshold }
        if let entityWeight { settings.entityWeight = entityWeight }
        if let claimCoverage { settings.claimCoverage = claimCoverage }
        if let claimLeadShare { settings.claimLeadShare = claimLeadShare }
        if let splitSize { settings.splitSize = splitSize }
        if let splitMargin { settings.splitMargin = splitMargin }
        if let splitOtherShare { settings.splitOtherShare = splitOtherShare }
        if let splitOtherTextShare { settings.splitOtherTextShare = splitOtherTextShare }
        if let splitKeepsApart { settings.splitKeepsApart = splitKeepsApart }
        if let splitAcrossShare { settings.splitAcrossShare = splitAcrossShare }
        if let backgroundDocuments { settings.backgroundDocuments = backgroundDocuments }
        if let backgroundFadeDocuments { settings.backgroundFadeDocuments = backgroundFadeDocuments }
        if let deskBackgroundFadeStories { settings.deskBackgroundFadeStories = deskBackgroundFadeStories }
        let vectors = try embeddings.map { try EmbeddingLines.read($0, expecting: dataset.bodies.count) }
        let names = entities ? try Self.entityNames(dataset.bodies.map(\.text)) : nil
        let (predicted, score) = StoryClusteringEvaluation(configuration: settings).score(dataset, embeddings: vectors, entities: names)
        print(score)
        if let predictions {
            let rows = dataset.bodies.map { "\($0.id),\(predicted[$0.id] ?? "")" }
            try (["Body ID,story"] + rows).joined(separator: "\n").appending("\n")
                .writeOutput(toPath: predictions)
        }
        if let batches { scoreSmallBatches(batches, of: dataset, settings: settings) }
        if let deskStep { try scoreDeskStream(step: deskStep, of: dataset, settings: settings) }
    }

    /// Streams the bodies through one story desk in steps of `step` and prints the score after each step.
    private func scoreDeskStream(step: Int, of dataset: FNCDataset, settings: StoryClusterer.Configuration) throws {
        let order = try deskOrder.map { file in
            try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        } ?? StoryClusteringEvaluation.shuffled(dataset, seed: deskSeed)
        print("desk stream: steps of \(step) bodies, \(deskOrder.map { "order of \($0)" } ?? "seed \(deskSeed)")")
        print("bodies  pairwise P      R     F1  B-cubed F1  stories")
        for score in StoryClusteringEvaluation(configuration: settings).scoreStream(dataset, order: order, step: step) {
            func f(_ value: Double) -> String { String(format: "%.3f", value) }
            print("\(score.items)  \(f(score.pairwisePrecision))  \(f(score.pairwiseRecall))  \(f(score.pairwiseF1))  \(f(score.bcubedF1))  \(score.predictedClusters)")
        }
    }

    /// Scores `count` small batches, each clustered alone through `StoryBuilder` (as `analyze` does).
    private func scoreSmallBatches(_ count: Int, of dataset: FNCDataset, settings: StoryClusterer.Configuration) {
        var sampling = SmallBatchClusteringEvaluation.Sampling()
        sampling.batches = count
        sampling.groups = groups.range
        sampling.bodies = bodies.range
        sampling.seed = seed
        sampling.titles = titles
        let evaluation = SmallBatchClusteringEvaluation(builder: StoryBuilder(clustering: settings), sampling: sampling)
        print("small batches: \(groups.defaultValueDescription) groups, \(bodies.defaultValueDescription) bodies each, seed \(seed)")
        print(evaluation.score(dataset))
        if showErrors { printErrors(of: evaluation, dataset: dataset) }
    }

    /// Each batch whose prediction differs from the gold groups, one predicted story a line.
    private func printErrors(of evaluation: SmallBatchClusteringEvaluation, dataset: FNCDataset) {
        let titles = evaluation.sampling.titles ? SmallBatchClusteringEvaluation.titles(dataset) : [:]
        for (number, batch) in evaluation.batches(of: dataset).enumerated() {
            let predicted = evaluation.predict(batch, in: dataset, titles: titles)
            let ids = batch.bodies.map { dataset.bodies[$0].id }
            var byStory: [String: [(body: String, gold: String)]] = [:]
            for id in ids { byStory[predicted[id] ?? id, default: []].append((id, dataset.stories[id] ?? "?")) }
            let goldStories = Set(ids.compactMap { dataset.stories[$0] })
            let pure = byStory.values.allSatisfy { Set($0.map(\.gold)).count == 1 }
            guard !(pure && byStory.count == goldStories.count) else { continue }
            print("batch \(number):")
            for story in byStory.keys.sorted() {
                print("  \(story): \(byStory[story, default: []].map { "\($0.body)/\($0.gold)" }.joined(separator: " "))")
            }
        }
    }

    /// Each text's entity names, found as `analyze` finds them (standard pipeline, bundled gazetteer).
    private static func entityNames(_ texts: [String]) throws -> [Set<String>] {
        let pipeline = AnnotationPipeline.standard, recognizer = try EntityRecognizer.bundled()
        return texts.map { text in
            StoryInput.clusteringNames(recognizer.entities(in: pipeline.document(for: text, referenceDay: nil)))
        }
    }
}
