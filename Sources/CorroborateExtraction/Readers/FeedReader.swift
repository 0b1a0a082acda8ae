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
struct FeedReader {
    /// Documents and problems of the feed in `bytes`. The bytes are pushed to the parser as a stream:
    /// libxml2 refuses more than 10 MB given in one piece, which cut every big feed short with an error.
    /// External entities are never resolved (XMLParser's default), and libxml2 refuses entity bombs.
    static func read(_ bytes: [UInt8], source: String) -> [ReadResult] {
        let collector = FeedCollector()
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.delegate = collector
        let parsed = parser.parse()
        var results = collector.items.enumerated().map { index, item in
            result(for: item, outlet: collector.feedTitle, source: "\(source)#\(index + 1)")
        }
        // On Linux `parse()` can return true after an error; the error itself is the signal.
        if !parsed || parser.parserError != nil {
            let code = parser.parserError.map { " (XML parser error \(($0 as NSError).code))" } ?? ""
            results.append(.problem(Problem(source: source,
                message: "feed is not well-formed XML near line \(parser.lineNumber)\(code); kept the \(collector.items.count) items before it")))
        }
        return results
    }

    private static func result(for item: FeedItem, outlet: String?, source: String) -> ReadResult {
        let hints = MetadataHints(
            url: item.link, title: item.title, outlet: outlet, published: item.date.flatMap(FeedDate.parse),
            byline: item.authors, charset: "utf-8")
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

    /// The best content: `content:encoded`, `content`, `description`, `summary`.
    var content: String? {
        ["content:encoded", "content", "description", "summary"].lazy.compactMap { contents[$0] }.first
    }
}

/// The XMLParser delegate that gathers items (namespace processing off: names are as written, "dc:creator").
final class FeedCollector: NSObject, XMLParserDelegate {
    private(set) var items: [FeedItem] = []
    private(set) var feedTitle: String?
    private var current: FeedItem?
    private var text = ""
    private var path: [String] = []
    /// Depth inside an Atom `<content type="xhtml">`, whose child elements are kept as markup.
    private var xhtmlDepth = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if xhtmlDepth > 0 {
            xhtmlDepth += 1
            text += "<" + name + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(FeedCollector.escaped($0.value))\"" }.joined() + ">"
            return
        }
        path.append(name)
        text = ""
        if name == "content", attributes["type"] == "xhtml", current != nil { xhtmlDepth = 1 }
        if name == "item" || name == "entry" { current = FeedItem() }
        if name == "link", current != nil, let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" || current?.link == nil { current?.link = href }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += xhtmlDepth > 1 ? FeedCollector.escaped(string) : string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            text += "</" + name + ">"
            return
        }
        xhtmlDepth = 0
        defer { path.removeLast(); text = "" }
        let value = text.trimmingWhitespace()
        guard current != nil else {
            if name == "title", feedTitle == nil, !value.isEmpty, path.count <= 3 { feedTitle = value }
            return
        }
        store(name: name, value: value)
    }

    private func store(name: String, value: String) {
        switch name {
        case "item", "entry":
            if let current { items.append(current) }
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
