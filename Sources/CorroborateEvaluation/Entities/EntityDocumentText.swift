import CorroborateCore
import CorroborateExtraction
import Foundation

/// The text entity recognition runs on for a gold document key: an L3S-GN1 page
/// (`…/l3s-gn1-dev/UUID`) is its headline and body; an FNC-1 body (`…/train_bodies.csv#ID`: a CSV
/// file with `Body ID` and `articleBody` columns, and the body's id) is that body as clean article
/// text, extracted the way `corroborate analyze` extracts a JSON record's text; any other file is
/// page text, extracted the way `corroborate analyze` extracts a `.txt` page (boilerplate lines dropped).
public enum EntityDocumentText {
    /// The text of `document`, a path relative to `root` (the shared folder).
    public static func text(of document: String, under root: URL, extractor: ArticleExtractor) throws(CorroborateError) -> String {
        if let hash = document.lastIndex(of: "#"), document[..<hash].hasSuffix(".csv") {
            let body = try fncBody(id: String(document[document.index(after: hash)...]), in: root.appendingPathComponent(String(document[..<hash])))
            return try extractor.article(from: RawDocument(source: document, content: .articleText(body))).bodyText
        }
        let url = root.appendingPathComponent(document)
        let folder = url.deletingLastPathComponent()
        if L3SDataset.matches(folder) {
            let page = try L3SDataset.page(id: url.lastPathComponent, in: folder)
            return page.headline.trimmingCharacters(in: .whitespaces) + "\n" + page.body.trimmingCharacters(in: .whitespaces)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the gold document", cause: error)
        }
        let raw = RawDocument(source: document, content: .pageText(TextDecoding.decodeText([UInt8](data))))
        return try extractor.article(from: raw).bodyText
    }

    /// The `articleBody` of the row whose `Body ID` is `id` in the CSV file at `url`.
    static func fncBody(id: String, in url: URL) throws(CorroborateError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the bodies file")
        }
        let table = CSVTable(parsing: String(decoding: data, as: UTF8.self))
        guard let body = table.records.first(where: { $0["Body ID"] == id })?["articleBody"] else {
            throw CorroborateError(.invalidArgument, source: url.path + "#" + id, "no body with this Body ID")
        }
        return body
    }
}
