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

    @Option(help: "Where to write the cue model (TSV). Default: none.")
    var output: String?

    @Option(help: "Also train the content end model with the bundled cue model and write it here (TSV). Default: none.")
    var endOutput: String?

    @Option(help: "Folds by article for choosing the thresholds. Default: 5.")
    var folds: Int = 5

    @Option(help: "Lowest estimated speaker accuracy the thresholds may give (out of fold). Default: 0.895 (gives about 0.91 in sample on train and dev).")
    var speakerFloor: Double = 0.895

    @Option(help: "Choose the thresholds on the articles published on or after this date (YYYY-MM or YYYY-MM-DD), scored by models fitted on the earlier ones, instead of out of fold. Default: none.")
    var heldOutFrom: String?

    @Option(help: "A cue word (or stem) is inside gold cues at least this often. Default: the training's (5).")
    var minimumCueCount: Int?

    @Option(help: "... and in at least this share of its occurrences. Default: the training's (0.03).")
    var minimumCueShare: Double?

    @Option(help: "L2 penalty of the cue and speaker models. Default: the trainer's (1e-4).")
    var l2: Double?

    @Option(help: "Passes over the examples. Default: the trainer's (10).")
    var epochs: Int?

    @Option(help: "Comma-separated feature prefixes (\"sb=,s_sb=\") left out of the cue model's examples, to measure what they add. Default: none.")
    var withoutFeatures: String?

    func validate() throws {
        guard folds >= 2 else { throw ValidationError("--folds must be 2 or more") }
        guard (0...1).contains(speakerFloor) else { throw ValidationError("--speaker-floor must be between 0 and 1") }
        guard (minimumCueCount ?? 1) >= 1 else { throw ValidationError("--minimum-cue-count must be 1 or more") }
        guard (0...1).contains(minimumCueShare ?? 0) else { throw ValidationError("--minimum-cue-share must be between 0 and 1") }
        guard output != nil || endOutput != nil else { throw ValidationError("give --output, --end-output or both") }
    }

    func run() async throws {
        let articles = try PolNeARCorpus.articles(in: URL(fileURLWithPath: directory), split: split)
        guard !articles.isEmpty else { throw ValidationError("no \(split) articles in \(directory)") }
        if let output { try trainCueModel(articles, output: output) }
        if let endOutput { try trainContentEnds(articles, output: endOutput) }
    }

    private func trainCueModel(_ articles: [PolNeARArticle], output: String) throws {
        var training = CueModelTraining()
        training.folds = folds
        training.search.speakerFloor = speakerFloor
        training.heldOutFrom = heldOutFrom
        if let minimumCueCount { training.minimumCueCount = minimumCueCount }
        if let minimumCueShare { training.minimumCueShare = minimumCueShare }
        if let l2 { training.trainer.l2 = l2 }
        if let epochs { training.trainer.epochs = epochs }
        if let withoutFeatures { training.excludedFeaturePrefixes = withoutFeatures.split(separator: ",").map(String.init) }
        let result = try training.train(articles)
        let thresholds = result.model.thresholds.sorted { $0.key < $1.key }.map {
            String(format: "%@ %.2f/%.2f", $0.key, $0.value, result.model.speakerThresholds[$0.key] ?? 0)
        }
        let summary = String(
            format: "%d articles, %d proposals, %d cue words, %d weights, content/speaker thresholds by speaker kind (%@); on %@ out of fold: "
                + "content overlap F1 rules %.4f -> rules + learned %.4f, speaker accuracy %.3f -> %.3f",
            articles.count, result.examples, result.model.cueWords.count, result.model.weights.count,
            thresholds.joined(separator: ", "), heldOutFrom.map { "\(split) from \($0), held out" } ?? split, result.rules.f1, result.estimated.f1,
            result.rulesSpeakerAccuracy, result.estimatedSpeakerAccuracy)
        let header = ["Cue model of QuoteDetector's learned stage: corroborate train attribution on PolNeAR \(split).", summary]
        try result.model.fileText(header: header).writeOutput(toPath: output)
        print(summary + " -> " + output)
    }

    private func trainContentEnds(_ articles: [PolNeARArticle], output: String) throws {
        let result = try ContentEndTraining().train(articles)
        let summary = String(
            format: "%d articles, %d places, %d weights, threshold %.2f; content overlap F1 on %@ out of fold: whole contents %.3f -> ended %.3f",
            articles.count, result.places, result.model.weights.count, result.model.threshold, split, result.whole.f1, result.estimated.f1)
        let header = ["Content end model of QuoteDetector: corroborate train attribution --end-output on PolNeAR \(split).", summary]
        try result.model.fileText(header: header).writeOutput(toPath: output)
        print(summary + " -> " + output)
    }
}
