import Foundation

/// Cue phrases for stance, by category, matched on lower-cased word sequences.
///
/// Loaded from `Resources/stance-cues.tsv` (`category<TAB>phrase`, `#` comments). Matching is greedy and
/// longest-first at each word, so "not true" is one refute cue and its "true" is not also an agree cue.
public struct StanceCues: Sendable {
    /// The kinds of cue a body or claim can contain.
    public enum Category: String, Sendable, CaseIterable, Hashable {
        /// The claim is called false or doubted: "hoax", "fake", "pure fiction", "not true", "debunked",
        /// "cast doubt", "staged", "no longer".
        case refute
        /// A party denies, rejects or backs out of it: "denied", "rejected", "dismissed", "there was no",
        /// "pulled out", "withdrew".
        case deny
        /// A party declines to say: "declined to comment", "did not respond".
        case decline
        /// Reported without commitment: "reportedly", "allegedly", "according to", "unconfirmed".
        case hedge
        /// Confirmation: "confirmed", "announced", "revealed", "officially".
        case agree
        /// Plain negators: "not", "no", "never", "didn't".
        case negation
    }

    /// One cue found in a word sequence.
    public struct Match: Sendable, Hashable {
        /// Index of the cue's first word.
        public var position: Int
        /// Number of words the cue spans.
        public var length: Int
        public var category: Category
    }

    /// Phrases by their first word, longest first.
    private var phrasesByFirstWord: [String: [(words: [String], category: Category)]]

    /// Cues from `(category, phrase)` entries; phrases are split on spaces.
    public init(entries: [(Category, String)]) {
        var index: [String: [(words: [String], category: Category)]] = [:]
        for (category, phrase) in entries {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            index[first, default: []].append((words, category))
        }
        phrasesByFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Cues parsed from TSV text (`category<TAB>phrase` lines; blank lines and `#` comments skipped).
    public init(tsv text: String) {
        let entries = text.split(whereSeparator: \.isNewline).compactMap { line -> (Category, String)? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2, let category = Category(rawValue: fields[0]) else { return nil }
            return (category, fields[1].lowercased())
        }
        self.init(entries: entries)
    }

    /// The English cue list shipped in the module's resources.
    public static func english() -> StanceCues {
        let url = Bundle.module.url(forResource: "stance-cues", withExtension: "tsv")
        return StanceCues(tsv: url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? "")
    }

    /// The cues in `words` (lower-cased), left to right, none overlapping.
    public func matches(in words: [String]) -> [Match] {
        var found: [Match] = []
        var position = 0
        while position < words.count {
            if let match = longestMatch(in: words, at: position) {
                found.append(match)
                position += match.length
            } else {
                position += 1
            }
        }
        return found
    }

    private func longestMatch(in words: [String], at position: Int) -> Match? {
        guard let candidates = phrasesByFirstWord[words[position]] else { return nil }
        for candidate in candidates where position + candidate.words.count <= words.count {
            let span = words[position..<(position + candidate.words.count)]
            if span.elementsEqual(candidate.words) {
                return Match(position: position, length: candidate.words.count, category: candidate.category)
            }
        }
        return nil
    }
}
