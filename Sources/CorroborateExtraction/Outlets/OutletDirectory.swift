/// A table of news outlets and wire agencies with lookup by domain, by name or alias, and by mention in a line
/// of page text. Load the bundled table with `OutletDirectory.bundled`, or build one from entries for tests.
public struct OutletDirectory: Sendable {
    /// Every entry, in table order.
    public let entries: [Outlet]
    private let byDomain: [String: Int]
    private let byKey: [String: Int]

    /// Names and aliases shorter than this many key characters are only matched as a whole name, never
    /// inside a line ("AP", "FT", "MT" would match too much).
    public static let minimumMentionKeyLength = 6

    /// A directory of `entries`; on a duplicate domain or name the earlier entry wins.
    public init(entries: [Outlet]) {
        self.entries = entries
        var byDomain: [String: Int] = [:]
        var byKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for domain in entry.domains where byDomain[domain.lowercased()] == nil {
                byDomain[domain.lowercased()] = index
            }
            for name in [entry.name, entry.credit] + entry.aliases {
                let key = NameKey.of(name)
                if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
            }
        }
        self.byDomain = byDomain
        self.byKey = byKey
    }

    /// The entry whose domain is `host` or a parent of it ("edition.cnn.com" -> CNN); "www." is ignored.
    public func outlet(forDomain host: String) -> Outlet? {
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if labels.first == "www" { labels.removeFirst() }
        while labels.count >= 2 {
            if let index = byDomain[labels.joined(separator: ".")] { return entries[index] }
            labels.removeFirst()
        }
        return nil
    }

    /// The entry for the host of `url` ("https://www.themoscowtimes.com/2024/11/11/..." -> The Moscow Times).
    public func outlet(forURL url: String) -> Outlet? {
        outlet(forDomain: String(URLHost.name(in: url)))
    }

    /// The entry named `name` by its canonical name, credit or an alias, ignoring case, spaces, punctuation and a
    /// leading "The" ("TRTWorld" -> TRT World, "WP" -> The Washington Post).
    public func outlet(named name: String) -> Outlet? {
        byKey[NameKey.of(name)].map { entries[$0] }
    }

    /// Entries named in `text`, in order of first appearance, matching names and aliases of at least
    /// `minimumMentionKeyLength` key characters on word boundaries, up to `maximumMentionWords` words long
    /// ("Login with your JapanToday account" -> Japan Today). The longest name starting at a word wins.
    public func mentions(in text: String) -> [Outlet] {
        let words = MentionWords(String(text.prefix(Self.maximumMentionTextLength))).keys
        var found: [Int] = []
        var start = 0
        while start < words.count {
            var joined = ""
            var match: (entry: Int, end: Int)?
            for end in start..<min(words.count, start + Self.maximumMentionWords) {
                joined += words[end]
                if joined.count >= Self.minimumMentionKeyLength, let entry = byKey[joined] { match = (entry, end) }
            }
            if let match {
                if !found.contains(match.entry) { found.append(match.entry) }
                start = match.end + 1
            } else {
                start += 1
            }
        }
        return found.map { entries[$0] }
    }

    /// Characters of a text that `mentions(in:)` searches.
    public static let maximumMentionTextLength = 2000

    /// Longest name, in words, that `mentions(in:)` looks for.
    public static let maximumMentionWords = 6
}
