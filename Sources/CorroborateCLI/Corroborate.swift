import ArgumentParser

/// The `corroborate` command: news coverage in, what is confirmed and disputed out.
@main
struct Corroborate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Reads news coverage from many outlets and reports, story by story, who said what.",
        subcommands: [AnalyzeCommand.self, IngestCommand.self, ServeCommand.self, ExtractCommand.self, AnnotateCommand.self, EmbedCommand.self, EvalCommand.self, TrainCommand.self, BenchCommand.self]
    )
}

/// `corroborate eval ...`: quality measures on the data sets in ../shared/data.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality against gold data (precision, recall, F1).",
        subcommands: [EvalExtractionCommand.self, EvalAttributionCommand.self, EvalDatesCommand.self, EvalEntitiesCommand.self, EvalClustersCommand.self, EvalStanceCommand.self]
    )
}

/// `corroborate bench ...`: throughput on one core.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on one core.",
        subcommands: [BenchExtractCommand.self, BenchAnnotateCommand.self, BenchEmbedCommand.self, BenchClusterCommand.self, BenchFillStoreCommand.self]
    )
}
