import CorroborateCore
import CorroborateExtraction
import Foundation

/// The text entity recognition runs on for a gold document key: an L3S-GN1 page
/// (`…/l3s-gn1-dev/UUID`) is its headline and body; any other file is page text, extracted the
/// way `corroborate analyze` extracts a `.txt` page (boilerplate lines dropped).
public enum EntityDocumentText {
    /// The text of `document`, a path relative to `root` (the shared folder).
    public static func text(of document: String, under root: URL, extractor: ArticleExtractor) throws(CorroborateError) -> String {
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
}
