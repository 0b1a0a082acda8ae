import CorroborateCore

extension ClaimBuilder {
    /// The denial a confirmation states: "Scotland Yard confirmed the story ... was fake", "The PGA Tour has
    /// confirmed that there is no truth to these claims", "rumors ... revealed to be a hoax, The Hollywood
    /// Reporter has confirmed" confirm a falsehood, which denies the claim. The verdict ("was fake", "no
    /// truth", "hoax") elsewhere in the unit than the confirmation gives the stance; the confirmation's
    /// subject stays the holder. Nil when `cue` confirms no verdict of falsehood.
    func confirmedFalsehood(_ cue: PositionCues.Cue, in text: String, offset: Int) -> PositionCues.Cue? {
        guard cue.stance == .confirms else { return nil }
        let scalars = Array(text.unicodeScalars)
        let length = cue.phrase.unicodeScalars.count
        guard offset >= 0, offset + length <= scalars.count else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[..<offset])
        rest.append(contentsOf: Array(repeating: " ", count: length))
        rest.append(contentsOf: scalars[(offset + length)...])
        guard let verdict = cues.stance(in: String(rest)), verdict.cue.isVerdict else { return nil }
        return verdict.cue
    }
}
