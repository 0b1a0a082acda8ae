import Foundation

/// Text as PostgreSQL holds it. Stored records are JSON (`StoredJSON`), which escapes every
/// character; text searched or compared directly cannot hold U+0000, which PostgreSQL refuses.
enum PostgresText {
    /// `text` with U+0000 replaced by a space.
    static func storable(_ text: String) -> String {
        text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: " ") : text
    }

    /// The words of a search as `plainto_tsquery` reads them (every word required), split as
    /// the SQLite store splits them (on anything but letters and digits) and folded as it folds
    /// them ("Zürich" finds "Zurich" and "Zürich"); nil when there is none.
    static func searchWords(_ text: String) -> String? {
        let words = folded(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The text a search vector is made of: storable, and with its accent-folded words added
    /// when folding changes any, so a folded search word finds them (SQLite's FTS5 folds alike).
    static func searchable(_ text: String) -> String {
        let text = storable(text), plain = folded(text)
        return plain == text ? text : text + "\n" + plain
    }

    /// `text` without diacritics: "Zürich" -> "Zurich", "Peskóv" -> "Peskov".
    static func folded(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil)
    }
}
