import CorroborateCore
import Foundation

/// One WCXB page: its HTML and the reviewed gold extraction.
public struct WCXBPage: Sendable {
    /// The file id ("0001").
    public var id: String
    /// The page URL.
    public var url: String
    /// The page's HTML bytes (UTF-8).
    public var html: [UInt8]
    /// Gold title.
    public var title: String
    /// Gold author, nil when the page has none.
    public var author: String?
    /// Gold publication date, `YYYY-MM-DD` (or `YYYY-MM`), nil when undated.
    public var publishDate: String?
    /// Gold main text: paragraphs separated by blank lines.
    public var mainContent: String
    /// Snippets the extraction must contain.
    public var with: [String]
    /// Snippets it must not contain.
    public var without: [String]
}

/// Reads the WCXB article set laid out as `html/NNNN.html.gz` + `ground-truth/NNNN.json`.
public enum WCXBDataset {
    /// Whether `directory` has WCXB's layout.
    public static func matches(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("ground-truth").path)
            && FileManager.default.fileExists(atPath: directory.appendingPathComponent("html").path)
    }

    /// All pages in `directory`, sorted by id; `limit` keeps the first ones.
    public static func pages(in directory: URL, limit: Int? = nil) throws(CorroborateError) -> [WCXBPage] {
        let truth = directory.appendingPathComponent("ground-truth")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: truth.path).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw CorroborateError(.unreadable, source: truth.path, "cannot list the gold files", cause: error)
        }
        var pages: [WCXBPage] = []
        for name in names.prefix(limit ?? names.count) {
            let id = String(name.dropLast(5))
            pages.append(try page(id: id, in: directory))
        }
        return pages
    }

    private struct GoldFile: Decodable {
        struct Truth: Decodable {
            var title: String?
            var author: String?
            var publish_date: String?
            var main_content: String?
            var with: [String]?
            var without: [String]?
        }
        var url: String?
        var ground_truth: Truth
    }

    private static func page(id: String, in directory: URL) throws(CorroborateError) -> WCXBPage {
        let goldURL = directory.appendingPathComponent("ground-truth/\(id).json")
        let htmlURL = directory.appendingPathComponent("html/\(id).html.gz")
        let gold: GoldFile
        let compressed: [UInt8]
        do {
            gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: goldURL))
            compressed = try [UInt8](Data(contentsOf: htmlURL))
        } catch {
            throw CorroborateError(.unreadable, source: goldURL.path, "cannot read page \(id)", cause: error)
        }
        let html = try Gzip.decompress(compressed, source: htmlURL.path)
        let truth = gold.ground_truth
        return WCXBPage(
            id: id, url: gold.url ?? "", html: html, title: truth.title ?? "", author: truth.author,
            publishDate: truth.publish_date, mainContent: truth.main_content ?? "", with: truth.with ?? [],
            without: truth.without ?? [])
    }
}
