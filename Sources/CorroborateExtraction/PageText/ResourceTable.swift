import CorroborateCore
import Foundation

/// Reads the small TAB-separated vocabularies in `Resources/` (`#` lines are comments).
enum ResourceTable {
    /// The rows of `name.tsv`, each split at TABs.
    static func rows(_ name: String) throws(CorroborateError) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw CorroborateError(.missingResource, source: "\(name).tsv", "vocabulary not found in bundle") }
        return rows(of: text)
    }

    /// The rows of a TSV text.
    static func rows(of text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// The first two columns of `name.tsv`.
    static func pairs(_ name: String) throws(CorroborateError) -> [(String, String)] {
        try rows(name).compactMap { $0.count >= 2 ? ($0[0], $0[1]) : nil }
    }
}
