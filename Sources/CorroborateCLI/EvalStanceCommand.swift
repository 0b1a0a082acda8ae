import ArgumentParser
import CorroborateEvaluation
import CorroborateStories
import Foundation

/// `corroborate eval stance DIR`: FNC-1 stance (agree/disagree/discuss/unrelated) scored as FNC-1 does.
struct EvalStanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Score stance detection on an FNC-1 split (FNC score, per-class F1, macro-F1, confusion).",
        discussion: """
            Without --folds the bundled model (or --model) predicts every pair. With --folds K the model is \
            trained and scored by K-fold cross-validation on DIR, folds grouped by story (story_clusters.csv) \
            or, with --group-by-body, by Body ID.
            """
    )

    @Argument(help: "A directory holding one *bodies.csv and one *stances.csv (train_... or competition_test_...).")
    var directory: String = "../shared/data/stance/fnc1-train"

    @Option(help: "Write FNC-1's submission CSV (Headline,Body ID,Stance) to this file.")
    var predictions: String?

    @Option(help: "Cross-validate with this many folds instead of using a trained model (default: no).")
    var folds: Int?

    @Option(help: "A model file written by `corroborate train stance` (default: the bundled model; trained with --no-embeddings needs --no-embeddings here too).")
    var model: String?

    @Flag(help: "Cross-validation folds by Body ID rather than by story.")
    var groupByBody = false

    @Option(help: "Comma-separated base features to set to 0 in every pair, an ablation (a name, or a prefix ending in \".\"; default none).")
    var withoutFeatures: String?

    @OptionGroup var training: StanceTrainingOptions

    func validate() throws {
        if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
    }

    func run() async throws {
        let dataset = try FNCDataset(directory: directory)
        let meaning = training.meaning()
        var detector = try loadDetector(meaning: meaning)
        detector.classWeights = training.decisionWeights
        var table = StanceFeatureTable(dataset: dataset, detector: detector, groupByStory: !groupByBody, embed: training.embedder(meaning))
        if let withoutFeatures { table.ablate(withoutFeatures.split(separator: ",").map(String.init)) }
        let predicted: [StanceLabel]
        if let folds {
            let crossValidated = training.evaluation.crossValidate(table, folds: folds, detector: detector)
            print("\(folds)-fold cross-validation grouped by \(groupByBody ? "Body ID" : "story"), \(table.rows.count) pairs")
            printBoostTable(crossValidated, gold: table.gold)
            predicted = crossValidated.map { reweighted($0, weights: detector.classWeights) }
        } else {
            predicted = table.rows.indices.map { detector.predict(table.vector($0, model: detector.model)).stance }
            print("model \(model ?? (meaning == nil ? "bundled stance-model-lexical.json" : "bundled stance-model.json")), \(table.rows.count) pairs")
        }
        let labelled = table.gold.indices.filter { table.gold[$0] != nil }
        if !labelled.isEmpty {
            print(FNCScore(gold: labelled.compactMap { table.gold[$0] }, predicted: labelled.map { predicted[$0] }))
        }
        if let predictions {
            try FNCSubmission.csv(pairs: dataset.pairs, predictions: predicted)
                .writeOutput(toPath: predictions)
        }
    }

    /// The detector whose model predicts (none needed when cross-validating); the bundled model is the
    /// one for embeddings when `meaning` is there, the lexical one otherwise.
    private func loadDetector(meaning: SentenceMeaning?) throws -> StanceDetector {
        if folds != nil { return StanceDetector(model: .untrained) }
        if let model { return StanceDetector(model: try StanceModelFile.read(URL(fileURLWithPath: model))) }
        return try StanceDetector.bundled(meaning: meaning)
    }

    /// The stance with the largest weighted probability.
    private func reweighted(_ prediction: StancePrediction, weights: [Float]) -> StanceLabel {
        let scores = prediction.probabilities.indices.map { prediction.probabilities[$0] * weights[$0] }
        return StanceLabel.allCases[scores.indices.max { scores[$0] < scores[$1] } ?? StanceLabel.unrelated.index]
    }

    /// FNC score and disagree F1 for a few disagree boosts, to choose `--disagree-boost` on cross-validation.
    private func printBoostTable(_ predictions: [StancePrediction], gold: [StanceLabel?]) {
        let labelled = gold.indices.filter { gold[$0] != nil }
        print("disagree boost | FNC % | F1 agree | F1 disagree | F1 discuss | macro-F1")
        for boost: Float in [0.5, 0.7, 0.85, 1, 1.5, 2, 3] {
            let weights: [Float] = [1, boost, 1, 1]
            let score = FNCScore(
                gold: labelled.compactMap { gold[$0] }, predicted: labelled.map { reweighted(predictions[$0], weights: weights) }
            )
            print(String(format: "%.1f | %.2f | %.3f | %.3f | %.3f | %.3f", boost, score.percentage, score.f1(.agree),
                         score.f1(.disagree), score.f1(.discuss), score.macroF1))
        }
    }
}
