import ArgumentParser
import CorroborateCore
import CorroborateEmbeddings
import Foundation

/// Where the sentence-encoder model is, shared by `embed` and `bench embed`.
struct EmbeddingModelOptions: ParsableArguments {
    @Option(help: "The model folder (config.json, vocab.txt, model.safetensors). Default: $CORROBORATE_MODELS/all-MiniLM-L6-v2, else ~/.cache/corroborate/models/all-MiniLM-L6-v2.")
    var model: String?

    @Option(help: "The most tokens packed into one forward pass.")
    var batchTokens = 2048

    func validate() throws {
        guard batchTokens > 0 else { throw ValidationError("--batch-tokens must be positive") }
    }

    /// The configuration these options describe.
    var configuration: SentenceEncoder.Configuration {
        var configuration = SentenceEncoder.Configuration.fromEnvironment()
        if let model { configuration.modelDirectory = URL(fileURLWithPath: model) }
        configuration.batchTokens = batchTokens
        return configuration
    }

    /// Loads the encoder; a missing model prints a message naming scripts/setup.sh and exits with 1.
    func encoder() throws -> SentenceEncoder {
        do {
            return try SentenceEncoder(configuration: configuration)
        } catch let error as CorroborateError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
