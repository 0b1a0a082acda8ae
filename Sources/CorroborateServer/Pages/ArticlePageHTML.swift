import CorroborateCore

/// One stored article as extracted: outlet, title, byline, date, the body paragraphs, and the
/// original URL (a link only when it is `http(s)`).
struct ArticlePageHTML: Sendable {
    var article: Article

    var html: String {
        var body = "<article class=\"panel\"><p class=\"meta\">\(HTML.text(article.outlet ?? "Unknown outlet"))"
        body += " · \(HTML.text(article.published?.rawValue ?? "no date"))"
        if !article.byline.isEmpty { body += " · \(HTML.text(article.byline.joined(separator: ", ")))" }
        body += "</p><h1>\(HTML.text(article.title ?? "Untitled"))</h1>"
        if let standfirst = article.standfirst { body += "<p class=\"title\">\(HTML.text(standfirst))</p>" }
        body += article.body.map { "<p>\(HTML.text($0.text))</p>" }.joined()
        if let url = article.url { body += "<p class=\"meta\">Original: \(HTML.externalLink(url, url))</p>" }
        body += "<p class=\"meta\">Source: <code>\(HTML.text(article.source))</code></p></article>"
        return PageLayout(title: article.title ?? article.id).render(body)
    }
}
