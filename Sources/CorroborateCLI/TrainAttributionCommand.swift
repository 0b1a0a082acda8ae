import ArgumentParser
import CorroborateEvaluation
import Foundation

/// `corroborate train attribution DIR --output FILE`: fits the cue model of the quote detector's
/// `learned` stage on PolNeAR's train split.
struct TrainAttributionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Train the cue model of the quote detector's learned stage on PolNeAR and write it as TSV.",
        discussion: "The committed Sources/CorroborateText/Resources/attribution-cue-model.tsv is this command's output "
            + "on ../shared/data/attribution/polnear-dev --split train with the default settings. Never train on dev or test."
    )

    @Argument(help: "The extracted PolNeAR folder (holds metadata.tsv, train/).")
    var directory: String = "../shared/data/attribution/polnear-dev"

    @Option(help: "Split to train on. Default: train.")
    var split: String = "train"

    @Option(help: "Where to write the model (TSV).")
    var output: String

    @Option(help: "Folds by article for choosing the threshold. Default: 5.")
    var folds: Int = 5

    func validate() throws {
        guard folds >= 2 else { throw ValidationError("--folds must be 2 or more") }
    }

    func run() async throws {
        let articles = try PolNeARCorpus.articles(in: URL(fileURLWithPath: directory), split: split)
        guard !articles.isEmpty else { throw ValidationError("no \(split) articles in \(directory)") }
        var training = CueModelTraining()
        training.folds = folds
        let result = try training.train(articles)
        let summary = String(
            format: "%d articles, %d proposals, %d cue words, %d weights, threshold %.2f; content overlap on %@: rules %.3f -> rules + learned %.3f (out of fold)",
            articles.count, result.examples, result.model.cueWords.count, result.model.weights.count, result.model.threshold, split,
            result.rules.f1, result.estimated.f1)
        let header = ["Cue model of QuoteDetector's learned stage: corroborate train attribution on PolNeAR \(split).", summary]
        try result.model.fileText(header: header).write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
        print(summary + " -> " + output)
    }
}
