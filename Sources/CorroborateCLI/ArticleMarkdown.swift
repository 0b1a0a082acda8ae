import CorroborateCore

/// Renders one article as Markdown for people: heading, a metadata line, the body paragraphs,
/// then a summary of removed pieces (counted by reason), captions and comments.
enum ArticleMarkdown {
    static func render(_ article: Article) -> String {
        var lines = ["# " + (article.title ?? "(untitled)"), ""]
        let facts = [
            article.outlet, article.published?.rawValue, article.byline.isEmpty ? nil : "by " + article.byline.joined(separator: ", "),
            article.dateline, article.agencies.isEmpty ? nil : "agencies: " + article.agencies.joined(separator: ", "),
        ].compactMap { $0 }
        if !facts.isEmpty { lines += ["*" + facts.joined(separator: " · ") + "*", ""] }
        lines += ["Source: `\(article.source)`" + (article.url.map { " · <\($0)>" } ?? ""), ""]
        if let standfirst = article.standfirst { lines += ["> " + standfirst, ""] }
        for paragraph in article.body { lines += [paragraph.text, ""] }
        lines += summary(article)
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }

    private static func summary(_ article: Article) -> [String] {
        var lines: [String] = []
        if !article.removed.isEmpty {
            var counts: [RemovalReason: Int] = [:]
            for piece in article.removed { counts[piece.reason, default: 0] += 1 }
            let parts = RemovalReason.allCases.compactMap { reason in counts[reason].map { "\(reason.rawValue) \($0)" } }
            lines += ["**Removed:** " + parts.joined(separator: ", "), ""]
        }
        if !article.captions.isEmpty {
            lines += ["**Captions (\(article.captions.count)):**"] + article.captions.map { "- " + $0 } + [""]
        }
        if !article.comments.isEmpty {
            lines += ["**Comments (\(article.comments.count)):**"] + article.comments.map { "- " + shortened($0) } + [""]
        }
        return lines
    }

    private static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 160 ? String(flat.prefix(157)) + "..." : flat
    }
}
