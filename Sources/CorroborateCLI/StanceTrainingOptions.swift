import ArgumentParser
import CorroborateEvaluation
import CorroborateStories
import Foundation

/// A mutable holder for the embedding cache inside the embedding closure.
final class EmbeddingCacheBox {
    var value: StanceEmbeddingCache
    init(_ value: StanceEmbeddingCache) { self.value = value }
}

/// Flags shared by `eval stance` and `train stance`: boosting settings and class weights.
struct StanceTrainingOptions: ParsableArguments {
    @Option(help: "Boosting rounds (default 150).")
    var rounds: Int?

    @Option(help: "Tree depth (default 3).")
    var depth: Int?

    @Option(help: "Training weight of disagree pairs (default 5).")
    var disagreeWeight: Float?

    @Option(help: "Decision multiplier of the disagree probability (default 1).")
    var disagreeBoost: Float = 1

    @Option(help: "Seed of the boosting row sampler (default 1); several seeds show how much a figure is noise.")
    var seed: UInt64?

    @Flag(inversion: .prefixedNo,
          help: "Sentence-embedding features from MiniLM (scripts/setup.sh installs it); the bundled model reads them.")
    var embeddings = true

    @Flag(help: "Add a second stage, agree/disagree/discuss trees trained on related pairs only (default off).")
    var relatedStage = false

    @Option(help: "Cache file of sentence embeddings by text hash (default .build/stance-embeddings.bin).")
    var embeddingCache = ".build/stance-embeddings.bin"

    /// The sentence encoder of the embedding features: nil with `--no-embeddings` or when the MiniLM
    /// weights are not installed (then with a warning: the embedding features stay 0).
    func meaning() -> SentenceMeaning? {
        guard embeddings else { return nil }
        guard let meaning = SentenceMeaning.installed() else {
            FileHandle.standardError.write(Data("warning: no MiniLM weights (run scripts/setup.sh): embedding features are 0\n".utf8))
            return nil
        }
        return meaning
    }

    /// The embedding function the feature table uses (nil without `meaning`), cached on disk.
    func embedder(_ meaning: SentenceMeaning?) -> (([String]) -> [[Float]])? {
        guard let meaning else { return nil }
        let cache = EmbeddingCacheBox(StanceEmbeddingCache(url: URL(fileURLWithPath: embeddingCache)))
        return { texts in cache.value.embeddings(texts, embed: meaning.embed) }
    }

    /// The evaluation (trainer and class weights) these flags describe.
    var evaluation: StanceEvaluation {
        var settings = BoostedTreesTrainer.Configuration()
        if let rounds { settings.rounds = rounds }
        if let depth { settings.depth = depth }
        if let seed { settings.seed = seed }
        var evaluation = StanceEvaluation(trainer: BoostedTreesTrainer(configuration: settings))
        if let disagreeWeight { evaluation.classWeights[StanceLabel.disagree.index] = disagreeWeight }
        evaluation.relatedStage = relatedStage
        return evaluation
    }

    /// Probability multipliers for the decision, by `StanceLabel.index`.
    var decisionWeights: [Float] {
        var weights: [Float] = [1, 1, 1, 1]
        weights[StanceLabel.disagree.index] = disagreeBoost
        return weights
    }
}
