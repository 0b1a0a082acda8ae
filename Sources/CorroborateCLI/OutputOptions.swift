import ArgumentParser
import CorroborateReports
import Foundation

/// How a command writes its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// One JSON object per line.
    case jsonl
    /// One JSON document.
    case json
    /// Readable text.
    case markdown
}

/// Flags shared by commands that write documents: format and destination.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: jsonl (one JSON object per line), json (one document with articles and problems) or markdown (for reading).")
    var format: OutputFormat = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// The handle to write to: the `--output` file (created or truncated; a device or FIFO written as it
    /// is, a symbolic link followed) or standard output.
    func openOutput() throws -> FileHandle {
        guard let output else { return FileHandle.standardOutput }
        return try OutputFile.openInPlace(output)
    }
}
