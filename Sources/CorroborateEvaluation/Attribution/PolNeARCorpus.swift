import CorroborateCore
import Foundation

/// One attribution of the PolNeAR gold: content fragments, and the source and cue when annotated.
public struct GoldAttribution: Sendable, Hashable {
    /// Content fragments (`Content` and `Content2`), sorted; Unicode scalar offsets.
    public var content: [TextRange]
    /// Source fragments, empty for `Attribution-no-source` events.
    public var source: [TextRange]
    /// Cue fragments.
    public var cue: [TextRange]
}

/// One PolNeAR article with the first annotator's attributions (the gold `polnear_score.py` uses).
public struct PolNeARArticle: Sendable {
    /// The metadata file name, without ".txt".
    public var id: String
    /// The article text all offsets index.
    public var text: String
    /// The annotator whose file is the gold.
    public var annotator: String
    /// The gold attributions.
    public var attributions: [GoldAttribution]
    /// The publication date of `metadata.tsv` (ISO `YYYY-MM-DD`; empty when not given).
    public var publicationDate = ""
}

/// Reads an extracted PolNeAR folder (`metadata.tsv`, `SPLIT/text/NAME.txt`,
/// `SPLIT/attributions/NAME_ANNOTATOR.ann`), taking for each article the first annotator
/// listed in `metadata.tsv`, as `shared/tools/polnear_score.py --annotator first` does.
public enum PolNeARCorpus {
    /// Whether `directory` looks like an extracted PolNeAR folder.
    public static func matches(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("metadata.tsv").path)
    }

    /// The articles of `split` ("train", "dev", "test"), in metadata order; those whose text or
    /// annotation file is missing are skipped.
    public static func articles(in directory: URL, split: String, limit: Int? = nil) throws(CorroborateError) -> [PolNeARArticle] {
        let metadata = try read(directory.appendingPathComponent("metadata.tsv"))
        var lines = metadata.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard !lines.isEmpty else { throw CorroborateError(.empty, source: directory.path, "metadata.tsv is empty") }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let published = header.firstIndex(of: "publication_date")
        guard let compartment = header.firstIndex(of: "compartment"), let filename = header.firstIndex(of: "filename"),
            let annotators = header.firstIndex(of: "annotators")
        else {
            throw CorroborateError(.malformed, source: directory.path, "metadata.tsv lacks compartment, filename or annotators")
        }
        var articles: [PolNeARArticle] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > max(compartment, filename, annotators), fields[compartment] == split else { continue }
            let id = fields[filename]
            let annotator = fields[annotators].split(separator: "|").first.map(String.init) ?? ""
            let base = directory.appendingPathComponent(split)
            guard let text = try? read(base.appendingPathComponent("text/\(id).txt")),
                let ann = try? read(base.appendingPathComponent("attributions/\(id)_\(annotator).ann"))
            else { continue }
            var article = PolNeARArticle(id: id, text: text, annotator: annotator, attributions: BratAttributions.parse(ann))
            if let published, published < fields.count { article.publicationDate = fields[published] }
            articles.append(article)
            if let limit, articles.count >= limit { break }
        }
        return articles
    }

    private static func read(_ url: URL) throws(CorroborateError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read", cause: error)
        }
    }
}

/// Parses brat standoff attribution events as `polnear_score.py`'s `parse_ann` does: `T` lines
/// give typed spans (fragments `START END;START END`), `E` lines join `Content`/`Content2`,
/// `Source` and `Cue` roles; events without content are skipped.
public enum BratAttributions {
    /// The attributions of one `.ann` file's text.
    public static func parse(_ ann: String) -> [GoldAttribution] {
        var spans: [String: [TextRange]] = [:]
        var events: [[String: [String]]] = []
        for line in ann.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            if line.hasPrefix("T") {
                let head = parts[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                spans[String(parts[0])] = fragments(head[1])
            } else if line.hasPrefix("E") {
                var roles: [String: [String]] = [:]
                for item in parts[1].split(separator: " ").dropFirst() {
                    let pair = item.split(separator: ":")
                    guard pair.count == 2 else { continue }
                    let role = String(pair[0]).trimmingCharacters(in: .decimalDigits)
                    roles[role, default: []].append(String(pair[1]))
                }
                events.append(roles)
            }
        }
        return events.compactMap { roles in
            let collect = { (role: String) in (roles[role] ?? []).flatMap { spans[$0] ?? [] }.sorted() }
            let content = collect("Content")
            guard !content.isEmpty else { return nil }
            return GoldAttribution(content: content, source: collect("Source"), cue: collect("Cue"))
        }
    }

    private static func fragments(_ offsets: Substring) -> [TextRange] {
        offsets.split(separator: ";").compactMap { fragment in
            let bounds = fragment.split(separator: " ")
            guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) else { return nil }
            return TextRange(start: start, end: end)
        }
    }
}
