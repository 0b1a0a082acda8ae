/// Takes the site name off a title: "Headline | Site", "Site - Headline", "Headline – Site", "Headline :: Site".
///
/// Separators: " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " || ". The part dropped is the one
/// that matches the outlet name, else the shorter end part when the remaining headline keeps at least
/// four words or is clearly the longer. Decorations at either end ("Headline ⋆", "★ Headline") go first.
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " || "]

    static func clean(_ title: String, outlet: String?) -> String {
        let text = undecorated(title)
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

    /// `title` without the host name that opens it before a space and no separator ("davidbau.com Vibe Coding"
    /// with the host "davidbau.com" -> "Vibe Coding"); unchanged when nothing follows the host name.
    static func withoutLeadingHost(_ title: String, host: String?) -> String {
        guard let host, !host.isEmpty else { return title }
        let text = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for name in [host, "www." + host] where text.count > name.count + 1 && text.lowercased().hasPrefix(name + " ") {
            return String(text.dropFirst(name.count + 1))
        }
        return title
    }

    /// `title` with white space collapsed and without words made only of symbols at either end
    /// ("Top Home Gym Must Haves ⋆" -> "Top Home Gym Must Haves").
    static func undecorated(_ title: String) -> String {
        var words = title.split(whereSeparator: { $0.isWhitespace })
        while let last = words.last, isDecoration(last) { words.removeLast() }
        while let first = words.first, isDecoration(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// A word made only of mathematical or other symbols that are not emoji (⋆, ★, ✓), which no headline ends or
    /// starts with; emoji ("💥") are kept as the page's own.
    private static func isDecoration(_ word: Substring) -> Bool {
        word.unicodeScalars.allSatisfy { scalar in
            let category = scalar.properties.generalCategory
            return (category == .mathSymbol || category == .otherSymbol) && !scalar.isASCII && !scalar.properties.isEmoji
        }
    }

    /// A title without what follows its first " | " when at least three words come before it: a headline
    /// does not use the pipe, pages set off sections and site names with it ("... | Opinion").
    static func withoutPipedSection(_ title: String) -> String {
        guard let range = title.range(of: " | ") else { return title }
        let head = String(title[..<range.lowerBound])
        return head.split(separator: " ").count >= 3 ? head : title
    }

    /// `title` cut before a separator when the part before it is `lead` (compared by key) and has at least
    /// three words: "Wedding Planning Tools – Caterer Comparison Spreadsheet" with the lead "Wedding Planning
    /// Tools" gives the lead. Nil when no such separator exists.
    static func cut(_ title: String, atLead lead: String) -> String? {
        guard lead.split(separator: " ").count >= 3 else { return nil }
        for separator in separators {
            guard let range = title.range(of: separator) else { continue }
            let head = String(title[..<range.lowerBound])
            if key(head) == lead { return head }
        }
        return nil
    }

    /// The parts of `title` between site-name separators of any kind, in order, white space collapsed:
    /// "A - B | C" -> ["A", "B", "C"].
    static func segments(of title: String) -> [String] {
        var parts = [title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")]
        for separator in separators {
            parts = parts.flatMap { $0.split(separator: separator).map(String.init) }
        }
        return parts.filter { !$0.isEmpty }
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
