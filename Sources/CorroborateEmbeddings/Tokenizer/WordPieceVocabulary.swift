import CorroborateCore
import Foundation

/// A WordPiece vocabulary (`vocab.txt`: one token per line, the line number is the id), with the
/// ids of BERT's special tokens.
public struct WordPieceVocabulary: Sendable {
    /// Tokens by id.
    public let tokens: [String]
    private let ids: [String: Int32]

    /// The id of `[CLS]`, put before every text.
    public let classifierID: Int32
    /// The id of `[SEP]`, put after every text.
    public let separatorID: Int32
    /// The id of `[UNK]`, for words no sequence of pieces can spell.
    public let unknownID: Int32

    /// Builds a vocabulary from tokens in id order; it must hold `[CLS]`, `[SEP]` and `[UNK]`.
    public init(tokens: [String], source: String = "vocabulary") throws {
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() where ids[token] == nil {
            ids[token] = Int32(index)
        }
        func special(_ token: String) throws -> Int32 {
            guard let id = ids[token] else {
                throw CorroborateError(.malformed, source: source, "vocabulary has no \(token) token")
            }
            return id
        }
        self.tokens = tokens
        self.ids = ids
        self.classifierID = try special("[CLS]")
        self.separatorID = try special("[SEP]")
        self.unknownID = try special("[UNK]")
    }

    /// Reads `vocab.txt` (UTF-8, one token per line; a trailing newline is optional).
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the vocabulary", cause: error)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        try self.init(tokens: lines, source: url.path)
    }

    /// The id of `token`, if the vocabulary holds it.
    public func id(of token: String) -> Int32? { ids[token] }

    /// The number of tokens.
    public var count: Int { tokens.count }
}
