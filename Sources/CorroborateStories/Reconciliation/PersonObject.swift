/// Whether words open with a person as a verb's object ("a man who says ...", "him", "two
/// witnesses"): after "questioned" that is an interview, neither a doubt nor a statement.
enum PersonObject {
    static func opens(_ words: some Collection<Substring>) -> Bool {
        guard let next = words.first else { return false }
        if pronouns.contains(next) { return true }
        let noun = quantifiers.contains(next) ? words.dropFirst().first ?? next : next
        return nouns.contains(noun)
    }

    /// Verbs of questioning among the cues.
    static let questioning: Set<Substring> = ["questioned", "questions", "question", "questioning"]

    static let pronouns: Set<Substring> = ["him", "her", "them", "me", "us"]
    /// Words before a passive "questioned": "they have been questioned", "she was questioned".
    static let passiveAuxiliaries = PassiveVoice.beForms.union(["get", "got"])
    static let quantifiers: Set<Substring> = ["a", "an", "the", "two", "three", "several", "some", "dozens", "many"]
    static let nouns: Set<Substring> = [
        "man", "men", "woman", "women", "suspect", "suspects", "witness", "witnesses", "driver", "people", "person",
        "boy", "girl", "teenager", "teen", "officer", "officers", "residents", "staff", "employees", "passengers",
    ]
}
