import CorroborateCore

/// Chooses a page's metadata from what its markup states, by named stages, strongest first.
///
/// - Title: the `<h1>` when another source agrees with it (og:title, JSON-LD headline, `<title>`), else the
///   JSON-LD headline, og:title or `<title>` without its site-name part (`TitleCleaner`).
/// - Published (`DateSource` order): JSON-LD `datePublished`, publication meta tags (`MetadataReader.dateMetaNames`),
///   `itemprop=datePublished`, a `<time datetime>` marked as the publication time, a date written near the
///   headline (`VisibleDateFinder`), any `<time datetime>` not marked as an update, the URL path
///   (`/2024/11/11/`), the container's hint. A JSON-LD `WebPage`'s date counts only when the page names
///   an author in JSON-LD or `meta name=author`: sites stamp it on undated pages too. Modified dates and copyright years are never read; null
///   when nothing states a date.
/// - Byline: JSON-LD authors, `meta name=author`, author-marked elements (`BylineCleaner`).
/// - Outlet: og:site_name, JSON-LD publisher, `application-name`, the hint.
/// - URL: `<link rel=canonical>`, og:url, the hint. Language: `<html lang>`, og:locale, content-language, the hint.
struct MetadataReader {
    let document: HTMLDocument
    let hints: MetadataHints
    /// A date written near the headline (`VisibleDateFinder`), if any.
    var visibleDate: PublicationDate?
    /// Where the body sits, to tell a headline from page furniture.
    var selection: ContentSelection?

    /// Meta names and properties that state the publication date.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "og:article:published_time", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "date_published", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
        "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
        "original-publish-date", "citation_publication_date", "citation_date", "date", "release_date",
        "cxenseparse:recs:publishtime", "article:post_date", "displaydate", "creation_date",
    ]

    func metadata() -> PageMetadata {
        let tags = MetaTags(document: document)
        let json = JSONLDFacts(blocks: tags.jsonLD)
        var metadata = PageMetadata()
        metadata.url = tags.canonical.flatMap(absoluteURL) ?? tags.first("og:url").flatMap(absoluteURL) ?? hints.url
        metadata.outlet = tags.first("og:site_name") ?? json.publisher ?? tags.first("application-name") ?? hints.outlet
        metadata.title = TitleChooser(tags: tags, json: json, outlet: metadata.outlet, document: document, selection: selection).title() ?? hints.title
        (metadata.published, metadata.publishedSource) = published(tags: tags, json: json, url: metadata.url ?? hints.url)
        metadata.byline = byline(tags: tags, json: json, outlet: metadata.outlet)
        metadata.language = language(tags)
        metadata.standfirst = standfirst(tags: tags, json: json, title: metadata.title)
        return metadata
    }

    private func absoluteURL(_ value: String) -> String? {
        let trimmed = value.trimmingWhitespace()
        return trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") ? trimmed : nil
    }

    private func published(tags: MetaTags, json: JSONLDFacts, url: String?) -> (PublicationDate?, DateSource?) {
        if let date = json.datePublished.flatMap(DateText.machine) { return (date, .jsonLD) }
        for name in Self.dateMetaNames {
            if let date = tags.meta[name]?.lazy.compactMap(DateText.machine).first { return (date, .metaTag) }
        }
        if let date = tags.itempropDates.lazy.compactMap(DateText.machine).first { return (date, .itemprop) }
        if let date = publicationTime(tags) { return (date, .timeElement) }
        let authored = !json.authors.isEmpty || tags.first("author") != nil
        if authored, let date = json.pageDatePublished.flatMap(DateText.machine) { return (date, .jsonLD) }
        if let date = visibleDate { return (date, .visibleText) }
        if let date = anyTime(tags) { return (date, .timeElement) }
        if let url, let date = URLDate.date(in: url) { return (date, .url) }
        if let date = hints.published { return (date, .hint) }
        return (nil, nil)
    }

    /// A `<time datetime>` marked as the publication time: `pubdate`, or a class/itemprop/parent class
    /// naming publication, or the only `<time>` of the page.
    private func publicationTime(_ tags: MetaTags) -> PublicationDate? {
        for (node, value) in tags.times where isPublicationTime(node) {
            if let date = DateText.machine(value) { return date }
        }
        return nil
    }

    /// The first `<time datetime>` whose element and two ancestors say nothing of updates, comments or
    /// related content.
    private func anyTime(_ tags: MetaTags) -> PublicationDate? {
        for (node, value) in tags.times where !isMarked(node, by: ["modif", "updat", "comment", "related", "footer"]) {
            if let date = DateText.machine(value) { return date }
        }
        return nil
    }

    private func isMarked(_ node: Int, by words: [String]) -> Bool {
        var current = node
        for _ in 0..<4 where current > 0 {
            let element = document.nodes[current]
            let marks = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "") + " " + (element.attribute("itemprop") ?? "")).lowercased()
            if words.contains(where: { marks.contains($0) }) { return true }
            current = element.parent
        }
        return false
    }

    private func isPublicationTime(_ node: Int) -> Bool {
        let element = document.nodes[node]
        if element.attribute("pubdate") != nil { return true }
        var current = node
        for _ in 0..<3 where current > 0 {
            let marks = ((document.nodes[current].attribute("class") ?? "") + " " + (document.nodes[current].attribute("itemprop") ?? "")).lowercased()
            if marks.contains("modif") || marks.contains("updat") { return false }
            if marks.contains("publish") || marks.contains("posted") || marks.contains("entry-date") || marks.contains("post-date") || marks.contains("article-date") || marks.contains("byline") {
                return true
            }
            current = document.nodes[current].parent
        }
        return false
    }

    private func byline(tags: MetaTags, json: JSONLDFacts, outlet: String?) -> [String] {
        let sources: [[String]] = [json.authors, tags.meta["author"] ?? [], tags.authorTexts, hints.byline]
        for source in sources {
            let names = BylineCleaner.names(from: source, outlet: outlet)
            if !names.isEmpty { return names }
        }
        return []
    }

    private func language(_ tags: MetaTags) -> String? {
        let candidates = [tags.htmlLanguage, tags.first("og:locale"), tags.first("content-language"), hints.language]
        for candidate in candidates.compactMap({ $0?.trimmingWhitespace() }) where candidate.count >= 2 {
            let tag = candidate.replacingAll("_", with: "-").split(separator: ",").first.map(String.init) ?? candidate
            let parts = tag.split(separator: "-")
            guard let primary = parts.first, primary.count <= 3, primary.allSatisfy(\.isLetter) else { continue }
            return ([primary.lowercased()] + parts.dropFirst().map { String($0) }).joined(separator: "-")
        }
        return nil
    }

    private func standfirst(tags: MetaTags, json: JSONLDFacts, title: String?) -> String? {
        if let dek = tags.dekTexts.first(where: { $0.count >= 30 && $0.count <= 400 }) { return dek }
        return nil
    }
}
