/// Chooses the headline among a page's title sources.
///
/// The visible `<h1>` wins when it reads as a headline: not the outlet name, not a part the `<title>`
/// sets off as the site name. One agreeing with og:title, twitter:title, the JSON-LD headline or the
/// `<title>` (whole, without its site-name part, or the part before the first separator) goes first, wherever
/// it is. Otherwise headings in navigation, in a link to the home page or in a `<header>` outside the body
/// container are furniture; a heading that holds a meta title with more around it gives that meta title;
/// then one inside the body container, then the first, each only when it shares half its words with the
/// meta titles, or has four words or more and shares one with them when two meta titles agree. Without
/// such an `<h1>`: the JSON-LD headline, og:title, twitter:title, then the `<title>`, each without its
/// site-name part (see `TitleCleaner`). Whatever wins loses a " | " section after three words or more.
struct TitleChooser {
    let tags: MetaTags
    let json: JSONLDFacts
    let outlet: String?
    let document: HTMLDocument
    let selection: ContentSelection?

    func title() -> String? {
        chosenTitle().map(TitleCleaner.withoutPipedSection)
    }

    private func chosenTitle() -> String? {
        let og = tags.first("og:title").map { TitleCleaner.clean($0, outlet: outlet) }
        let twitter = tags.first("twitter:title").map { TitleCleaner.clean($0, outlet: outlet) }
        let headline = json.headline.map { TitleCleaner.clean($0, outlet: outlet) }
        let page = tags.titleElement.map { TitleCleaner.clean($0, outlet: outlet) }
        let metas = [headline, og, twitter, page].compactMap { $0 }.filter { !$0.isEmpty }
        let named = tags.headings.filter { !$0.text.isEmpty && $0.text.count <= 300 && !isSiteName($0) }
        let rawMetas = [tags.first("og:title"), tags.first("twitter:title"), json.headline, tags.titleElement].compactMap { $0 }
        let agreeing = Set(metas.map(TitleCleaner.key) + rawMetas.compactMap(TitleCleaner.firstPart))
        if let agreed = named.first(where: { agreeing.contains(TitleCleaner.key($0.text)) }) { return agreed.text }
        let headings = named.filter { !isFurniture($0) }
        if let wrapped = metaTitle(wrappedIn: headings, metas: metas) { return wrapped }
        let keys = metas.map(TitleCleaner.key)
        let consensus = keys.contains { key in keys.filter { $0 == key }.count >= 2 }
        let metaWords = Set(keys.flatMap { $0.split(separator: " ") })
        func plausible(_ heading: (node: Int, text: String)) -> Bool {
            let words = TitleCleaner.key(heading.text).split(separator: " ")
            let shared = words.filter { metaWords.contains($0) }.count
            return (words.count >= 4 && (!consensus || shared > 0)) || (!words.isEmpty && shared * 2 >= words.count)
        }
        if let inBody = headings.first(where: { isInBody($0) && plausible($0) }) { return inBody.text }
        if let first = headings.first(where: plausible) { return first.text }
        if let candidate = metas.first { return candidate }
        return headings.first?.text
    }

    /// The meta title that a heading holds beside a date ("Dec 18 2025 Preparing a transition",
    /// "Top Strategies ... Posted on July 1, 2024 by infuy"): the rest is page furniture.
    private func metaTitle(wrappedIn headings: [(node: Int, text: String)], metas: [String]) -> String? {
        let metaKeys = metas.filter { $0.split(separator: " ").count >= 3 }.map { ($0, TitleCleaner.key($0)) }
        for heading in headings where heading.text.utf8.contains(where: Ascii.isDigit) {
            let key = TitleCleaner.key(heading.text)
            for (meta, metaKey) in metaKeys where key.utf8.count > metaKey.utf8.count {
                guard let range = key.range(of: metaKey) else { continue }
                let rest = String(key[..<range.lowerBound]) + " " + String(key[range.upperBound...])
                if DateText.human(rest) != nil { return meta }
            }
        }
        return nil
    }

    private func isInBody(_ heading: (node: Int, text: String)) -> Bool {
        guard let selection else { return false }
        return selection.roots.contains { document.isAncestor($0, of: heading.node) }
            || selection.roots.contains { root in
                let parent = document.nodes[root].parent
                return parent >= 0 && document.isAncestor(parent, of: heading.node)
            }
    }

    /// A heading that is the outlet's name or the site part of the `<title>`.
    private func isSiteName(_ heading: (node: Int, text: String)) -> Bool {
        let key = TitleCleaner.key(heading.text)
        if let outlet, TitleCleaner.key(outlet) == key { return true }
        if let full = tags.titleElement, key.count < TitleCleaner.key(full).count,
           TitleCleaner.siteParts(of: full).contains(key) {
            return true
        }
        return false
    }

    /// A heading in navigation, a link to the home page, or a `<header>` outside the body container.
    private func isFurniture(_ heading: (node: Int, text: String)) -> Bool {
        var node = heading.node
        while node > 0 {
            let element = document.nodes[node]
            if element.name == "a", let href = element.attribute("href"), href == "/" || href.hasSuffix("://" + (hostOf(href) ?? "")) || href.split(separator: "/").count <= 2 {
                return true
            }
            if element.name == "nav" || element.name == "header" && selection.map({ !$0.roots.contains { document.isAncestor(node, of: $0) || document.isAncestor($0, of: node) } }) == true {
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

/// Takes the site name off a title: "Headline | Site", "Site - Headline", "Headline – Site", "Headline :: Site".
///
/// Separators: " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ". The part dropped is the one
/// that matches the outlet name, else the shorter end part when the remaining headline keeps at least
/// four words or is clearly the longer.
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " || "]

    static func clean(_ title: String, outlet: String?) -> String {
        let text = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard let separator = separators.first(where: { text.contains($0) }) else { return text }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        if let outlet {
            let outletKey = key(outlet)
            let kept = parts.filter { key($0) != outletKey && !outletKey.contains(key($0)) && !key($0).contains(outletKey) }
            if kept.count < parts.count, !kept.isEmpty { return clean(kept.joined(separator: separator), outlet: nil) }
        }
        guard let first = parts.first, let last = parts.last, parts.count >= 2 else { return text }
        if last.count <= first.count { return parts.dropLast().joined(separator: separator) }
        if first.count * 2 < last.count { return parts.dropFirst().joined(separator: separator) }
        return text
    }

    /// A title without what follows its first " | " when at least three words come before it: a headline
    /// does not use the pipe, pages set off sections and site names with it ("... | Opinion").
    static func withoutPipedSection(_ title: String) -> String {
        guard let range = title.range(of: " | ") else { return title }
        let head = String(title[..<range.lowerBound])
        return head.split(separator: " ").count >= 3 ? head : title
    }

    /// The key of the part of `title` before its first site-name separator, when it has one.
    static func firstPart(of title: String) -> String? {
        let text = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard let separator = separators.first(where: { text.contains($0) }),
              let first = text.split(separator: separator).first
        else { return nil }
        return key(String(first))
    }

    /// The keys of the parts of `title` other than its first, split at the site-name separators.
    static func siteParts(of title: String) -> [String] {
        let text = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard let separator = separators.first(where: { text.contains($0) }) else { return [] }
        return text.split(separator: separator).dropFirst().map { key(String($0)) }
    }

    /// Lower-cased, white space collapsed, for comparisons.
    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
