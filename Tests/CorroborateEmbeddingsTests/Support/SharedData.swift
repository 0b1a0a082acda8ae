import CorroborateEmbeddings
import Foundation
import Testing

/// Paths of the real data and weights the parity tests use, found relative to this file.
enum SharedData {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data/embeddings/minilm-reference.json`.
    static let minilmReference = packageRoot
        .deletingLastPathComponent().appendingPathComponent("shared/data/embeddings/minilm-reference.json")

    /// The installed all-MiniLM-L6-v2 folder (honours CORROBORATE_MODELS).
    static let miniLMDirectory = SentenceEncoder.Configuration.fromEnvironment().modelDirectory

    /// True when the reference JSON exists.
    static var hasReference: Bool { FileManager.default.fileExists(atPath: minilmReference.path) }

    /// True when the weights and the reference are both present.
    static var hasWeights: Bool {
        hasReference && FileManager.default.fileExists(atPath: miniLMDirectory.appendingPathComponent("model.safetensors").path)
    }
}

/// One item of `minilm-reference.json`.
struct ReferenceItem: Decodable, Sendable, CustomTestStringConvertible {
    var text: String
    var ids: [Int32]
    var tokens: [String]
    var embedding: [Float]

    var testDescription: String { text }

    private struct File: Decodable { var items: [ReferenceItem] }

    /// All 40 items, or none when the file is absent.
    static let all: [ReferenceItem] = {
        guard let data = try? Data(contentsOf: SharedData.minilmReference),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.items
    }()
}
