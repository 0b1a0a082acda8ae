import CorroborateCore

/// Renders a brief as Markdown for people: per story, the title, outlets and dates, the claims
/// table, quote groups, agreements, discrepancies, exclusives, citations and timeline; then the
/// inputs that could not be read. Table cells have `|` and line breaks escaped, columns padded.
/// With ``TerminalStyle/colour`` headings, claim statuses, stances and discrepancies are coloured
/// for a terminal.
public struct BriefMarkdown: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle = .plain) {
        self.style = style
    }

    /// The whole brief: ``opening(stories:articles:)``, each story's ``piece(_:articles:)``, then
    /// ``closing(problems:)``.
    public func render(_ brief: Brief) -> String {
        let articles = Dictionary(brief.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return opening(stories: brief.stories.count, articles: brief.articles.count)
            + brief.stories.map { piece($0, articles: articles) }.joined() + closing(problems: brief.problems)
    }

    /// The start of a brief of `stories` stories from `articles` articles: a brief written story
    /// by story is this, then each story's piece, then the closing.
    public func opening(stories: Int, articles: Int) -> String {
        [style.heading("# Corroborate brief"), "", "\(Plural.count(stories, "story", "stories")) from \(Plural.count(articles, "article", "articles"))."]
            .joined(separator: "\n")
    }

    /// One story as it follows the opening or the story before, its articles looked up in `articles`.
    public func piece(_ story: Story, articles: [String: Article]) -> String {
        "\n\n" + render(story, articles: articles).joined(separator: "\n")
    }

    /// The end of a brief: the inputs that could not be read, and the final newline.
    public func closing(problems: [Problem]) -> String {
        guard !problems.isEmpty else { return "\n" }
        let lines = ["", style.heading("## Inputs that could not be read"), ""] + problems.map { "- `\($0.source)`: \($0.message)" }
        return "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// One story.
    public func render(_ story: Story, articles: [String: Article]) -> [String] {
        let label = ArticleLabels(articles)
        var lines = [style.heading("## \(story.title)"), ""]
        let span = [story.firstPublished?.day, story.lastPublished?.day].compactMap { $0 }
        lines.append(([StoryCounts(story, articles: articles).summary] + [Set(span).sorted().joined(separator: " – ")].filter { !$0.isEmpty }).joined(separator: " · "))
        let outlets = story.articles.map { id in
            [label[id], articles[id]?.title ?? "", articles[id]?.published?.rawValue ?? ""]
        }
        lines += [""] + MarkdownTable(header: ["outlet", "title", "published"], rows: outlets).render()
        if !story.nearDuplicates.isEmpty {
            lines += ["", "Copies of one text: " + story.nearDuplicates.map { $0.map { label[$0] }.joined(separator: " = ") }.joined(separator: "; ")]
        }
        lines += section("Claims", story.claims.isEmpty ? [] : claimsTable(story.claims, label: label))
        lines += section("Quotes", quoteGroups(story, label: label))
        lines += section("Agreements", story.agreements.map { "- \($0.text) — \($0.articles.map { label[$0] }.joined(separator: ", "))" })
        lines += section("Discrepancies", story.discrepancies.flatMap { discrepancy in
            ["- **\(style.apply(.yellow, discrepancy.topic))**"] + discrepancy.values.map { "  - \($0.value): \($0.articles.map { label[$0] }.joined(separator: ", "))" }
        })
        lines += section("Exclusives", story.exclusives.flatMap { exclusive in
            exclusive.statements.map { "- \(label.withCopies(exclusive)): \($0)" }
        })
        lines += section("Citations", CitationChain(story).links.map { link in
            let times = link.sentences > 1 ? ", \(link.sentences) sentences" : ""
            let quoted = link.quoted.isEmpty ? "" : " → " + link.quoted.joined(separator: ", ")
            return "- \(label[link.article]) cites **\(link.source)** (\(link.kind.rawValue)\(times))\(quoted)"
        })
        lines += section("Timeline", story.timeline.map { event in
            let from = event.resolvedFrom.map { " _(\"\($0)\")_" } ?? ""
            return "- **\(event.date.day)**\(from): \(event.text) — \(event.articles.map { label[$0] }.joined(separator: ", "))"
        })
        return lines
    }

    private func claimsTable(_ claims: [Claim], label: ArticleLabels) -> [String] {
        let rows = claims.map { claim in
            [claim.text, claim.status.rawValue, claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" }.joined(separator: "; ")]
        }
        return MarkdownTable(header: ["claim", "status", "positions"], rows: rows).render { column, padded, text in
            guard style.enabled else { return padded }
            if column == 1, let status = ClaimStatus(rawValue: text) {
                return style.status(status) + String(padded.dropFirst(text.count))
            }
            return column == 2 ? colouredStances(padded) : padded
        }
    }

    /// "Peskov denies; The Washington Post asserts" with each stance word coloured.
    private func colouredStances(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let bare = word.hasSuffix(";") ? word.dropLast() : word[...]
            guard let stance = Stance(rawValue: String(bare)) else { return String(word) }
            return style.stance(stance) + (word.hasSuffix(";") ? ";" : "")
        }.joined(separator: " ")
    }

    private func quoteGroups(_ story: Story, label: ArticleLabels) -> [String] {
        let quotes = Dictionary(story.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var grouped = Set<String>()
        var lines: [String] = []
        for group in story.quoteGroups {
            let members = group.quotes.compactMap { quotes[$0] }
            grouped.formUnion(group.quotes)
            lines.append("- **\(members.first?.speakerName ?? "Unknown speaker")**, in \(Plural.count(group.articles.count, "article", "articles")):")
            lines += members.map { "  - \(cue($0))\(shown($0)) — \(label[$0.article])" }
        }
        for quote in story.quotes where !grouped.contains(quote.id) {
            lines.append("- **\(quote.speakerName ?? "Unknown speaker")**: \(cue(quote))\(shown(quote)) — \(label[quote.article])")
        }
        return lines
    }

    /// A quote's words in quotation marks, except a partial quote's, which carry their own marks
    /// around the verbatim part (`_said_ “there was no conversation” and the report was ...`).
    private func shown(_ quote: Quote) -> String {
        quote.kind == .partial ? quote.text : "“\(quote.text)”"
    }

    /// The cue of reported content, so a denied report is not read as the speaker's words:
    /// "_denied_ “President Putin spoke with Trump”".
    private func cue(_ quote: Quote) -> String {
        guard quote.kind != .direct, let cue = quote.cue, !cue.isEmpty else { return "" }
        return "_\(cue.lowercased())_ "
    }

    private func section(_ title: String, _ body: [String]) -> [String] {
        body.isEmpty ? [] : ["", style.heading("### \(title)"), ""] + body
    }
}

/// Short human labels for articles: the outlet, else the source file name.
struct ArticleLabels {
    let articles: [String: Article]

    init(_ articles: [String: Article]) {
        self.articles = articles
    }

    subscript(_ id: String) -> String {
        guard let article = articles[id] else { return id }
        return article.outlet ?? article.source.split(separator: "/").last.map(String.init) ?? id
    }

    /// An exclusive's article, with the other outlets that printed its text: "Outlet 149 (=
    /// Outlet 384)"; the outlet's own second copy (another format of one page) adds nothing.
    func withCopies(_ exclusive: Exclusive) -> String {
        let own = self[exclusive.article]
        var others: [String] = []
        for label in (exclusive.copies ?? []).map({ self[$0] }) where label != own && !others.contains(label) { others.append(label) }
        return others.isEmpty ? own : own + " (= " + others.joined(separator: " = ") + ")"
    }
}

/// "1 story", "2 stories".
enum Plural {
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(value) \(value == 1 ? singular : plural)"
    }
}
