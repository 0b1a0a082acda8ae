import CorroborateCore

/// Chooses a page's metadata from what its markup states, by named stages, strongest first.
///
/// - Title: the `<h1>` when another source agrees with it (og:title, JSON-LD headline, `<title>`), else the
///   JSON-LD headline, og:title or `<title>` without its site-name part (`TitleCleaner`); written with the quotes and
///   dashes most title sources use (`TitleTypography`).
/// - Published: the date the page shows near its headline (`VisibleDateFinder`), unless it is a stated
///   modification date and a publication meta tag states another publication date, or the stated publication date
///   with day and month swapped (a numeric date read in the other order), or the URL path and the markup
///   agree on another day; the URL path (`/2024/11/11/`); the "Updated ..." date the page shows near its
///   headline when no publication meta tag states a date (JSON-LD or `<meta itemprop>` microdata alone does not
///   outrank it) or when one states that same day;
///   the date the markup states (JSON-LD `datePublished`, publication meta tags (`dateMetaNames`),
///   `itemprop=datePublished`, a `<time datetime>` marked as the publication time, a JSON-LD `WebPage`'s
///   date when the page names an author: sites stamp it on undated pages too); any `<time datetime>` not
///   marked as an update; the "Updated ..." date the page shows when it shows no other; the container's
///   hint. Copyright years are never read; null when nothing states a date.
/// - Byline: JSON-LD authors, `meta name=author`, author-marked elements (`BylineCleaner`).
/// - Outlet: the outlets table's entry for the page's domain (`OutletDirectory`), og:site_name, JSON-LD
///   publisher, `application-name`, the hint.
/// - URL: `<link rel=canonical>`, og:url, the hint. Language: `<html lang>`, og:locale, content-language, the hint.
struct MetadataReader {
    let document: HTMLDocument
    let hints: MetadataHints
    /// The page's text blocks, where `VisibleDateFinder` looks for the dates written near the headline.
    var blocks: [ContentBlock] = []
    /// Where the body sits, to tell a headline from page furniture.
    var selection: ContentSelection?
    /// The outlets table, to name the outlet of a page's domain.
    var directory: OutletDirectory = .bundled
    /// Whether to list every date candidate (diagnostics; off for extraction).
    var listsDateCandidates = false

    /// Meta names and properties that state the publication date.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "og:article:published_time", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "date_published", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
        "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
        "original-publish-date", "citation_publication_date", "citation_date", "date", "release_date",
        "cxenseparse:recs:publishtime", "article:post_date", "displaydate", "creation_date", "published", "published-date",
        "published_date", "date-published",
    ]

    func metadata() -> PageMetadata {
        let tags = MetaTags(document: document)
        let json = JSONLDFacts(blocks: tags.jsonLD)
        var metadata = PageMetadata()
        metadata.url = tags.canonical.flatMap(absoluteURL) ?? tags.first("og:url").flatMap(absoluteURL) ?? hints.url
        metadata.outlet = directory.outlet(forURL: metadata.url ?? hints.url ?? "")?.name ?? tags.first("og:site_name")
            ?? json.publisher ?? tags.first("application-name") ?? hints.outlet
        let titles = TitleChooser(tags: tags, json: json, outlet: metadata.outlet, document: document, selection: selection,
                                  host: Self.host(of: metadata.url ?? hints.url))
        let headline = titles.title()
        metadata.title = headline.map(titles.typeset) ?? hints.title
        // The date finder looks for the block that repeats the headline as the page sets it.
        let visibleDates = visibleDates(headline: headline ?? hints.title, statedDays: statedDays(tags: tags, json: json))
        (metadata.published, metadata.publishedSource) = published(tags: tags, json: json, url: metadata.url ?? hints.url, visibleDates: visibleDates)
        metadata.byline = byline(tags: tags, json: json, outlet: metadata.outlet)
        metadata.language = language(tags)
        metadata.standfirst = standfirst(tags: tags, json: json, title: metadata.title)
        let isArticle = tags.first("og:type")?.lowercased() == "article"
        metadata.description = (json.description ?? (isArticle ? tags.first("og:description") : nil))
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .flatMap { text in metadata.outlet.map { text.lowercased().contains($0.lowercased()) } == true ? nil : text }
        if listsDateCandidates {
            metadata.dateCandidates = dateCandidates(tags: tags, json: json, url: metadata.url ?? hints.url, visibleDates: visibleDates)
        }
        return metadata
    }

    /// The dates written near the headline, found from the block that repeats `headline` when one does.
    private func visibleDates(headline: String?, statedDays: Set<String>) -> VisibleDateFinder.Dates {
        guard let selection, !blocks.isEmpty else { return .init() }
        var finder = VisibleDateFinder(document: document, blocks: blocks, selection: selection, headline: headline)
        finder.statedDays = statedDays
        return finder.dates()
    }

    /// Every day the markup states, of publication or modification: `<time datetime>`, JSON-LD, meta tags, `itemprop`.
    private func statedDays(tags: MetaTags, json: JSONLDFacts) -> Set<String> {
        var values = tags.times.map(\.value) + tags.itempropDates
        values += [json.datePublished, json.pageDatePublished, json.dateModified].compactMap { $0 }
        for name in Self.dateMetaNames + Self.modifiedMetaNames { values += tags.meta[name] ?? [] }
        return Set(values.compactMap { DateText.machine($0)?.day })
    }

    /// The host name of `url` without "www." and a port, lower-cased ("https://www.davidbau.com/x" -> "davidbau.com").
    static func host(of url: String?) -> String? {
        guard let url, url.contains("://") else { return nil }
        let lowered = URLHost.name(in: url).lowercased()
        let host = lowered.hasPrefix("www.") ? String(lowered.dropFirst(4)) : lowered
        return host.contains(".") ? host : nil
    }

    private func absoluteURL(_ value: String) -> String? {
        let trimmed = value.trimmingWhitespace()
        return trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") ? trimmed : nil
    }

    private func published(
        tags: MetaTags, json: JSONLDFacts, url: String?, visibleDates: VisibleDateFinder.Dates
    ) -> (PublicationDate?, DateSource?) {
        let stated = statedPublication(tags: tags, json: json)
        let urlDate = url.flatMap(URLDate.date(in:))
        let metaStated = statesPublicationInMetaTags(tags)
        if let visible = visibleDates.published {
            let modified = modifiedDays(tags: tags, json: json)
            let isUpdate = metaStated && stated.map { $0.date.day != visible.day && modified.contains(visible.day) } ?? false
            let isMisread = stated.map { Self.swapsDayAndMonth(visible, $0.date) } ?? false
            let isOutvoted = stated.map { $0.date.day != visible.day && $0.date.day == urlDate?.day } ?? false
            if !isUpdate, !isMisread, !isOutvoted { return (visible, .visibleText) }
        }
        if let urlDate { return (urlDate, .url) }
        if visibleDates.published == nil, let date = visibleDates.updated, !metaStated || publicationDaysInMetaTags(tags).contains(date.day) {
            return (date, .visibleText)
        }
        if let stated { return (stated.date, stated.source) }
        if let date = anyTime(tags) { return (date, .timeElement) }
        if let date = visibleDates.updated { return (date, .visibleText) }
        if let date = visibleDates.labelled { return (date, .visibleText) }
        if let date = hints.published { return (date, .hint) }
        return (nil, nil)
    }

    /// Whether `shown` is `stated` with day and month swapped ("09.10.2024" read day first where the page
    /// meant 10 September): the markup's unambiguous date then tells the page's order.
    static func swapsDayAndMonth(_ shown: PublicationDate, _ stated: PublicationDate) -> Bool {
        let a = Array(shown.day.utf8), b = Array(stated.day.utf8)
        guard a.count == 10, b.count == 10, a[0..<4] == b[0..<4], a[5..<7] != a[8..<10] else { return false }
        return a[5..<7] == b[8..<10] && a[8..<10] == b[5..<7]
    }

    /// The publication date the markup states: JSON-LD, meta tags, `itemprop`, a publication `<time>`, a
    /// `WebPage`'s date when the page names an author.
    private func statedPublication(tags: MetaTags, json: JSONLDFacts) -> (date: PublicationDate, source: DateSource)? {
        if let date = json.datePublished.flatMap(DateText.machine) { return (date, .jsonLD) }
        for name in Self.dateMetaNames {
            if let date = tags.meta[name]?.lazy.compactMap(DateText.machine).first { return (date, .metaTag) }
        }
        if let date = tags.itempropDates.lazy.compactMap(DateText.machine).first { return (date, .itemprop) }
        if let date = publicationTime(tags) { return (date, .timeElement) }
        let authored = !json.authors.isEmpty || tags.first("author") != nil
        if authored, let date = json.pageDatePublished.flatMap(DateText.machine) { return (date, .jsonLD) }
        return nil
    }

    /// Whether a publication meta tag (`dateMetaNames`) states a date. Only such a tag outranks an update
    /// date the page shows near its headline ("Last updated: Sep 4, 2025"): with JSON-LD, `itemprop` or
    /// `<time>` as the only statement of an older publication, WCXB's gold is the shown date on 12 of 15
    /// dev pages (and a shown date equal to the stated modification day on 2 of 2); with a meta tag, the
    /// stated publication date on 17 of 21 (9 of 15).
    ///
    /// `<meta itemprop="datePublished">` is microdata, the page's schema.org statement like JSON-LD, and counts
    /// as such (`microdataDateNames`): with it as the only tag, the gold is the shown update or modification
    /// day on all 4 WCXB dev pages that show one.
    private func statesPublicationInMetaTags(_ tags: MetaTags) -> Bool {
        Self.dateMetaNames.contains { name in
            !Self.microdataDateNames.contains(name) && tags.meta[name]?.contains { DateText.machine($0) != nil } ?? false
        }
    }

    /// The days the publication meta tags state: a shown "Updated" date among them is the day the page names
    /// as published too (`article:published_time` restamped on each update), whatever older day JSON-LD states.
    private func publicationDaysInMetaTags(_ tags: MetaTags) -> Set<String> {
        Set(Self.dateMetaNames.flatMap { tags.meta[$0] ?? [] }.compactMap { DateText.machine($0)?.day })
    }

    /// Meta keys that `<meta itemprop=...>` (schema.org microdata) gives, read like JSON-LD rather than as tags.
    static let microdataDateNames: Set<String> = ["datepublished"]

    /// The days the markup states as modification dates.
    private func modifiedDays(tags: MetaTags, json: JSONLDFacts) -> Set<String> {
        var days = Set(Self.modifiedMetaNames.compactMap { tags.meta[$0]?.lazy.compactMap(DateText.machine).first?.day })
        if let date = json.dateModified.flatMap(DateText.machine) { days.insert(date.day) }
        return days
    }

    /// Every date the page states, labelled by source, for diagnostics.
    private func dateCandidates(
        tags: MetaTags, json: JSONLDFacts, url: String?, visibleDates: VisibleDateFinder.Dates
    ) -> [DateCandidate] {
        var found: [(String, PublicationDate?)] = [
            ("jsonLD.published", json.datePublished.flatMap(DateText.machine)),
            ("jsonLD.page", json.pageDatePublished.flatMap(DateText.machine)),
            ("jsonLD.modified", json.dateModified.flatMap(DateText.machine)),
        ]
        for name in Self.dateMetaNames {
            found.append(("meta." + name, tags.meta[name]?.lazy.compactMap(DateText.machine).first))
        }
        for name in Self.modifiedMetaNames {
            found.append(("meta." + name, tags.meta[name]?.lazy.compactMap(DateText.machine).first))
        }
        found.append(("itemprop", tags.itempropDates.lazy.compactMap(DateText.machine).first))
        found.append(("time.publication", publicationTime(tags)))
        found.append(("time.any", anyTime(tags)))
        found.append(("visible.published", visibleDates.published))
        found.append(("visible.updated", visibleDates.updated))
        found.append(("visible.labelled", visibleDates.labelled))
        found.append(("url", url.flatMap(URLDate.date(in:))))
        return found.compactMap { source, date in date.map { DateCandidate(source: source, date: $0) } }
    }

    /// Meta names and properties that state a modification date.
    static let modifiedMetaNames = ["article:modified_time", "og:updated_time", "last-modified", "datemodified", "dc.date.modified", "dcterms.modified"]

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
