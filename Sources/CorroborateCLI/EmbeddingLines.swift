import CorroborateCore
import Foundation

/// Reads the JSON lines `corroborate embed` writes back into vectors, in order.
enum EmbeddingLines {
    private struct Line: Decodable {
        var embedding: [Float]
    }

    /// The embeddings in `path`, which must hold `count` lines.
    static func read(_ path: String, expecting count: Int) throws -> [[Float]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorroborateError(.unreadable, source: path, "cannot read the embeddings file")
        }
        let decoder = JSONDecoder()
        var vectors: [[Float]] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do {
                vectors.append(try decoder.decode(Line.self, from: Data(line)).embedding)
            } catch {
                throw CorroborateError(.malformed, source: "\(path):\(number + 1)", "not an embed JSON line", cause: error)
            }
        }
        guard vectors.count == count else {
            throw CorroborateError(.malformed, source: path, "\(vectors.count) embeddings for \(count) bodies")
        }
        return vectors
    }
}
