import ArgumentParser
import CorroborateEvaluation
import CorroborateStories
import Foundation

/// `corroborate train stance DIR --output FILE`: fits the stance model on every labelled pair of DIR.
struct TrainStanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Train the stance model on an FNC-1 training split and write it as JSON.",
        discussion: "The committed Sources/CorroborateStories/Resources/stance-model.json is this command's output "
            + "on ../shared/data/stance/fnc1-train with the default settings."
    )

    @Argument(help: "A directory holding one *bodies.csv and one *stances.csv with a Stance column.")
    var directory: String = "../shared/data/stance/fnc1-train"

    @Option(help: "Where to write the model (JSON).")
    var output: String

    @OptionGroup var training: StanceTrainingOptions

    func run() async throws {
        let dataset = try FNCDataset(directory: directory)
        let detector = StanceDetector(model: .untrained)
        let table = StanceFeatureTable(dataset: dataset, detector: detector, embed: training.embedder(training.meaning()))
        let model = training.evaluation.train(table)
        try StanceModelFile.write(model, to: URL(fileURLWithPath: output))
        print("trained on \(table.gold.compactMap { $0 }.count) pairs: \(model.trees.trees.count) trees, \(model.lexicon.weights.count) lexicon stems -> \(output)")
    }
}
