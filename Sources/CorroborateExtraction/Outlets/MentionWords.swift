/// The words of a line as name keys, for finding a multi-word name that starts and ends on word boundaries.
struct MentionWords {
    private let keys: [String]

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

    /// The index of the first word where a run of consecutive words spells `key` exactly, or nil.
    func firstPosition(ofKey key: String) -> Int? {
        for start in keys.indices where key.hasPrefix(keys[start]) {
            var joined = ""
            for end in start..<keys.count {
                joined += keys[end]
                if joined == key { return start }
                if joined.count >= key.count || !key.hasPrefix(joined) { break }
            }
        }
        return nil
    }
}
