import Testing

@testable import CorroborateEvaluation

/// `train attribution --without-features`: features whose names start with a listed prefix leave the
/// cue model's examples, the rest stay in order.
@Suite struct ExcludedFeaturesTests {
    @Test(arguments: [
        (["w=said", "sb=det", "s_sb=claim_det", "np", "n=the"], ["sb=", "s_sb=", "np"], ["w=said", "n=the"]),
        (["w=said", "sa=obj", "side=after"], ["sa="], ["w=said", "side=after"]),
        (["w=said", "spk=named"], [], ["w=said", "spk=named"]),
        (["gap=0", "s_gap=tell_1"], ["gap=", "s_gap="], []),
    ])
    func leavesOutPrefixes(_ features: [String], _ prefixes: [String], _ expected: [String]) {
        #expect(CueModelTraining.features(features, excluding: prefixes) == expected)
    }
}
