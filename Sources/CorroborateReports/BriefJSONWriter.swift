import CorroborateCore
import Foundation

/// The JSON brief of `shared/spec/brief.md` written piece by piece as a run produces it: the
/// articles as they are read, then the problems, then the stories. The bytes are exactly those of
/// ``BriefJSONWriter/encoder()`` on the whole ``Brief`` plus a final newline, but only one article
/// or story is encoded at a time: writing the brief of thousands of articles holds neither the
/// whole JSON tree nor the whole text.
///
/// Call ``add(_:)-(Article)`` for every article, ``finishArticles(generatedAt:problems:)``,
/// ``add(_:)-(Story)`` for every story in brief order, then ``finish()``.
public struct BriefJSONWriter {
    /// The encoding of the brief: pretty-printed, keys sorted, slashes as they are.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private let encoder = BriefJSONWriter.encoder()
    private let sink: (Data) throws -> Void
    private var articles = 0
    private var stories = 0

    /// A writer handing each piece of the brief's bytes to `sink`, in order.
    public init(sink: @escaping (Data) throws -> Void) {
        self.sink = sink
    }

    /// Writes the next article of the brief's `articles`.
    public mutating func add(_ article: Article) throws {
        try write((articles == 0 ? "{\n  \"articles\" : [\n" : ",\n") + nested(article, depth: 2, openingIndented: true))
        articles += 1
    }

    /// Closes `articles` and writes `generatedAt` and `problems`.
    public mutating func finishArticles(generatedAt: String, problems: [Problem]) throws {
        var text = articles == 0 ? "{\n  \"articles\" : [\n\n  ],\n" : "\n  ],\n"
        text += "  \"generatedAt\" : " + (try nested(generatedAt, depth: 1)) + ",\n"
        text += "  \"problems\" : " + (try nested(problems, depth: 1)) + ",\n"
        text += "  \"stories\" : ["
        try write(text)
    }

    /// Writes the next story of the brief's `stories`.
    public mutating func add(_ story: Story) throws {
        try write((stories == 0 ? "\n" : ",\n") + nested(story, depth: 2, openingIndented: true))
        stories += 1
    }

    /// Closes `stories` and the brief (`version` 1, the shape of `shared/spec/brief.md` as `Brief` defaults it).
    public mutating func finish(version: Int = 1) throws {
        try write((stories == 0 ? "\n\n  ]" : "\n  ]") + ",\n  \"version\" : \(version)\n}\n")
    }

    /// `value` encoded as it stands `depth` levels deep: every line after the first indented by
    /// two spaces a level (blank lines stay blank, as the encoder leaves them), the first too when
    /// `openingIndented`.
    private func nested(_ value: some Encodable, depth: Int, openingIndented: Bool = false) throws -> String {
        let indent = String(repeating: "  ", count: depth)
        let lines = String(decoding: try encoder.encode(value), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            line.isEmpty || (index == 0 && !openingIndented) ? String(line) : indent + line
        }.joined(separator: "\n")
    }

    private func write(_ text: String) throws {
        try sink(Data(text.utf8))
    }
}
