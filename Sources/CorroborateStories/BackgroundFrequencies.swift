import Foundation

/// Document frequencies of hashed story terms (``TermTokenizer``) in a general news corpus: how
/// common a word is outside the batch at hand. A small batch counts its own document frequencies
/// over a handful of articles, so a word every article uses ("said", "police") weighs nearly as
/// much as the story's names; mixed in (``TermStatistics/mix(_:asDocuments:)``) these frequencies
/// keep common words light. The bundled table is `corroborate train background`'s output (its
/// header names the corpus); terms rarer than its least frequency are left out (read as 0).
public struct BackgroundFrequencies: Sendable, Hashable {
    /// Documents counted.
    public private(set) var documents: Int
    /// Document frequency per term, for the terms kept.
    public private(set) var frequencies: [UInt64: Int32]

    public init(documents: Int, frequencies: [UInt64: Int32]) {
        self.documents = documents
        self.frequencies = frequencies
    }

    /// Counts the distinct terms of each document, keeping those in at least `minimumFrequency` of them.
    public init(counting documents: [[UInt64]], minimumFrequency: Int32 = 1) {
        var counts: [UInt64: Int32] = [:]
        for terms in documents {
            for term in Set(terms) { counts[term, default: 0] += 1 }
        }
        self.init(documents: documents.count, frequencies: counts.filter { $0.value >= minimumFrequency })
    }

    /// The bundled table (``bundled()``), read once per process on first use: every ``StoryBuilder``
    /// and ``StoryDesk`` shares it instead of parsing the TSV again.
    public static let shared: BackgroundFrequencies? = bundled()

    /// The table shipped in the module's resources (`background-frequencies.tsv`), parsed anew on each
    /// call (use ``shared``); nil when missing or malformed.
    public static func bundled() -> BackgroundFrequencies? {
        guard let url = Bundle.module.url(forResource: "background-frequencies", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return nil }
        return BackgroundFrequencies(tsv: text)
    }

    /// Reads what ``tsv(header:)`` wrote: `#` comment lines, a `documents<TAB>N` line, then one
    /// `HASH<TAB>DF` line per term (the hash in 16 hexadecimal digits). Nil when malformed.
    public init?(tsv text: String) {
        var documents: Int?
        var frequencies: [UInt64: Int32] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            if fields[0] == "documents" {
                documents = Int(fields[1])
            } else {
                guard let term = UInt64(fields[0], radix: 16), let frequency = Int32(fields[1]) else { return nil }
                frequencies[term] = frequency
            }
        }
        guard let documents, documents > 0 else { return nil }
        self.init(documents: documents, frequencies: frequencies)
    }

    /// The table as TSV, terms sorted by hash, after `header` (written as `#` comment lines).
    public func tsv(header: [String]) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("documents\t\(documents)")
        for (term, frequency) in frequencies.sorted(by: { $0.key < $1.key }) {
            let hex = String(term, radix: 16)
            lines.append(String(repeating: "0", count: 16 - hex.count) + hex + "\t\(frequency)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
