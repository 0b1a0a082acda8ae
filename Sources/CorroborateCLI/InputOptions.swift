import ArgumentParser
import CorroborateExtraction

/// Flags shared by every command that reads news inputs (extract, annotate, analyze).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files, directories (read recursively, hidden entries skipped), glob patterns, or - for standard input. "
            + "Formats are detected from content: HTML, page text, WARC, RSS/Atom, JSON lines, any of them gzipped.",
        valueName: "input"))
    var inputs: [String]

    @Flag(name: .shortAndLong, help: "No progress bar and no problem lines on standard error (problems stay in the output).")
    var quiet = false

    @Option(help: ArgumentHelp("Largest single document (page, WARC record, feed, JSON line) read, in MiB; bigger ones are reported and skipped.",
                               valueName: "MiB"))
    var maxDocumentSize = 32

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one input (a file, a directory, a glob or -).") }
        guard maxDocumentSize > 0 else { throw ValidationError("--max-document-size must be at least 1 (MiB).") }
    }

    /// The reader configuration these flags describe.
    var readerConfiguration: ReaderConfiguration {
        ReaderConfiguration(maximumDocumentBytes: maxDocumentSize << 20)
    }

    /// A reader of the inputs.
    var documents: DocumentReader {
        DocumentReader(inputs: inputs, configuration: readerConfiguration)
    }
}
