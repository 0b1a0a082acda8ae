import CorroborateCore
import Foundation

/// A sentence embedding as the store keeps it: the key of its exact text, the identity of the
/// model that made it (``SentenceEncoder/modelIdentity``), and its components as little-endian
/// Float32 bytes (1,536 bytes for MiniLM's 384).
public struct StoredVector: Sendable, Hashable {
    /// ``key(of:)`` of the text.
    public var key: String
    /// The model's identity; a vector of another model is never read.
    public var model: String
    /// Little-endian Float32 components.
    public var bytes: Data

    public init(key: String, model: String, bytes: Data) {
        self.key = key
        self.model = model
        self.bytes = bytes
    }

    /// The vector of `text` made by `model`.
    public init(text: String, model: String, vector: [Float]) {
        var bytes = Data(capacity: vector.count * 4)
        for component in vector { withUnsafeBytes(of: component.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        self.init(key: Self.key(of: text), model: model, bytes: bytes)
    }

    /// The key of a text: 64-bit FNV-1a of its UTF-8 bytes (``ContentHash``), a dash, and their
    /// count (`3f2a...-87`). Two texts share a key only when both hash and length collide.
    public static func key(of text: String) -> String {
        "\(ContentHash.hex(text.utf8))-\(text.utf8.count)"
    }

    /// The components, or nil when the bytes are not `dimension` finite Float32s (a damaged row).
    public func vector(dimension: Int) -> [Float]? {
        guard dimension > 0, bytes.count == dimension * 4 else { return nil }
        let vector = bytes.withUnsafeBytes { raw in
            (0..<dimension).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        return vector.allSatisfy(\.isFinite) ? vector : nil
    }
}
