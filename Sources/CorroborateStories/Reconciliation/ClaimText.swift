/// Claim wording. A denial worded as its holder's own negative statement ("it was not told in
/// advance") is about the positive proposition ("Ukraine's Foreign Ministry was told in
/// advance"): that is the claim others assert and the holder denies.
enum ClaimText {
    /// `clause` with its first negation removed and a leading subject pronoun replaced by the
    /// holder's name.
    static func affirmed(_ clause: String, holder: String) -> String {
        var words = clause.split(separator: " ").map(String.init)
        if let first = words.first, subjectPronouns.contains(first.lowercased()) { words[0] = holder }
        if let index = words.firstIndex(where: { negations.keys.contains($0.lowercased()) }) {
            let replacement = negations[words[index].lowercased()] ?? ""
            if replacement.isEmpty { words.remove(at: index) } else { words[index] = replacement }
        }
        return words.joined(separator: " ")
    }

    static let subjectPronouns: Set<String> = ["it", "they", "we", "he", "she", "i"]
    /// Negations and what stands in their place in the affirmed clause ("" drops the word).
    static let negations: [String: String] = [
        "not": "", "never": "", "wasn't": "was", "weren't": "were", "isn't": "is", "aren't": "are",
        "didn't": "did", "hadn't": "had", "hasn't": "has", "haven't": "have",
    ]
}
