/// Claim wording. A denial worded as its holder's own negative statement ("it was not told in
/// advance") is about the positive proposition ("Ukraine's Foreign Ministry was told in
/// advance"): that is the claim others assert and the holder denies.
enum ClaimText {
    /// `clause` with its first negation removed and a leading subject pronoun replaced by the
    /// holder's name.
    static func affirmed(_ clause: String, holder: String) -> String {
        var words = clause.split(separator: " ").map(String.init)
        if let first = words.first, subjectPronouns.contains(first.lowercased()) { words[0] = holder }
        return affirmed(words.joined(separator: " "))
    }

    /// `clause` with its first negation removed ("the vehicle has not been stolen" -> "the
    /// vehicle has been stolen").
    static func affirmed(_ clause: String) -> String {
        var words = clause.split(separator: " ").map(String.init)
        if let index = words.firstIndex(where: { negations.keys.contains(negationKey($0)) }) {
            let replacement = negations[negationKey(words[index])] ?? ""
            if replacement.isEmpty { words.remove(at: index) } else { words[index] = replacement }
        }
        return words.joined(separator: " ")
    }

    /// Whether a statement's clause negates its own verb within its first `window` words, before
    /// any comma: "he did not make $72 million", "the figure isn't accurate"; not "not only".
    static func isNegated(_ clause: String, window: Int = 6) -> Bool {
        let words = clause.split(separator: " ").prefix(window)
        for (index, word) in words.enumerated() {
            if negations.keys.contains(negationKey(word).trimmingCharacters(in: .punctuationCharacters)) {
                let next = words.dropFirst(index + 1).first?.lowercased()
                return next != "only"
            }
            if word.hasSuffix(",") { return false }
        }
        return false
    }

    /// Whether a clause states that something is not there: "there has been no official notification ...", "there
    /// were no cases"; an existential "there" and a form of "be" before "no".
    static func statesAbsence(_ clause: String) -> Bool {
        let words = clause.lowercased().split(separator: " ").prefix(4).map(String.init)
        guard words.first == "there", let no = words.firstIndex(of: "no"), no >= 2 else { return false }
        return words[1..<no].allSatisfy { ["is", "are", "was", "were", "has", "have", "had", "been", "be", "will"].contains($0) }
    }

    /// Whether a clause negates an event within its first `window` words: a participle or "been"
    /// after the negation ("the vehicle has not been stolen", "he was not arrested"), or "did not"
    /// ("the meeting did not take place"); not a state ("Mr Kim was not feeling well").
    static func negatesAnEvent(_ clause: String, window: Int = 6) -> Bool {
        let raw = clause.split(separator: " ").prefix(window)
        let words = raw.map { negationKey($0).trimmingCharacters(in: .punctuationCharacters) }
        guard let index = words.firstIndex(where: { negations.keys.contains($0) }), !raw.prefix(index).contains(where: { $0.hasSuffix(",") }) else { return false }
        if ["didn't", "did"].contains(words[index]) || (index > 0 && words[index - 1] == "did") { return true }
        guard let next = words.dropFirst(index + 1).first else { return false }
        return next == "been" || (next.count > 3 && (next.hasSuffix("ed") || next.hasSuffix("en")))
    }

    /// The subject phrase before the first of `verbs` in `sentence` ("Meanwhile, Ukraine's Foreign
    /// Ministry said ..." -> "Ukraine's Foreign Ministry"), when it is short and names `holder`.
    static func subject(before verbs: [String], in sentence: String, naming holder: String) -> String? {
        let lowered = sentence.lowercased()
        guard let verb = verbs.compactMap({ lowered.range(of: " \($0) ") }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let head = sentence[..<verb.lowerBound]
        let phrase = (head.split(separator: ",").last ?? head).trimmingCharacters(in: .whitespaces)
        let last = holder.split(separator: " ").last.map(String.init) ?? holder
        guard !phrase.isEmpty, phrase.split(separator: " ").count <= 6, phrase.contains(last) else { return nil }
        return phrase
    }

    /// The wording that says most on its own: the most names (capitalised words not starting
    /// it) and calendar days, fewer points past 20 words, the first on a tie.
    static func mostExplicit(_ wordings: [String]) -> String? {
        func score(_ text: String) -> Int {
            let words = text.split(separator: " ")
            let names = words.dropFirst().filter { $0.first?.isUppercase == true }.count
            let days = words.filter { ClaimContext.isDay(String($0.trimmingCharacters(in: .punctuationCharacters))) }.count
            return names + 2 * days - max(0, words.count - 20)
        }
        return wordings.enumerated().max { (score($0.element), -$0.offset) < (score($1.element), -$1.offset) }?.element
    }

    /// A word as `negations` spells its keys: lower case, straight apostrophe ("Didn’t" -> "didn't").
    static func negationKey<Word: StringProtocol>(_ word: Word) -> String {
        word.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    static let subjectPronouns: Set<String> = ["it", "they", "we", "he", "she", "i"]
    /// Negations and what stands in their place in the affirmed clause ("" drops the word).
    static let negations: [String: String] = [
        "not": "", "never": "", "wasn't": "was", "weren't": "were", "isn't": "is", "aren't": "are",
        "didn't": "did", "hadn't": "had", "hasn't": "has", "haven't": "have",
    ]
}

import Foundation
