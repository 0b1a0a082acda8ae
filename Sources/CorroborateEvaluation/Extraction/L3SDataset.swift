import CorroborateCore
import CorroborateExtraction
import Foundation

/// One L3S-GN1 page: the crawled HTML and the labelled text of each class.
public struct L3SPage: Sendable {
    /// The page UUID.
    public var id: String
    /// The original URL, when the mapping names it.
    public var url: String?
    /// The crawled HTML (UTF-8).
    public var html: [UInt8]
    /// `x-nc-sel1` text.
    public var headline: String
    /// `x-nc-sel2` text: the article body.
    public var body: String
    /// `x-nc-sel3` text: captions, datelines, bylines.
    public var supplemental: String
    /// `x-nc-sel4` text: related-content links.
    public var related: String
    /// `x-nc-sel5` text: user comments.
    public var comments: String
}

/// Reads L3S-GN1 laid out as `original/UUID.html` + `annotated/UUID.html` + `url-mapping.txt`.
public enum L3SDataset {
    /// Whether `directory` has L3S-GN1's layout.
    public static func matches(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("annotated").path)
            && FileManager.default.fileExists(atPath: directory.appendingPathComponent("original").path)
    }

    /// All pages in `directory`, sorted by UUID; `limit` keeps the first ones.
    public static func pages(in directory: URL, limit: Int? = nil) throws(CorroborateError) -> [L3SPage] {
        let annotated = directory.appendingPathComponent("annotated")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: annotated.path).filter { $0.hasSuffix(".html") }.sorted()
        } catch {
            throw CorroborateError(.unreadable, source: annotated.path, "cannot list the annotated pages", cause: error)
        }
        let urls = urlMapping(in: directory)
        var pages: [L3SPage] = []
        for name in names.prefix(limit ?? names.count) {
            let id = String(name.dropLast(5))
            do {
                let original = try [UInt8](Data(contentsOf: directory.appendingPathComponent("original/\(name)")))
                let labels = try [UInt8](Data(contentsOf: annotated.appendingPathComponent(name)))
                pages.append(page(id: id, url: urls[id], html: original, annotated: labels))
            } catch {
                throw CorroborateError(.unreadable, source: name, "cannot read page \(id)", cause: error)
            }
        }
        return pages
    }

    /// The page `id` of the L3S-GN1 folder `directory`.
    public static func page(id: String, in directory: URL) throws(CorroborateError) -> L3SPage {
        do {
            let original = try [UInt8](Data(contentsOf: directory.appendingPathComponent("original/\(id).html")))
            let labels = try [UInt8](Data(contentsOf: directory.appendingPathComponent("annotated/\(id).html")))
            return page(id: id, url: nil, html: original, annotated: labels)
        } catch {
            throw CorroborateError(.unreadable, source: directory.path, "cannot read page \(id)", cause: error)
        }
    }

    private static func urlMapping(in directory: URL) -> [String: String] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("url-mapping.txt"), encoding: .utf8)
        else { return [:] }
        var mapping: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let id = parts[0].replacingOccurrences(of: "<urn:uuid:", with: "").replacingOccurrences(of: ">", with: "")
            mapping[id] = String(parts[1])
        }
        return mapping
    }

    /// Labels every text node by its nearest `x-nc-selN` ancestor and gathers the text per label.
    static func page(id: String, url: String?, html: [UInt8], annotated: [UInt8]) -> L3SPage {
        let document = HTMLTreeBuilder().document(from: annotated)
        var texts = [String](repeating: "", count: 6)
        var labelOf = [Int](repeating: -1, count: document.nodes.count)
        for index in document.nodes.indices where index > 0 {
            let node = document.nodes[index]
            var label = labelOf[node.parent]
            if node.name == "style" || node.name == "script" { label = -2 }
            if label != -2, let classes = node.attribute("class"), let found = selectionClass(classes) { label = found }
            labelOf[index] = label
            if node.isText, label >= 0 {
                texts[label] += node.text + " "
            }
        }
        return L3SPage(
            id: id, url: url, html: html, headline: texts[1], body: texts[2], supplemental: texts[3],
            related: texts[4], comments: texts[5])
    }

    private static func selectionClass(_ classes: String) -> Int? {
        for name in classes.split(separator: " ") where name.hasPrefix("x-nc-sel") {
            if let value = Int(name.dropFirst(8)), (0...5).contains(value) { return value }
        }
        return nil
    }
}
