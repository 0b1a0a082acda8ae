import Foundation

/// A byline line: "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE", "By Jane Doe, Reuters",
/// "Jane Doe | Reuters", "Jane Doe, Reuters".
///
/// A name is two to four words, each capitalised or a particle ("de", "van", "al-"); lines longer than 12
/// words are never bylines.
public struct Byline: Sendable, Hashable {
    /// The authors, in order, as written ("Jane Doe").
    public var names: [String]
    /// The agency the byline credits ("Reuters" in "Jane Doe, Reuters"), as its directory credit.
    public var agency: String?

    /// A byline with these parts.
    public init(names: [String], agency: String? = nil) {
        self.names = names
        self.agency = agency
    }

    /// The byline in `line`, or nil when the line is not one. `directory` tells agencies from surnames.
    public static func parse(_ line: String, directory: OutletDirectory) -> Byline? {
        guard line.count <= 200 else { return nil }
        let trimmed = line.trimmingWhitespace()
        guard trimmed.split(separator: " ").count <= 12 else { return nil }
        let lower = trimmed.lowercased()
        let hasBy = lower.hasPrefix("by ")
        var rest = hasBy ? String(trimmed.dropFirst(3)) : trimmed
        var agency: String?
        if let separator = rest.lastIndex(where: { $0 == "," || $0 == "|" }) {
            let tail = String(rest[rest.index(after: separator)...]).trimmingWhitespace()
            if let entry = directory.outlet(named: tail), entry.kind == .agency {
                agency = entry.credit
                rest = String(rest[..<separator])
            } else if hasBy, directory.outlet(named: tail) != nil {
                rest = String(rest[..<separator])
            }
        }
        guard hasBy || agency != nil else { return nil }
        let names = CreditPatterns.splitNames(rest).map { $0.trimmingWhitespace() }
        guard !names.isEmpty, names.allSatisfy(isPersonName) else { return nil }
        return Byline(names: names.map(normalizedCase), agency: agency)
    }

    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al", "el"]
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return (first.isUppercase && first.isLetter) || particles.contains(word.lowercased())
        }
    }

    /// "JANE DOE" -> "Jane Doe"; mixed-case names are kept as written.
    private static func normalizedCase(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
