/// Forms of address that stand before a name without saying what the person does ("Mr.", "Ms"): they tell that a
/// name is a person's, but are not a role the brief can list ("Mr." is no role of "Michael Zehaf-Bibeau").
enum FormsOfAddress {
    /// Lower-cased, without the full stop.
    static let words: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "madame", "monsieur"]
    /// Lower-cased words before a name (without the full stop) that tell the person's sex: "Mrs. Obama", "Mr. Obama".
    static let female: Set<String> = ["mrs", "ms", "miss", "mme", "mlle", "madame", "lady", "queen", "princess", "dame", "duchess", "countess"]
    static let male: Set<String> = ["mr", "messrs", "monsieur", "sir", "king", "prince", "lord", "duke", "count"]

    /// Words that qualify a role without being one ("former", "late").
    static let qualifiers: Set<String> = ["former", "late", "the"]

    /// Whether `role` holds nothing but forms of address and qualifiers ("Mr.", "Mrs", "former").
    static func isEmptyRole(_ role: String) -> Bool {
        let words = role.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { $0.lowercased().filter { $0 != "." } }
        return words.allSatisfy { Self.words.contains($0) || qualifiers.contains($0) || $0.isEmpty }
    }
}
