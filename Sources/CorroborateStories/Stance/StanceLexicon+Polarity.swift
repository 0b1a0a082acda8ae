/// The polarity lexicon: a `StanceLexicon` learned on the body's own position rather than on its stance
/// towards one headline. In FNC-1 one body agrees with "X is a hoax" and disagrees with "X happened", so
/// the plain lexicon counts it under both; here a body that disagrees with a claim that denies nothing,
/// or agrees with one that denies something, counts as debunking (the disagree slot), the reverse as
/// affirming (the agree slot), and discuss stays discuss.
extension StanceLexicon {
    /// Feature names of `polarityFeatures`, in order.
    public static let polarityFeatureNames = ["affirm", "debunk", "discuss"].flatMap {
        ["polarityLexicon.\($0).focus", "polarityLexicon.\($0).body"]
    } + ["polarityLexicon.signed.focus", "polarityLexicon.signed.body"]

    /// The label a (body, claim) example gives the polarity lexicon.
    public static func polarityLabel(_ label: StanceLabel, claimDenies: Bool) -> StanceLabel {
        switch (label, claimDenies) {
        case (.agree, true): .disagree
        case (.disagree, true): .agree
        default: label
        }
    }

    /// The lexicon features of `body` read as polarity (affirm, debunk, discuss; focus then body), then
    /// debunk minus affirm evidence in the focus and the body, negated when the claim itself denies.
    public func polarityFeatures(body: StanceDocument, focus: Set<Int>, claimDenies: Bool) -> [Float] {
        let plain = features(body: body, focus: focus)
        let sign: Float = claimDenies ? -1 : 1
        return plain + [sign * (plain[2] - plain[0]), sign * (plain[3] - plain[1])]
    }
}
