/// Chooses the headline among a page's title sources by agreement.
///
/// Order: the first `<h1>` that agrees with og:title, the JSON-LD headline or `<title>` (equal after
/// cleaning, or contained in the `<title>`); else the JSON-LD headline; else og:title; else the
/// `<title>`; each without its site-name part (see `TitleCleaner`). A lone `<h1>` is used only when
/// nothing else exists.
struct TitleChooser {
    let tags: MetaTags
    let json: JSONLDFacts
    let outlet: String?

    func title() -> String? {
        let og = (tags.first("og:title") ?? tags.first("twitter:title")).map { TitleCleaner.clean($0, outlet: outlet) }
        let headline = json.headline.map { TitleCleaner.clean($0, outlet: outlet) }
        let page = tags.titleElement.map { TitleCleaner.clean($0, outlet: outlet) }
        let fullPage = tags.titleElement.map(TitleCleaner.key) ?? ""
        let others = [og, headline, page].compactMap { $0 }.map(TitleCleaner.key)
        for (_, text) in tags.headings.prefix(3) where !text.isEmpty {
            let key = TitleCleaner.key(text)
            if others.contains(key) || (key.count >= 10 && fullPage.contains(key)) { return text }
        }
        for candidate in [headline, og, page] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return tags.headings.first { !$0.text.isEmpty }?.text
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

    /// Lower-cased, white space collapsed, for comparisons.
    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
