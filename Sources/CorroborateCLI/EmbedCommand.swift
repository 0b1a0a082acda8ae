import ArgumentParser
import CorroborateCore
import CorroborateEmbeddings
import Foundation

/// `corroborate embed FILE|-`: one JSON line `{"text": ..., "embedding": [...]}` per input line.
struct EmbedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Embed each line of a file (or standard input, '-') with all-MiniLM-L6-v2: one JSON line per input line.",
        discussion: """
            Embeddings are 384 floats, L2-normalised (cosine similarity is their dot product). Texts longer \
            than 256 tokens are truncated. The weights come from scripts/setup.sh \
            (~/.cache/corroborate/models/all-MiniLM-L6-v2, or $CORROBORATE_MODELS/all-MiniLM-L6-v2).
            """
    )

    @Argument(help: "A UTF-8 text file with one text per line, or '-' for standard input.")
    var input: String

    @OptionGroup var model: EmbeddingModelOptions

    func run() async throws {
        let encoder = try model.encoder()
        let lines = try Self.lines(of: input)
        var output = ""
        for start in stride(from: 0, to: lines.count, by: 1024) {
            let chunk = Array(lines[start..<min(start + 1024, lines.count)])
            for (text, vector) in zip(chunk, encoder.embed(chunk)) {
                output += EmbeddingJSON.line(text: text, embedding: vector)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            output = ""
        }
    }

    /// The lines of `path` ('-' for standard input), without their line terminators.
    static func lines(of path: String) throws -> [String] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CorroborateError(.unreadable, source: path, "cannot read", cause: error)
            }
        }
        var lines = String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
