import CorroborateCore

/// Renders a brief as one self-contained HTML file (inline CSS, no script): per story, the
/// outlets side by side, the claims table with stances, quote groups, agreements, discrepancies,
/// exclusives, the citation chain and the timeline. Every text from a page is escaped.
public struct BriefHTML: Sendable {
    public init() {}

    /// Paragraphs of each article's text the page shows beside its outlet.
    public static let leadParagraphs = 2

    /// The whole document: ``opening(stories:articles:generatedAt:)``, each story's
    /// ``render(_:articles:)``, then ``closing(problems:)``.
    public func render(_ brief: Brief) -> String {
        let articles = Dictionary(brief.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return opening(stories: brief.stories.count, articles: brief.articles.count, generatedAt: brief.generatedAt)
            + brief.stories.map { render($0, articles: articles) }.joined() + closing(problems: brief.problems)
    }

    /// The start of the page for `stories` stories from `articles` articles: a page written story
    /// by story is this, then each story's ``render(_:articles:)``, then the closing.
    public func opening(stories: Int, articles: Int, generatedAt: String) -> String {
        """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Corroborate brief</title>
            <style>\(Self.style)</style>
            </head><body>
            <header><h1>Corroborate brief</h1><p>\(Plural.count(stories, "story", "stories")) from \(Plural.count(articles, "article", "articles")) · generated \(e(generatedAt))</p></header>
            <main>
            """
    }

    /// The end of the page: the inputs that could not be read.
    public func closing(problems: [Problem]) -> String {
        var html = ""
        if !problems.isEmpty {
            html += "<section class=\"problems\"><h2>Inputs that could not be read</h2><ul>"
            html += problems.map { "<li><code>\(e($0.source))</code>: \(e($0.message))</li>" }.joined()
            html += "</ul></section>"
        }
        return html + "</main></body></html>\n"
    }

    /// One story as an `<article class="story">`.
    public func render(_ story: Story, articles: [String: Article]) -> String {
        let label = ArticleLabels(articles)
        let dates = Set([story.firstPublished?.day, story.lastPublished?.day].compactMap { $0 }).sorted()
        var html = "<article class=\"story\" id=\"\(e(story.id))\"><h2>\(e(story.title))</h2>"
        html += "<p class=\"meta\">\(e(([StoryCounts(story, articles: articles).summary] + [dates.joined(separator: " – ")].filter { !$0.isEmpty }).joined(separator: " · ")))</p>"
        html += outlets(story, articles: articles, label: label)
        html += claims(story.claims)
        html += quotes(story, label: label)
        html += list("Agreements", "agreements", story.agreements.map {
            "\(e($0.text)) <span class=\"src\">\(e($0.articles.map { label[$0] }.joined(separator: ", ")))</span>"
        })
        html += list("Discrepancies", "discrepancies", story.discrepancies.map { discrepancy in
            "<strong>\(e(discrepancy.topic))</strong><ul>" + discrepancy.values.map {
                "<li><mark>\(e($0.value))</mark> <span class=\"src\">\(e($0.articles.map { label[$0] }.joined(separator: ", ")))</span></li>"
            }.joined() + "</ul>"
        })
        html += list("Exclusives", "exclusives", story.exclusives.flatMap { exclusive in
            exclusive.statements.map { "<span class=\"src\">\(e(label.withCopies(exclusive)))</span> \(e($0))" }
        })
        html += list("Citation chain", "citations", CitationChain(story).links.map { link in
            let times = link.sentences > 1 ? ", \(link.sentences) sentences" : ""
            let quoted = link.quoted.isEmpty ? "" : " → " + link.quoted.map(e).joined(separator: ", ")
            return "\(e(label[link.article])) → <strong>\(e(link.source))</strong> <em>(\(e(link.kind.rawValue))\(times))</em>\(quoted)"
        })
        html += timeline(story.timeline, label: label)
        return html + "</article>"
    }

    private func outlets(_ story: Story, articles: [String: Article], label: ArticleLabels) -> String {
        let columns = story.articles.compactMap { articles[$0] }.map { article in
            let lead = article.body.prefix(Self.leadParagraphs).map { "<p>\(e($0.text))</p>" }.joined()
            return """
                <div class="outlet"><h3>\(e(label[article.id]))</h3>\
                <p class="title">\(e(article.title ?? ""))</p>\
                <p class="meta">\(e(article.published?.rawValue ?? "no date"))\(article.byline.isEmpty ? "" : " · " + e(article.byline.joined(separator: ", ")))</p>\
                \(lead)</div>
                """
        }
        return "<section class=\"outlets\"><h3 class=\"hidden\">Outlets</h3><div class=\"columns\">\(columns.joined())</div></section>"
    }

    private func claims(_ claims: [Claim]) -> String {
        guard !claims.isEmpty else { return "" }
        let rows = claims.map { claim in
            let positions = claim.positions.map {
                "<span class=\"stance \(e($0.stance.rawValue))\">\(e($0.holderName)): \(e($0.stance.rawValue))</span>"
            }.joined(separator: " ")
            return "<tr><td>\(e(claim.text))</td><td class=\"status \(e(claim.status.rawValue))\">\(e(claim.status.rawValue))</td><td>\(positions)</td></tr>"
        }
        return "<section class=\"claims\"><h3>Claims</h3><table><thead><tr><th>Claim</th><th>Status</th><th>Positions</th></tr></thead><tbody>\(rows.joined())</tbody></table></section>"
    }

    private func quotes(_ story: Story, label: ArticleLabels) -> String {
        guard !story.quotes.isEmpty else { return "" }
        let byID = Dictionary(story.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var grouped = Set<String>()
        var items: [String] = []
        for group in story.quoteGroups {
            let members = group.quotes.compactMap { byID[$0] }
            grouped.formUnion(group.quotes)
            let wordings = members.map { "<blockquote>\(cue($0))\(e($0.text)) <span class=\"src\">\(e(label[$0.article]))</span></blockquote>" }
            items.append("<div class=\"quote-group\"><strong>\(e(members.first?.speakerName ?? "Unknown speaker"))</strong>\(wordings.joined())</div>")
        }
        for quote in story.quotes where !grouped.contains(quote.id) {
            items.append("<div class=\"quote\"><strong>\(e(quote.speakerName ?? "Unknown speaker"))</strong><blockquote>\(cue(quote))\(e(quote.text)) <span class=\"src\">\(e(label[quote.article]))</span></blockquote></div>")
        }
        return "<section class=\"quotes\"><h3>Who said what</h3>\(items.joined())</section>"
    }

    /// The cue of reported content ("denied"), so a denied report is not read as the speaker's words.
    private func cue(_ quote: Quote) -> String {
        guard quote.kind != .direct, let cue = quote.cue, !cue.isEmpty else { return "" }
        return "<span class=\"cue\">\(e(cue.lowercased()))</span> "
    }

    private func timeline(_ events: [TimelineEvent], label: ArticleLabels) -> String {
        list("Timeline", "timeline", events.map { event in
            let from = event.resolvedFrom.map { " <em>(“\(e($0))”)</em>" } ?? ""
            return "<time datetime=\"\(e(event.date.day))\">\(e(event.date.day))</time>\(from) \(e(event.text)) <span class=\"src\">\(e(event.articles.map { label[$0] }.joined(separator: ", ")))</span>"
        })
    }

    private func list(_ title: String, _ className: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<section class=\"\(className)\"><h3>\(title)</h3><ul>\(items.map { "<li>\($0)</li>" }.joined())</ul></section>"
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// The inline CSS of the report (also used by the web app's story page).
    public static let style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
        header{background:#1d2b3a;color:#fff;padding:12px 24px}header h1{margin:0;font-size:20px}
        main{padding:12px 24px}.story{background:#fff;border-radius:8px;padding:16px 20px;margin:0 0 20px;box-shadow:0 1px 3px #0002}
        .meta{color:#666;font-size:13px}.columns{display:flex;gap:12px;overflow-x:auto}
        .outlet{flex:1 0 220px;border:1px solid #ddd;border-radius:6px;padding:8px 10px;font-size:13px}
        .outlet h3{margin:0 0 4px;font-size:14px}.title{font-weight:600}.hidden{display:none}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e4e4e4;padding:6px;text-align:left;vertical-align:top}
        .stance{display:inline-block;padding:1px 6px;border-radius:4px;margin:1px;font-size:12px;background:#eee}
        .asserts,.confirms{background:#dff3e0}.denies{background:#fbe0de}.declines,.doubts{background:#fff1cc}
        .status.disputed{color:#b3261e;font-weight:600}.status.confirmed{color:#1e7b34;font-weight:600}
        blockquote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid #c9d3de}
        .src{color:#666;font-size:12px}.cue{font-style:italic;color:#7a4b00;margin-right:2px}mark{background:#ffe58f}time{font-weight:600;margin-right:4px}
        """
}
