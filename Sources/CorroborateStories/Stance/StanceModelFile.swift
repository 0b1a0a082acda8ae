import CorroborateCore
import Foundation

/// Reads and writes a `StanceModel` as JSON, checking its features match `StanceModel.featureNames`.
public enum StanceModelFile {
    /// The model stored at `url`.
    public static func read(_ url: URL) throws(CorroborateError) -> StanceModel {
        let model: StanceModel
        do {
            model = try JSONDecoder().decode(StanceModel.self, from: Data(contentsOf: url))
        } catch {
            throw CorroborateError(.malformed, source: url.path, "not a stance model", cause: error)
        }
        guard model.trees.featureNames == StanceModel.featureNames else {
            throw CorroborateError(.malformed, source: url.path, "the model was trained on other features")
        }
        return model
    }

    /// Writes `model` to `url` as compact JSON.
    public static func write(_ model: StanceModel, to url: URL) throws(CorroborateError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(model).write(to: url)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot write the model", cause: error)
        }
    }
}
