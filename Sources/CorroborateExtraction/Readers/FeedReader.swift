import CorroborateCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item or entry becomes one document.
///
/// Content, in order of preference: `content:encoded`, Atom `content` (`type="xhtml"` content keeps its
/// markup), `description`, Atom `summary`; markup becomes `.html`, plain text `.articleText`. Hints: `link`
/// (Atom: the `alternate` link, else the first; RSS: a permalink `guid` when there is no link), `pubDate` /
/// `dc:date` / `published` / `updated`, `title`, `author` (RSS "mail@example.com (Name)" gives "Name") /
/// `dc:creator` / Atom `author/name`, and the channel's or feed's title as the outlet. Sources are
/// `file#N` (N from 1).
/// An item with no content is a problem; a feed that breaks off keeps the items before the break.
/// The feed is a container, like a WARC file: the size limit applies to each item's texts (an element
/// over it makes its item a problem), not to the feed, which is pulled from its reader in chunks.
struct FeedReader {
    /// Documents and problems of the feed in `bytes`. The bytes are pushed to the parser as a stream:
    /// libxml2 refuses more than 10 MB given in one piece, which cut every big feed short with an error.
    /// External entities are never resolved (XMLParser's default), and libxml2 refuses entity bombs.
    static func read(_ bytes: [UInt8], source: String, maximumItemBytes: Int = 32 << 20) -> [ReadResult] {
        var results: [ReadResult] = []
        parse(InputStream(data: Data(bytes)), source: source, maximumItemBytes: maximumItemBytes) { results.append($0); return true }
        return results
    }

    /// Parses the feed in `stream`, handing each item's result to `emit` as its end tag is read (the outlet is
    /// the channel's or feed's title read so far), then the problem of a feed that breaks off. `emit` returns
    /// false to stop the parse (nobody reads on).
    static func parse(_ stream: InputStream, source: String, maximumItemBytes: Int, emit: @escaping (ReadResult) -> Bool) {
        let collector = FeedCollector(maximumTextBytes: maximumItemBytes)
        var count = 0
        collector.onItem = { item, outlet in
            count += 1
            return emit(result(for: item, outlet: outlet, source: "\(source)#\(count)", maximumBytes: maximumItemBytes))
        }
        let parser = XMLParser(stream: stream)
        parser.delegate = collector
        let parsed = parser.parse()
        guard !collector.stopped else { return }
        // On Linux `parse()` can return true after an error; the error itself is the signal.
        if !parsed || parser.parserError != nil {
            let code = parser.parserError.map { " (XML parser error \(($0 as NSError).code))" } ?? ""
            _ = emit(.problem(Problem(source: source,
                message: "feed is not well-formed XML near line \(parser.lineNumber)\(code); kept the \(count) items before it")))
        }
    }

    private static func result(for item: FeedItem, outlet: String?, source: String, maximumBytes: Int) -> ReadResult {
        let hints = MetadataHints(
            url: item.link, title: item.title, outlet: outlet, published: item.date.flatMap(FeedDate.parse),
            byline: item.authors, charset: "utf-8")
        if let element = item.oversized {
            return .problem(Problem(source: source, message: "feed item's <\(element)> is over the \(maximumBytes)-byte limit; skipped"))
        }
        guard let content = item.content?.trimmingWhitespace(), !content.isEmpty else {
            return .problem(Problem(source: source, message: "feed item has no content (only a title or link)"))
        }
        let isMarkup = content.contains("<") && content.contains(">")
        let body: RawDocument.Content = isMarkup ? .html(Array(content.utf8)) : .articleText(content)
        return .document(RawDocument(source: source, content: body, hints: hints))
    }
}

/// One feed item as collected.
struct FeedItem {
    var title: String?
    var link: String?
    var date: String?
    var authors: [String] = []
    /// Candidate contents by element name.
    var contents: [String: String] = [:]
    /// The first element whose text went over the size limit, if any: the item is then a problem.
    var oversized: String?

    /// The best content: `content:encoded`, `content`, `description`, `summary`.
    var content: String? {
        ["content:encoded", "content", "description", "summary"].lazy.compactMap { contents[$0] }.first
    }
}

/// The XMLParser delegate that hands out items as they end (namespace processing off: names are as written, "dc:creator").
final class FeedCollector: NSObject, XMLParserDelegate {
    /// Called with each item and the feed's title so far as the item ends; false stops the parse.
    var onItem: ((FeedItem, String?) -> Bool)?
    /// Whether `onItem` stopped the parse.
    private(set) var stopped = false
    private(set) var feedTitle: String?
    private var current: FeedItem?
    private var text = ""
    /// The most text kept for one element, in UTF-8 bytes; past it the rest is dropped and the item marked.
    private let maximumTextBytes: Int
    /// Whether the element being read went over `maximumTextBytes`.
    private var textOverflowed = false

    init(maximumTextBytes: Int = 32 << 20) {
        self.maximumTextBytes = maximumTextBytes
    }

    /// Appends to the element's text within the limit.
    private func append(_ more: String) {
        guard !textOverflowed else { return }
        guard text.utf8.count + more.utf8.count <= maximumTextBytes else {
            textOverflowed = true
            return
        }
        text += more
    }
    private var path: [String] = []
    /// Depth inside an Atom `<content type="xhtml">`, whose child elements are kept as markup.
    private var xhtmlDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if xhtmlDepth > 0 {
            xhtmlDepth += 1
            append("<" + name + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(FeedCollector.escaped($0.value))\"" }.joined() + ">")
            return
        }
        path.append(name)
        text = ""
        textOverflowed = false
        if name == "content", attributes["type"] == "xhtml", current != nil { xhtmlDepth = 1 }
        if name == "item" || name == "entry" { current = FeedItem() }
        if name == "link", current != nil, let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" || current?.link == nil { current?.link = href }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(xhtmlDepth > 1 ? FeedCollector.escaped(string) : string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { append(String(decoding: block, as: UTF8.self)) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            append("</" + name + ">")
            return
        }
        xhtmlDepth = 0
        defer { path.removeLast(); text = ""; textOverflowed = false }
        if textOverflowed, current != nil, current?.oversized == nil { current?.oversized = name }
        let value = text.trimmingWhitespace()
        guard current != nil else {
            if name == "title", feedTitle == nil, !value.isEmpty, path.count <= 3 { feedTitle = value }
            return
        }
        store(name: name, value: value)
        if stopped { parser.abortParsing() }
    }

    private func store(name: String, value: String) {
        switch name {
        case "item", "entry":
            if let current, !stopped, onItem?(current, feedTitle) == false { stopped = true }
            current = nil
        case "title" where path.dropLast().last != "author" && current?.title == nil:
            current?.title = value.isEmpty ? nil : value
        case "link" where current?.link == nil && !value.isEmpty: current?.link = value
        case "guid" where current?.link == nil && value.hasPrefix("http"): current?.link = value
        case "pubDate", "dc:date", "published": if !value.isEmpty { current?.date = value }
        case "updated" where current?.date == nil: current?.date = value
        case "author", "dc:creator", "name":
            if !value.isEmpty, name != "name" || path.dropLast().last == "author" {
                current?.authors.append(FeedCollector.authorName(value))
            }
        case "content:encoded", "content", "description", "summary":
            if !value.isEmpty, current?.contents[name] == nil { current?.contents[name] = value }
        default: break
        }
    }

    /// "desk@wire.example (Wire Desk)" -> "Wire Desk"; other values unchanged.
    static func authorName(_ value: String) -> String {
        guard value.contains("@"), let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close
        else { return value }
        let name = String(value[value.index(after: open)..<close]).trimmingWhitespace()
        return name.isEmpty ? value : name
    }

    /// Text with `&`, `<`, `>` and `"` escaped, for rebuilding XHTML content as markup.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// An `InputStream` over a `ByteReader`'s unread bytes, after `prefix`, so XMLParser pulls a feed in chunks
/// (swift-corelibs-foundation's `XMLParser(stream:)` calls `read(_:maxLength:)` until it returns 0).
final class ByteReaderInputStream: InputStream {
    private let reader: ByteReader
    private var prefix: [UInt8]

    init(reader: ByteReader, prefix: [UInt8]) {
        self.reader = reader
        self.prefix = prefix
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !prefix.isEmpty || !reader.isAtEnd }

    /// Copies up to `length` bytes into `buffer`: the prefix first, then the reader's; 0 at the end.
    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        let bytes: [UInt8]
        if prefix.isEmpty {
            bytes = reader.read(length)
        } else {
            bytes = Array(prefix.prefix(length))
            prefix.removeFirst(bytes.count)
        }
        bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
        return bytes.count
    }
}
