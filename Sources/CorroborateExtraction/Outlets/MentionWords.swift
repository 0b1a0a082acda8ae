/// The words of a line as name keys (lower-cased letters and digits), so that a run of consecutive words can be
/// looked up as one name key ("The Moscow Times" -> "moscow" + "times").
struct MentionWords {
    /// The words, lower-cased letters and digits only.
    let keys: [String]

    /// Splits `text` at white space and at punctuation other than `-`, `.`, `&` and `'` inside words.
    init(_ text: String) {
        var keys: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(contentsOf: character.lowercased())
            } else if "-.&'’".contains(character), !current.isEmpty {
                continue
            } else if !current.isEmpty {
                keys.append(current)
                current = ""
            }
        }
        if !current.isEmpty { keys.append(current) }
        self.keys = keys
    }
}
