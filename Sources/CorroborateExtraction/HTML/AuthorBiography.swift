import CorroborateCore
import Foundation

/// The author's biography that closes a post ("Karina Cohen is the owner of CR Maids, ...", "About the
/// author: Craig Hull is a freelance photographer ..."): a paragraph that opens with a name of the byline
/// (or its first name) and a verb of a biography, among the last few paragraphs and after at least half
/// of the body text. It and what follows it (the author's other roles, a disclosure) are no article text.
enum AuthorBiography {
    /// The most paragraphs read from the end of the body for a biography (it and up to four after it).
    static let tailParagraphs = 5

    /// The words that follow a name at the start of a biography ("X is", "X has written", "X joined").
    static let verbs: Set<String> = [
        "is", "was", "has", "holds", "writes", "covers", "joined", "serves", "brings", "leads", "began",
        "specializes", "specialises", "lives", "works", "worked", "graduated", "earned", "helps", "enjoys",
    ]

    /// The index of the biography that closes `body`, given the byline's names; nil when none does.
    static func start(in body: [String], byline: [String]) -> Int? {
        let names = byline.flatMap(forms(of:))
        guard !names.isEmpty, !body.isEmpty else { return nil }
        let lengths = body.map(\.utf8.count)
        let total = lengths.reduce(0, +)
        var before = 0
        for index in body.indices {
            if index >= body.count - tailParagraphs, before * 2 >= total, isBiography(body[index], names: names) {
                return index
            }
            before += lengths[index]
        }
        return nil
    }

    /// Whether `text` opens with one of `names` and a biography verb ("Eduard Kovacs (@EduardKovacs) is
    /// the managing editor", "About the Author Jorge Jimenez is a writer").
    static func isBiography(_ text: String, names: [String]) -> Bool {
        var rest = Substring(text)
        for label in ["about the author:", "about the author"] where rest.lowercased().hasPrefix(label) {
            rest = rest.dropFirst(label.count).drop { $0 == " " }
            break
        }
        for name in names where rest.hasPrefix(name) {
            var after = rest.dropFirst(name.count)
            guard after.first == " " || after.first == "," else { continue }
            after = after.drop { $0 == " " }
            if after.first == "(", let close = after.prefix(60).firstIndex(of: ")") {
                after = after[after.index(after: close)...].drop { $0 == " " }
            }
            after = after.drop { $0 == "," || $0 == " " }
            let word = after.prefix { $0.isLetter }
            if verbs.contains(String(word)) { return true }
        }
        return false
    }

    /// A byline name and, for a name of two words or more, its first name ("Sam" of "Sam Smith").
    private static func forms(of name: String) -> [String] {
        var trimmed = Substring(name).trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("by ") { trimmed = String(trimmed.dropFirst(3)) }
        guard trimmed.count >= 2, trimmed.first?.isUppercase == true else { return [] }
        let words = trimmed.split(separator: " ")
        guard words.count >= 2, words[0].count >= 2 else { return [trimmed] }
        return [trimmed, String(words[0])]
    }
}
