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
