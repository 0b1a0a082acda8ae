import Testing

@testable import CorroborateEvaluation

@Suite struct StanceFeatureTableTests {
    /// (feature name, ablation patterns, whether they match it)
    static let cases: [(String, [String], Bool)] = [
        ("embedding.focus.refute", ["embedding."], true),
        ("polarity.tailDenial", ["polarity.tailDenial"], true),
        ("claim.refute", ["refute."], false),
        ("embedding.maxCosine", ["embedding"], false),
        ("claim.refute", ["refute.", "claim.refute"], true),
        ("refute.focus", ["refute."], true),
        ("embedding.maxCosine", [], false),
    ]

    @Test(arguments: cases)
    func ablationMatchesNamesAndDottedPrefixes(name: String, patterns: [String], expected: Bool) {
        #expect(StanceFeatureTable.matches(name, patterns) == expected)
    }
}
