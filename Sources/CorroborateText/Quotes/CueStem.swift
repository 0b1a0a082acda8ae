/// A crude stem of a lower-cased word, so the cue model's vocabulary reaches the other forms of a
/// verb seen in training ("concluded" -> "conclud", as "concludes", "concluding", "conclude"):
/// drops one ending of "ing", "ed" or "s" (not "ss", "us", "is"), then a final "e" (not after
/// "ed": "agreed" -> "agre", as "agree"), then a doubled final consonant ("admitted" -> "admit"),
/// keeping at least three letters. Irregular forms ("said", "understood") stay apart.
public enum CueStem {
    /// The stem of `word` (lower-cased already).
    public static func of(_ word: String) -> String {
        var stem = Array(word)
        var dropped = ""
        for ending in ["ing", "ed", "s"] {
            let suffix = Array(ending)
            guard stem.count >= suffix.count + 3, Array(stem.suffix(suffix.count)) == suffix else { continue }
            if ending == "s", let before = stem.dropLast().last, "sui".contains(before) { break }
            stem.removeLast(suffix.count)
            dropped = ending
            break
        }
        if dropped != "ed", stem.count > 3, stem.last == "e" { stem.removeLast() }
        if stem.count > 3, let last = stem.last, stem[stem.count - 2] == last, !"aeiou".contains(last) { stem.removeLast() }
        return String(stem)
    }

    /// The entry of a stem in `CueModel.cueWords`: every word with this stem starts a proposal.
    public static func key(_ word: String) -> String { marker + of(word) }

    /// Marks stem entries among the cue words (no word starts with it).
    public static let marker = "~"
}
