import CorroborateCore
import Foundation

/// Splits text into the content terms story similarity is computed on: lower-cased runs of letters
/// and digits (Unicode `Alphabetic` and decimal digits), apostrophes inside a word dropped
/// ("Putin's" -> "putin", "s" is a stopword), stopwords and one-character terms skipped, each term
/// hashed to a 64-bit key (FNV-1a) so vectors need no shared vocabulary.
public struct TermTokenizer: Sendable {
    /// Lower-cased words that carry no topic.
    public var stopwords: Set<String>

    public init(stopwords: Set<String>) {
        self.stopwords = stopwords
    }

    /// The English stopword list shipped in the module's resources.
    public static func english() -> TermTokenizer {
        let url = Bundle.module.url(forResource: "stopwords-en", withExtension: "txt")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return TermTokenizer(stopwords: Set(text.split(whereSeparator: \.isWhitespace).map(String.init)))
    }

    /// The words of `text`, lower-cased, in order, stopwords included; at most `limit` (the scan
    /// stops there).
    public func words(in text: String, limit: Int = .max) -> [String] {
        guard limit > 0 else { return [] }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                if words.count >= limit { return words }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty, words.count < limit { words.append(String(current)) }
        return words
    }

    /// Words a lead is made of (stopwords counted): about two sentences of news prose.
    public static let leadWords = 50

    /// The hashed content terms among the first `limit` words of `text` (stopwords count towards
    /// the limit), in order, with repeats: what an article's lead is about.
    public func leadTerms(in text: String, words limit: Int = TermTokenizer.leadWords) -> [UInt64] {
        words(in: text, limit: limit).compactMap { word in
            word.unicodeScalars.count < 2 || stopwords.contains(word) ? nil : ContentHash.fnv1a(word.utf8)
        }
    }

    /// The hashed content terms of `text`, in order, with repeats.
    public func terms(in text: String) -> [UInt64] {
        words(in: text).compactMap { word in
            word.unicodeScalars.count < 2 || stopwords.contains(word) ? nil : ContentHash.fnv1a(word.utf8)
        }
    }
}
