import Foundation

extension SentenceEncoder {
    /// Where the model is and how texts are batched.
    public struct Configuration: Sendable, Hashable {
        /// The folder holding `config.json`, `vocab.txt` and `model.safetensors`.
        public var modelDirectory: URL
        /// The most tokens per text, `[CLS]` and `[SEP]` included; longer texts are truncated (256).
        public var maxTokens: Int
        /// The most tokens packed into one forward pass (default 2048).
        public var batchTokens: Int
        /// The most texts in one forward pass (default 128).
        public var batchSize: Int

        /// The name of the default model's folder under the models root.
        public static let miniLMFolder = "all-MiniLM-L6-v2"

        /// Creates a configuration; the model directory defaults to `~/.cache/corroborate/models/all-MiniLM-L6-v2`.
        public init(modelDirectory: URL? = nil, maxTokens: Int = 256, batchTokens: Int = 2048, batchSize: Int = 128) {
            self.modelDirectory = modelDirectory ?? Self.defaultModelsRoot.appendingPathComponent(Self.miniLMFolder)
            self.maxTokens = maxTokens
            self.batchTokens = max(1, batchTokens)
            self.batchSize = max(1, batchSize)
        }

        /// `~/.cache/corroborate/models`, where `scripts/setup.sh` puts the weights.
        public static var defaultModelsRoot: URL {
            FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/corroborate/models")
        }
    }
}

extension SentenceEncoder.Configuration {
    /// The default configuration with the models root taken from `CORROBORATE_MODELS` when set.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        guard let root = environment["CORROBORATE_MODELS"], !root.isEmpty else { return Self() }
        return Self(modelDirectory: URL(fileURLWithPath: root).appendingPathComponent(miniLMFolder))
    }
}
