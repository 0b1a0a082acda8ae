import ArgumentParser

/// `corroborate train ...`: fits the learned components on training data and writes their weights.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a learned component and write its model file.",
        subcommands: [TrainStanceCommand.self, TrainAttributionCommand.self, TrainBackgroundCommand.self]
    )
}
