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

    /// The text compared with other claims, nil when the step names no claim.
    var compared: String? {
        switch self {
        case .claim(_, _, let compared), .quoted(_, _, let compared): compared
        case .nearest: nil
        }
    }
}
