import CorroborateCore
import Foundation

/// Streams articles and problems to an output in one of the formats, one article at a time:
/// - jsonl: one Article JSON object per line (problems go to standard error only);
/// - json: `{ "articles": [...], "problems": [...] }`, written incrementally;
/// - markdown: per article its title, outlet, date, byline, body paragraphs, then what was removed,
///   captions and comments summarised; problems listed at the end.
struct ArticleWriter {
    private let handle: FileHandle
    private let format: OutputFormat
    private let encoder: JSONEncoder
    private var count = 0

    init(handle: FileHandle, format: OutputFormat) {
        self.handle = handle
        self.format = format
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    mutating func begin() {
        if format == .json { write("{\"articles\":[") }
    }

    mutating func write(_ article: Article) throws {
        switch format {
        case .jsonl: write(String(decoding: try encoder.encode(article), as: UTF8.self) + "\n")
        case .json: write((count == 0 ? "\n" : ",\n") + String(decoding: try encoder.encode(article), as: UTF8.self))
        case .markdown: write(ArticleMarkdown.render(article))
        }
        count += 1
    }

    func end(problems: [Problem]) throws {
        switch format {
        case .jsonl: break
        case .json:
            let list = String(decoding: try encoder.encode(problems), as: UTF8.self)
            write("\n],\"problems\":\(list)}\n")
        case .markdown:
            guard !problems.isEmpty else { return }
            write("# Problems\n\n" + problems.map { "- `\($0.source)`: \($0.message)\n" }.joined())
        }
    }

    private func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}
