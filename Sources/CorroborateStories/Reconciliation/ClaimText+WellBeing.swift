extension ClaimText {
    /// Whether a clause states that its subject is unharmed within its first `window` words: a form of "be" (or
    /// "remain"), at most "still" or "now" between, then a word of safety ("the Batmobile is safe", "he is still alive",
    /// "the statue remains intact"). A confirmation of it contradicts a claim of harm about the same thing.
    static func statesWellBeing(_ clause: String, window: Int = 8) -> Bool {
        let words = clause.lowercased().split(separator: " ").prefix(window).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let verb = words.firstIndex(where: { wellBeingVerbs.contains($0) }) else { return false }
        let rest = words.dropFirst(verb + 1).drop { ["still", "now"].contains($0) }
        return rest.first.map { wellBeingWords.contains($0) } ?? false
    }

    static let wellBeingVerbs: Set<String> = ["is", "are", "was", "were", "remains", "remain", "remained"]
    static let wellBeingWords: Set<String> = ["safe", "alive", "unharmed", "unhurt", "intact", "undamaged"]
}

import Foundation
