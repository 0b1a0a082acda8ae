/// Lower-case nouns that head a speaker phrase without a name ("officials said", "a source told"),
/// from `Resources/attribution-source-nouns.txt`.
public enum SourceNouns {
    /// The nouns shipped in the module's resources.
    public static func bundled() throws -> Set<String> {
        Set(try ResourceText.lines("attribution-source-nouns", "txt"))
    }

    /// Words that start a modifier after a speaker phrase's head: "a source familiar with the
    /// call", "a spokesman for Trump", "officials in Moscow", "an aide who ...".
    public static let modifierStarts: Set<String> = [
        "familiar", "close", "with", "from", "in", "of", "at", "on", "for", "who", "that", "which", "over", "to", "said",
    ]

    /// A phrase's head: its last word before a modifier ("familiar with", "close to", "in Moscow").
    /// `words` are the phrase's words, lower-cased, apostrophes inside them. After a quantifier,
    /// "of" opens the head's own phrase ("one of his close friends" is headed by "friends"), and
    /// "close" opens a modifier only as "close to" ("a close friend" is headed by "friend").
    public static func head(ofWords words: [String]) -> String? {
        var head: String?
        for (index, word) in words.enumerated() {
            if word == "of", let quantifier = head, quantifiers.contains(quantifier) {
                head = nil
                continue
            }
            let modifies = word == "close" ? index + 1 < words.count && words[index + 1] == "to" : modifierStarts.contains(word)
            if modifies { break }
            head = word
        }
        return head
    }

    /// Words that take "of" before the noun they count: "one of", "some of", "several of".
    public static let quantifiers: Set<String> = [
        "one", "two", "three", "four", "five", "some", "many", "several", "most", "all", "each", "both", "none", "few",
        "any", "either", "neither",
    ]

    /// Singular nouns that head a phrase naming one person by role ("An Islamic State fighter", "a
    /// senior official"), which a later "he" or "she" can refer to; singular titles ("minister") count too.
    public static let personHeads: Set<String> = [
        "source", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "person",
        "analyst", "expert", "critic", "supporter", "voter", "leader", "member", "resident", "witness", "investigator",
        "prosecutor", "lawyer", "attorney", "diplomat", "observer", "researcher", "scientist", "economist", "officer",
        "fighter", "militant", "soldier", "commander", "activist", "man", "woman", "doctor", "teacher", "student",
        "mother", "father", "wife", "husband", "widow", "son", "daughter", "brother", "sister", "friend", "neighbor",
        "neighbour", "relative", "colleague", "candidate", "nominee", "judge", "insider", "executive", "employee",
        "worker", "passenger", "victim", "survivor", "owner", "manager", "representative", "negotiator", "envoy",
        "commenter", "reader", "viewer", "eyewitness", "bystander", "caller",
    ]
}
