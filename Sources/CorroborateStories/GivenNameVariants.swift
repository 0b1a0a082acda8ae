import Foundation

/// Given names that may name one person in different articles ("Ed Donovan" and "Edwin Donovan",
/// "Bill de Blasio" and "William de Blasio"), loaded from `given-name-variants.tsv`: each full name
/// with its short and familiar forms.
struct GivenNameVariants: Sendable {
    /// Each lower-cased form -> the full names it may stand for (a full name stands for itself).
    private let fullNames: [String: Set<String>]

    init(lines: some Sequence<Substring>) {
        var fullNames: [String: Set<String>] = [:]
        for line in lines where !line.hasPrefix("#") {
            let forms = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            guard let full = forms.first else { continue }
            for form in forms { fullNames[form, default: []].insert(full) }
        }
        self.fullNames = fullNames
    }

    /// The variants shipped with the module.
    static let bundled: GivenNameVariants = {
        let url = Bundle.module.url(forResource: "given-name-variants", withExtension: "tsv")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return GivenNameVariants(lines: text.split(separator: "\n"))
    }()

    /// Whether two lower-cased given names may name one person: equal, or forms of one full name.
    func areVariants(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let fullA = fullNames[a], let fullB = fullNames[b] else { return false }
        return !fullA.isDisjoint(with: fullB)
    }
}
