import CorroborateCore

/// One position found in the coverage, before it is placed on a claim: on a claim text it names
/// (with the text it is compared by), on a speaker's own quoted statement, or on whichever claim
/// is nearest its sentence.
enum ClaimStep {
    case claim(Position, text: String, compared: String)
    /// A speaker's own statement, reported in a quote ("Voss said Reyhl should resign"): a claim
    /// only when somebody else takes a position on it.
    case quoted(Position, text: String, compared: String)
    case nearest(Position, sentence: String)
    /// The denial in a speaker's own statement worded as a negation ("Islam says he did not make
    /// $72 million", also a `.quoted` step): once every claim is drafted, a denial of another
    /// holder's claim that its affirmed text (`text`, "he did make $72 million") is alike.
    case negated(Position, text: String, compared: String)
    /// A source's report of a text without "that" ("P, Variety reports"): placed like `claim`
    /// after every other step, and it words only a claim it opens.
    case reported(Position, text: String, compared: String)
    /// A speaker's statement that goes on with a report a sentence or two before it in the same article, in words of
    /// its own ("P, according to an official who told the paper. “Q,” said the official"): the speaker's assertion of
    /// the claim the report's text (`report`, as compared) joins. It is compared with no claim of its own.
    case elaborating(Position, report: String)

    /// The text compared with other claims, nil when the step names no claim.
    var compared: String? {
        switch self {
        case .claim(_, _, let compared), .quoted(_, _, let compared), .negated(_, _, let compared), .reported(_, _, let compared): compared
        case .nearest, .elaborating: nil
        }
    }
}
