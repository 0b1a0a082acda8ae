/// Chooses the headline among a page's title sources.
///
/// The visible `<h1>` wins when it reads as a headline: not the outlet name, not a part the `<title>`
/// sets off as the site name, not over `maximumHeadlineWords` words, not ending with a colon (a lead-in: "Erik
/// Demaine's Folding and Unfolding:"). One agreeing with og:title, twitter:title, the JSON-LD headline or the
/// `<title>` (whole, without its site-name part, or the part before the first separator) goes first, wherever
/// it is, then one that agrees once a one-word label is cut off its start ("Blog: ..."). Otherwise headings in navigation, in a link to the home page or in a `<header>` outside the body
/// container (unless it is the page's only `<h1>`) are furniture; a heading that holds a meta title with more around it gives that meta title;
/// then one inside the body container, then the first, each only when it shares half its words with the
/// meta titles, or has `minimumLooseHeadingWords` (five) words or more and, when meta titles agree (one repeats another, whole or within
/// itself), shares one with the agreed ones (a description in twitter:title lends no words). Without
/// such an `<h1>`: the JSON-LD headline, og:title, twitter:title, then the `<title>`, each without its
/// site-name part (see `TitleCleaner`); a JSON-LD headline cut short is skipped. Whatever wins loses a " | "
/// section after three words or more, and the subtitle after the lead part of a three-part meta title.
struct TitleChooser {
    let tags: MetaTags
    let json: JSONLDFacts
    let outlet: String?
    let document: HTMLDocument
    let selection: ContentSelection?
    /// The page's host name without "www." ("davidbau.com"): a heading that is only this names the site.
    let host: String?
    /// Keys computed once: the outlet's, the `<title>`'s, and those of the `<title>`'s parts after its first.
    private let outletKey: String?
    private let pageTitleKey: String
    private let pageTitleSiteParts: Set<String>
    /// The cleaned meta titles (`metaTitles(host:)`), read by both the choice and its typesetting.
    private let metas: [Candidate]

    init(tags: MetaTags, json: JSONLDFacts, outlet: String?, document: HTMLDocument, selection: ContentSelection?, host: String? = nil) {
        (self.tags, self.json, self.outlet, self.document, self.selection) = (tags, json, outlet, document, selection)
        self.host = host.map(TitleCleaner.key)
        outletKey = outlet.map(TitleCleaner.key)
        pageTitleKey = tags.titleElement.map(TitleCleaner.key) ?? ""
        pageTitleSiteParts = Set(tags.titleElement.map(TitleCleaner.siteParts) ?? [])
        metas = Self.metaTitles(tags: tags, json: json, outlet: outlet, host: self.host)
    }

    /// Headings of more words than this are paragraphs set in a heading's type, not headlines (the longest
    /// headline of the WCXB and L3S sets has 24).
    static let maximumHeadlineWords = 30
    /// A JSON-LD headline of this many characters or more that another meta title continues was cut short
    /// (schema.org tools truncate `headline` at 110).
    static let truncatedHeadlineLength = 100
    /// A heading of fewer words than this must share half of them with the meta titles to be the headline.
    static let minimumLooseHeadingWords = 5

    /// A title candidate with its comparison key (`TitleCleaner.key`), computed once.
    struct Candidate {
        let node: Int
        let text: String
        let key: String

        init(node: Int = -1, text: String) {
            (self.node, self.text, self.key) = (node, text, TitleCleaner.key(text))
        }
    }

    func title() -> String? {
        guard let chosen = chosenTitle() else { return nil }
        return withoutSubtitle(TitleCleaner.withoutPipedSection(chosen))
    }

    /// `title` written as most meta titles saying its words write it ("Here's how" in `<title>` and og:title
    /// over the `<h1>`'s "Here’s how"; `TitleTypography`).
    func typeset(_ title: String) -> String {
        // Meta titles written exactly as the title (the usual page) all vote for it.
        let key = TitleCleaner.key(title)
        guard metas.contains(where: { $0.key != key }) else { return title }
        return TitleTypography.majorityForm(of: title, among: metas.map(\.text))
    }

    private func chosenTitle() -> String? {
        let named = tags.headings.filter { !$0.text.isEmpty && $0.text.count <= 300 }
            .map { Candidate(node: $0.node, text: TitleCleaner.undecorated($0.text)) }
            .filter { $0.key.split(separator: " ").count <= Self.maximumHeadlineWords && !isSiteName($0) && !$0.text.hasSuffix(":") }
        let rawMetas = [tags.first("og:title"), tags.first("twitter:title"), json.headline, tags.titleElement].compactMap { $0 }
        let agreeing = Set(metas.map(\.key) + rawMetas.compactMap(TitleCleaner.firstPart))
        if let agreed = named.first(where: { agreeing.contains($0.key) }) { return agreed.text }
        if let labelled = named.lazy.compactMap(Self.withoutLabel).first(where: { agreeing.contains(TitleCleaner.key($0)) }) { return labelled }
        let headings = named.filter { !isFurniture($0, soleHeading: named.count == 1) }
        if let wrapped = metaTitle(wrappedIn: headings, metas: metas) { return wrapped }
        let keys = metas.map(\.key)
        let agreed = Self.agreedKeys(keys)
        let metaWords = Set((agreed.isEmpty ? keys : agreed).flatMap { $0.split(separator: " ") })
        func plausible(_ heading: Candidate) -> Bool {
            let words = heading.key.split(separator: " ")
            let shared = words.filter { metaWords.contains($0) }.count
            return (words.count >= Self.minimumLooseHeadingWords && (agreed.isEmpty || shared > 0)) || (!words.isEmpty && shared * 2 >= words.count)
        }
        if let inBody = headings.first(where: { isInBody($0) && plausible($0) }) { return inBody.text }
        if let first = headings.first(where: plausible) { return first.text }
        if let candidate = metas.first { return candidate.text }
        return headings.first?.text
    }

    /// A heading without the one-word label that opens it ("Blog: Best Agencies of 2025", "Title:AlignMerge"),
    /// or nil when it has none.
    static func withoutLabel(_ heading: Candidate) -> String? {
        guard let colon = heading.text.firstIndex(of: ":") else { return nil }
        let label = heading.text[..<colon]
        guard !label.isEmpty, label.count <= 12, label.allSatisfy(\.isLetter) else { return nil }
        let rest = String(heading.text[heading.text.index(after: colon)...]).trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }

    /// The meta title keys that another meta title repeats, whole, or within itself when of three words or
    /// more ("small adventures with models" in "engora data blog: small adventures with models").
    static func agreedKeys(_ keys: [String]) -> [String] {
        var agreed: [String] = []
        for (index, key) in keys.enumerated() where !agreed.contains(key) {
            let long = key.split(separator: " ").count >= 3
            if keys.indices.contains(where: { $0 != index && (keys[$0] == key || long && keys[$0].contains(key)) }) {
                agreed.append(key)
            }
        }
        return agreed
    }

    /// The JSON-LD headline, og:title, twitter:title and `<title>`, each without its site-name part; a JSON-LD
    /// headline cut short (another meta title continues it) is left out.
    private static func metaTitles(tags: MetaTags, json: JSONLDFacts, outlet: String?, host: String?) -> [Candidate] {
        func cleaned(_ title: String) -> Candidate {
            Candidate(text: TitleCleaner.clean(TitleCleaner.withoutLeadingHost(title, host: host), outlet: outlet))
        }
        let og = tags.first("og:title").map(cleaned)
        let twitter = tags.first("twitter:title").map(cleaned)
        let page = tags.titleElement.map(cleaned)
        var headline = json.headline.map(cleaned)
        if let cut = headline, cut.text.count >= Self.truncatedHeadlineLength,
           [og, twitter, page].contains(where: { $0.map { $0.key.count > cut.key.count && $0.key.hasPrefix(cut.key) } ?? false }) {
            headline = nil
        }
        return [headline, og, twitter, page].compactMap { $0 }.filter { !$0.text.isEmpty }
    }

    /// `title` without the subtitle a meta title of three or more parts sets off ("Wedding Planning Tools -
    /// Caterer Comparison Spreadsheet - Happily Connected"): the headline is the lead part when `title`
    /// starts with it and a separator, and the lead is no shorter than the last part (a site name leading
    /// the title, "Welcome to example.com - Giants - Eli Manning continues to thrive", is no headline).
    private func withoutSubtitle(_ title: String) -> String {
        for meta in [tags.titleElement, tags.first("og:title")].compactMap({ $0 }) {
            let segments = TitleCleaner.segments(of: meta)
            guard segments.count >= 3, let lead = segments.first, let last = segments.last,
                  lead.count >= last.count  // the site name ends the title, it does not lead it
            else { continue }
            if let cut = TitleCleaner.cut(title, atLead: TitleCleaner.key(lead)) { return cut }
        }
        return title
    }

    /// The meta title that a heading holds beside a date ("Dec 18 2025 Preparing a transition",
    /// "Top Strategies ... Posted on July 1, 2024 by infuy"): the rest is page furniture.
    private func metaTitle(wrappedIn headings: [Candidate], metas: [Candidate]) -> String? {
        let metaKeys = metas.filter { $0.key.split(separator: " ").count >= 3 }.map { ($0.text, $0.key) }
        for heading in headings where heading.text.utf8.contains(where: Ascii.isDigit) {
            let key = heading.key
            for (meta, metaKey) in metaKeys where key.utf8.count > metaKey.utf8.count {
                guard let range = key.range(of: metaKey) else { continue }
                let rest = String(key[..<range.lowerBound]) + " " + String(key[range.upperBound...])
                if DateText.human(rest) != nil { return meta }
            }
        }
        return nil
    }

    private func isInBody(_ heading: Candidate) -> Bool {
        guard let selection else { return false }
        return selection.roots.contains { document.isAncestor($0, of: heading.node) }
            || selection.roots.contains { root in
                let parent = document.nodes[root].parent
                return parent >= 0 && document.isAncestor(parent, of: heading.node)
            }
    }

    /// A heading that is the outlet's name, the page's host name ("davidbau.com") or the site part of the `<title>`.
    private func isSiteName(_ heading: Candidate) -> Bool {
        if let outletKey, outletKey == heading.key { return true }
        if let host, heading.key == host || heading.key == "www." + host { return true }
        return heading.key.count < pageTitleKey.count && pageTitleSiteParts.contains(heading.key)
    }

    /// A heading in navigation, a link to the home page, or a `<header>` outside the body container unless
    /// it is the page's only `<h1>` (an article header set apart from the body: `<header class="entry-header">`).
    private func isFurniture(_ heading: Candidate, soleHeading: Bool) -> Bool {
        var node = heading.node
        while node > 0 {
            let element = document.nodes[node]
            if element.name == "a", let href = element.attribute("href"), href == "/" || href.hasSuffix("://" + (hostOf(href) ?? "")) || href.split(separator: "/").count <= 2 {
                return true
            }
            if element.name == "nav" || element.name == "header" && !soleHeading && selection.map({ !$0.roots.contains { document.isAncestor(node, of: $0) || document.isAncestor($0, of: node) } }) == true {
                return true
            }
            node = element.parent
        }
        return false
    }

    private func hostOf(_ href: String) -> String? {
        href.split(separator: "/").dropFirst().first.map(String.init)
    }
}
