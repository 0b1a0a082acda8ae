import CorroborateCore
import Foundation

/// Reads JSON lines: one JSON object per line, each a document; blank lines are skipped.
///
/// Body, first found: `html` / `raw_html` / `rawHtml` (HTML), then `text` / `body` / `article` (clean text),
/// then `content` (HTML when it contains tags, else clean text). Hints: `url` / `link`, `title` / `headline`,
/// `date` / `published` / `datePublished` / `pubDate` / `published_at` / `publish_date`, `outlet` / `site` /
/// `site_name` / `source` / `publisher`, `author` / `authors` / `byline` (string or list), `language` / `lang`.
/// A line that is not a JSON object, or has no body, is a problem for that line (`file#L12`); the rest continue.
/// A file whose first line is not a whole JSON value is read as one JSON document instead: an array of
/// such objects (`file#N`, N from 1) or a single object spread over several lines.
struct JSONLinesReader {
    private var reader: ByteReader
    private let source: String
    private let configuration: ReaderConfiguration
    private var lineNumber = 0
    private var finished = false
    /// Results of a file read as one JSON document, taken from the front.
    private var queued: ArraySlice<ReadResult>?

    init(reader: ByteReader, source: String, configuration: ReaderConfiguration) {
        self.reader = reader
        self.source = source
        self.configuration = configuration
    }

    /// The next document or problem; nil after the last line.
    mutating func next() -> ReadResult? {
        if queued != nil { return queued?.popFirst() }
        while !finished {
            lineNumber += 1
            let locator = "\(source)#L\(lineNumber)"
            switch reader.readLine(limit: configuration.maximumDocumentBytes) {
            case .end:
                finished = true
                return reader.endError.map { .problem($0.problem) }
            case .tooLong:
                return .problem(Problem(source: locator,
                    message: "line is over the \(configuration.maximumDocumentBytes)-byte limit; skipped"))
            case .line(let line):
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                if lineNumber == 1, (try? JSONSerialization.jsonObject(with: Data(line))) == nil {
                    readAsDocument(firstLine: line)
                    return next()
                }
                return JSONLinesReader.result(line: line, source: locator)
            }
        }
        return nil
    }

    /// Reads the whole input as one JSON array or object; when it is neither, goes back to lines.
    private mutating func readAsDocument(firstLine: [UInt8]) {
        guard let rest = reader.readToEnd(limit: configuration.maximumDocumentBytes) else {
            queued = [.problem(Problem(source: source,
                message: "JSON document is over the \(configuration.maximumDocumentBytes)-byte limit; skipped"))]
            return
        }
        let bytes = firstLine + [UInt8(ascii: "\n")] + rest
        switch try? JSONSerialization.jsonObject(with: Data(bytes)) {
        case let array as [Any]:
            queued = ArraySlice(array.enumerated().map { index, element in
                JSONLinesReader.result(record: element, source: "\(source)#\(index + 1)")
            })
        case let object as [String: Any]:
            queued = [JSONLinesReader.result(record: object, source: source)]
        default:
            reader = ByteReader(MemoryByteStream(bytes))
            lineNumber = 1
            queued = nil
            if case .line(let line) = reader.readLine(limit: configuration.maximumDocumentBytes) {
                queued = [JSONLinesReader.result(line: line, source: "\(source)#L1")]
            }
            var rest = self
            rest.queued = nil
            while let result = rest.next() { queued?.append(result) }
        }
    }

    /// The document of one line; a line that is not valid JSON is a problem saying where the parser stopped
    /// and why (a number out of range such as `1e999`, nesting deeper than the parser allows, a cut line).
    static func result(line: [UInt8], source: String) -> ReadResult {
        do {
            return result(record: try JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed), source: source)
        } catch {
            return .problem(Problem(source: source, message: "not valid JSON (\(JSONLinesReader.reason(error))); record skipped"))
        }
    }

    /// The parser's own explanation of a JSON error, on one line.
    static func reason(_ error: any Error) -> String {
        let debug = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return (debug ?? "\(error)").split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func result(record: Any?, source: String) -> ReadResult {
        guard let object = record as? [String: Any] else {
            return .problem(Problem(source: source, message: "a JSON \(JSONLinesReader.kind(of: record)), not an object; record skipped"))
        }
        guard let content = content(of: object) else {
            return .problem(Problem(source: source, message: "JSON record has no html, text or content field"))
        }
        return .document(RawDocument(source: source, content: content, hints: hints(of: object)))
    }

    /// What a JSON value is, for messages: array, string, number, true/false or null.
    static func kind(of value: Any?) -> String {
        switch value {
        case is [Any]: return "array"
        case is String: return "string"
        case is NSNumber: return "number or boolean"
        default: return "null"
        }
    }

    private static func content(of object: [String: Any]) -> RawDocument.Content? {
        if let html = string(object, ["html", "raw_html", "rawHtml"]) { return .html(Array(html.utf8)) }
        if let text = string(object, ["text", "body", "article"]) { return .articleText(text) }
        guard let content = string(object, ["content"]) else { return nil }
        return content.contains("<") && content.contains(">") ? .html(Array(content.utf8)) : .articleText(content)
    }

    private static func hints(of object: [String: Any]) -> MetadataHints {
        MetadataHints(
            url: string(object, ["url", "link", "canonical_url"]),
            title: string(object, ["title", "headline"]),
            outlet: string(object, ["outlet", "site", "site_name", "source", "publisher"]),
            published: string(object, ["date", "published", "datePublished", "pubDate", "published_at", "publish_date"])
                .flatMap(FeedDate.parse),
            byline: strings(object, ["author", "authors", "byline"]),
            language: string(object, ["language", "lang"]),
            charset: "utf-8")
    }

    private static func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = object[key] as? String, !value.trimmingWhitespace().isEmpty { return value }
            if let nested = object[key] as? [String: Any], let name = nested["name"] as? String { return name }
        }
        return nil
    }

    private static func strings(_ object: [String: Any], _ keys: [String]) -> [String] {
        for key in keys {
            if let list = object[key] as? [Any] {
                return list.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["name"] as? String) }
            }
            if let value = string(object, [key]) { return [value] }
        }
        return []
    }
}
