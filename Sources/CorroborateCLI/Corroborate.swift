import ArgumentParser
import CorroborateEmbeddings
import Foundation

/// The `corroborate` command: news coverage in, what is confirmed and disputed out.
@main
struct Corroborate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Reads news coverage from many outlets and reports, story by story, who said what.",
        subcommands: [AnalyzeCommand.self, IngestCommand.self, ServeCommand.self, ExtractCommand.self, AnnotateCommand.self, EmbedCommand.self, EvalCommand.self, TrainCommand.self, BenchCommand.self]
    )

    /// Runs the command with OpenBLAS on one thread unless `OPENBLAS_NUM_THREADS` says otherwise:
    /// the encoder's matrices are small and the commands run their own tasks, so BLAS threads
    /// mostly spin (ingest of 300 FNC-1 bodies: 48 s of CPU with OpenBLAS's default, 37 s with one).
    /// OpenBLAS is opened here, before any task starts, because opening it may set
    /// `OPENBLAS_CORETYPE` (``BLASLibrary``); without it, commands that embed say so when they start.
    static func main() async {
        let blas = try? BLASLibrary.shared.get()
        if ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] == nil {
            blas?.setThreadCount(1)
        }
        await main(nil)
    }
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
