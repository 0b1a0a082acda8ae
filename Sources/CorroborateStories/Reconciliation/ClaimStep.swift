import CorroborateCore

/// One position found in the coverage, before it is placed on a claim: on a claim text it names
/// (with the text it is compared by), or on whichever claim is nearest its sentence.
enum ClaimStep {
    case claim(Position, text: String, compared: String)
    case nearest(Position, sentence: String)

    /// The text compared with other claims, nil when the step names no claim.
    var compared: String? {
        if case .claim(_, _, let compared) = self { return compared }
        return nil
    }
}
