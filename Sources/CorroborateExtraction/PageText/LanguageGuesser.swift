import CorroborateCore

/// A cheap language guess from function words (`Resources/language-stopwords.tsv`: English, German, French,
/// Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Turkish). Counts, over the first `maximumWords` words,
/// how many are function words of each language; answers the winner when it has at least `minimumHits` hits and
/// 1.5 times the runner-up's, else nil. Never a substitute for a language the page declares.
public struct LanguageGuesser: Sendable {
    /// Words looked at.
    public var maximumWords = 2000
    /// Function-word hits the winner needs.
    public var minimumHits = 5
    private let codes: [String]
    /// Function word -> indexes into `codes` of the languages that use it.
    private let languagesOfWord: [String: [Int]]

    /// The guesser with the bundled word lists; it answers nil if they are missing.
    public static let bundled = LanguageGuesser(
        table: ((try? ResourceTable.rows("language-stopwords")) ?? []).compactMap { row in
            row.count >= 2 ? (row[0], Set(row[1].split(separator: " ").map(String.init))) : nil
        })

    /// A guesser over `table`: language code -> function words.
    public init(table: [(String, Set<String>)]) {
        codes = table.map(\.0)
        var languagesOfWord: [String: [Int]] = [:]
        for (index, entry) in table.enumerated() {
            for word in entry.1 { languagesOfWord[word, default: []].append(index) }
        }
        self.languagesOfWord = languagesOfWord
    }

    /// The BCP 47 code of the language `text` is most likely in, or nil when unsure.
    public func language(of text: String) -> String? {
        var hits = [Int](repeating: 0, count: codes.count)
        var seen = 0
        let sample = text.prefix(maximumWords * 12)
        for word in sample.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            seen += 1
            if seen > maximumWords { break }
            for index in languagesOfWord[String(word)] ?? [] { hits[index] += 1 }
        }
        let ranked = hits.indices.sorted { hits[$0] > hits[$1] }
        guard let best = ranked.first, hits[best] >= minimumHits else { return nil }
        let runnerUp = ranked.count > 1 ? hits[ranked[1]] : 0
        return Double(hits[best]) >= 1.5 * Double(runnerUp) ? codes[best] : nil
    }
}
