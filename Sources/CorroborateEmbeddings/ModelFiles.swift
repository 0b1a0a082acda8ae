import CorroborateCore
import Foundation

/// The three files of a BERT model folder, checked to exist.
struct ModelFiles {
    var config: URL
    var vocabulary: URL
    var weights: URL

    /// The set-up step that fetches the default model, named in the error when files are missing.
    static let setupHint = "run scripts/setup.sh to fetch the all-MiniLM-L6-v2 weights "
        + "(or set CORROBORATE_MODELS to the folder that holds all-MiniLM-L6-v2/)"

    init(directory: URL) throws {
        config = directory.appendingPathComponent("config.json")
        vocabulary = directory.appendingPathComponent("vocab.txt")
        weights = directory.appendingPathComponent("model.safetensors")
        let missing = [config, vocabulary, weights].filter { !FileManager.default.fileExists(atPath: $0.path) }
        guard missing.isEmpty else {
            let names = missing.map(\.lastPathComponent).joined(separator: ", ")
            throw CorroborateError(.missingResource, source: directory.path,
                                   "sentence-encoder model files missing (\(names)); \(Self.setupHint)")
        }
    }
}
